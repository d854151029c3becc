#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/memory/freelist/freelist_events.h"

namespace oslens::engine::freelist {

// {"malloc": {"bytes": N, "tag": "A"}}
struct MallocOp {
  TagId tag = 0;
  std::uint64_t bytes = 0;
  bool operator==(const MallocOp&) const = default;
};

// {"free": "A"}
struct FreeOp {
  TagId tag = 0;
  bool operator==(const FreeOp&) const = default;
};

// {"realloc": {"tag": "A", "bytes": N}}
struct ReallocOp {
  TagId tag = 0;
  std::uint64_t bytes = 0;
  bool operator==(const ReallocOp&) const = default;
};

using FreelistOp = std::variant<MallocOp, FreeOp, ReallocOp>;

// What a scenario's tag (a pointer variable of the program) holds now (FreelistState::tag).
struct TagSlot {
  enum class Status : std::uint8_t { Unused, Live, Freed, Failed };  // Failed: malloc returned NULL
  Status status = Status::Unused;
  Block block;              // the block it points into (header included), or its mapping
  std::uint64_t bytes = 0;  // what was asked for
  bool mapped = false;
  bool operator==(const TagSlot&) const = default;
};

struct FreelistState {
  std::shared_ptr<const HeapConfig> config;  // shared and immutable, like the ops
  std::shared_ptr<const std::vector<std::string>> tagNames;
  HeapState heap;
  // The tags: a byte of status each, and the blocks of those that hold one. A generated run has
  // a tag per malloc (5*10^5 in the benchmark): one byte each keeps the checkpoints small.
  std::vector<TagSlot::Status> tagStatus;
  struct LiveTag {
    Block block;
    std::uint64_t bytes = 0;
    bool mapped = false;
    bool operator==(const LiveTag&) const = default;
  };
  // Hashed, not ordered: found in O(1) on every op. Nothing depends on its order (the state's
  // hash sums its entries' hashes; views sort what they show).
  std::unordered_map<TagId, LiveTag> live;
  // Blocks no tag points to any more: a malloc overwrote the tag that held them (BlockLeaked).
  // They stay in use (in heap.used, or heap.mapped when `mapped`) to the end of the run, in the
  // order they leaked; at most one per op.
  struct Leak {
    TagId tag = 0;            // the tag that last held it
    Block block;              // header included, or the whole mapping
    std::uint64_t bytes = 0;  // what its malloc asked for
    bool mapped = false;
    std::uint64_t step = 0;   // the step that lost it (1 = the first op)
    bool operator==(const Leak&) const = default;
  };
  std::vector<Leak> leaked;

  std::uint64_t step = 0;
  std::uint64_t mallocs = 0;        // requests granted (realloc's moves included)
  std::uint64_t frees = 0;
  std::uint64_t failed = 0;         // malloc (or realloc) returned NULL
  std::uint64_t badPointers = 0;    // double frees and frees of what malloc never returned
  std::uint64_t internalBytes = 0;  // headers and rounding of the blocks in use
  std::uint64_t searchedTotal = 0;  // free-list entries examined by all searches so far

  const std::string& tagName(TagId tag) const;
  TagSlot tag(TagId tag) const;
  void setTag(TagId tag, const TagSlot& slot);
  Address programBreak() const { return heap.programBreak(*config); }
  std::uint64_t freeBytes() const;
  std::uint64_t largestFree() const;
  std::uint64_t leakedBytes() const;  // the leaked blocks' sizes, headers and rounding included
  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const FreelistState&) const = default;
};

// The malloc heap driven by a scenario's malloc, free and realloc ops, one op per step.
struct FreelistModel {
  using State = FreelistState;
  using Op = FreelistOp;
  using Event = FreelistEvent;

  static State initialState(const HeapConfig& config, std::shared_ptr<const std::vector<std::string>> tagNames);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::freelist

#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/memory/buddy/buddy_allocator.h"

namespace oslens::engine::buddy {

// {"alloc": {"order": K, "tag": "A"}} or {"alloc": {"bytes": N, "tag": "A"}}, optional "zone".
struct AllocOp {
  TagId tag = 0;
  Order order = 0;
  std::uint64_t bytes = 0;  // 0 when the request gave an order
  ZoneIndex zone = 0;
  bool operator==(const AllocOp&) const = default;
};

// {"free": "A"}
struct FreeOp {
  TagId tag = 0;
  bool operator==(const FreeOp&) const = default;
};

using BuddyOp = std::variant<AllocOp, FreeOp>;

// What a scenario's tag names now.
struct TagSlot {
  enum class Status : std::uint8_t { Unused, Live, Freed, Failed };
  Status status = Status::Unused;
  Pfn pfn = kNoPfn;
  Order order = 0;
  std::uint64_t wastedBytes = 0;
  bool operator==(const TagSlot&) const = default;
};

struct BuddyState {
  BuddyAllocator memory;
  // The scenario's tag names by TagId; shared and immutable, like the ops.
  std::shared_ptr<const std::vector<std::string>> tagNames;
  std::vector<TagSlot> tags;

  std::uint64_t step = 0;
  std::uint64_t allocations = 0;  // requests granted
  std::uint64_t failures = 0;     // requests refused for want of a block
  std::uint64_t frees = 0;
  std::uint64_t wastedBytes = 0;  // internal fragmentation of the live blocks

  const std::string& tagName(TagId tag) const;

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const BuddyState&) const = default;
};

// The buddy allocator driven by a scenario's alloc and free ops, one op per step.
struct BuddyModel {
  using State = BuddyState;
  using Op = BuddyOp;
  using Event = BuddyEvent;

  static State initialState(const BuddyConfig& config, std::shared_ptr<const std::vector<std::string>> tagNames);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::buddy

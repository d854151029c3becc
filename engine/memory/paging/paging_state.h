#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "engine/core/indexed_min_heap.h"
#include "engine/core/rng.h"
#include "engine/memory/paging/paging_types.h"

namespace oslens::engine::paging {

struct Frame {
  Page page = kNoPage;
  bool dirty = false;
  bool referenced = false;       // the hardware reference ("use") bit, read by Clock
  std::uint64_t loadedAt = 0;    // step index of the load
  std::uint64_t lastUsedAt = 0;  // step index of the latest reference
  std::uint64_t useCount = 0;    // references since the load
  std::uint64_t nextUseAt = kNever;  // step index of the next reference (OPT's oracle)

  bool empty() const { return page == kNoPage; }
  bool operator==(const Frame&) const = default;
};

// Smaller key = better victim; see replacement_policy.cpp for each policy's key.
using VictimKey = std::array<std::uint64_t, 2>;

struct PagingState {
  PagingConfig config;
  // nextUse->at(i): index of the next reference to the page of reference i (kNever if none).
  // Computed once from the whole reference string (OPT needs the future); shared and immutable.
  std::shared_ptr<const std::vector<std::uint64_t>> nextUse;

  std::vector<Frame> frames;
  std::unordered_map<Page, FrameIndex> frameOf;  // resident page -> its frame
  IndexedMinHeap<VictimKey> victims;             // resident frames by victim key (heap policies)
  FrameIndex clockHand = 0;
  Rng rng;

  std::uint64_t step = 0;  // references done so far; the index of the next one
  std::uint64_t hits = 0;
  std::uint64_t faults = 0;
  std::uint64_t writebacks = 0;

  std::uint32_t usedFrames() const { return static_cast<std::uint32_t>(frameOf.size()); }
  // Hits per reference so far, 0 before the first (the JSON summary's hit_rate).
  double hitRate() const { return step == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(step); }

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const PagingState&) const = default;
};

}  // namespace oslens::engine::paging

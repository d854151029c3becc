#pragma once

#include <cstdint>
#include <variant>

#include "engine/memory/paging/paging_types.h"

// The events one reference produces, in the order they happen. views/paging turns each into a
// narration sentence; the JSON output lists them under "events".
namespace oslens::engine::paging {

// The page is resident: no fault.
struct PageHit {
  Page page;
  FrameIndex frame;
};

// The page is not in any frame: the reference faults.
struct PageFault {
  Page page;
  bool write;
};

// Clock: the hand found the reference bit set, cleared it and moved on (the page's second chance).
struct SecondChance {
  Page page;
  FrameIndex frame;
};

// Memory is full: the policy picked this page to leave, for the reason its fields hold.
struct VictimChosen {
  Page page;
  FrameIndex frame;
  Policy policy;
  std::uint64_t loadedAt;    // step index at which the page was loaded (FIFO, LFU tie-break)
  std::uint64_t lastUsedAt;  // step index of its last reference (LRU)
  std::uint64_t nextUseAt;   // step index of its next reference, kNever if none (OPT)
  std::uint64_t useCount;    // references since it was loaded (LFU)
};

// The victim leaves its frame; if it was dirty it is written back to the backing store first.
struct PageEvicted {
  Page page;
  FrameIndex frame;
  bool dirty;
};

// The faulting page is read into a frame (a free one, or the one the victim left).
struct PageLoaded {
  Page page;
  FrameIndex frame;
  bool freeFrame;
};

// A write to a page whose dirty bit was clear: the bit is set, and eviction will cost a write-back.
struct DirtyBitSet {
  Page page;
  FrameIndex frame;
};

using PagingEvent = std::variant<PageHit, PageFault, SecondChance, VictimChosen, PageEvicted, PageLoaded, DirtyBitSet>;

}  // namespace oslens::engine::paging

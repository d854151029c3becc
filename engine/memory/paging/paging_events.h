#pragma once

#include <cstdint>
#include <string_view>
#include <variant>

#include "engine/core/json_out.h"
#include "engine/memory/paging/paging_types.h"

// The events one reference produces, in the order they happen. views/paging turns each into a
// narration sentence; the JSON output lists them under "events".
namespace oslens::engine::paging {

// The page is resident: no fault.
struct PageHit {
  Page page;
  FrameIndex frame;
  static constexpr std::string_view kJsonType = "hit";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
  }
};

// The page is not in any frame: the reference faults.
struct PageFault {
  Page page;
  bool write;
  static constexpr std::string_view kJsonType = "fault";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("write", write);
  }
};

// Clock: the hand found the reference bit set, cleared it and moved on (the page's second chance).
struct SecondChance {
  Page page;
  FrameIndex frame;
  static constexpr std::string_view kJsonType = "second_chance";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
  }
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
  static constexpr std::string_view kJsonType = "victim";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
    out.field("policy", policyName(policy));
    out.field("loaded_at", loadedAt);
    out.field("last_used_at", lastUsedAt);
    out.field("next_use_at", nullIf(nextUseAt, kNever));
    out.field("use_count", useCount);
  }
};

// The victim leaves its frame; if it was dirty it is written back to the backing store first.
struct PageEvicted {
  Page page;
  FrameIndex frame;
  bool dirty;
  static constexpr std::string_view kJsonType = "evict";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
    out.field("dirty", dirty);
  }
};

// The faulting page is read into a frame (a free one, or the one the victim left).
struct PageLoaded {
  Page page;
  FrameIndex frame;
  bool freeFrame;
  static constexpr std::string_view kJsonType = "load";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
    out.field("free_frame", freeFrame);
  }
};

// A write to a page whose dirty bit was clear: the bit is set, and eviction will cost a write-back.
struct DirtyBitSet {
  Page page;
  FrameIndex frame;
  static constexpr std::string_view kJsonType = "dirty";
  void describe(JsonOut& out) const {
    out.field("page", page);
    out.field("frame", frame);
  }
};

using PagingEvent = std::variant<PageHit, PageFault, SecondChance, VictimChosen, PageEvicted, PageLoaded, DirtyBitSet>;

}  // namespace oslens::engine::paging

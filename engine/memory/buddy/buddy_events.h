#pragma once

#include <cstdint>
#include <string_view>
#include <variant>

#include "engine/core/json_out.h"
#include "engine/memory/buddy/buddy_types.h"

// The events of one buddy operation, in the order the kernel's code does them
// (mm/page_alloc.c: __rmqueue_smallest + expand for an allocation, __free_one_page for a free).
// views/buddy animates and narrates them; the JSON output lists them under "events"
// (engine/core/event_json.h). Their describe() takes the names of tags and zones from the module
// that reports them (BuddyJsonNames, or the slab module's names for the pages it takes).
namespace oslens::engine::buddy {

inline constexpr TagId kNoTag = UINT32_MAX;  // a block the slab allocator takes, not a scenario tag

// A request for one block of 2^order pages; bytes > 0 when it was asked for in bytes.
struct AllocRequested {
  TagId tag;
  Order order;
  std::uint64_t bytes;
  ZoneIndex zone;
  static constexpr std::string_view kJsonType = "alloc_request";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("order", order);
    if (bytes > 0) out.field("bytes", bytes);
    out.field("zone", names.zone(zone));
  }
  bool operator==(const AllocRequested&) const = default;
};

// free_area[order] of the zone was looked at: the search climbs the orders until one has a block.
struct OrderSearched {
  ZoneIndex zone;
  Order order;
  std::uint64_t nrFree;
  static constexpr std::string_view kJsonType = "search";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("zone", names.zone(zone));
    out.field("order", order);
    out.field("nr_free", nrFree);
  }
  bool operator==(const OrderSearched&) const = default;
};

// The preferred zone had no block big enough: the request tries the next lower zone.
struct ZoneFallback {
  ZoneIndex from;
  ZoneIndex to;
  static constexpr std::string_view kJsonType = "zone_fallback";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("from", names.zone(from));
    out.field("to", names.zone(to));
  }
  bool operator==(const ZoneFallback&) const = default;
};

// The block was taken off free_area[order] (its head, or its lowest block under PickRule::Lowest).
struct BlockTaken {
  ZoneIndex zone;
  Pfn pfn;
  Order order;
  static constexpr std::string_view kJsonType = "take";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("zone", names.zone(zone));
    out.field("pfn", pfn);
    out.field("order", order);
  }
  bool operator==(const BlockTaken&) const = default;
};

// expand(): the block at `pfn` of `order` splits into two buddies of order - 1; the lower half
// (pfn) goes on being split or is handed out, the upper half (upperPfn) goes on the free list.
struct BlockSplit {
  Pfn pfn;
  Order order;
  Pfn upperPfn;
  static constexpr std::string_view kJsonType = "split";
  void describe(JsonOut& out) const {
    out.field("pfn", pfn);
    out.field("order", order);
    out.field("upper_pfn", upperPfn);
  }
  bool operator==(const BlockSplit&) const = default;
};

// The request got its block. wastedBytes: what rounding the size up to 2^order pages wastes
// (internal fragmentation), 0 for requests by order.
struct BlockAllocated {
  TagId tag;
  Pfn pfn;
  Order order;
  std::uint64_t wastedBytes;
  static constexpr std::string_view kJsonType = "allocated";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("pfn", pfn);
    out.field("order", order);
    out.field("wasted_bytes", wastedBytes);
  }
  bool operator==(const BlockAllocated&) const = default;
};

// No zone the request may use has a free block of its order or above, however many pages are free.
struct AllocFailed {
  TagId tag;
  Order order;
  std::uint64_t freePages;
  int largestFreeOrder;  // -1 when nothing is free
  static constexpr std::string_view kJsonType = "alloc_failed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("order", order);
    out.field("free_pages", freePages);
    out.field("largest_free_order", nullIf(largestFreeOrder, -1));
  }
  bool operator==(const AllocFailed&) const = default;
};

// A block goes back to the allocator.
struct FreeRequested {
  TagId tag;
  Pfn pfn;
  Order order;
  static constexpr std::string_view kJsonType = "free_request";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("pfn", pfn);
    out.field("order", order);
  }
  bool operator==(const FreeRequested&) const = default;
};

// Why a freed block stops merging (__free_one_page's loop ends).
enum class MergeStop : std::uint8_t {
  BuddyInUse,      // the buddy's pages are allocated (or hold an allocated part)
  BuddySplit,      // the buddy's head is free, but as a smaller block: it has been split
  OutsideZone,     // the buddy lies outside the zone (the zone's edge is not aligned that far)
  LargestOrder,    // the block already has the largest order (max_order - 1)
};

constexpr std::string_view mergeStopName(MergeStop reason) {
  switch (reason) {
    case MergeStop::BuddyInUse: return "buddy_in_use";
    case MergeStop::BuddySplit: return "buddy_split";
    case MergeStop::OutsideZone: return "outside_zone";
    case MergeStop::LargestOrder: return "largest_order";
  }
  return "";
}

// The buddy of the block at `pfn` of `order` is free and of the same order: the two join into one
// block of order + 1 at min(pfn, buddy) (its buddy index is pfn ^ (1 << order),
// mm/internal.h: __find_buddy_pfn).
struct BuddiesMerged {
  Pfn pfn;
  Pfn buddy;
  Order order;
  static constexpr std::string_view kJsonType = "merge";
  void describe(JsonOut& out) const {
    out.field("pfn", pfn);
    out.field("buddy", buddy);
    out.field("order", order);
  }
  bool operator==(const BuddiesMerged&) const = default;
};

struct MergeStopped {
  Pfn pfn;
  Order order;
  Pfn buddy;  // kNoPfn for LargestOrder
  MergeStop reason;
  static constexpr std::string_view kJsonType = "merge_stop";
  void describe(JsonOut& out) const {
    out.field("pfn", pfn);
    out.field("order", order);
    out.field("buddy", nullIf(buddy, kNoPfn));
    out.field("reason", mergeStopName(reason));
  }
  bool operator==(const MergeStopped&) const = default;
};

// The (possibly merged) block is put on free_area[order]; atHead follows the pick rule.
struct BlockFreed {
  ZoneIndex zone;
  Pfn pfn;
  Order order;
  static constexpr std::string_view kJsonType = "freed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("zone", names.zone(zone));
    out.field("pfn", pfn);
    out.field("order", order);
  }
  bool operator==(const BlockFreed&) const = default;
};

// An op the allocator refuses, reported instead of undefined behaviour.
enum class TagProblem : std::uint8_t {
  DoubleFree,      // free of a tag whose block was already freed
  NeverAllocated,  // free of a tag whose allocation failed
  StillAllocated,  // alloc with a tag that still names a live block
};

// The `problem` of an error event.
constexpr std::string_view tagProblemName(TagProblem problem) {
  switch (problem) {
    case TagProblem::DoubleFree: return "double_free";
    case TagProblem::NeverAllocated: return "never_allocated";
    case TagProblem::StillAllocated: return "still_allocated";
  }
  return "";
}

struct TagError {
  TagId tag;
  TagProblem problem;
  static constexpr std::string_view kJsonType = "error";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("problem", tagProblemName(problem));
  }
  bool operator==(const TagError&) const = default;
};

using BuddyEvent = std::variant<AllocRequested, OrderSearched, ZoneFallback, BlockTaken, BlockSplit, BlockAllocated,
                                AllocFailed, FreeRequested, BuddiesMerged, MergeStopped, BlockFreed, TagError>;

}  // namespace oslens::engine::buddy

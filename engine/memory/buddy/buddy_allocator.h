#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/core/state_hasher.h"
#include "engine/memory/buddy/buddy_events.h"
#include "engine/memory/buddy/buddy_types.h"

namespace oslens::engine::buddy {

// What a page frame is to the allocator. Like Linux's struct page, only the first page of a block
// says anything (PageBuddy and the order in page->private); the pages after it are Tail.
enum class PageRole : std::uint8_t { Tail, FreeHead, UsedHead };

struct PageFrame {
  Pfn next = kNoPfn;  // free-list links, meaningful for FreeHead pages only
  Pfn prev = kNoPfn;
  Order order = 0;    // block order, for FreeHead and UsedHead pages
  PageRole role = PageRole::Tail;
  bool operator==(const PageFrame&) const = default;
};

// free_area[order] of one zone (include/linux/mmzone.h: struct free_area): the free blocks of
// that order as a doubly linked list through their head pages, and nr_free.
struct FreeArea {
  Pfn head = kNoPfn;
  Pfn tail = kNoPfn;
  std::uint64_t nrFree = 0;
  std::set<Pfn> byAddress;  // the same blocks sorted, kept only under PickRule::Lowest
  bool operator==(const FreeArea&) const = default;
};

struct ZoneState {
  std::vector<FreeArea> freeArea;  // one per order
  std::uint64_t freePages = 0;
  bool operator==(const ZoneState&) const = default;
};

// A block of memory as the memory map draws it: free or in use.
struct Block {
  Pfn pfn;
  Order order;
  bool free;
};

// The binary buddy allocator of mm/page_alloc.c over one node's zones, as a value type so the
// timeline can copy it into checkpoints. Allocation takes the smallest order with a free block and
// splits it down (__rmqueue_smallest, expand); freeing merges with the buddy pfn ^ (1 << order)
// while that buddy is a free block of the same order (__free_one_page).
class BuddyAllocator {
 public:
  // Member by member: what seek == replay is checked with.
  bool operator==(const BuddyAllocator&) const = default;

  // All pages free, each zone cut into the largest aligned blocks from its first page on, listed in
  // ascending address order (mm/memblock.c: __free_pages_memory; the boot-time frees go to the
  // tail of the lists, FPI_TO_TAIL in __free_pages_core).
  explicit BuddyAllocator(const BuddyConfig& config);
  BuddyAllocator() = default;  // no memory at all; containers of states need it

  const BuddyConfig& config() const { return m_config; }

  // Takes a block of 2^order pages from `zone`, falling back to lower zones. Returns its first pfn,
  // or kNoPfn (and no change) when no zone has a block of that order or above. `tag` only labels
  // the events. The AllocRequested / BlockAllocated / AllocFailed events are the caller's.
  Pfn allocate(Order order, ZoneIndex zone, EventLog<BuddyEvent>& log);
  // Gives back the block at `pfn` of `order`, which must be a block handed out by allocate().
  void free(Pfn pfn, Order order, EventLog<BuddyEvent>& log);

  bool isAllocatedBlock(Pfn pfn, Order order) const;
  ZoneIndex zoneOf(Pfn pfn) const;

  std::uint64_t totalPages() const { return m_pages.size(); }
  std::uint64_t freePages() const;
  std::uint64_t usedPages() const { return totalPages() - freePages(); }
  // Number of free blocks of `order` in all zones (the columns of /proc/buddyinfo, summed).
  std::uint64_t nrFree(Order order) const;
  std::uint64_t nrFree(ZoneIndex zone, Order order) const { return m_zones[zone].freeArea[order].nrFree; }
  std::uint64_t zoneFreePages(ZoneIndex zone) const { return m_zones[zone].freePages; }
  // The largest order that has a free block, or -1.
  int largestFreeOrder() const;
  // The free blocks of one zone and order, in the order an allocation would take them.
  std::vector<Pfn> freeList(ZoneIndex zone, Order order) const;
  // The first pfns of all free blocks of `order`, in all zones, ascending.
  std::vector<Pfn> freeBlocksByAddress(Order order) const;
  // Every block, free or in use, in address order.
  std::vector<Block> blocks() const;
  const std::vector<PageFrame>& pages() const { return m_pages; }

  void addToHash(StateHasher& hasher) const;
  std::size_t footprintBytes() const;
  // Broken rules, in words: blocks aligned, disjoint and within their zone, lists consistent with
  // the pages, no two free buddies of one order left unmerged, nr_free and free pages right.
  std::vector<std::string> checkInvariants() const;

 private:
  Pfn takeFrom(ZoneIndex zone, Order order);
  void pushFree(ZoneIndex zone, Pfn pfn, Order order, bool atTail);
  void unlinkFree(ZoneIndex zone, Pfn pfn);
  Pfn allocateInZone(Order order, ZoneIndex zone, EventLog<BuddyEvent>& log);

  BuddyConfig m_config;
  std::vector<PageFrame> m_pages;
  std::vector<ZoneState> m_zones;
};

}  // namespace oslens::engine::buddy

#pragma once

#include <cstdint>
#include <vector>

#include "engine/memory/buddy/buddy_allocator.h"

// External-fragmentation figures as the kernel reports them in debugfs (mm/vmstat.c:
// fill_contig_page_info, unusable_free_index, __fragmentation_index), in thousandths as the kernel
// computes them; the JSON and the views show them divided by 1000.
namespace oslens::engine::buddy {

// /sys/kernel/debug/extfrag/unusable_index: the share of free memory that cannot serve a request
// of `order` because it lies in smaller blocks: (free pages - pages in blocks of order >= `order`)
// / free pages. 0 = none unusable; 1000 = all of it (also when nothing is free).
int unusableIndexPermille(const BuddyAllocator& memory, Order order);

// /proc/buddyinfo: free blocks per order, for all zones together or for one.
std::vector<std::uint64_t> buddyinfo(const BuddyAllocator& memory);
std::vector<std::uint64_t> buddyinfo(const BuddyAllocator& memory, ZoneIndex zone);

}  // namespace oslens::engine::buddy

#include "engine/memory/buddy/buddy_metrics.h"

namespace oslens::engine::buddy {

namespace {
// mm/vmstat.c: fill_contig_page_info. Suitable blocks count how many blocks of `order` the free
// memory could hand out without any merging: a free block of order o >= `order` holds 2^(o-order).
struct ContigInfo {
  std::uint64_t freePages = 0;
  std::uint64_t freeBlocksTotal = 0;
  std::uint64_t freeBlocksSuitable = 0;
};

ContigInfo contigInfo(const BuddyAllocator& memory, Order order) {
  ContigInfo info;
  for (int o = 0; o < memory.config().maxOrder; ++o) {
    const std::uint64_t blocks = memory.nrFree(static_cast<Order>(o));
    info.freeBlocksTotal += blocks;
    info.freePages += blocks << o;
    if (o >= order) info.freeBlocksSuitable += blocks << (o - order);
  }
  return info;
}
}  // namespace

int unusableIndexPermille(const BuddyAllocator& memory, Order order) {
  const ContigInfo info = contigInfo(memory, order);
  if (info.freePages == 0) return 1000;  // no free memory counts as all of it unusable
  return static_cast<int>((info.freePages - (info.freeBlocksSuitable << order)) * 1000 / info.freePages);
}

std::vector<std::uint64_t> buddyinfo(const BuddyAllocator& memory) {
  std::vector<std::uint64_t> counts;
  for (int o = 0; o < memory.config().maxOrder; ++o) counts.push_back(memory.nrFree(static_cast<Order>(o)));
  return counts;
}

std::vector<std::uint64_t> buddyinfo(const BuddyAllocator& memory, ZoneIndex zone) {
  std::vector<std::uint64_t> counts;
  for (int o = 0; o < memory.config().maxOrder; ++o) counts.push_back(memory.nrFree(zone, static_cast<Order>(o)));
  return counts;
}

}  // namespace oslens::engine::buddy

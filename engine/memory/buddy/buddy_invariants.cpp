#include <set>

#include "engine/memory/buddy/buddy_allocator.h"

// BuddyAllocator::checkInvariants: the rules docs/architecture.md lists for the buddy allocator, checked from
// the pages up, so that a broken free list cannot hide a broken block (and the other way round).
namespace oslens::engine::buddy {

namespace {
std::string pfnText(Pfn pfn) { return "pfn " + std::to_string(pfn); }
}  // namespace

std::vector<std::string> BuddyAllocator::checkInvariants() const {
  std::vector<std::string> problems;
  auto fail = [&](std::string what) { problems.push_back(std::move(what)); };
  const std::uint64_t total = m_pages.size();

  // Blocks tile memory: each starts with a head page, is aligned to its order, stays inside one
  // zone, and its other pages are tails.
  std::uint64_t freeHeads = 0;
  for (std::uint64_t pfn = 0; pfn < total;) {
    const PageFrame& page = m_pages[pfn];
    if (page.role == PageRole::Tail) {
      fail(pfnText(static_cast<Pfn>(pfn)) + " belongs to no block");
      ++pfn;
      continue;
    }
    const std::uint64_t size = std::uint64_t{1} << page.order;
    if (page.order >= m_config.maxOrder) fail(pfnText(static_cast<Pfn>(pfn)) + " has an order above the largest");
    if (pfn % size != 0) fail(pfnText(static_cast<Pfn>(pfn)) + " starts a block not aligned to its order");
    const ZoneIndex zone = zoneOf(static_cast<Pfn>(pfn));
    const ZoneConfig& bounds = m_config.zones[zone];
    if (pfn + size > std::uint64_t{bounds.startPfn} + bounds.pages)
      fail(pfnText(static_cast<Pfn>(pfn)) + " starts a block that runs past its zone");
    for (std::uint64_t inner = pfn + 1; inner < std::min(pfn + size, total); ++inner)
      if (m_pages[inner].role != PageRole::Tail) {
        fail(pfnText(static_cast<Pfn>(inner)) + " starts a block inside another block");
        break;
      }
    if (page.role == PageRole::FreeHead) {
      ++freeHeads;
      const Pfn buddy = static_cast<Pfn>(pfn) ^ static_cast<Pfn>(size);
      const bool buddyInZone =
          buddy >= bounds.startPfn && std::uint64_t{buddy} + size <= std::uint64_t{bounds.startPfn} + bounds.pages;
      if (page.order < m_config.largestOrder() && buddyInZone && m_pages[buddy].role == PageRole::FreeHead &&
          m_pages[buddy].order == page.order)
        fail(pfnText(static_cast<Pfn>(pfn)) + " and its buddy are both free at order " +
             std::to_string(page.order) + " but not merged");
    }
    pfn += size;
  }

  // Each free list holds exactly the free heads of its zone and order, linked both ways.
  std::uint64_t listed = 0;
  for (ZoneIndex z = 0; z < m_zones.size(); ++z) {
    std::uint64_t zoneFree = 0;
    for (Order order = 0; order < m_config.maxOrder; ++order) {
      const FreeArea& area = m_zones[z].freeArea[order];
      const std::string where = "zone " + m_config.zones[z].name + " order " + std::to_string(order);
      std::uint64_t count = 0;
      Pfn previous = kNoPfn;
      std::set<Pfn> members;
      for (Pfn pfn = area.head; pfn != kNoPfn && count <= total; pfn = m_pages[pfn].next) {
        if (pfn >= total) {
          fail(where + ": the free list leaves memory");
          break;
        }
        const PageFrame& page = m_pages[pfn];
        if (page.role != PageRole::FreeHead || page.order != order || zoneOf(pfn) != z)
          fail(where + ": " + pfnText(pfn) + " is listed but is not a free block of this zone and order");
        if (page.prev != previous) fail(where + ": " + pfnText(pfn) + " has a wrong back link");
        if (m_config.pick == PickRule::Lowest) members.insert(pfn);
        previous = pfn;
        ++count;
      }
      if (count != area.nrFree) fail(where + ": nr_free differs from the free list's length");
      if (area.tail != previous) fail(where + ": the list's tail is stale");
      if (m_config.pick == PickRule::Lowest && members != area.byAddress)
        fail(where + ": the address order differs from the free list");
      listed += count;
      zoneFree += count << order;
    }
    if (zoneFree != m_zones[z].freePages) fail("zone " + m_config.zones[z].name + ": free page count is stale");
  }
  if (listed != freeHeads) fail("a free block is missing from the free lists");
  return problems;
}

}  // namespace oslens::engine::buddy

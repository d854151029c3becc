#include "engine/memory/buddy/buddy_allocator.h"

#include <algorithm>
#include <bit>

namespace oslens::engine::buddy {

namespace {
std::uint64_t blockPages(Order order) { return std::uint64_t{1} << order; }

// The buddy of a block: flip the bit of its order (mm/internal.h: __find_buddy_pfn).
Pfn buddyOf(Pfn pfn, Order order) { return pfn ^ (Pfn{1} << order); }

// The largest order a block starting at `pfn` may have: its alignment, capped by the largest order.
Order alignmentOrder(Pfn pfn, Order largest) {
  if (pfn == 0) return largest;
  return static_cast<Order>(std::min<int>(std::countr_zero(pfn), largest));
}
}  // namespace

BuddyAllocator::BuddyAllocator(const BuddyConfig& config) : m_config(config), m_pages(config.pages) {
  m_zones.resize(m_config.zones.size());
  for (ZoneIndex z = 0; z < m_zones.size(); ++z) {
    m_zones[z].freeArea.resize(static_cast<std::size_t>(m_config.maxOrder));
    const ZoneConfig& zone = m_config.zones[z];
    const std::uint64_t end = std::uint64_t{zone.startPfn} + zone.pages;
    for (std::uint64_t pfn = zone.startPfn; pfn < end;) {
      Order order = alignmentOrder(static_cast<Pfn>(pfn), m_config.largestOrder());
      while (pfn + blockPages(order) > end) --order;
      pushFree(z, static_cast<Pfn>(pfn), order, /*atTail=*/true);
      pfn += blockPages(order);
    }
  }
}

void BuddyAllocator::pushFree(ZoneIndex zone, Pfn pfn, Order order, bool atTail) {
  FreeArea& area = m_zones[zone].freeArea[order];
  PageFrame& page = m_pages[pfn];
  page.role = PageRole::FreeHead;
  page.order = order;
  if (atTail) {
    page.prev = area.tail;
    page.next = kNoPfn;
    (area.tail == kNoPfn ? area.head : m_pages[area.tail].next) = pfn;
    area.tail = pfn;
  } else {
    page.next = area.head;
    page.prev = kNoPfn;
    (area.head == kNoPfn ? area.tail : m_pages[area.head].prev) = pfn;
    area.head = pfn;
  }
  if (m_config.pick == PickRule::Lowest) area.byAddress.insert(pfn);
  ++area.nrFree;
  m_zones[zone].freePages += blockPages(order);
}

void BuddyAllocator::unlinkFree(ZoneIndex zone, Pfn pfn) {
  PageFrame& page = m_pages[pfn];
  FreeArea& area = m_zones[zone].freeArea[page.order];
  (page.prev == kNoPfn ? area.head : m_pages[page.prev].next) = page.next;
  (page.next == kNoPfn ? area.tail : m_pages[page.next].prev) = page.prev;
  page.next = page.prev = kNoPfn;
  page.role = PageRole::Tail;
  if (m_config.pick == PickRule::Lowest) area.byAddress.erase(pfn);
  --area.nrFree;
  m_zones[zone].freePages -= blockPages(page.order);
}

Pfn BuddyAllocator::takeFrom(ZoneIndex zone, Order order) {
  const FreeArea& area = m_zones[zone].freeArea[order];
  if (area.nrFree == 0) return kNoPfn;
  const Pfn pfn = m_config.pick == PickRule::Lowest ? *area.byAddress.begin() : area.head;
  unlinkFree(zone, pfn);
  return pfn;
}

// mm/page_alloc.c: __rmqueue_smallest climbs from the requested order to the first free_area with a
// block, and expand() halves it back down, keeping the lower half and listing each upper half.
Pfn BuddyAllocator::allocateInZone(Order order, ZoneIndex zone, EventLog<BuddyEvent>& log) {
  for (int current = order; current < m_config.maxOrder; ++current) {
    const auto found = static_cast<Order>(current);
    log.add(OrderSearched{zone, found, m_zones[zone].freeArea[found].nrFree});
    const Pfn pfn = takeFrom(zone, found);
    if (pfn == kNoPfn) continue;
    log.add(BlockTaken{zone, pfn, found});
    for (Order high = found; high > order; --high) {
      const Pfn upper = pfn + static_cast<Pfn>(blockPages(high - 1));
      log.add(BlockSplit{pfn, high, upper});
      pushFree(zone, upper, static_cast<Order>(high - 1), /*atTail=*/false);
    }
    m_pages[pfn].role = PageRole::UsedHead;
    m_pages[pfn].order = order;
    return pfn;
  }
  return kNoPfn;
}

Pfn BuddyAllocator::allocate(Order order, ZoneIndex zone, EventLog<BuddyEvent>& log) {
  if (order >= m_config.maxOrder || zone >= m_zones.size()) return kNoPfn;
  for (int z = zone; z >= 0; --z) {  // the zonelist: preferred zone, then each lower one
    const Pfn pfn = allocateInZone(order, static_cast<ZoneIndex>(z), log);
    if (pfn != kNoPfn) return pfn;
    if (z > 0) log.add(ZoneFallback{static_cast<ZoneIndex>(z), static_cast<ZoneIndex>(z - 1)});
  }
  return kNoPfn;
}

// mm/page_alloc.c: __free_one_page. While the buddy is a free block of the same order, take it off
// its list and continue with the combined block (pfn & buddy) one order up.
void BuddyAllocator::free(Pfn pfn, Order order, EventLog<BuddyEvent>& log) {
  if (!isAllocatedBlock(pfn, order)) return;
  const ZoneIndex zone = zoneOf(pfn);
  const ZoneConfig& bounds = m_config.zones[zone];
  m_pages[pfn].role = PageRole::Tail;
  while (true) {
    if (order >= m_config.largestOrder()) {
      log.add(MergeStopped{pfn, order, kNoPfn, MergeStop::LargestOrder});
      break;
    }
    const Pfn buddy = buddyOf(pfn, order);
    if (buddy < bounds.startPfn || std::uint64_t{buddy} + blockPages(order) > std::uint64_t{bounds.startPfn} + bounds.pages) {
      log.add(MergeStopped{pfn, order, buddy, MergeStop::OutsideZone});
      break;
    }
    const PageFrame& other = m_pages[buddy];
    if (other.role != PageRole::FreeHead || other.order != order) {
      const bool split = other.role == PageRole::FreeHead;
      log.add(MergeStopped{pfn, order, buddy, split ? MergeStop::BuddySplit : MergeStop::BuddyInUse});
      break;
    }
    unlinkFree(zone, buddy);
    log.add(BuddiesMerged{pfn, buddy, order});
    pfn &= buddy;
    ++order;
  }
  pushFree(zone, pfn, order, /*atTail=*/false);
  log.add(BlockFreed{zone, pfn, order});
}

bool BuddyAllocator::isAllocatedBlock(Pfn pfn, Order order) const {
  return pfn < m_pages.size() && m_pages[pfn].role == PageRole::UsedHead && m_pages[pfn].order == order;
}

ZoneIndex BuddyAllocator::zoneOf(Pfn pfn) const {
  for (std::size_t z = 0; z + 1 < m_config.zones.size(); ++z)
    if (pfn < m_config.zones[z].startPfn + m_config.zones[z].pages) return static_cast<ZoneIndex>(z);
  return static_cast<ZoneIndex>(m_config.zones.size() - 1);
}

std::uint64_t BuddyAllocator::freePages() const {
  std::uint64_t total = 0;
  for (const ZoneState& zone : m_zones) total += zone.freePages;
  return total;
}

std::uint64_t BuddyAllocator::nrFree(Order order) const {
  std::uint64_t total = 0;
  for (const ZoneState& zone : m_zones) total += zone.freeArea[order].nrFree;
  return total;
}

int BuddyAllocator::largestFreeOrder() const {
  for (int order = m_config.maxOrder - 1; order >= 0; --order)
    if (nrFree(static_cast<Order>(order)) > 0) return order;
  return -1;
}

std::vector<Pfn> BuddyAllocator::freeList(ZoneIndex zone, Order order) const {
  const FreeArea& area = m_zones[zone].freeArea[order];
  if (m_config.pick == PickRule::Lowest) return {area.byAddress.begin(), area.byAddress.end()};
  std::vector<Pfn> out;
  out.reserve(area.nrFree);
  for (Pfn pfn = area.head; pfn != kNoPfn; pfn = m_pages[pfn].next) out.push_back(pfn);
  return out;
}

std::vector<Pfn> BuddyAllocator::freeBlocksByAddress(Order order) const {
  std::vector<Pfn> out;
  for (ZoneIndex z = 0; z < m_zones.size(); ++z) {
    auto list = freeList(z, order);
    out.insert(out.end(), list.begin(), list.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Block> BuddyAllocator::blocks() const {
  std::vector<Block> out;
  for (std::uint64_t pfn = 0; pfn < m_pages.size();) {
    const PageFrame& page = m_pages[pfn];
    if (page.role == PageRole::Tail) {  // only reachable if the state is broken; step one page
      ++pfn;
      continue;
    }
    out.push_back({static_cast<Pfn>(pfn), page.order, page.role == PageRole::FreeHead});
    pfn += blockPages(page.order);
  }
  return out;
}

void BuddyAllocator::addToHash(StateHasher& hasher) const {
  for (const PageFrame& page : m_pages) {
    hasher.add(page.role);
    if (page.role == PageRole::Tail) continue;
    hasher.add(page.order);
    hasher.add(page.next);
    hasher.add(page.prev);
  }
  for (const ZoneState& zone : m_zones)
    for (const FreeArea& area : zone.freeArea) {
      hasher.add(area.head);
      hasher.add(area.tail);
      hasher.add(area.nrFree);
    }
}

std::size_t BuddyAllocator::footprintBytes() const {
  // std::set nodes cost about 40 bytes each; under PickRule::Lowest at most one per page.
  const std::size_t perPage = sizeof(PageFrame) + (m_config.pick == PickRule::Lowest ? 40 : 0);
  return sizeof(*this) + m_pages.size() * perPage + m_zones.size() * m_config.maxOrder * sizeof(FreeArea);
}

}  // namespace oslens::engine::buddy

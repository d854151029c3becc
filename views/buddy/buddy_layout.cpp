#include "views/buddy/buddy_layout.h"

#include <algorithm>

namespace oslens::views {

using namespace engine::buddy;

namespace {
// The largest order of a block that fits aligned inside [start, start + pages).
int largestFittingOrder(const ZoneConfig& zone, int orderCount) {
  const std::uint64_t start = zone.startPfn, end = start + zone.pages;
  for (int o = orderCount - 1; o > 0; --o) {
    const std::uint64_t size = std::uint64_t{1} << o;
    const std::uint64_t first = (start + size - 1) / size * size;
    if (first + size <= end) return o;
  }
  return 0;
}
}  // namespace

BuddyLayout::BuddyLayout(const BuddyConfig& config, qreal rowsTop)
    : m_zoneCount(static_cast<int>(std::max<std::size_t>(config.zones.size(), 1))),
      m_orderCount(std::max(config.maxOrder, 1)),
      m_rowsTop(rowsTop) {
  m_boxesPerRow = m_zoneCount == 1 ? 6 : m_zoneCount == 2 ? 4 : 3;
  for (const auto& zone : config.zones) m_topDrawnOrder = std::max(m_topDrawnOrder, largestFittingOrder(zone, m_orderCount));
  std::uint64_t pages = 0;
  for (const auto& zone : config.zones) pages = std::max<std::uint64_t>(pages, std::uint64_t{zone.startPfn} + zone.pages);
  m_totalPages = static_cast<double>(std::max<std::uint64_t>(pages, 1));
  m_contentWidth = kLabelWidth + m_zoneCount * zoneWidth() + (m_zoneCount - 1) * kZoneGap;
  // Room for the bar's caption, and for the zone names over the bar when there are several.
  m_barTop = rowsBottom() + (m_zoneCount > 1 ? 84 : 62);
}

int BuddyLayout::rowOf(int order) const {
  return order > m_topDrawnOrder ? 0 : (hasCollapsedRow() ? 1 : 0) + (m_topDrawnOrder - order);
}

qreal BuddyLayout::zoneLeft(int zone) const { return kLabelWidth + zone * (zoneWidth() + kZoneGap); }

QRectF BuddyLayout::cellRect(int zone, int row) const {
  return {zoneLeft(zone), rowTop(row) + 3, zoneWidth(), kRowHeight - 6};
}

QRectF BuddyLayout::laneRect(int zone, int order) const {
  const qreal y = rowTop(rowOf(order)) + (kRowHeight - kBoxHeight) / 2;
  return {zoneLeft(zone) + 14, y, kBoxWidth, kBoxHeight};
}

QRectF BuddyLayout::slotRect(int zone, int order, int slot) const {
  const qreal y = rowTop(rowOf(order)) + (kRowHeight - kBoxHeight) / 2;
  return {zoneLeft(zone) + kLaneWidth + slot * kSlotWidth, y, kBoxWidth, kBoxHeight};
}

QRectF BuddyLayout::barRect(Pfn pfn, Order order) const {
  const qreal x = xOfPfn(pfn);
  const qreal w = std::max<qreal>(xOfPfn(static_cast<double>(pfn) + static_cast<double>(std::uint64_t{1} << order)) - x, 4);
  return {x, m_barTop, w, kBarHeight};
}

}  // namespace oslens::views

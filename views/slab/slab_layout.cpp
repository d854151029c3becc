#include "views/slab/slab_layout.h"

#include <algorithm>

namespace oslens::views {

using namespace engine::slab;

namespace {
// The most slabs `cache` can hold at once: SlabSetup::maxSlabs (from the ops) or, without it, as
// many as memory has room for.
std::uint64_t mostSlabs(const SlabState& state, CacheId cache) {
  const auto& bounds = state.setup->maxSlabs;
  if (cache < bounds.size()) return bounds[cache];
  return state.memory.totalPages() >> state.geometry(cache).order;
}
}  // namespace

qreal SlabLayout::stripHeight(std::uint32_t objects) {
  const int rows = SlabStrip::rowsFor(objects);
  return rows == 1 ? kStripHeight : rows * kCellRowHeight;
}

qreal SlabLayout::expandedHeight(const SlabState& state, CacheId cache) {
  const std::uint64_t most = mostSlabs(state, cache);
  const int capacity = static_cast<int>(std::clamp<std::uint64_t>(most, 1, kShownPerList));
  const qreal more = most > kShownPerList ? kMoreHeight : 0;
  const qreal pitch = kCaptionHeight + stripHeight(state.geometry(cache).num) + kStripGap;
  return std::max(kCacheCellHeight, 2 * kRowPadding + capacity * pitch + more);
}

SlabLayout::SlabLayout(const SlabState& state, const SlabSnapshot& snapshot, qreal tableTop, qreal foldedRoom)
    : m_totalPages(static_cast<double>(std::max<std::uint64_t>(state.memory.totalPages(), 1))) {
  m_rowTops.push_back(tableTop);
  for (const SlabSnapshot::Cache& cache : snapshot.caches()) {
    const std::uint64_t most = mostSlabs(state, cache.id);
    m_capacity.push_back(cache.expanded ? static_cast<int>(std::clamp<std::uint64_t>(most, 1, kShownPerList)) : 0);
    m_stripHeights.push_back(stripHeight(state.geometry(cache.id).num));
    m_rowTops.push_back(m_rowTops.back() + (cache.expanded ? expandedHeight(state, cache.id) : kSummaryHeight));
  }
  m_tableBottom = m_rowTops.back();
  if (foldedRoom > 0 && !snapshot.caches().empty())
    m_tableBottom = std::max(m_tableBottom, tableTop + (rowCount() - 1) * kSummaryHeight + foldedRoom);
  // Room for the lines on the caches not drawn, and for the bar's caption.
  const int notes = (snapshot.hiddenCaches() > 0 ? 1 : 0) + (snapshot.unusedKmalloc().empty() ? 0 : 1);
  m_barTop = tableBottom() + notes * kNoteHeight + 50;
}

QRectF SlabLayout::rowRect(int row) const {
  return {0, rowTop(row), contentWidth(), rowTop(row + 1) - rowTop(row)};
}

QRectF SlabLayout::laneRect(int row, SlabList list) const {
  const QRectF r = rowRect(row);
  return {columnLeft(list), r.top(), kListColumnWidth, r.height()};
}

QRectF SlabLayout::stripRect(int row, SlabList list, int slot) const {
  const qreal height = m_stripHeights[static_cast<std::size_t>(row)];
  const qreal top = rowTop(row) + kRowPadding + slot * (kCaptionHeight + height + kStripGap) + kCaptionHeight;
  return {columnLeft(list) + kStripInset, top, kStripWidth, height};
}

QPointF SlabLayout::moreAnchor(int row, SlabList list) const {
  const QRectF last = stripRect(row, list, std::max(capacity(row), 1) - 1);
  return {last.left(), last.bottom() + 14};
}

QRectF SlabLayout::barRect(Pfn pfn, Order order) const {
  const qreal x = static_cast<double>(pfn) / m_totalPages * contentWidth();
  const qreal w = std::max<qreal>(static_cast<double>(std::uint64_t{1} << order) / m_totalPages * contentWidth(), 4);
  return {x, m_barTop, w, kBarHeight};
}

}  // namespace oslens::views

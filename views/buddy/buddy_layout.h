#pragma once

#include <QPointF>
#include <QRectF>

#include "engine/memory/buddy/buddy_types.h"

namespace oslens::views {

// Where everything of the buddy diagram goes, in scene units (pixels at 1x). Fixed for a
// scenario, so items are made once and the picture never jumps between steps.
//
//   order 4 · 16 pages   [lane] [ 0 ]→[ 16 ]→ … +k more      one row per order, the largest on top
//   order 3 · 8 pages    [lane] [ 8 ]                        (several zones: columns side by side)
//   …
//   physical memory      |  A  |     free     | B |          every block at its address
//
// The lane left of each list is where the block a step works on waits while it is split or merged.
class BuddyLayout {
 public:
  static constexpr qreal kLabelWidth = 300;
  static constexpr qreal kLaneWidth = 120;  // "nr_free 1023" in 12.5 pt, left of the first box
  static constexpr qreal kBoxWidth = 78;
  static constexpr qreal kBoxHeight = 40;
  static constexpr qreal kSlotWidth = kBoxWidth + 24;  // a box and the arrow to the next one
  static constexpr qreal kMoreWidth = 130;
  static constexpr qreal kRowHeight = 56;
  static constexpr qreal kZoneGap = 24;
  static constexpr qreal kBarHeight = 70;

  BuddyLayout() = default;
  // `rowsTop`: where the first (top) row starts.
  BuddyLayout(const engine::buddy::BuddyConfig& config, qreal rowsTop);

  int zoneCount() const { return m_zoneCount; }
  int orderCount() const { return m_orderCount; }
  // Free blocks drawn per list; longer lists end in "+k more".
  int boxesPerRow() const { return m_boxesPerRow; }
  // Orders above this cannot hold a block in any zone (a 16-page zone has none of order 5): they
  // share one collapsed row at the top, so a small example is not mostly empty rows.
  int topDrawnOrder() const { return m_topDrawnOrder; }
  bool hasCollapsedRow() const { return m_topDrawnOrder < m_orderCount - 1; }
  int rowCount() const { return m_topDrawnOrder + 1 + (hasCollapsedRow() ? 1 : 0); }
  // Row 0 is the top row.
  int rowOf(int order) const;
  // The order drawn in `row`, or -1 for the collapsed row.
  int orderAt(int row) const { return hasCollapsedRow() && row == 0 ? -1 : m_topDrawnOrder - row + (hasCollapsedRow() ? 1 : 0); }
  qreal rowTop(int row) const { return m_rowsTop + row * kRowHeight; }
  qreal rowsBottom() const { return rowTop(rowCount()); }

  qreal zoneLeft(int zone) const;
  qreal zoneWidth() const { return kLaneWidth + m_boxesPerRow * kSlotWidth + kMoreWidth; }
  qreal contentWidth() const { return m_contentWidth; }
  QRectF cellRect(int zone, int row) const;
  // The block being split or merged waits here.
  QRectF laneRect(int zone, int order) const;
  // slot == boxesPerRow() is the "+k more" place.
  QRectF slotRect(int zone, int order, int slot) const;

  qreal barTop() const { return m_barTop; }
  qreal barWidth() const { return m_contentWidth; }
  qreal xOfPfn(double pfn) const { return pfn / m_totalPages * barWidth(); }
  // A block on the memory bar (at least a few pixels wide, so even one page of 2^20 shows).
  QRectF barRect(engine::buddy::Pfn pfn, engine::buddy::Order order) const;

 private:
  int m_zoneCount = 1;
  int m_orderCount = 1;
  int m_boxesPerRow = 8;
  int m_topDrawnOrder = 0;
  qreal m_rowsTop = 0;
  qreal m_contentWidth = 1200;
  qreal m_barTop = 0;
  double m_totalPages = 1;
};

}  // namespace oslens::views

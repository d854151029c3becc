#pragma once

#include <QPointF>
#include <QRectF>
#include <vector>

#include "engine/memory/slab/slab_model.h"
#include "views/slab/slab_snapshot.h"

namespace oslens::views {

// Where everything of the slab diagram goes, in scene units (pixels at 1x): the caches as the
// rows of a table whose columns are the three lists, physical memory as a bar under it.
//
//                         slabs_full          slabs_partial        slabs_free
//   ■ inode             page 0 · colour 1      page 1 · colour 2     empty
//     904 B · 4/slab    [pad|i1|i2|i3|i4|   ]  [pad|i5|  |  |  |  ]
//   ■ kmalloc-32        empty                 page 0 · colour 0     empty
//                                             [0 |1 |2 |... |15]
//                                             [16|17|...    |31]   (8 rows of 16 cells)
//   ■ kmalloc-64 · 40 of 128 in use   1 slab      1 slab      empty   (folded: one line)
//   physical memory     | inode | inode |  free  |  kmalloc-4k | free ...
//
// A row is as tall as the most slabs its cache can ever hold at once (up to the cap), known from
// the ops before the run, each as tall as its rows of cells (SlabStrip::rowsFor), so a row does
// not grow while the timeline plays; only a kmalloc cache coming into view (SlabSnapshot) adds a
// row. A folded table (SlabFolding) keeps the room of its tallest expanded row whichever cache is
// expanded, so the memory bar stays where it is from step to step.
class SlabLayout {
 public:
  static constexpr qreal kCacheColumnWidth = 330;
  static constexpr qreal kListColumnWidth = 456;
  static constexpr qreal kStripInset = 18;
  // 16 cells of 26 units: room for a three-digit index in 12 px type.
  static constexpr qreal kStripWidth = 420;
  static constexpr qreal kStripHeight = 40;     // a slab of one row
  static constexpr qreal kCellRowHeight = 23;   // a row of a wrapped slab
  static constexpr qreal kCaptionHeight = 24;  // the slab's caption over its strip
  static constexpr qreal kStripGap = 18;        // under a strip: its ▲, then the next caption
  static constexpr qreal kMoreHeight = 26;
  static constexpr qreal kRowPadding = 10;
  static constexpr qreal kCacheCellHeight = 140;  // the cache's name and facts
  static constexpr qreal kSummaryHeight = 34;     // a folded cache
  static constexpr qreal kNoteHeight = 30;  // a line under the table on the caches not drawn
  static constexpr qreal kBarHeight = 56;
  // Slabs drawn per list, caches drawn at most.
  static constexpr std::size_t kShownPerList = 3;
  static constexpr std::size_t kMaxCaches = 8;

  SlabLayout() = default;
  // `tableTop`: where the first row starts. `foldedRoom`: for a folded table, the room its
  // expanded row keeps (SlabFolding::expandedRoom), 0 otherwise.
  SlabLayout(const engine::slab::SlabState& state, const SlabSnapshot& snapshot, qreal tableTop, qreal foldedRoom = 0);

  // How tall `cache`'s row is drawn in full, and one of its slabs.
  static qreal expandedHeight(const engine::slab::SlabState& state, engine::slab::CacheId cache);
  static qreal stripHeight(std::uint32_t objects);

  static constexpr qreal contentWidth() { return kCacheColumnWidth + 3 * kListColumnWidth; }
  int rowCount() const { return static_cast<int>(m_rowTops.size()) - 1; }
  qreal rowTop(int row) const { return m_rowTops[static_cast<std::size_t>(row)]; }
  qreal tableTop() const { return m_rowTops.front(); }
  qreal tableBottom() const { return m_tableBottom; }
  QRectF rowRect(int row) const;
  // How many strips fit in the row's lists (0 in a folded row).
  int capacity(int row) const { return m_capacity[static_cast<std::size_t>(row)]; }
  static qreal columnLeft(engine::slab::SlabList list) { return kCacheColumnWidth + static_cast<int>(list) * kListColumnWidth; }
  QRectF laneRect(int row, engine::slab::SlabList list) const;
  QRectF stripRect(int row, engine::slab::SlabList list, int slot) const;
  // Where "+k more" goes: under the last strip a full list draws.
  QPointF moreAnchor(int row, engine::slab::SlabList list) const;

  qreal barTop() const { return m_barTop; }
  // The pages of a block on the memory bar (at least a few pixels wide, so one page of many shows).
  QRectF barRect(engine::slab::Pfn pfn, engine::slab::Order order) const;

 private:
  std::vector<qreal> m_rowTops;  // one per row, and the bottom of the last
  std::vector<int> m_capacity;
  std::vector<qreal> m_stripHeights;  // per row
  qreal m_tableBottom = 0;
  qreal m_barTop = 0;
  double m_totalPages = 1;
};

}  // namespace oslens::views

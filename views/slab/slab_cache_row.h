#pragma once

#include <QCoreApplication>
#include <array>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "engine/memory/slab/slab_model.h"
#include "views/slab/slab_layout.h"
#include "views/slab/slab_snapshot.h"
#include "views/slab/slab_step_marks.h"

class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace oslens::views {

class SlabStripItem;

// The items of one row of the cache table: on the left the cache's name in its colour and its
// geometry (objsize, objects and pages per slab, colours, freelist layout, objects in use); then
// for each list its first slabs as strips under a caption, "empty", or "+k more". A folded cache
// (SlabSnapshot::Cache::expanded false) is one line: its name, "· 40 of 128 in use", and each
// list's count of slabs. Made once and reused for whichever cache the row shows, so stepping only
// updates items in place.
class SlabCacheRow {
  Q_DECLARE_TR_FUNCTIONS(SlabCacheRow)

 public:
  explicit SlabCacheRow(QGraphicsScene& scene);

  void hide();
  void show(const SlabLayout& layout, int row, const SlabSnapshot::Cache& cache, const engine::slab::SlabState& state,
            const SlabStepMarks& marks);

  // The strips drawn now, list by list, head first.
  std::vector<SlabStripItem*> visibleStrips() const;
  // Hides the strips and captions of the slabs in `slabs` (cache, first pfn) while they are in
  // flight; returns the items it hid.
  std::vector<QGraphicsItem*> hideSlabs(const std::set<std::pair<engine::slab::CacheId, engine::slab::Pfn>>& slabs);
  QString moreText(engine::slab::SlabList list) const;
  QString name() const;
  bool folded() const;
  // A folded row's line: its summary and each list's count.
  QStringList summaryTexts() const;

 private:
  struct Lane {
    std::vector<SlabStripItem*> strips;
    std::vector<QGraphicsSimpleTextItem*> captions;
    QGraphicsSimpleTextItem* empty = nullptr;
    QGraphicsSimpleTextItem* more = nullptr;
    QGraphicsSimpleTextItem* count = nullptr;  // a folded cache's
  };

  void showFacts(const QRectF& row, const engine::slab::CacheGeometry& geometry, const engine::slab::CacheState& cache);
  void showSummary(const QRectF& row, const SlabSnapshot::Cache& cache, const engine::slab::SlabState& state);
  void showLane(Lane& lane, const SlabLayout& layout, int row, engine::slab::SlabList which,
                const SlabSnapshot::List& list, const SlabStepMarks& marks);

  QGraphicsRectItem* m_band;
  QGraphicsRectItem* m_swatch;
  QGraphicsSimpleTextItem* m_name;
  std::array<QGraphicsSimpleTextItem*, 5> m_facts{};
  QGraphicsSimpleTextItem* m_summary;
  std::array<Lane, SlabSnapshot::kListCount> m_lanes;
};

}  // namespace oslens::views

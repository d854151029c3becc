#pragma once

#include <QGraphicsScene>
#include <memory>
#include <vector>

#include "engine/memory/slab/slab_scenario.h"
#include "views/slab/slab_cache_row.h"
#include "views/slab/slab_folding.h"
#include "views/core/presentation_type.h"
#include "views/slab/slab_layout.h"
#include "views/slab/slab_snapshot.h"

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

class FlightPlayer;
class MemoryBarItem;
class SlabLegend;
class SlabStripItem;

// The SLAB allocator as a lecture draws it: a table with a row per cache and a column per list
// (slabs_full, slabs_partial, slabs_free), each slab a strip of its object cells; under it the
// buddy allocator's memory as a bar, each slab's pages in its cache's colour. A step animates from
// its events (slab_step_plan.h); everything else is redrawn from the state alone, so any jump or
// step back shows exactly the timeline's state. Items are pooled and updated in place; long lists
// end in "+k more" and at most SlabLayout::kMaxCaches caches are drawn, so a huge state costs a
// few hundred items. A large slab wraps into rows of cells (SlabStrip); a table too tall for a
// slide folds to one line per cache but the step's (SlabFolding).
class SlabScene : public QGraphicsScene {
  Q_OBJECT

 public:
  SlabScene(const engine::slab::SlabSimulation& simulation, QObject* parent = nullptr);
  ~SlabScene() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  // Presentation mode: the notes on the design and the step's lines go (the caption strip says
  // the step), and the table moves up under the title and figures.
  void setPresentation(bool presentation);
  void retranslate();
  // 1.0 = normal, 2.0 = twice as fast, 0 = no animation.
  void setAnimationSpeed(double speed) { m_durationMs = speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed); }
  bool isAnimating() const;

  const SlabSnapshot& snapshot() const { return m_shown; }
  const SlabLayout& layout() const { return m_layout; }
  const MemoryBarItem* memoryBar() const { return m_bar; }
  FlightPlayer* player() const { return m_player; }
  // The names of the caches drawn, top to bottom, folded or not.
  QStringList cacheNames() const;
  const SlabFolding& folding() const { return m_folding; }
  // True when `cache` is drawn as a one-line summary; its line (name and summary, then each list's
  // count), empty when it is drawn in full.
  bool isFolded(const QString& cache) const;
  QStringList summaryOf(const QString& cache) const;
  // The strip drawn for the slab at `pfn` of the cache named `cache`, or null.
  const SlabStripItem* stripItem(const QString& cache, engine::slab::Pfn pfn) const;
  // The first pfns of the slabs drawn in one list of a cache, head first.
  QStringList listPfns(const QString& cache, engine::slab::SlabList list) const;
  QString moreText(const QString& cache, engine::slab::SlabList list) const;
  // Every text and every strip the scene shows, in item order: a scene stepped to a position and
  // one built fresh there must agree (rewind is exact).
  QStringList contentSignature() const;
  QString outcomeText() const;
  bool outcomeIsFailure() const { return m_failed; }

 private:
  struct Stat {
    QGraphicsSimpleTextItem* caption = nullptr;
    QGraphicsSimpleTextItem* value = nullptr;
  };
  struct ColumnHead {
    QGraphicsSimpleTextItem* title = nullptr;
    QGraphicsSimpleTextItem* note = nullptr;
  };

  void buildItems();
  void buildBar();
  void refresh();
  void refreshHeader();
  void layOutStats();
  void refreshTable();
  void refreshBar();
  void animateStep(int from, int to);
  qreal tableTop() const;
  const SlabCacheRow* rowNamed(const QString& cache) const;
  QString tagName(engine::slab::TagId tag) const;
  QString cacheName(engine::slab::CacheId cache) const;

  const engine::slab::SlabSimulation& m_simulation;
  SlabFolding m_folding;
  SlabStepMarks m_marks;  // of the step shown
  SlabSnapshot m_shown;
  SlabLayout m_layout;

  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsSimpleTextItem* m_subtitle = nullptr;
  QGraphicsSimpleTextItem* m_design = nullptr;
  QGraphicsSimpleTextItem* m_options = nullptr;
  std::vector<Stat> m_stats;
  QGraphicsSimpleTextItem* m_stepLine = nullptr;
  qreal m_stepY = 0;
  QGraphicsSimpleTextItem* m_outcome = nullptr;
  bool m_failed = false;
  bool m_presentation = false;
  // The small print on the wall (views/core/presentation_type.h); the table is as wide as the
  // screen, so the floor is what its columns hold without running into each other.
  PresentationType m_type{13};

  std::vector<ColumnHead> m_columnHeads;  // caches, then the three lists
  std::vector<QGraphicsLineItem*> m_columnRules;
  std::vector<std::unique_ptr<SlabCacheRow>> m_rows;
  QGraphicsSimpleTextItem* m_unusedKmalloc = nullptr;
  QGraphicsSimpleTextItem* m_hiddenCaches = nullptr;

  // The bar, its caption, pfn scale and the legend move together under the table.
  QGraphicsRectItem* m_barBlock = nullptr;
  QGraphicsSimpleTextItem* m_barCaption = nullptr;
  MemoryBarItem* m_bar = nullptr;
  std::unique_ptr<SlabLegend> m_legend;
  qreal m_legendBottom = 0;  // in the bar block

  FlightPlayer* m_player = nullptr;
  std::vector<QGraphicsItem*> m_hiddenDuringFlight;
  // A slab step has a few moves (a slab grows, an object lights up, a slab changes list): each gets about this long at speed 1.
  static constexpr int kBaseAnimationMs = 700;
  int m_durationMs = kBaseAnimationMs;
};

}  // namespace oslens::views

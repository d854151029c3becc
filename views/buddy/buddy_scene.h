#pragma once

#include <QGraphicsScene>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/buddy/buddy_layout.h"
#include "views/buddy/free_area_rows.h"
#include "views/core/presentation_header.h"
#include "views/core/presentation_type.h"
#include "views/core/scene_items.h"

class QGraphicsPathItem;

namespace oslens::views {

class FlightPlayer;
class MemoryBarItem;

// The buddy allocator as a lecture draws it: free_area[] as one row per order, the largest on
// top, each with its free list (head first); below it physical memory as a bar with every block at
// its address. A step animates from its events (buddy_step_plan.h); everything else is redrawn
// from the state alone, so any jump or step back shows exactly the timeline's state. Items are
// made once per scenario and updated in place; long lists and tiny blocks are summarised, so a
// 2^20-page zone costs a few hundred items.
class BuddyScene : public QGraphicsScene {
  Q_OBJECT

 public:
  BuddyScene(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);
  ~BuddyScene() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  // Presentation mode: the title, the conventions and the step's words go (the caption strip says
  // the scenario and the step), the small print is set larger, and the picture is drawn larger.
  void setPresentation(bool presentation);
  void retranslate();
  // 1.0 = normal, 2.0 = twice as fast, 0 = no animation.
  void setAnimationSpeed(double speed) { m_durationMs = speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed); }
  bool isAnimating() const;

  const BuddyLayout& layout() const { return m_layout; }
  const MemoryBarItem* memoryBar() const { return m_bar; }
  FlightPlayer* player() const { return m_player; }
  // Every text the scene shows, in item order: a scene stepped to a position and one built fresh
  // there must agree (rewind is exact).
  QStringList visibleTexts() const;
  // The labels of the free-block boxes drawn in the row of `order` in `zone`, head first.
  QStringList freeBlockLabels(int zone, int order) const;
  // "+ 3 more" after a row's boxes, or empty.
  QString moreText(int zone, int order) const;
  // The outcome of the step: what was handed out or freed, or why the request failed.
  QString outcomeText() const;
  bool outcomeIsFailure() const;

 private:
  struct Cell {
    QGraphicsRectItem* band = nullptr;
    QGraphicsSimpleTextItem* laneText = nullptr;
    QGraphicsSimpleTextItem* empty = nullptr;
    QGraphicsSimpleTextItem* more = nullptr;
    std::vector<LabelledBox> boxes;
    std::vector<QGraphicsPathItem*> arrows;  // arrows[i] leads from box i to the next
  };
  struct RowLabel {
    QGraphicsSimpleTextItem* title = nullptr;
    QGraphicsSimpleTextItem* count = nullptr;
  };
  struct Stat {
    QGraphicsSimpleTextItem* caption = nullptr;
    QGraphicsSimpleTextItem* value = nullptr;
  };

  void buildItems();
  void buildBarItems();
  void refresh();
  // What the current step did, to highlight it.
  struct StepHighlights {
    std::optional<std::pair<engine::buddy::ZoneIndex, engine::buddy::Order>> requested;
    std::vector<engine::buddy::OrderSearched> searched;
    std::set<std::pair<engine::buddy::ZoneIndex, int>> searchedRows;
    std::set<std::pair<engine::buddy::ZoneIndex, int>> touchedRows;  // rows a free merged through
    std::optional<std::pair<engine::buddy::ZoneIndex, int>> landingRow;
    std::set<engine::buddy::Pfn> newBlocks;
    bool failed = false;
  };

  void refreshTitles();
  void refreshStats(const engine::buddy::BuddyState& state);
  void refreshStepOutcome();
  StepHighlights stepHighlights() const;
  void refreshRows(const StepHighlights& highlights);
  void refreshSearchArrows(const StepHighlights& highlights);
  void refreshBar();
  void animateStep(int from, int to);
  QString tagName(engine::buddy::TagId tag) const;
  std::optional<engine::buddy::Order> lastRequestedOrder() const;

  const engine::buddy::BuddySimulation& m_simulation;
  BuddyLayout m_layout;
  FreeAreaRows m_rows;  // of the state shown

  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsSimpleTextItem* m_subtitle = nullptr;
  QGraphicsSimpleTextItem* m_convention = nullptr;
  QGraphicsSimpleTextItem* m_pickRule = nullptr;
  std::vector<Stat> m_stats;
  PresentationHeader m_header;
  // Every text at least 14 pt on the wall: the row labels have room for it (BuddyLayout::kRowHeight).
  PresentationType m_type{14};
  bool m_presentation = false;
  QGraphicsSimpleTextItem* m_stepLine = nullptr;
  QGraphicsSimpleTextItem* m_outcome = nullptr;
  bool m_failed = false;
  QGraphicsSimpleTextItem* m_rowsCaption = nullptr;
  std::vector<QGraphicsSimpleTextItem*> m_zoneHeaders;
  std::vector<RowLabel> m_rowLabels;                 // by row
  std::vector<std::vector<Cell>> m_cells;            // [zone][row]
  std::vector<QGraphicsPathItem*> m_searchArrows;    // by zone

  QGraphicsSimpleTextItem* m_barCaption = nullptr;
  MemoryBarItem* m_bar = nullptr;
  std::vector<QGraphicsSimpleTextItem*> m_barZoneLabels;
  std::vector<QGraphicsItem*> m_ticks;
  std::vector<std::pair<QGraphicsRectItem*, QGraphicsSimpleTextItem*>> m_legend;

  FlightPlayer* m_player = nullptr;
  std::vector<QGraphicsItem*> m_hiddenDuringFlight;
  bool m_statsBeforeStep = false;  // the header shows the state before the step while it plays
  // A buddy step has several moves (search, take, each split, hand out): each gets about this long at speed 1.
  static constexpr int kBaseAnimationMs = 800;
  int m_durationMs = kBaseAnimationMs;
};

}  // namespace oslens::views

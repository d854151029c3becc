#pragma once

#include <QGraphicsScene>
#include <vector>

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/presentation_header.h"
#include "views/core/presentation_type.h"
#include "views/core/scene_items.h"

class QVariantAnimation;
class QGraphicsPolygonItem;

namespace oslens::views {

// The page-replacement diagram: the reference string with the current position, the classic
// table of frame contents after each reference (faults marked), and memory as it is now: each
// frame with its page, dirty and reference bits, the policy's reason ("loaded at step 3"), the
// Clock hand, and the victim. Items are made once per scenario and updated in place.
class PagingScene : public QGraphicsScene {
  Q_OBJECT

 public:
  // Columns of the reference table shown at once; longer strings scroll with the position.
  static constexpr int kWindowColumns = 24;
  // Frames drawn; bigger memories say how many more there are.
  static constexpr int kShownFrames = 12;

  PagingScene(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  void retranslate();
  // Presentation mode: the title goes (the caption strip names the scenario) and the small print
  // is set larger, so the picture is drawn larger and its smallest text reads from the back.
  void setPresentation(bool presentation);
  // 1.0 = normal, 2.0 = twice as fast, 0 = no animation.
  void setAnimationSpeed(double speed) { m_durationMs = speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed); }
  bool isAnimating() const;
  // Every text the scene shows, in item order: what a test compares between a scene that was
  // stepped to a position and one built fresh there (rewind must be exact).
  QStringList visibleTexts() const;
  // The page label of a drawn frame ("7", "free").
  QString frameLabel(int frame) const;
  // Tests: a frame's reference bit as drawn, the frame the Clock hand points at, the note under
  // a frame, and the step's animation (to look at a moment of it).
  bool referenceBitDrawnSet(int frame) const;
  int handFrame() const;
  QString frameNote(int frame) const;
  QVariantAnimation* animation() const { return m_animation; }

 private:
  // What one column of the table shows: the reference and the frames after it.
  struct Column {
    engine::paging::PagingOp op;
    bool done = false;
    bool hit = false;
    int loadedFrame = -1;
    int hitFrame = -1;
    std::vector<engine::paging::Page> frames;
  };
  struct FrameBox {
    LabelledBox page;
    QGraphicsSimpleTextItem* caption = nullptr;
    LabelledBox dirtyBit;
    LabelledBox referenceBit;
    QGraphicsSimpleTextItem* reason = nullptr;
    QGraphicsSimpleTextItem* note = nullptr;  // "evicted 7" under the box
  };

  void buildItems();
  void refresh();
  std::vector<Column> collectColumns(std::size_t first, std::size_t count) const;
  std::size_t windowStart() const;
  void refreshHeader();
  void setCounters(std::uint64_t faults, std::uint64_t hits, std::uint64_t writebacks, std::uint64_t steps);
  void refreshTable(std::size_t start, const std::vector<Column>& columns);
  void refreshMemory();
  QString reasonText(const engine::paging::Frame& frame) const;
  // Why the victim goes, in a few words under its frame: "victim: loaded first, at step 3".
  QString victimText(const engine::paging::VictimChosen& victim) const;
  void placeHand(engine::paging::FrameIndex frame);
  // While a fault's first beats play, nothing shows how it ends: the step's column, the counters
  // and the victim's frame show the memory before the step.
  void holdOutcome(const engine::paging::PageLoaded& loaded, const engine::paging::PageEvicted* evicted,
                   const engine::paging::VictimChosen* victim);
  void styleReferenceBit(FrameBox& box, bool set);
  void animateStep(int from, int to);
  QGraphicsSimpleTextItem* addFlyingLabel(engine::paging::Page page, const QPointF& at);

  const engine::paging::PagingSimulation& m_simulation;
  int m_shownFrames = 0;
  int m_columns = 0;
  bool m_showsDirtyBit = true;  // the run writes at least once

  QGraphicsSimpleTextItem* m_title = nullptr;
  PresentationHeader m_header;
  // Step numbers, row labels and notes: the table's cells and the frames keep their room for it.
  PresentationType m_type{13};
  bool m_presentation = false;
  QGraphicsSimpleTextItem* m_subtitle = nullptr;
  QGraphicsSimpleTextItem* m_counters = nullptr;
  QGraphicsSimpleTextItem* m_referenceLabel = nullptr;
  QGraphicsSimpleTextItem* m_resultLabel = nullptr;
  QGraphicsSimpleTextItem* m_memoryLabel = nullptr;
  QGraphicsSimpleTextItem* m_moreFrames = nullptr;
  QGraphicsSimpleTextItem* m_bitLegend = nullptr;
  std::vector<QGraphicsSimpleTextItem*> m_stepNumbers;
  std::vector<LabelledBox> m_referenceCells;
  std::vector<QGraphicsSimpleTextItem*> m_rowLabels;
  std::vector<std::vector<LabelledBox>> m_tableCells;  // [frame row][column]
  std::vector<QGraphicsSimpleTextItem*> m_resultMarks;
  std::vector<FrameBox> m_frameBoxes;
  QGraphicsPolygonItem* m_hand = nullptr;
  QGraphicsSimpleTextItem* m_handLabel = nullptr;

  QVariantAnimation* m_animation = nullptr;
  std::vector<QGraphicsItem*> m_flying;
  bool m_beatsRestyled = false;  // the step's first beats show its beginning; refreshMemory() ends them
  // At speed 1: a page in (and a victim out) takes this long; marking the victim before it goes
  // as long again; the Clock hand's visit to each frame it gives a second chance, half of it.
  static constexpr int kBaseAnimationMs = 700;
  int m_durationMs = kBaseAnimationMs;
};

}  // namespace oslens::views

#pragma once

#include <QGraphicsScene>
#include <QStringList>
#include <vector>

#include "engine/ipc/ipc_scenario.h"
#include "views/ipc/sequence_columns.h"
#include "views/ipc/sequence_rows.h"

class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

// The run as a message sequence chart, as a teacher draws it on the board: time runs down, a
// lifeline per process (its name at the top, in its colour) and per object (a pipe or FIFO as a
// tube, a queue as a box of slots, a semaphore as an octagon, shared memory as cells), one row per
// step up to the step shown and nothing after it. Each call is a labelled arrow: data going in
// (write, mq_send, msgsnd, sem_post, store) points at the object, what comes back (read and its
// bytes or "0 = EOF", a received message with its priority or type, a load) points at the
// process, a blocked call ends in a wait mark and its lifeline turns into a hatched bar until the
// step whose dashed completion arrow wakes it, an errno ends in a bar with its name, SIGPIPE is a
// zigzag, an exit an X that ends the lifeline, a deadlock a band naming the cycle.
//
// A long run shows the latest rows that fit ("steps 1–N above"), so the type never shrinks; a
// wide one narrows its columns to a minimum and then counts the rest ("+N more"). A step forward
// draws its arrows one after another from source to target; backwards and jumps snap. The rows
// come from SequenceRows: made once, by one replay from the nearest checkpoint, for the rows
// shown only.
class IpcSequenceChart : public QGraphicsScene {
  Q_OBJECT

 public:
  IpcSequenceChart(const engine::ipc::IpcSimulation& simulation, QObject* parent);
  ~IpcSequenceChart() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  void retranslate();
  void setAnimationSpeed(double speed);
  bool isAnimating() const;
  void setPresentation(bool on);

  // What is drawn, for tests.
  struct DrawnArrow {
    std::size_t step;
    SequenceEntry::Kind kind;
    QString from, to;  // column names
    qreal fromX, toX, y;
    QString label;
  };
  const std::vector<DrawnArrow>& drawnArrows() const { return m_drawnArrows; }
  // Steps whose rows are drawn, top to bottom.
  const std::vector<std::size_t>& drawnSteps() const { return m_drawnSteps; }
  struct BlockedBar {
    QString process;
    qreal top, bottom;
  };
  const std::vector<BlockedBar>& blockedBars() const { return m_blockedBars; }
  // The y where the row of `step` starts (NaN when it is not drawn).
  qreal rowTop(std::size_t step) const;
  qreal rowBottom(std::size_t step) const;
  // Every text shown, and the note over a cut window ("" for none).
  QStringList texts() const;
  QString windowNote() const;

 private:
  struct Placed;
  void buildHeader();
  void draw(std::size_t position, bool animateLastRow);
  void clearDynamic();
  std::vector<Placed> placeRow(const SequenceRow& row) const;
  qreal rowHeight(const SequenceRow& row) const;
  qreal bodyHeight();
  void drawRow(const SequenceRow& row, const std::vector<Placed>& placed, qreal top, qreal height, bool current, bool animated);
  void drawLifelines(const std::vector<std::size_t>& steps, const std::vector<qreal>& tops, const std::vector<qreal>& heights,
                     const std::vector<std::vector<Placed>>& placedRows, bool animateLast);
  void setProgress(double value);
  QString columnName(SequenceColumn column) const;
  QFont labelFont(bool bold = false) const;
  template <class Item>
  Item* keep(Item* item) {
    m_dynamic.push_back(item);
    return item;
  }

  const engine::ipc::IpcSimulation& m_simulation;
  SequenceRows m_rows;
  SequenceColumns m_columns;
  std::size_t m_position = 0;
  bool m_presentation = false;
  qreal m_bodyHeight = 0;
  qreal m_legendRight = 0;

  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsSimpleTextItem* m_subtitle = nullptr;
  QGraphicsSimpleTextItem* m_more = nullptr;
  std::vector<QGraphicsSimpleTextItem*> m_legendTexts;
  std::vector<QGraphicsItem*> m_legend;
  std::vector<QGraphicsSimpleTextItem*> m_columnKinds;  // per shown column: the kind under the name ("" for processes)
  std::vector<QGraphicsItem*> m_dynamic;
  QGraphicsSimpleTextItem* m_note = nullptr;

  // The arrows of the row being drawn in: each entry's shaft, what appears when it arrives.
  struct Growing {
    QGraphicsPathItem* shaft = nullptr;
    SequenceEntry::Kind kind;
    QPointF from, to;
    std::vector<QGraphicsItem*> onArrival;
    QGraphicsItem* label = nullptr;
    QGraphicsItem* backing = nullptr;
  };
  std::vector<Growing> m_growing;
  QVariantAnimation* m_animation = nullptr;
  static constexpr int kBaseEntryMs = 450;
  int m_entryMs = kBaseEntryMs;

  std::vector<DrawnArrow> m_drawnArrows;
  std::vector<std::size_t> m_drawnSteps;
  std::vector<qreal> m_drawnTops, m_drawnHeights;
  std::vector<BlockedBar> m_blockedBars;
  QString m_windowNote;
};

}  // namespace oslens::views

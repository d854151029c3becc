#pragma once

#include <QGraphicsScene>
#include <QStringList>
#include <vector>

#include "engine/sched/baseline/baseline_scenario.h"

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

// The metrics table of a baseline run as a picture (the textbooks' table under a Gantt chart:
// OSTEP 7.2-7.7, Silberschatz 10e 5.3): per task its arrival and run time (what the scenario
// gives), its first run and completion (what the run did), and response, turnaround and waiting
// time, then their averages. A value not known yet at the step shown is "—": no completion,
// turnaround or average before it happened. A waiting time still growing is "≥ x" (the wait so
// far). Cells that became known at this step are marked. All times in one unit, the unit of the
// run's length, so the columns read like the book's.
class SchedMetricsScene : public QGraphicsScene {
  Q_OBJECT

 public:
  enum Column { Task, Arrival, RunTime, FirstRun, Completion, Response, Turnaround, Waiting, ColumnCount };
  static constexpr std::size_t kMaxRows = 16;  // more tasks: "+N more" (the averages count them all)

  explicit SchedMetricsScene(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);

  // Shows the current state of the timeline.
  void refresh();
  // Shows `state` with the events of the step that made it (what the table marks as new): the
  // view holds the state before a step while the ready queue plays it.
  void show(const engine::baseline::BaselineState& state, const std::vector<engine::baseline::BaselineEvent>& events);
  void retranslate() { refresh(); }

  // Tests: the text of a task's cell (row = task, for the first kMaxRows tasks), of the averages
  // row, whether a cell is marked as new at this step, and the title and notes.
  QString cellText(std::size_t task, Column column) const;
  QString averageText(Column column) const;
  bool isMarked(std::size_t task, Column column) const;
  QString titleText() const;
  QString subtitleText() const;

 private:
  struct Row {
    QGraphicsRectItem* stripe = nullptr;
    QGraphicsRectItem* swatch = nullptr;
    std::vector<QGraphicsRectItem*> marks;          // one per column
    std::vector<QGraphicsSimpleTextItem*> texts;    // one per column
  };
  Row makeRow(bool swatch);
  void layout();
  QString timeText(engine::sched::Nanoseconds ns) const;
  QString meanText(double ns) const;

  const engine::baseline::BaselineSimulation& m_simulation;
  engine::sched::Nanoseconds m_unitNs = 1;  // the unit every time is written in
  QString m_unitSymbol;
  QGraphicsSimpleTextItem* m_title;
  QGraphicsSimpleTextItem* m_subtitle;
  std::vector<QGraphicsSimpleTextItem*> m_heads;     // one per column
  std::vector<QGraphicsSimpleTextItem*> m_formulas;  // one per column (some empty)
  std::vector<Row> m_rows;                           // the tasks shown
  Row m_average;
  QGraphicsLineItem* m_headRule;
  QGraphicsLineItem* m_averageRule;
  std::vector<QGraphicsLineItem*> m_groupRules;
  QGraphicsSimpleTextItem* m_more;
  QGraphicsSimpleTextItem* m_note;
};

}  // namespace oslens::views

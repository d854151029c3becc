#pragma once

#include <QGraphicsScene>
#include <QStringList>
#include <vector>

#include "engine/sched/workload/task_run.h"

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

// The five-state process diagram (Silberschatz 10e, Figure 3.2: new, ready, running, waiting,
// terminated) with each task as a coloured chip in the place of its state. The running place is
// the one CPU: it holds at most one chip. A step slides the chips that changed state from their
// old place to their new one (backwards when stepping back).
class TaskStateDiagram : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit TaskStateDiagram(QStringList taskNames, QObject* parent = nullptr);

  void show(const std::vector<engine::sched::TaskState>& states);
  void animate(const std::vector<engine::sched::TaskState>& from, const std::vector<engine::sched::TaskState>& to);
  // The states of now: slid there from the states shown (one step), or put there (a jump).
  void showStates(const std::vector<engine::sched::TaskState>& now, bool animateChange);
  void finishAnimations();
  bool isAnimating() const;
  void setAnimationSpeed(double speed) { m_speed = speed; }
  void retranslate();
  // "new", "ready", "running", "blocked", "exited", translated.
  static QString stateName(engine::sched::TaskState state);

  // Tests: the place a chip is drawn in, or -1 when it is not drawn (overflow).
  int placeOfChip(std::size_t task) const;
  QRectF placeRect(engine::sched::TaskState state) const;
  // Tests: the place's title as drawn ("ready (2)").
  QString placeTitle(engine::sched::TaskState state) const;

 private:
  struct Place {
    QGraphicsRectItem* box = nullptr;
    QGraphicsSimpleTextItem* title = nullptr;
    QGraphicsSimpleTextItem* overflow = nullptr;
  };
  // Where each task's chip goes for these states (invalid point: not drawn).
  std::vector<QPointF> chipPositions(const std::vector<engine::sched::TaskState>& states);
  void drawChips(const std::vector<QPointF>& from, const std::vector<QPointF>& to, qreal u);
  void addArrow(engine::sched::TaskState from, engine::sched::TaskState to, qreal offset, const char* label);

  QStringList m_names;
  std::vector<Place> m_places;
  std::vector<QGraphicsRectItem*> m_chips;
  std::vector<QGraphicsSimpleTextItem*> m_chipText;
  struct Arrow {
    QGraphicsSimpleTextItem* label;
    const char* english;
  };
  std::vector<Arrow> m_arrows;
  std::vector<engine::sched::TaskState> m_states;
  std::vector<QPointF> m_from, m_to;
  QVariantAnimation* m_animation = nullptr;
  double m_speed = 1.0;
};

// The tasks' names and states in a scheduler's state (CFS and the baselines keep them alike: a
// setup with the workload, and per task its run).
template <class SchedulerState>
QStringList taskNamesOf(const SchedulerState& state) {
  QStringList names;
  for (const auto& task : state.setup->workload.tasks) names << QString::fromStdString(task.name);
  return names;
}
template <class SchedulerState>
std::vector<engine::sched::TaskState> taskStatesOf(const SchedulerState& state) {
  std::vector<engine::sched::TaskState> out;
  for (const auto& task : state.tasks) out.push_back(task.run.state);
  return out;
}

}  // namespace oslens::views

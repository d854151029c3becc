#pragma once

#include <QPointer>
#include <vector>

#include "engine/sched/baseline/baseline_scenario.h"
#include "views/core/module_view.h"

class QLabel;
class QTabWidget;

namespace oslens::views {

class CpuGantt;
class ReadyQueueScene;
class SchedTasksModel;
class TaskStateDiagram;

// A baseline scheduler (FIFO, SJF, STCF, RR): the CPU and the ready queue ("queue"), the Gantt
// chart ("gantt") and the process states ("states"); the state panel has the classroom metrics.
class SchedView : public ModuleView {
  Q_OBJECT

 public:
  SchedView(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);
  ~SchedView() override;

  QStringList viewNames() const override;
  QString viewTitle(const QString& name) const override;
  QGraphicsScene* scene(const QString& name) override;
  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;
  void showPosition(int from, int to, bool animate) override;
  void finishAnimations() override;
  void retranslate() override;
  void setAnimationSpeed(double speed) override;

  ReadyQueueScene* queue() const { return m_queue; }
  TaskStateDiagram* states() const { return m_states; }
  CpuGantt* gantt() const { return m_gantt; }
  SchedTasksModel* tasks() const { return m_tasks; }

 private:
  const engine::baseline::BaselineSimulation& m_simulation;
  ReadyQueueScene* m_queue;
  TaskStateDiagram* m_states;
  CpuGantt* m_gantt;
  SchedTasksModel* m_tasks;
  std::vector<engine::sched::TaskState> m_shownStates;
  QPointer<QTabWidget> m_tabs;
  QPointer<QLabel> m_tasksTitle;
};

}  // namespace oslens::views

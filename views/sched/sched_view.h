#pragma once

#include "engine/sched/baseline/baseline_scenario.h"
#include "views/core/module_view.h"

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

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

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
};

}  // namespace oslens::views

#pragma once

#include "engine/sched/baseline/baseline_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class CpuGantt;
class ReadyQueueScene;
class SchedMetricsScene;
class SchedTasksModel;
class TaskStateDiagram;

// A baseline scheduler (FIFO, SJF, STCF, RR): the CPU and the ready queue ("queue"), the Gantt
// chart ("gantt"), the classroom metrics as a table to show and export ("metrics") and the
// process states ("states"); the state panel has the metrics as a table too.
class SchedView : public ModuleView {
  Q_OBJECT

 public:
  SchedView(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  ReadyQueueScene* queue() const { return m_queue; }
  TaskStateDiagram* states() const { return m_states; }
  CpuGantt* gantt() const { return m_gantt; }
  SchedMetricsScene* metrics() const { return m_metrics; }
  SchedTasksModel* tasks() const { return m_tasks; }

 private:
  void showMetrics(int from, int to);

  const engine::baseline::BaselineSimulation& m_simulation;
  ReadyQueueScene* m_queue;
  SchedMetricsScene* m_metrics;
  TaskStateDiagram* m_states;
  CpuGantt* m_gantt;
  SchedTasksModel* m_tasks;
};

}  // namespace oslens::views

#pragma once

#include "engine/sched/cfs/cfs_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class CfsChart;
class CfsRunQueueScene;
class CfsTasksModel;
class CpuGantt;
class TaskStateDiagram;

// The CFS scheduler: the run queue as its red-black tree beside the CPU ("runqueue"), the tasks'
// process states ("states"), a Gantt chart of who ran when ("gantt"), and two charts over the
// whole run: vruntime ("vruntime") and CPU share against the weights' promise ("share"). The
// state panel lists every task's sched_entity.
class CfsView : public ModuleView {
  Q_OBJECT

 public:
  CfsView(const engine::cfs::CfsSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  CfsRunQueueScene* runQueue() const { return m_runQueue; }
  CfsChart* vruntimeChart() const { return m_vruntime; }
  CfsChart* shareChart() const { return m_share; }
  CfsTasksModel* tasks() const { return m_tasks; }
  TaskStateDiagram* states() const { return m_states; }
  CpuGantt* gantt() const { return m_gantt; }

 private:
  double nowMs() const;

  const engine::cfs::CfsSimulation& m_simulation;
  CfsRunQueueScene* m_runQueue;
  TaskStateDiagram* m_states;
  CpuGantt* m_gantt;
  CfsChart* m_vruntime;
  CfsChart* m_share;
  CfsTasksModel* m_tasks;
};

}  // namespace oslens::views

#include "views/sched/sched_metrics.h"

namespace oslens::views {

using namespace engine::baseline;
using engine::sched::TaskState;

TaskMetrics taskMetrics(const BaselineState& s, TaskId task) {
  const auto& run = s.tasks[task].run;
  const auto& spec = s.spec(task);
  TaskMetrics m;
  m.arrived = run.state != TaskState::New;
  m.arrivalNs = spec.arrivalNs;
  m.cpuNs = spec.runsForever() ? kEndlessBurst : spec.totalCpuNs();
  if (run.firstRunNs >= 0) {
    m.firstRunNs = run.firstRunNs;
    m.responseNs = run.firstRunNs - spec.arrivalNs;
  }
  if (run.exitNs >= 0) {
    m.completionNs = run.exitNs;
    m.turnaroundNs = run.exitNs - spec.arrivalNs;
  }
  // As the engine's summary counts it (engine/sched/workload/task_run.cpp, taskSummaryJson).
  m.waitNs = run.waitNs + (run.state == TaskState::Ready ? s.now - run.readySinceNs : 0);
  m.finished = run.state == TaskState::Exited;
  return m;
}

AverageMetrics averageMetrics(const BaselineState& s) {
  AverageMetrics a;
  a.tasks = s.tasks.size();
  for (TaskId task = 0; task < s.tasks.size(); ++task) {
    const TaskMetrics m = taskMetrics(s, task);
    if (m.arrived) {
      ++a.arrived;
      a.waitSumNs += static_cast<double>(m.waitNs);
    }
    if (m.responseNs) {
      ++a.ran;
      a.responseSumNs += static_cast<double>(*m.responseNs);
    }
    if (m.turnaroundNs) {
      ++a.finished;
      a.turnaroundSumNs += static_cast<double>(*m.turnaroundNs);
    }
  }
  return a;
}

}  // namespace oslens::views

#include "engine/sched/workload/task_run.h"

#include "engine/core/limits.h"

namespace oslens::engine::sched {

TaskState enterBurst(TaskRun& run, const TaskSpec& spec, std::uint32_t burst, Nanoseconds now) {
  if (spec.cpuBound) return TaskState::Ready;
  if (burst >= spec.bursts.size()) {
    if (!spec.repeat) return TaskState::Exited;
    burst = 0;
  }
  run.burst = burst;
  const Burst& next = spec.bursts[burst];
  if (next.kind == Burst::Kind::Cpu) {
    run.burstLeftNs = next.ns;
    return TaskState::Ready;
  }
  run.wakeAtNs = now + next.ns;
  return TaskState::Blocked;
}

TaskState arrive(TaskRun& run, const TaskSpec& spec, Nanoseconds now) { return enterBurst(run, spec, 0, now); }

TaskState finishBurst(TaskRun& run, const TaskSpec& spec, Nanoseconds now) {
  return enterBurst(run, spec, run.burst + 1, now);
}

void becomeReady(TaskRun& run, Nanoseconds now) {
  run.state = TaskState::Ready;
  run.readySinceNs = now;
}

void startRunning(TaskRun& run, Nanoseconds now, bool countSwitch) {
  if (run.state == TaskState::Ready) run.waitNs += now - run.readySinceNs;
  if (run.firstRunNs < 0) run.firstRunNs = now;
  if (countSwitch) ++run.switches;
  run.state = TaskState::Running;
  run.runningSinceNs = now;
}

void block(TaskRun& run) { run.state = TaskState::Blocked; }

void exitTask(TaskRun& run, Nanoseconds now) {
  run.state = TaskState::Exited;
  run.exitNs = now;
}

void chargeCpu(TaskRun& run, const TaskSpec& spec, Nanoseconds ns) {
  run.runtimeNs += ns;
  if (!spec.cpuBound) run.burstLeftNs -= ns;
}

Nanoseconds cpuLeft(const TaskRun& run, const TaskSpec& spec) {
  return spec.cpuBound ? limits::kMaxDurationNs : run.burstLeftNs;
}

OutputJson taskSummaryJson(const TaskSpec& spec, const TaskRun& run, Nanoseconds now) {
  OutputJson out = OutputJson::object();
  out["name"] = spec.name;
  out["runtime_ns"] = run.runtimeNs;
  out["switches"] = run.switches;
  out["response_ns"] = run.firstRunNs < 0 ? OutputJson(nullptr) : OutputJson(run.firstRunNs - spec.arrivalNs);
  out["turnaround_ns"] = run.exitNs < 0 ? OutputJson(nullptr) : OutputJson(run.exitNs - spec.arrivalNs);
  // A task ready now has waited since readySinceNs too.
  out["wait_ns"] = run.waitNs + (run.state == TaskState::Ready ? now - run.readySinceNs : 0);
  out["share"] = now > 0 ? static_cast<double>(run.runtimeNs) / static_cast<double>(now) : 0.0;
  return out;
}

}  // namespace oslens::engine::sched

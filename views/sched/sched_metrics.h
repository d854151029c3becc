#pragma once

#include <cstddef>
#include <optional>

#include "engine/sched/baseline/baseline_model.h"

namespace oslens::views {

// The classroom metrics of one task at the current step, as OSTEP ch. 7 (7.2 turnaround, 7.6
// response) and Silberschatz 10e 5.2 (waiting time) define them. Nothing is told before it
// happens: a task that has not run has no first run (and so no response time), one that has not
// exited no completion (and no turnaround); its waiting time is only the wait so far.
struct TaskMetrics {
  bool arrived = false;
  engine::sched::Nanoseconds arrivalNs = 0;
  engine::sched::Nanoseconds cpuNs = 0;  // the CPU it asks for in all; kEndlessBurst: it never ends
  std::optional<engine::sched::Nanoseconds> firstRunNs, completionNs;
  std::optional<engine::sched::Nanoseconds> responseNs;    // first run - arrival
  std::optional<engine::sched::Nanoseconds> turnaroundNs;  // completion - arrival
  engine::sched::Nanoseconds waitNs = 0;                   // ready but not running, so far
  bool finished = false;                                   // exited: waitNs is final
};

TaskMetrics taskMetrics(const engine::baseline::BaselineState& state, engine::sched::TaskId task);

// The sums behind the averages. OSTEP averages over all jobs, so an average is final once the
// metric is known for every task: response once every task has run, turnaround and waiting once
// every task has finished. Before that the averages over the tasks that have the metric are what
// the engine's summary reports (engine/sched/baseline/baseline_records.cpp): response over the
// tasks that have run, turnaround over those that finished, waiting so far over those that arrived.
struct AverageMetrics {
  std::size_t tasks = 0, arrived = 0, ran = 0, finished = 0;
  double responseSumNs = 0, turnaroundSumNs = 0, waitSumNs = 0;  // waitSumNs: so far, arrived tasks

  bool allRan() const { return tasks > 0 && ran == tasks; }
  bool allFinished() const { return tasks > 0 && finished == tasks; }
  std::optional<double> responseNs() const { return mean(responseSumNs, ran); }
  std::optional<double> turnaroundNs() const { return mean(turnaroundSumNs, finished); }
  std::optional<double> waitNs() const { return mean(waitSumNs, arrived); }
  // Waiting so far over every task (one not arrived has waited 0): a lower bound of the final
  // average while tasks are still to finish.
  double waitLowerBoundNs() const { return tasks == 0 ? 0 : waitSumNs / static_cast<double>(tasks); }

 private:
  static std::optional<double> mean(double sum, std::size_t count) {
    return count == 0 ? std::nullopt : std::optional(sum / static_cast<double>(count));
  }
};

AverageMetrics averageMetrics(const engine::baseline::BaselineState& state);

}  // namespace oslens::views

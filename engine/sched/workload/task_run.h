#pragma once

#include <cstdint>

#include "engine/core/json_reader.h"
#include "engine/core/process_state.h"
#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::sched {

// A task's state is the process state of engine/core/process_state.h.
using TaskState = ProcessState;
constexpr const char* taskStateName(TaskState state) { return processStateName(state); }

// Where a task is in its life and what it has had so far: the part of a task's state that every
// policy (CFS and the baselines) keeps the same way.
struct TaskRun {
  TaskState state = TaskState::New;
  int nice = 0;
  std::uint32_t burst = 0;        // the current burst's index in TaskSpec::bursts
  Nanoseconds burstLeftNs = 0;    // CPU the current CPU burst still wants (unused when CPU-bound)
  Nanoseconds wakeAtNs = 0;       // New: its arrival; Blocked: the end of its I/O wait
  Nanoseconds readySinceNs = 0;   // Ready: since when
  Nanoseconds runningSinceNs = 0; // Running: since when (this turn on the CPU)

  // What the summary reports (docs/scenarios.md): -1 for "not yet".
  Nanoseconds runtimeNs = 0;      // CPU time received (Linux: se.sum_exec_runtime)
  std::uint64_t switches = 0;     // times it was put on the CPU
  Nanoseconds firstRunNs = -1;
  Nanoseconds exitNs = -1;
  Nanoseconds waitNs = 0;         // time spent ready but not running

  bool operator==(const TaskRun&) const = default;
};

// The state a burst change leads to: Ready (a CPU burst: wants the CPU, or keeps it), Blocked
// (an I/O wait until wakeAtNs) or Exited (no burst left and no repeat).
TaskState enterBurst(TaskRun& run, const TaskSpec& spec, std::uint32_t burst, Nanoseconds now);
// A task arrives at `now` and starts its first burst.
TaskState arrive(TaskRun& run, const TaskSpec& spec, Nanoseconds now);
// The running task's CPU burst is used up at `now`, or its I/O wait ended: the next burst.
TaskState finishBurst(TaskRun& run, const TaskSpec& spec, Nanoseconds now);

// State changes with their bookkeeping (wait time, first run, switch count, exit time).
void becomeReady(TaskRun& run, Nanoseconds now);
// `countSwitch` false: the task that had the CPU is picked again (no context switch).
void startRunning(TaskRun& run, Nanoseconds now, bool countSwitch = true);
void block(TaskRun& run);
void exitTask(TaskRun& run, Nanoseconds now);
// The running task had the CPU for `ns` more.
void chargeCpu(TaskRun& run, const TaskSpec& spec, Nanoseconds ns);
// Time left in the current CPU burst of a running task (a CPU-bound task never finishes one).
Nanoseconds cpuLeft(const TaskRun& run, const TaskSpec& spec);

// One entry of the summary's "tasks": name, runtime_ns, switches, response_ns (arrival to first
// run, null before), turnaround_ns (arrival to exit, null before), wait_ns, share (runtime over
// the run so far, `now`).
OutputJson taskSummaryJson(const TaskSpec& spec, const TaskRun& run, Nanoseconds now);

// When a task's next arrival or wake-up is due: ordered by time, then by task order (the order
// the scenario gives its tasks, which is how classroom tools break ties).
struct TimerKey {
  Nanoseconds at = 0;
  TaskId task = kNoTask;
  auto operator<=>(const TimerKey&) const = default;
};

}  // namespace oslens::engine::sched

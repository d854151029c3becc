#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/core/indexed_min_heap.h"
#include "engine/sched/baseline/baseline_events.h"
#include "engine/sched/baseline/baseline_policy.h"
#include "engine/sched/workload/sched_step.h"
#include "engine/sched/workload/task_run.h"

namespace oslens::engine::baseline {

using sched::SchedStep;
using sched::TaskRun;
using sched::TaskSpec;
using sched::Workload;

// What does not change during a run, shared by every copy of the state.
struct BaselineSetup {
  Workload workload;
  BaselinePolicy policy = BaselinePolicy::Fifo;
  Nanoseconds quantumNs = kDefaultQuantumNs;  // rr only
  // cpuAfter[task][i]: the CPU that the bursts after burst i want before the task's next I/O
  // burst or its exit (two CPU bursts in a row are one CPU burst to the scheduler); kEndlessBurst
  // when it never does I/O again. Empty for a CPU-bound task.
  std::vector<std::vector<Nanoseconds>> cpuAfter;

  static std::shared_ptr<const BaselineSetup> make(Workload workload, BaselinePolicy policy, Nanoseconds quantumNs);
};

struct BaselineTask {
  TaskRun run;
  Nanoseconds blockedNs = 0;       // time spent blocked (I/O), not counting the current wait
  Nanoseconds blockedSinceNs = 0;  // Blocked: since when
  bool operator==(const BaselineTask&) const = default;
};

// The ready queue's order: FIFO and RR by the order tasks joined it (seq); SJF and STCF by the
// next CPU burst first, then by that order (Silberschatz 10e 5.3.2: "FCFS scheduling is used
// to break the tie").
struct QueueKey {
  Nanoseconds nextBurstNs = 0;  // 0 for FIFO and RR
  std::uint64_t seq = 0;
  auto operator<=>(const QueueKey&) const = default;
};

// What kind of happening a step ended with: the record's "event" (the words CFS uses, and
// "dispatch" for a step that only gives an idle CPU to a ready task).
enum class BaselineStepKind : std::uint8_t { None, Arrive, Spawn, Wakeup, Block, Exit, Preempt, Renice, Horizon, Dispatch };
const char* baselineStepKindName(BaselineStepKind kind);

// One CPU, its ready queue, and the tasks around it.
struct BaselineState {
  std::shared_ptr<const BaselineSetup> setup;
  std::vector<BaselineTask> tasks;
  IndexedMinHeap<QueueKey> ready;          // exactly the Ready tasks, in the order the policy picks them
  IndexedMinHeap<sched::TimerKey> timers;  // arrivals and I/O wake-ups, by (time, task)
  TaskId current = sched::kNoTask;         // the Running task
  Nanoseconds now = 0;
  Nanoseconds quantumEndNs = 0;            // rr, while a task runs: when its quantum expires
  TaskId leftCpu = sched::kNoTask;         // the task that last left the CPU, at leftCpuAtNs
  Nanoseconds leftCpuAtNs = -1;
  std::uint64_t nextSeq = 0;               // the next ready-queue arrival number
  std::size_t nextOp = 0;                  // the first scenario op not yet applied
  std::uint64_t happenings = 0;            // what planSteps bounds (also the ones that are no step)
  Nanoseconds busyNs = 0;                  // time some task had the CPU
  Nanoseconds idleNs = 0;                  // time no task had it; busyNs + idleNs == now
  std::uint32_t exitedCount = 0;
  bool finished = false;
  BaselineStepKind lastKind = BaselineStepKind::None;

  const TaskSpec& spec(TaskId task) const { return setup->workload.tasks[task]; }
  const std::string& name(TaskId task) const { return spec(task).name; }
  BaselinePolicy policy() const { return setup->policy; }
  // The CPU a Ready or Running task wants before its next I/O or exit (kEndlessBurst: never).
  Nanoseconds nextBurst(TaskId task) const;
  // The ready tasks in the order the policy would pick them.
  std::vector<TaskId> queued() const;
  // True when something else is due at this same instant: the scheduler decides only after
  // everything due now has been taken.
  bool moreDueNow() const;

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const BaselineState&) const = default;
};

// FIFO, SJF, STCF and RR on one CPU, jumping from event to event in integer nanoseconds. One
// step per scheduling happening (SchedStep, planned at load); docs/scenarios.md, module "sched".
struct BaselineModel {
  using State = BaselineState;
  using Op = SchedStep;
  using Event = BaselineEvent;

  static State initialState(std::shared_ptr<const BaselineSetup> setup);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static bool finished(const State& state) { return state.finished; }
  static Nanoseconds now(const State& state) { return state.now; }
  // Every happening is simulated, also those that are no step (a quantum renewed on an idle
  // queue, one I/O burst after another): they are what a pathological file multiplies.
  static std::uint64_t ticksSimulated(const State& state) { return state.happenings; }
  static TaskId running(const State& state) { return state.current; }
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::baseline

#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/core/indexed_min_heap.h"
#include "engine/sched/cfs/cfs_events.h"
#include "engine/sched/cfs/cfs_params.h"
#include "engine/core/rbtree/rb_tree.h"
#include "engine/sched/workload/sched_step.h"
#include "engine/sched/workload/task_run.h"

namespace oslens::engine::cfs {

using sched::SchedStep;
using sched::TaskRun;
using sched::TaskSpec;
using sched::Workload;

// What does not change during a run, shared by every copy of the state.
struct CfsSetup {
  Workload workload;
  CfsParams params;
};

// One task's sched_entity, as far as one CPU's CFS run queue needs it.
struct CfsTask {
  TaskRun run;
  std::uint64_t vruntime = 0;
  std::uint32_t weight = 0;             // se->load.weight (unscaled)
  Nanoseconds prevSumExecNs = 0;        // prev_sum_exec_runtime: runtime when it was last picked
  bool operator==(const CfsTask&) const = default;
};

// What kind of happening a step ended with: the record's "event".
enum class CfsStepKind : std::uint8_t { None, Arrive, Spawn, Wakeup, Block, Exit, Preempt, Renice, Tick, Horizon };
const char* cfsStepKindName(CfsStepKind kind);

// One CPU's CFS run queue (struct cfs_rq) and the tasks around it. The running task is not in the
// tree (set_next_entity takes it out; put_prev_entity puts it back), as in Linux.
struct CfsState {
  std::shared_ptr<const CfsSetup> setup;
  std::vector<CfsTask> tasks;
  rbtree::RbTree<std::uint64_t> tree;        // cfs_rq->tasks_timeline: node id = task id, key = vruntime
  TaskId current = sched::kNoTask;           // cfs_rq->curr
  std::uint64_t minVruntime = 0;             // cfs_rq->min_vruntime
  std::uint64_t loadWeight = 0;              // cfs_rq->load.weight: every runnable task, the running one too
  std::uint32_t nrRunning = 0;               // cfs_rq->nr_running
  Nanoseconds now = 0;
  Nanoseconds execStartNs = 0;               // curr->exec_start: where update_curr last charged up to
  Nanoseconds nextTickNs = 0;                // while a task runs: the next timer tick
  IndexedMinHeap<sched::TimerKey> timers;    // arrivals and I/O wake-ups, by (time, task)
  std::size_t nextOp = 0;                    // the first scenario op not yet applied
  std::uint64_t ticks = 0;                   // timer ticks simulated
  std::uint64_t happenings = 0;              // ticks, wake-ups, bursts ending, ops: what planSteps bounds
  Nanoseconds busyNs = 0;                    // time some task had the CPU
  std::uint32_t exitedCount = 0;
  bool finished = false;
  CfsStepKind lastKind = CfsStepKind::None;

  const TaskSpec& spec(TaskId task) const { return setup->workload.tasks[task]; }
  const std::string& name(TaskId task) const { return spec(task).name; }
  const CfsParams& params() const { return setup->params; }
  // The tasks in the tree, leftmost (next to run) first.
  std::vector<TaskId> queued() const { return tree.inOrder(); }
  // sched_slice(cfs_rq, se): the wall-clock slice `task` is due in the current period.
  Nanoseconds slice(TaskId task) const;

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const CfsState&) const = default;
};

// The Completely Fair Scheduler on one CPU as in Linux 2.6.23-6.5 (kernel/sched/fair.c; Linux
// 6.6 replaced it with EEVDF). One step per scheduling decision (SchedStep, planned at load).
struct CfsModel {
  using State = CfsState;
  using Op = SchedStep;
  using Event = CfsEvent;

  static State initialState(std::shared_ptr<const CfsSetup> setup);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static bool finished(const State& state) { return state.finished; }
  static Nanoseconds now(const State& state) { return state.now; }
  static std::uint64_t ticksSimulated(const State& state) { return state.happenings; }
  static TaskId running(const State& state) { return state.current; }
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::cfs

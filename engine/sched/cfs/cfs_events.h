#pragma once

#include <cstdint>
#include <variant>

#include "engine/core/rbtree/rb_events.h"
#include "engine/sched/workload/task_run.h"

namespace oslens::engine::cfs {

using sched::Nanoseconds;
using sched::TaskId;
using sched::TaskState;

// What happened in one step of the CFS model, in order; views animate from these and turn each
// into a sentence. Times are ns; vruntimes are ns of virtual time.

// The running task had the CPU from `fromNs` to `toNs` (update_curr at every tick on the way):
// its vruntime grew by delta * NICE_0_LOAD / weight.
struct CfsRan {
  TaskId task = sched::kNoTask;
  Nanoseconds fromNs = 0;
  Nanoseconds toNs = 0;
  std::uint64_t vruntimeFrom = 0;
  std::uint64_t vruntimeTo = 0;
  std::uint64_t ticks = 0;  // timer ticks in between
  bool operator==(const CfsRan&) const = default;
};

// A task of the config arrives (`spawned`: by a spawn op).
struct CfsArrive {
  TaskId task = sched::kNoTask;
  bool spawned = false;
  bool operator==(const CfsArrive&) const = default;
};

// Its I/O wait is over (try_to_wake_up).
struct CfsWake {
  TaskId task = sched::kNoTask;
  bool operator==(const CfsWake&) const = default;
};

// place_entity: where a new or waking task's vruntime goes, and why.
struct CfsPlace {
  enum class Rule : std::uint8_t {
    NewAfterDebit,   // new: min_vruntime + vslice (START_DEBIT)
    NewAtMin,        // new: min_vruntime (START_DEBIT off)
    SleeperCredit,   // waking: min_vruntime - thresh, which is above its own vruntime
    KeptOwn,         // waking: its own vruntime, already above min_vruntime - thresh
  };
  TaskId task = sched::kNoTask;
  Rule rule = Rule::NewAfterDebit;
  std::uint64_t vruntime = 0;     // the result
  std::uint64_t previous = 0;     // its vruntime before (waking tasks)
  std::uint64_t minVruntime = 0;
  std::uint64_t amount = 0;       // the vslice (new) or the credit thresh (waking)
  bool operator==(const CfsPlace&) const = default;
};

// The task goes into the tree (__enqueue_entity) or out of it (__dequeue_entity); the tree's own
// events follow as CfsTree.
struct CfsEnqueue {
  TaskId task = sched::kNoTask;
  std::uint64_t vruntime = 0;
  bool operator==(const CfsEnqueue&) const = default;
};
struct CfsDequeue {
  TaskId task = sched::kNoTask;
  bool operator==(const CfsDequeue&) const = default;
};
// One event of the red-black tree's insert or erase; `key` is the vruntime of the node an
// RbLink links (what RbTree::apply needs to replay it).
struct CfsTree {
  rbtree::RbEvent change;
  std::uint64_t key = 0;
  bool operator==(const CfsTree&) const = default;
};

// The running task must give up the CPU (resched_curr), and why.
struct CfsPreempt {
  enum class Reason : std::uint8_t {
    SliceUsed,     // check_preempt_tick: it ran longer than its ideal slice
    VruntimeLead,  // check_preempt_tick: it is ahead of the leftmost by more than its slice
    Wakeup,        // check_preempt_wakeup: a woken or new task is behind it by more than the wakeup granularity
    Reniced,       // prio_changed_fair: its own nice went up
  };
  TaskId task = sched::kNoTask;
  TaskId by = sched::kNoTask;       // the task that caused it (leftmost, waker), or none
  Reason reason = Reason::SliceUsed;
  Nanoseconds ranNs = 0;            // sum_exec_runtime - prev_sum_exec_runtime
  Nanoseconds idealNs = 0;          // the slice it was due (tick reasons)
  std::int64_t vdiff = 0;           // curr->vruntime - other->vruntime (VruntimeLead, Wakeup)
  std::uint64_t granularity = 0;    // wakeup_gran(se) in virtual ns (Wakeup)
  bool operator==(const CfsPreempt&) const = default;
};

// A wake-up (or renice) that did not preempt, with the numbers that decided it.
struct CfsNoPreempt {
  TaskId task = sched::kNoTask;     // the running task, which keeps the CPU
  TaskId by = sched::kNoTask;
  std::int64_t vdiff = 0;
  std::uint64_t granularity = 0;
  bool operator==(const CfsNoPreempt&) const = default;
};

// A tick that changed nothing (shown only with step_every_tick).
struct CfsTick {
  TaskId task = sched::kNoTask;
  Nanoseconds ranNs = 0;
  Nanoseconds idealNs = 0;
  bool operator==(const CfsTick&) const = default;
};

// pick_next_task_fair: the leftmost task gets the CPU (`from` the one that had it, or none), with
// the slice it is due: period * weight / total weight (sched_slice).
struct CfsSwitch {
  TaskId from = sched::kNoTask;
  TaskId to = sched::kNoTask;  // none: the CPU goes idle
  Nanoseconds periodNs = 0;
  Nanoseconds sliceNs = 0;
  std::uint32_t weight = 0;
  std::uint64_t totalWeight = 0;
  std::uint32_t nrRunning = 0;
  bool operator==(const CfsSwitch&) const = default;
};

struct CfsStateChange {
  TaskId task = sched::kNoTask;
  TaskState from = TaskState::New;
  TaskState to = TaskState::New;
  bool operator==(const CfsStateChange&) const = default;
};

// The running task's CPU burst ended and its next burst is I/O until `untilNs`.
struct CfsBlock {
  TaskId task = sched::kNoTask;
  Nanoseconds untilNs = 0;
  bool operator==(const CfsBlock&) const = default;
};

struct CfsExit {
  TaskId task = sched::kNoTask;
  bool operator==(const CfsExit&) const = default;
};

// set_user_nice: the weight changes; the vruntime stays (reweight_entity before Linux 6.6).
struct CfsRenice {
  TaskId task = sched::kNoTask;
  int fromNice = 0;
  int toNice = 0;
  std::uint32_t fromWeight = 0;
  std::uint32_t toWeight = 0;
  bool operator==(const CfsRenice&) const = default;
};

// min_vruntime moved forward (it never moves back).
struct CfsMinVruntime {
  std::uint64_t from = 0;
  std::uint64_t to = 0;
  bool operator==(const CfsMinVruntime&) const = default;
};

// The run reached until_ns.
struct CfsHorizon {
  Nanoseconds atNs = 0;
  bool operator==(const CfsHorizon&) const = default;
};

using CfsEvent = std::variant<CfsRan, CfsArrive, CfsWake, CfsPlace, CfsEnqueue, CfsDequeue, CfsTree, CfsPreempt,
                              CfsNoPreempt, CfsTick, CfsSwitch, CfsStateChange, CfsBlock, CfsExit, CfsRenice,
                              CfsMinVruntime, CfsHorizon>;

}  // namespace oslens::engine::cfs

#pragma once

#include <cstdint>
#include <string_view>
#include <variant>

#include "engine/core/event_json.h"
#include "engine/core/rbtree/rb_events.h"
#include "engine/sched/workload/task_events.h"
#include "engine/sched/workload/task_run.h"

namespace oslens::engine::cfs {

using sched::Nanoseconds;
using sched::TaskId;
using sched::TaskState;

// The events of a task's life, shared with the other schedulers (engine/sched/workload/task_events.h).
using CfsArrive = sched::TaskArrived;
using CfsWake = sched::TaskWoke;
using CfsBlock = sched::TaskBlocked;
using CfsExit = sched::TaskExited;
using CfsHorizon = sched::HorizonReached;
using CfsStateChange = sched::TaskStateChanged;

// What happened in one step of the CFS model, in order; views animate from these and turn each
// into a sentence. Times are ns; vruntimes are ns of virtual time. In the JSON (engine/core/
// event_json.h) tasks are named by CfsJsonNames (none: null).

// The running task had the CPU from `fromNs` to `toNs` (update_curr at every tick on the way):
// its vruntime grew by delta * NICE_0_LOAD / weight.
struct CfsRan {
  TaskId task = sched::kNoTask;
  Nanoseconds fromNs = 0;
  Nanoseconds toNs = 0;
  std::uint64_t vruntimeFrom = 0;
  std::uint64_t vruntimeTo = 0;
  std::uint64_t ticks = 0;  // timer ticks in between
  static constexpr std::string_view kJsonType = "ran";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("from_ns", fromNs);
    out.field("to_ns", toNs);
    out.field("vruntime_from", vruntimeFrom);
    out.field("vruntime_to", vruntimeTo);
    out.field("ticks", ticks);
  }
  bool operator==(const CfsRan&) const = default;
};

// place_entity: where a new or waking task's vruntime goes, and why.
struct CfsPlace {
  enum class Rule : std::uint8_t {
    NewAfterDebit,   // new: min_vruntime + vslice (START_DEBIT)
    NewAtMin,        // new: min_vruntime (START_DEBIT off)
    SleeperCredit,   // waking: min_vruntime - thresh, which is above its own vruntime
    KeptOwn,         // waking: its own vruntime, already above min_vruntime - thresh
  };
  static constexpr std::string_view placeRuleName(Rule rule) {
    switch (rule) {
      case Rule::NewAfterDebit: return "start_debit";
      case Rule::NewAtMin: return "min_vruntime";
      case Rule::SleeperCredit: return "sleeper_credit";
      case Rule::KeptOwn: return "kept_own";
    }
    return "?";
  }
  TaskId task = sched::kNoTask;
  Rule rule = Rule::NewAfterDebit;
  std::uint64_t vruntime = 0;     // the result
  std::uint64_t previous = 0;     // its vruntime before (waking tasks)
  std::uint64_t minVruntime = 0;
  std::uint64_t amount = 0;       // the vslice (new) or the credit thresh (waking)
  static constexpr std::string_view kJsonType = "place";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("rule", placeRuleName(rule));
    out.field("vruntime", vruntime);
    out.field("previous", previous);
    out.field("min_vruntime", minVruntime);
    out.field("amount", amount);
  }
  bool operator==(const CfsPlace&) const = default;
};

// The task goes into the tree (__enqueue_entity) or out of it (__dequeue_entity); the tree's own
// events follow as CfsTree.
struct CfsEnqueue {
  TaskId task = sched::kNoTask;
  std::uint64_t vruntime = 0;
  static constexpr std::string_view kJsonType = "enqueue";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("vruntime", vruntime);
  }
  bool operator==(const CfsEnqueue&) const = default;
};
struct CfsDequeue {
  TaskId task = sched::kNoTask;
  static constexpr std::string_view kJsonType = "dequeue";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
  }
  bool operator==(const CfsDequeue&) const = default;
};
// One event of the red-black tree's insert or erase; `key` is the vruntime of the node an
// RbLink links (what RbTree::apply needs to replay it).
struct CfsTree {
  rbtree::RbEvent change;
  std::uint64_t key = 0;
  // Written as the tree's event itself: {"type": "rb_link", ...}.
  std::string_view jsonType() const { return eventJsonType(change); }
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    describeEventFields(out, change, names);
  }
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
  static constexpr std::string_view preemptReasonName(Reason reason) {
    switch (reason) {
      case Reason::SliceUsed: return "slice_used";
      case Reason::VruntimeLead: return "vruntime_lead";
      case Reason::Wakeup: return "wakeup";
      case Reason::Reniced: return "reniced";
    }
    return "?";
  }
  TaskId task = sched::kNoTask;
  TaskId by = sched::kNoTask;       // the task that caused it (leftmost, waker), or none
  Reason reason = Reason::SliceUsed;
  Nanoseconds ranNs = 0;            // sum_exec_runtime - prev_sum_exec_runtime
  Nanoseconds idealNs = 0;          // the slice it was due (tick reasons)
  std::int64_t vdiff = 0;           // curr->vruntime - other->vruntime (VruntimeLead, Wakeup)
  std::uint64_t granularity = 0;    // wakeup_gran(se) in virtual ns (Wakeup)
  static constexpr std::string_view kJsonType = "preempt";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("by", names.task(by));
    out.field("reason", preemptReasonName(reason));
    out.field("ran_ns", ranNs);
    out.field("ideal_ns", idealNs);
    out.field("vdiff", vdiff);
    out.field("granularity", granularity);
  }
  bool operator==(const CfsPreempt&) const = default;
};

// A wake-up (or renice) that did not preempt, with the numbers that decided it.
struct CfsNoPreempt {
  TaskId task = sched::kNoTask;     // the running task, which keeps the CPU
  TaskId by = sched::kNoTask;
  std::int64_t vdiff = 0;
  std::uint64_t granularity = 0;
  static constexpr std::string_view kJsonType = "no_preempt";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("by", names.task(by));
    out.field("vdiff", vdiff);
    out.field("granularity", granularity);
  }
  bool operator==(const CfsNoPreempt&) const = default;
};

// A tick that changed nothing (shown only with step_every_tick).
struct CfsTick {
  TaskId task = sched::kNoTask;
  Nanoseconds ranNs = 0;
  Nanoseconds idealNs = 0;
  static constexpr std::string_view kJsonType = "tick";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("ran_ns", ranNs);
    out.field("ideal_ns", idealNs);
  }
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
  static constexpr std::string_view kJsonType = "switch";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("from", names.task(from));
    out.field("to", names.task(to));
    out.field("period_ns", periodNs);
    out.field("slice_ns", sliceNs);
    out.field("weight", weight);
    out.field("total_weight", totalWeight);
    out.field("nr_running", nrRunning);
  }
  bool operator==(const CfsSwitch&) const = default;
};

// set_user_nice: the weight changes; the vruntime stays (reweight_entity before Linux 6.6).
struct CfsRenice {
  TaskId task = sched::kNoTask;
  int fromNice = 0;
  int toNice = 0;
  std::uint32_t fromWeight = 0;
  std::uint32_t toWeight = 0;
  static constexpr std::string_view kJsonType = "renice";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("from_nice", fromNice);
    out.field("to_nice", toNice);
    out.field("from_weight", fromWeight);
    out.field("to_weight", toWeight);
  }
  bool operator==(const CfsRenice&) const = default;
};

// min_vruntime moved forward (it never moves back).
struct CfsMinVruntime {
  std::uint64_t from = 0;
  std::uint64_t to = 0;
  static constexpr std::string_view kJsonType = "min_vruntime";
  void describe(JsonOut& out) const {
    out.field("from", from);
    out.field("to", to);
  }
  bool operator==(const CfsMinVruntime&) const = default;
};

using CfsEvent = std::variant<CfsRan, CfsArrive, CfsWake, CfsPlace, CfsEnqueue, CfsDequeue, CfsTree, CfsPreempt,
                              CfsNoPreempt, CfsTick, CfsSwitch, CfsStateChange, CfsBlock, CfsExit, CfsRenice,
                              CfsMinVruntime, CfsHorizon>;

}  // namespace oslens::engine::cfs

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "engine/core/json_out.h"
#include "engine/sched/workload/task_events.h"
#include "engine/sched/workload/task_run.h"

namespace oslens::engine::baseline {

using sched::Nanoseconds;
using sched::TaskId;
using sched::TaskState;

// The events of a task's life, shared with the other schedulers (engine/sched/workload/task_events.h).
using Arrive = sched::TaskArrived;
using Wake = sched::TaskWoke;
using Block = sched::TaskBlocked;
using Exit = sched::TaskExited;
using Horizon = sched::HorizonReached;
using StateChange = sched::TaskStateChanged;

// A next CPU burst that never ends (a CPU-bound task, or one that repeats CPU bursts with no
// I/O between them): longer than any finite one, so SJF and STCF pick it last.
inline constexpr Nanoseconds kEndlessBurst = INT64_MAX;
// In the JSON kEndlessBurst is null: a burst that never ends has no length.
inline std::optional<Nanoseconds> burstJson(Nanoseconds ns) { return nullIf(ns, kEndlessBurst); }

// What happened in one step of a baseline scheduler, in order. With the step's time and the
// task left running they are enough to animate the process-state diagram (every transition is
// a StateChange) and to draw a Gantt chart (Ran). Times are ns. In the JSON (engine/core/
// event_json.h) tasks are named by BaselineJsonNames (none: null).

// The task on the CPU ran from `fromNs` to `toNs` (one bar of the Gantt chart).
struct Ran {
  TaskId task = sched::kNoTask;
  Nanoseconds fromNs = 0;
  Nanoseconds toNs = 0;
  static constexpr std::string_view kJsonType = "ran";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("from_ns", fromNs);
    out.field("to_ns", toNs);
  }
  bool operator==(const Ran&) const = default;
};

// The task joins the ready queue at `position` (0: picked next), with its next CPU burst (what
// SJF and STCF order by; kEndlessBurst for one that never ends).
struct Enqueue {
  TaskId task = sched::kNoTask;
  std::uint32_t position = 0;
  Nanoseconds nextBurstNs = 0;
  static constexpr std::string_view kJsonType = "enqueue";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("position", position);
    out.field("next_burst_ns", burstJson(nextBurstNs));
  }
  bool operator==(const Enqueue&) const = default;
};

// The CPU goes to `to` (none: it stays idle), from `from` (the task that left it at this
// instant, or none). `nextBurstNs`: the CPU `to` wants before its next I/O; `quantumEndNs`:
// when its quantum expires (rr; -1 for the other policies).
struct Dispatch {
  TaskId to = sched::kNoTask;
  TaskId from = sched::kNoTask;
  Nanoseconds nextBurstNs = 0;
  Nanoseconds quantumEndNs = -1;
  static constexpr std::string_view kJsonType = "dispatch";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("to", names.task(to));
    out.field("from", names.task(from));
    out.field("next_burst_ns", to == sched::kNoTask ? std::nullopt : burstJson(nextBurstNs));
    out.field("quantum_end_ns", quantumEndNs < 0 ? std::nullopt : std::optional(quantumEndNs));
  }
  bool operator==(const Dispatch&) const = default;
};

// The running task is taken off the CPU while it still wants it, and why.
struct Preempt {
  enum class Reason : std::uint8_t {
    QuantumExpired,  // rr: its quantum is used up and another task is ready
    ShorterJob,      // stcf: `by` needs less CPU than it has left
  };
  static constexpr std::string_view preemptReasonName(Reason reason) {
    switch (reason) {
      case Reason::QuantumExpired: return "quantum_expired";
      case Reason::ShorterJob: return "shorter_job";
    }
    return "?";
  }
  TaskId task = sched::kNoTask;
  TaskId by = sched::kNoTask;  // the task that gets the CPU
  Reason reason = Reason::QuantumExpired;
  Nanoseconds ranNs = 0;       // how long it had the CPU this turn
  Nanoseconds leftNs = 0;      // its next CPU burst's remainder
  Nanoseconds byLeftNs = 0;    // `by`'s next CPU burst
  static constexpr std::string_view kJsonType = "preempt";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("by", names.task(by));
    out.field("reason", preemptReasonName(reason));
    out.field("ran_ns", ranNs);
    out.field("left_ns", burstJson(leftNs));
    out.field("by_left_ns", burstJson(byLeftNs));
  }
  bool operator==(const Preempt&) const = default;
};

// rr: the running task's quantum expired while no other task was ready, so it keeps the CPU with
// a fresh quantum (Silberschatz 10e 5.3.3; OSTEP 7.7). No step of its own (a CPU-bound task
// alone would make one per quantum): the step that follows carries it, right after Ran. `count`
// quanta were renewed in a row, the first at `atNs`; the last one ends at `untilNs`.
struct QuantumRenewed {
  TaskId task = sched::kNoTask;
  Nanoseconds atNs = 0;
  std::uint64_t count = 0;
  Nanoseconds untilNs = 0;
  static constexpr std::string_view kJsonType = "quantum_renewed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("at_ns", atNs);
    out.field("count", count);
    out.field("until_ns", untilNs);
  }
  bool operator==(const QuantumRenewed&) const = default;
};

// A renice op: the nice value is recorded and shown, but no baseline policy looks at it.
struct Renice {
  TaskId task = sched::kNoTask;
  int fromNice = 0;
  int toNice = 0;
  static constexpr std::string_view kJsonType = "renice";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("from_nice", fromNice);
    out.field("to_nice", toNice);
    out.field("ignored", true);  // the baselines keep the nice value but do not use it
  }
  bool operator==(const Renice&) const = default;
};

using BaselineEvent =
    std::variant<Ran, QuantumRenewed, Arrive, Wake, Enqueue, Dispatch, Preempt, Block, Exit, Renice, Horizon, StateChange>;

}  // namespace oslens::engine::baseline

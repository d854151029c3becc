#pragma once

#include <string_view>

#include "engine/core/json_out.h"
#include "engine/sched/workload/task_run.h"

// The events of a task's life that every scheduler reports alike (CFS and the baselines name
// them in their own event lists: cfs::CfsArrive is sched::TaskArrived). Times are ns. In the
// JSON (engine/core/event_json.h) tasks are named by the scheduler's names (none: null).
namespace oslens::engine::sched {

// A task of the config arrives (`spawned`: by a spawn op).
struct TaskArrived {
  TaskId task = kNoTask;
  bool spawned = false;
  std::string_view jsonType() const { return spawned ? "spawn" : "arrive"; }
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
  }
  bool operator==(const TaskArrived&) const = default;
};

// Its I/O wait is over (in Linux: try_to_wake_up).
struct TaskWoke {
  TaskId task = kNoTask;
  static constexpr std::string_view kJsonType = "wakeup";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
  }
  bool operator==(const TaskWoke&) const = default;
};

// The running task's CPU burst ended and its next burst is I/O until `untilNs` (or a task
// arrived with I/O first).
struct TaskBlocked {
  TaskId task = kNoTask;
  Nanoseconds untilNs = 0;
  static constexpr std::string_view kJsonType = "block";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("until_ns", untilNs);
  }
  bool operator==(const TaskBlocked&) const = default;
};

// The task has run its last burst.
struct TaskExited {
  TaskId task = kNoTask;
  static constexpr std::string_view kJsonType = "exit";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
  }
  bool operator==(const TaskExited&) const = default;
};

// A move in the five-state process diagram (every transition is one).
struct TaskStateChanged {
  TaskId task = kNoTask;
  TaskState from = TaskState::New;
  TaskState to = TaskState::New;
  static constexpr std::string_view kJsonType = "state";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("task", names.task(task));
    out.field("from", taskStateName(from));
    out.field("to", taskStateName(to));
  }
  bool operator==(const TaskStateChanged&) const = default;
};

// The run reached until_ns.
struct HorizonReached {
  Nanoseconds atNs = 0;
  static constexpr std::string_view kJsonType = "horizon";
  void describe(JsonOut& out) const { out.field("at_ns", atNs); }
  bool operator==(const HorizonReached&) const = default;
};

}  // namespace oslens::engine::sched

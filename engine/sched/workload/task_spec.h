#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace oslens::engine::sched {

using TaskId = std::uint32_t;
inline constexpr TaskId kNoTask = UINT32_MAX;
using Nanoseconds = std::int64_t;

// The nice range (include/linux/sched/prio.h: MIN_NICE -20, MAX_NICE 19).
inline constexpr int kMinNice = -20;
inline constexpr int kMaxNice = 19;

// One phase of a task's behaviour: it wants the CPU for `ns`, or it waits `ns` for I/O.
struct Burst {
  enum class Kind : std::uint8_t { Cpu, Io };
  Kind kind = Kind::Cpu;
  Nanoseconds ns = 0;
  bool operator==(const Burst&) const = default;
};

// A task as a scenario describes it (docs/scenarios.md, "cfs" and "sched"): the same workload
// runs under CFS and under each baseline policy.
struct TaskSpec {
  std::string name;
  int nice = 0;
  Nanoseconds arrivalNs = 0;
  std::vector<Burst> bursts;  // in order; empty for a CPU-bound task
  bool repeat = false;        // start the bursts again after the last one
  bool cpuBound = false;      // always wants the CPU ("cpu_bound": true)
  bool spawned = false;       // arrives by a spawn op (at arrivalNs) rather than from the config

  // True when the task never exits: it always wants the CPU, or repeats bursts forever.
  bool runsForever() const { return cpuBound || (repeat && !bursts.empty()); }
  Nanoseconds totalCpuNs() const;  // of one pass through the bursts
  bool operator==(const TaskSpec&) const = default;
};

// {"at_ns": T, "renice": {"task", "nice"}}: set_user_nice at time T.
struct ReniceOp {
  Nanoseconds atNs = 0;
  TaskId task = kNoTask;
  int nice = 0;
  bool operator==(const ReniceOp&) const = default;
};

// {"at_ns": T, "spawn": {task}}: a new task arrives at time T (its TaskSpec has spawned set).
struct SpawnOp {
  Nanoseconds atNs = 0;
  TaskId task = kNoTask;
  bool operator==(const SpawnOp&) const = default;
};

using WorkloadOp = std::variant<ReniceOp, SpawnOp>;

Nanoseconds opTime(const WorkloadOp& op);

// Everything a scheduler scenario says about the work, whatever the policy.
struct Workload {
  std::vector<TaskSpec> tasks;   // the config's tasks in file order, then the spawned ones in op order
  std::vector<WorkloadOp> ops;   // in time order
  std::optional<Nanoseconds> untilNs;  // the horizon; without it the run ends when the last task exits

  bool operator==(const Workload&) const = default;
};

}  // namespace oslens::engine::sched

#pragma once

#include <cstdint>
#include <vector>

#include "engine/ipc/ipc_model.h"

// Which process runs each step (config `schedule`), decided once when the scenario is loaded: the
// run is played to find its steps (as the schedulers' planSteps does), and each step records the
// process it ran. Ready processes wait in one queue, in the order they became ready; a woken
// process joins its tail.
//  - RoundRobin: the head runs up to `quantum` actions, then goes to the tail.
//  - Fifo: the head runs until it blocks or ends.
//  - Random: a ready process drawn with the scenario's seed (engine/core/rng.h).
//  - Explicit: the processes the file lists, in that order (one action each); a listed process
//    that is blocked or has ended is skipped, and the step says so. When the list is used up, the
//    run goes on round robin.
// The run ends when every process has ended, or in a deadlock.
namespace oslens::engine::ipc {

enum class ScheduleKind { RoundRobin, Fifo, Random, Explicit };

struct Schedule {
  ScheduleKind kind = ScheduleKind::RoundRobin;
  std::uint64_t quantum = 1;
  std::uint64_t seed = 1;
  std::vector<ProcessId> order;  // Explicit
};

struct Plan {
  std::vector<IpcStep> steps;  // each with the listed processes skipped before it (Explicit)
  bool tooLong = false;  // still running after `maxSteps`
};

Plan planSteps(const IpcState& initial, const Schedule& schedule, std::uint64_t maxSteps);

}  // namespace oslens::engine::ipc

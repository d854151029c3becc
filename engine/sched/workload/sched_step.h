#pragma once

#include <concepts>
#include <optional>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/core/limits.h"
#include "engine/core/validation_error.h"
#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::sched {

// The timeline's op for a scheduler. A scheduler scenario does not list one op per step: its
// steps are the scheduler's own decisions (an arrival, a wake-up, a preemption, a task blocking
// or exiting), which follow from the workload. So the loader runs the model once (planSteps) and
// the timeline gets one SchedStep per decision: "take the next step", which ends at `atNs`.
// The step function finds the step by itself; `atNs` is what the records and tests compare.
// `runningAfter` is the task on the CPU after the step (kNoTask: idle): with the times, the ops
// alone give the Gantt chart of the whole run, without replaying it.
struct SchedStep {
  Nanoseconds atNs = 0;
  TaskId runningAfter = kNoTask;
  bool operator==(const SchedStep&) const = default;
};

// What planSteps needs from a scheduler model, besides step(): whether the run is over (every
// task exited, or the horizon reached), the simulated time, and the timer ticks simulated so far
// (CFS simulates every tick, also the ones that change nothing and are no step).
template <class M>
concept PlannableScheduler = requires(typename M::State& state, const typename M::State& constState,
                                      EventLog<typename M::Event>& log) {
  M::step(state, SchedStep{}, log);
  { M::finished(constState) } -> std::convertible_to<bool>;
  { M::now(constState) } -> std::convertible_to<Nanoseconds>;
  { M::ticksSimulated(constState) } -> std::convertible_to<std::uint64_t>;
};

// Runs the model from `initial` to its end and returns its steps. A run longer than the bounds
// (limits::kMaxSchedSteps steps, kMaxSchedTicks ticks) is a RunTooLong error at `pointer`.
template <PlannableScheduler M>
std::optional<std::vector<SchedStep>> planSteps(typename M::State state, const std::string& pointer,
                                                ValidationErrors& errors) {
  std::vector<SchedStep> steps;
  EventLog<typename M::Event> silent(false);
  while (!M::finished(state)) {
    if (steps.size() >= limits::kMaxSchedSteps) {
      errors.add(pointer, ErrorCode::RunTooLong, {std::to_string(limits::kMaxSchedSteps), "steps"});
      return std::nullopt;
    }
    M::step(state, SchedStep{}, silent);
    if (M::ticksSimulated(state) > limits::kMaxSchedTicks) {
      errors.add(pointer, ErrorCode::RunTooLong, {std::to_string(limits::kMaxSchedTicks), "ticks"});
      return std::nullopt;
    }
    TaskId running = kNoTask;
    if constexpr (requires { M::running(state); }) running = M::running(state);
    steps.push_back(SchedStep{M::now(state), running});
  }
  return steps;
}

}  // namespace oslens::engine::sched

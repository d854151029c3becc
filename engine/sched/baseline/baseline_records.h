#pragma once

#include <optional>
#include <string_view>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/sched/baseline/baseline_model.h"

namespace oslens::engine::baseline {

// What the baseline events' describe() names: tasks (none: null).
struct BaselineJsonNames {
  const BaselineState& state;
  std::optional<std::string_view> task(TaskId id) const {
    return id == sched::kNoTask ? std::nullopt : std::optional<std::string_view>(state.name(id));
  }
};

// The baseline model plus its JSON (a public interface, docs/scenarios.md, module "sched").
// Step records: `time_ns`, `running` (task name or null), `queue` (the ready tasks in the order
// the policy would pick them), `event` ("arrive", "spawn", "wakeup", "block", "exit", "preempt",
// "renice", "horizon", or "dispatch"). Summary: `policy`, `quantum_ns` (null unless rr),
// `time_ns`, `busy_ns`, `tasks` (per task in the order given), `averages` (`response_ns`,
// `turnaround_ns`, `wait_ns`: over the tasks for which each is defined, null if none).
struct BaselineReportingModel : BaselineModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static BaselineJsonNames jsonNames(const State& state) { return {state}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::baseline

#pragma once

#include "engine/core/json_reader.h"
#include "engine/sched/baseline/baseline_model.h"

namespace oslens::engine::baseline {

// The baseline model plus its JSON (a public interface, docs/scenarios.md, module "sched").
// Step records: `time_ns`, `running` (task name or null), `queue` (the ready tasks in the order
// the policy would pick them), `event` ("arrive", "spawn", "wakeup", "block", "exit", "preempt",
// "renice", "horizon", or "dispatch"). Summary: `policy`, `quantum_ns` (null unless rr),
// `time_ns`, `busy_ns`, `tasks` (per task in the order given), `averages` (`response_ns`,
// `turnaround_ns`, `wait_ns`: over the tasks for which each is defined, null if none).
struct BaselineReportingModel : BaselineModel {
  static OutputJson opJson(const State& state, const Op& op);
  static OutputJson eventJson(const State& state, const Event& event);
  static void addRecordFields(const State& after, const Op& op, const std::vector<Event>& events, OutputJson& record);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::baseline

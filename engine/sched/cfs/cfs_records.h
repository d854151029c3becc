#pragma once

#include "engine/core/json_reader.h"
#include "engine/sched/cfs/cfs_model.h"

namespace oslens::engine::cfs {

// The CFS model plus its JSON (a public interface, docs/scenarios.md). Step records: `time_ns`,
// `running` (task name or null), `tree` (the run queue in order: [{"task", "vruntime"}]),
// `event` (what the step was: "arrive", "spawn", "wakeup", "block", "exit", "preempt", "renice",
// "tick", "horizon"), `min_vruntime`. Summary: `time_ns`, `min_vruntime`, `tasks` (per task in
// the order given: name, runtime_ns, switches, response_ns, turnaround_ns, wait_ns, share,
// vruntime, nice, state).
struct CfsReportingModel : CfsModel {
  static OutputJson opJson(const State& state, const Op& op);
  static OutputJson eventJson(const State& state, const Event& event);
  static void addRecordFields(const State& after, const Op& op, const std::vector<Event>& events, OutputJson& record);
  static OutputJson summaryJson(const State& state);
};

OutputJson cfsParamsJson(const CfsParams& params);

}  // namespace oslens::engine::cfs

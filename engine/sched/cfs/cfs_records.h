#pragma once

#include <optional>
#include <string_view>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/sched/cfs/cfs_model.h"

namespace oslens::engine::cfs {

// What the CFS events' describe() names: tasks, and the tree's nodes (a node is its task).
struct CfsJsonNames {
  const CfsState& state;
  std::optional<std::string_view> task(TaskId id) const {
    return id == sched::kNoTask ? std::nullopt : std::optional<std::string_view>(state.name(id));
  }
  std::optional<std::string_view> node(rbtree::NodeId id) const {
    return id == rbtree::kNil ? std::nullopt : std::optional<std::string_view>(state.name(id));
  }
};

// The CFS model plus its JSON (a public interface, docs/scenarios.md). Step records: `time_ns`,
// `running` (task name or null), `tree` (the run queue in order: [{"task", "vruntime"}]),
// `event` (what the step was: "arrive", "spawn", "wakeup", "block", "exit", "preempt", "renice",
// "tick", "horizon"), `min_vruntime`. Summary: `time_ns`, `min_vruntime`, `tasks` (per task in
// the order given: name, runtime_ns, switches, response_ns, turnaround_ns, wait_ns, share,
// vruntime, nice, state).
struct CfsReportingModel : CfsModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static CfsJsonNames jsonNames(const State& state) { return {state}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

OutputJson cfsParamsJson(const CfsParams& params);

}  // namespace oslens::engine::cfs

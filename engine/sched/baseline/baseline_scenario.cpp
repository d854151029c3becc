#include "engine/sched/baseline/baseline_scenario.h"

#include <algorithm>

#include "engine/core/limits.h"
#include "engine/sched/workload/workload_reader.h"

namespace oslens::engine::baseline {

namespace {

struct PolicyConfig {
  BaselinePolicy policy = BaselinePolicy::Fifo;
  Nanoseconds quantumNs = kDefaultQuantumNs;
};

// `policy` is required: the module exists to compare policies, so none is the obvious one.
// `quantum_ns` belongs to rr; given with another policy it is reported rather than ignored.
std::optional<PolicyConfig> readPolicy(ObjectReader& config) {
  auto name = config.choice("policy", baselinePolicyNames());
  if (!name) {
    config.optional("quantum_ns");
    return std::nullopt;
  }
  PolicyConfig out;
  out.policy = *baselinePolicyFromName(*name);
  if (out.policy != BaselinePolicy::Rr) {
    if (config.optional("quantum_ns")) {
      config.errors().add(config.pointerTo("quantum_ns"), ErrorCode::Conflict, {"quantum_ns", "policy: " + *name});
      return std::nullopt;
    }
    return out;
  }
  auto quantum = config.integer("quantum_ns", 1, limits::kMaxDurationNs, kDefaultQuantumNs);
  if (!quantum) return std::nullopt;
  out.quantumNs = *quantum;
  return out;
}

// Bounds a run must fit before it is simulated: its clock, so that no time overflows (with
// until_ns the clock stops there; without, the work must end by 10^15 ns), and for rr the
// quantum expiries, as many as the timer ticks CFS may simulate.
bool checkRunBounds(const Workload& workload, const PolicyConfig& policy, ObjectReader& config) {
  const Nanoseconds end = workload.untilNs ? *workload.untilNs : sched::latestEndNs(workload);
  if (end > limits::kMaxDurationNs) {
    config.errors().add(config.pointerTo("tasks"), ErrorCode::RunTooLong, {std::to_string(limits::kMaxDurationNs), "ns"});
    return false;
  }
  if (policy.policy == BaselinePolicy::Rr && static_cast<std::uint64_t>(end / policy.quantumNs) > limits::kMaxSchedTicks) {
    config.errors().add(config.pointerTo("quantum_ns"), ErrorCode::RunTooLong, {std::to_string(limits::kMaxSchedTicks), "ticks"});
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<BaselineSimulation> buildBaselineSimulation(ScenarioInfo info, ObjectReader& top) {
  ValidationErrors& errors = top.errors();
  auto opened = sched::openSchedConfig(top);
  if (!opened) return nullptr;
  ObjectReader& config = *opened;
  auto policy = readPolicy(config);
  auto workload = sched::readWorkload(config, top);
  config.finish();
  if (!policy || !workload || !checkRunBounds(*workload, *policy, config)) return nullptr;

  const bool hasHorizon = workload->untilNs.has_value();
  auto initial = BaselineModel::initialState(BaselineSetup::make(std::move(*workload), policy->policy, policy->quantumNs));
  auto steps = sched::planSteps<BaselineModel>(initial, config.pointerTo(hasHorizon ? "until_ns" : "tasks"), errors);
  if (!steps) return nullptr;
  return std::make_unique<BaselineSimulation>(std::move(info), std::move(initial), std::move(*steps));
}

}  // namespace oslens::engine::baseline

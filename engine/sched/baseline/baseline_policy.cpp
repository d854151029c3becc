#include "engine/sched/baseline/baseline_policy.h"

namespace oslens::engine::baseline {

const char* baselinePolicyName(BaselinePolicy policy) {
  switch (policy) {
    case BaselinePolicy::Fifo: return "fifo";
    case BaselinePolicy::Sjf: return "sjf";
    case BaselinePolicy::Stcf: return "stcf";
    case BaselinePolicy::Rr: return "rr";
  }
  return "?";
}

const std::vector<std::string>& baselinePolicyNames() {
  static const std::vector<std::string> names = {"fifo", "sjf", "stcf", "rr"};
  return names;
}

std::optional<BaselinePolicy> baselinePolicyFromName(const std::string& name) {
  for (auto policy : {BaselinePolicy::Fifo, BaselinePolicy::Sjf, BaselinePolicy::Stcf, BaselinePolicy::Rr})
    if (name == baselinePolicyName(policy)) return policy;
  return std::nullopt;
}

bool ordersByBurst(BaselinePolicy policy) { return policy == BaselinePolicy::Sjf || policy == BaselinePolicy::Stcf; }

}  // namespace oslens::engine::baseline

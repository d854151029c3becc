#include "engine/memory/paging/paging_types.h"

namespace oslens::engine::paging {

std::string_view policyName(Policy policy) {
  switch (policy) {
    case Policy::Fifo: return "fifo";
    case Policy::Lru: return "lru";
    case Policy::Opt: return "opt";
    case Policy::Clock: return "clock";
    case Policy::Lfu: return "lfu";
    case Policy::Random: return "random";
  }
  return "fifo";
}

std::optional<Policy> policyFromName(std::string_view name) {
  for (Policy p : kAllPolicies)
    if (policyName(p) == name) return p;
  return std::nullopt;
}

std::vector<std::string> policyNames() {
  std::vector<std::string> names;
  for (Policy p : kAllPolicies) names.emplace_back(policyName(p));
  return names;
}

}  // namespace oslens::engine::paging

#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::sched {

Nanoseconds TaskSpec::totalCpuNs() const {
  Nanoseconds total = 0;
  for (const Burst& burst : bursts)
    if (burst.kind == Burst::Kind::Cpu) total += burst.ns;
  return total;
}

Nanoseconds opTime(const WorkloadOp& op) {
  return std::visit([](const auto& o) { return o.atNs; }, op);
}

}  // namespace oslens::engine::sched

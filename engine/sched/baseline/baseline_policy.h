#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::baseline {

using sched::Nanoseconds;

// The textbook policies that CFS is compared with on the same workload (module "sched";
// OSTEP ch. 7 "Scheduling: Introduction", Silberschatz 10e 5.3).
enum class BaselinePolicy : std::uint8_t {
  Fifo,  // first come, first served: non-preemptive, in the order tasks became ready
  Sjf,   // shortest job first: non-preemptive, the shortest next CPU burst
  Stcf,  // shortest time to completion first (preemptive SJF, SRTF)
  Rr,    // round robin with a time quantum
};

const char* baselinePolicyName(BaselinePolicy policy);  // "fifo", "sjf", "stcf", "rr"
std::optional<BaselinePolicy> baselinePolicyFromName(const std::string& name);
const std::vector<std::string>& baselinePolicyNames();

// True for the policies that order the ready queue by the next CPU burst (SJF, STCF).
bool ordersByBurst(BaselinePolicy policy);

// The default round-robin quantum: 10 ms, in the 10-100 ms range Silberschatz 10e 5.3.3 gives
// for real systems. Linux's SCHED_RR uses RR_TIMESLICE, 100 ms (include/linux/sched/rt.h:
// RR_TIMESLICE (100 * HZ / 1000)); the shorter default shows more turns in a classroom run.
inline constexpr Nanoseconds kDefaultQuantumNs = 10'000'000;

}  // namespace oslens::engine::baseline

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::cfs {

using sched::Nanoseconds;

// How a waking task's vruntime is placed (kernel/sched/fair.c: place_entity, Linux 2.6.32-6.5):
// it gets back at most `thresh` of credit below min_vruntime for the time it slept.
enum class SleeperCredit : std::uint8_t {
  HalfLatency,  // GENTLE_FAIR_SLEEPERS (on by default): thresh = sysctl_sched_latency / 2
  FullLatency,  // GENTLE_FAIR_SLEEPERS off: thresh = sysctl_sched_latency
  None,         // no credit: a sleeper comes back at min_vruntime at best (as EEVDF-era texts assume)
};

const char* sleeperCreditName(SleeperCredit credit);
std::optional<SleeperCredit> sleeperCreditFromName(const std::string& name);
const std::vector<std::string>& sleeperCreditNames();

// The tunables, named as the kernel names them. The defaults are those of kernel/sched/fair.c
// for one CPU (the kernel multiplies the first three by 1 + ilog2(ncpus), capped at 8 CPUs).
struct CfsParams {
  Nanoseconds schedLatencyNs = 6'000'000;       // sysctl_sched_latency: 6 ms
  Nanoseconds minGranularityNs = 750'000;       // sysctl_sched_min_granularity: 0.75 ms
  Nanoseconds wakeupGranularityNs = 1'000'000;  // sysctl_sched_wakeup_granularity: 1 ms
  Nanoseconds tickNs = 1'000'000;               // 1 ms: CONFIG_HZ=1000
  bool startDebit = true;                       // sched_feat(START_DEBIT): a new task starts a vslice late
  SleeperCredit sleeperCredit = SleeperCredit::HalfLatency;
  bool baseSlice = true;  // sched_feat(BASE_SLICE), Linux 6.1-6.5: no slice below min_granularity
  bool stepEveryTick = false;  // show every tick as a step, also the ones that change nothing

  // sched_nr_latency = DIV_ROUND_UP(sysctl_sched_latency, sysctl_sched_min_granularity): more
  // runnable tasks than this stretch the period (8 with the defaults).
  std::uint64_t nrLatency() const;
  // __sched_period(nr_running): the latency, or nr_running * min_granularity beyond nr_latency.
  Nanoseconds period(std::uint64_t nrRunning) const;

  bool operator==(const CfsParams&) const = default;
};

// The presets a scenario may start from: "linux" (the defaults above, Linux 2.6.23-6.5 on one
// CPU) and "classic": 20 ms target latency and 1 ms minimum granularity, the values many study
// notes and textbooks quote from the early CFS (sched_nr_latency then 20).
std::optional<CfsParams> cfsPreset(const std::string& name);
const std::vector<std::string>& cfsPresetNames();

}  // namespace oslens::engine::cfs

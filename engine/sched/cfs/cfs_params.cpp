#include "engine/sched/cfs/cfs_params.h"

namespace oslens::engine::cfs {

const char* sleeperCreditName(SleeperCredit credit) {
  switch (credit) {
    case SleeperCredit::HalfLatency: return "half_latency";
    case SleeperCredit::FullLatency: return "full_latency";
    case SleeperCredit::None: return "none";
  }
  return "?";
}

const std::vector<std::string>& sleeperCreditNames() {
  static const std::vector<std::string> names = {"half_latency", "full_latency", "none"};
  return names;
}

std::optional<SleeperCredit> sleeperCreditFromName(const std::string& name) {
  for (auto credit : {SleeperCredit::HalfLatency, SleeperCredit::FullLatency, SleeperCredit::None})
    if (name == sleeperCreditName(credit)) return credit;
  return std::nullopt;
}

std::uint64_t CfsParams::nrLatency() const {
  const auto latency = static_cast<std::uint64_t>(schedLatencyNs);
  const auto granularity = static_cast<std::uint64_t>(minGranularityNs);
  return (latency + granularity - 1) / granularity;
}

Nanoseconds CfsParams::period(std::uint64_t nrRunning) const {
  if (nrRunning > nrLatency()) return static_cast<Nanoseconds>(nrRunning) * minGranularityNs;
  return schedLatencyNs;
}

const std::vector<std::string>& cfsPresetNames() {
  static const std::vector<std::string> names = {"linux", "classic"};
  return names;
}

std::optional<CfsParams> cfsPreset(const std::string& name) {
  CfsParams params;
  if (name == "linux") return params;
  if (name == "classic") {
    params.schedLatencyNs = 20'000'000;
    params.minGranularityNs = 1'000'000;
    return params;
  }
  return std::nullopt;
}

}  // namespace oslens::engine::cfs

#include "engine/sched/cfs/cfs_scenario.h"

#include "engine/core/limits.h"
#include "engine/sched/workload/workload_reader.h"

namespace oslens::engine::cfs {

namespace {

constexpr std::int64_t kMaxTunableNs = 10'000'000'000;  // 10 s: far above any kernel default
constexpr std::int64_t kMinTickNs = 1'000;               // 1 us (HZ is 100 to 1000 in practice)
constexpr std::int64_t kMaxTickNs = 1'000'000'000;       // 1 s

std::optional<CfsParams> readParams(ObjectReader& config) {
  auto presetName = config.choice("preset", cfsPresetNames(), std::string("linux"));
  CfsParams p = presetName ? *cfsPreset(*presetName) : CfsParams{};
  auto latency = config.integer("sched_latency_ns", 1'000, kMaxTunableNs, p.schedLatencyNs);
  auto granularity = config.integer("min_granularity_ns", 1'000, kMaxTunableNs, p.minGranularityNs);
  auto wakeup = config.integer("wakeup_granularity_ns", 0, kMaxTunableNs, p.wakeupGranularityNs);
  auto tick = config.integer("tick_ns", kMinTickNs, kMaxTickNs, p.tickNs);
  auto startDebit = config.boolean("start_debit", p.startDebit);
  auto credit = config.choice("sleeper_credit", sleeperCreditNames(), std::string(sleeperCreditName(p.sleeperCredit)));
  auto baseSlice = config.boolean("base_slice", p.baseSlice);
  auto everyTick = config.boolean("step_every_tick", p.stepEveryTick);
  if (!presetName || !latency || !granularity || !wakeup || !tick || !startDebit || !credit || !baseSlice || !everyTick)
    return std::nullopt;
  // sysctl_sched_min_granularity above the latency would make sched_nr_latency 0 (fair.c keeps
  // the granularity below the latency by construction of its defaults).
  if (*granularity > *latency) {
    // Reported at the key the file gave: a latency set below the default granularity is the
    // latency's problem.
    if (config.has("min_granularity_ns"))
      config.errors().add(config.pointerTo("min_granularity_ns"), ErrorCode::OutOfRange,
                          {std::to_string(*granularity), "1000", std::to_string(*latency)});
    else
      config.errors().add(config.pointerTo("sched_latency_ns"), ErrorCode::OutOfRange,
                          {std::to_string(*latency), std::to_string(*granularity), std::to_string(kMaxTunableNs)});
    return std::nullopt;
  }
  p.schedLatencyNs = *latency;
  p.minGranularityNs = *granularity;
  p.wakeupGranularityNs = *wakeup;
  p.tickNs = *tick;
  p.startDebit = *startDebit;
  p.sleeperCredit = *sleeperCreditFromName(*credit);
  p.baseSlice = *baseSlice;
  p.stepEveryTick = *everyTick;
  return p;
}

}  // namespace

std::unique_ptr<CfsSimulation> buildCfsSimulation(ScenarioInfo info, ObjectReader& top) {
  ValidationErrors& errors = top.errors();
  auto opened = sched::openSchedConfig(top);
  if (!opened) return nullptr;
  ObjectReader& config = *opened;
  auto params = readParams(config);
  auto workload = sched::readWorkload(config, top);
  config.finish();
  if (!params || !workload) return nullptr;

  // A horizon of more ticks than the bound is refused before anything runs.
  if (const auto until = workload->untilNs; until && static_cast<std::uint64_t>(*until / params->tickNs) > limits::kMaxSchedTicks) {
    errors.add(config.pointerTo("until_ns"), ErrorCode::RunTooLong, {std::to_string(limits::kMaxSchedTicks), "ticks"});
    return nullptr;
  }
  auto setup = std::make_shared<CfsSetup>();
  setup->params = *params;
  setup->workload = std::move(*workload);
  const bool hasHorizon = setup->workload.untilNs.has_value();
  auto initial = CfsModel::initialState(std::move(setup));
  auto steps = sched::planSteps<CfsModel>(initial, config.pointerTo(hasHorizon ? "until_ns" : "tasks"), errors);
  if (!steps) return nullptr;
  return std::make_unique<CfsSimulation>(std::move(info), std::move(initial), std::move(*steps));
}

}  // namespace oslens::engine::cfs

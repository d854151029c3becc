#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "engine/sched/cfs/cfs_scenario.h"
#include "engine/sched/cfs/cfs_weights.h"
#include "engine/modules.h"
#include "scenario_test_support.h"
#include "seek_replay_check.h"

namespace oslens::engine::cfs {
namespace {

using sched::TaskState;
constexpr Nanoseconds kMs = 1'000'000;
constexpr Nanoseconds kSecond = 1'000'000'000;

std::unique_ptr<CfsSimulation> load(const std::string& config, const std::string& extra = "") {
  const std::string text = R"({"oslens": 1, "module": "cfs", "config": )" + config + extra + "}";
  auto simulation = loadSimulation(text);
  auto* typed = dynamic_cast<CfsSimulation*>(simulation.get());
  EXPECT_NE(typed, nullptr);
  simulation.release();
  return std::unique_ptr<CfsSimulation>(typed);
}

// Runs to the end, checking the invariants and that min_vruntime never goes back after each step.
const CfsState& runChecked(CfsSimulation& simulation) {
  const auto& timeline = simulation.timeline();
  std::uint64_t minVruntime = 0;
  Nanoseconds now = 0;
  for (std::size_t step = 1; step <= simulation.stepCount(); ++step) {
    simulation.seek(step);
    const auto problems = CfsModel::checkInvariants(timeline.state());
    EXPECT_TRUE(problems.empty()) << "step " << step << ": " << problems.front();
    if (!problems.empty()) break;
    EXPECT_GE(timeline.state().minVruntime, minVruntime) << "min_vruntime went back at step " << step;
    EXPECT_GE(timeline.state().now, now) << "time went back at step " << step;
    EXPECT_EQ(timeline.state().now, timeline.ops()[step - 1].atNs);
    minVruntime = timeline.state().minVruntime;
    now = timeline.state().now;
  }
  return timeline.state();
}

std::string cpuBoundTasks(const std::vector<int>& nices) {
  std::string out = "[";
  for (std::size_t i = 0; i < nices.size(); ++i) {
    out += (i ? "," : "") + std::string(R"({"name": "T)") + std::to_string(i) + R"(", "nice": )" +
           std::to_string(nices[i]) + R"(, "cpu_bound": true})";
  }
  return out + "]";
}

// The share each of several always-runnable tasks gets is its weight over the total
// (sched_prio_to_weight, kernel/sched/core.c).
void expectSharesMatchWeights(const std::vector<int>& nices, Nanoseconds until = kSecond) {
  auto simulation = load(R"({"until_ns": )" + std::to_string(until) + R"(, "tasks": )" + cpuBoundTasks(nices) + "}");
  const CfsState& end = runChecked(*simulation);
  ASSERT_EQ(end.now, until);
  std::uint64_t total = 0;
  for (int nice : nices) total += niceToWeight(nice);
  for (std::size_t i = 0; i < nices.size(); ++i) {
    const double expected = static_cast<double>(niceToWeight(nices[i])) / static_cast<double>(total);
    const double share = static_cast<double>(end.tasks[i].run.runtimeNs) / static_cast<double>(until);
    EXPECT_NEAR(share, expected, 0.01) << "task " << i << " nice " << nices[i];
  }
}

TEST(Cfs, NiceZeroAndFiveShareByWeightOverOneSecond) {
  // The issue's check: 1024 / (1024 + 335) = 0.7535 within 1%.
  expectSharesMatchWeights({0, 5});
}

TEST(Cfs, EqualNiceSharesEqually) {
  expectSharesMatchWeights({0, 0});
  expectSharesMatchWeights({7, 7, 7});
}

TEST(Cfs, SharesFollowTheWeightTable) {
  expectSharesMatchWeights({-5, 0});
  expectSharesMatchWeights({0, 1, 2, 3});
  expectSharesMatchWeights({-20, 19}, 3 * kSecond);
  // Ten tasks stretch the period (10 > sched_nr_latency 8): still fair.
  expectSharesMatchWeights({0, 0, 0, 0, 0, 5, 5, 5, 5, 5});
}

TEST(Cfs, VruntimeGrowsByDeltaTimesNiceZeroLoadOverWeight) {
  EXPECT_EQ(calcDeltaFair(1'000'000, 0), 1'000'000u);
  // nice 5: weight 335; the kernel's fixed point gives 3056716 (exact: 3056716.4).
  EXPECT_EQ(calcDeltaFair(1'000'000, 5), 3'056'716u);
  // nice -5: weight 3121.
  EXPECT_NEAR(static_cast<double>(calcDeltaFair(1'000'000, -5)), 1e6 * 1024 / 3121, 1.0);
  for (int nice = -20; nice <= 19; ++nice)
    EXPECT_NEAR(static_cast<double>(calcDeltaFair(kSecond, nice)), 1e9 * 1024 / niceToWeight(nice), 1e9 * 1e-6) << nice;
}

TEST(Cfs, PeriodStretchesBeyondNrLatency) {
  CfsParams p;
  EXPECT_EQ(p.nrLatency(), 8u);
  EXPECT_EQ(p.period(8), 6 * kMs);
  EXPECT_EQ(p.period(10), 7'500'000);
  const CfsParams classic = *cfsPreset("classic");
  EXPECT_EQ(classic.nrLatency(), 20u);
  EXPECT_EQ(classic.period(4), 20 * kMs);
}

TEST(Cfs, SliceIsPeriodTimesWeightOverLoad) {
  auto simulation = load(R"({"until_ns": 100000000, "tasks": )" + cpuBoundTasks({0, 5}) + "}");
  simulation->seek(simulation->stepCount());
  const CfsState& s = simulation->timeline().state();
  // 6 ms * 1024 / 1359 = 4.52 ms; 6 ms * 335 / 1359 = 1.48 ms.
  EXPECT_NEAR(static_cast<double>(s.slice(0)), 6e6 * 1024 / 1359, 2.0);
  EXPECT_NEAR(static_cast<double>(s.slice(1)), 6e6 * 335 / 1359, 2.0);
}

TEST(Cfs, NewTaskStartsOneVsliceAfterMinVruntime) {
  auto simulation = load(R"({"until_ns": 50000000, "tasks": [{"name": "A", "cpu_bound": true},
                                                             {"name": "B", "arrival_ns": 10000000, "cpu_bound": true}]})");
  const auto& timeline = simulation->timeline();
  for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
    simulation->seek(step);
    for (const auto& e : timeline.lastEvents()) {
      const auto* place = std::get_if<CfsPlace>(&e);
      if (!place || place->task != 1) continue;
      EXPECT_EQ(place->rule, CfsPlace::Rule::NewAfterDebit);
      // A started one vslice (6 ms alone) late and ran 10 ms: min_vruntime is A's 16 ms. B with A:
      // period 6 ms, slice 3 ms, vslice 3 ms (nice 0). The kernel's fixed point (inv_weight of the
      // run queue's load = 2^32-1 / load) makes each a few ns short.
      EXPECT_NEAR(static_cast<double>(place->minVruntime), 16e6, 4);
      EXPECT_NEAR(static_cast<double>(place->amount), 3e6, 4);
      EXPECT_EQ(place->vruntime, place->minVruntime + place->amount);
      return;
    }
  }
  FAIL() << "B was never placed";
}

TEST(Cfs, WakingSleeperGetsHalfALatencyOfCredit) {
  // S sleeps 50 ms after 1 ms of CPU; H hogs the CPU. When S wakes, its own vruntime is far
  // behind min_vruntime: it is placed at min_vruntime - 3 ms (GENTLE_FAIR_SLEEPERS) and preempts.
  auto simulation = load(R"({"until_ns": 60000000, "tasks": [
      {"name": "H", "cpu_bound": true},
      {"name": "S", "bursts": [{"cpu_ns": 1000000}, {"io_ns": 50000000}, {"cpu_ns": 1000000}]}]})");
  const auto& timeline = simulation->timeline();
  bool sawWake = false;
  for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
    simulation->seek(step);
    for (const auto& e : timeline.lastEvents()) {
      if (const auto* place = std::get_if<CfsPlace>(&e); place && place->task == 1 && place->rule != CfsPlace::Rule::NewAfterDebit) {
        EXPECT_EQ(place->rule, CfsPlace::Rule::SleeperCredit);
        EXPECT_EQ(place->amount, 3'000'000u);
        EXPECT_EQ(place->vruntime, place->minVruntime - 3'000'000u);
        sawWake = true;
      }
      if (sawWake) {
        if (const auto* preempt = std::get_if<CfsPreempt>(&e)) {
          EXPECT_EQ(preempt->reason, CfsPreempt::Reason::Wakeup);
          EXPECT_EQ(preempt->by, 1u);
          return;
        }
      }
    }
  }
  FAIL() << "S never woke up and preempted H";
}

TEST(Cfs, IoTaskGoesThroughEveryState) {
  auto simulation = load(R"({"tasks": [
      {"name": "A", "bursts": [{"cpu_ns": 2000000}, {"io_ns": 3000000}, {"cpu_ns": 1000000}]},
      {"name": "B", "arrival_ns": 500000, "bursts": [{"cpu_ns": 4000000}]}]})");
  const auto& timeline = simulation->timeline();
  std::vector<std::pair<TaskState, TaskState>> transitionsOfA;
  for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
    simulation->seek(step);
    ASSERT_TRUE(CfsModel::checkInvariants(timeline.state()).empty());
    for (const auto& e : timeline.lastEvents())
      if (const auto* change = std::get_if<CfsStateChange>(&e); change && change->task == 0)
        transitionsOfA.emplace_back(change->from, change->to);
  }
  ASSERT_FALSE(transitionsOfA.empty());
  EXPECT_EQ(transitionsOfA.front(), std::make_pair(TaskState::New, TaskState::Ready));
  EXPECT_NE(std::find(transitionsOfA.begin(), transitionsOfA.end(), std::make_pair(TaskState::Running, TaskState::Blocked)),
            transitionsOfA.end());
  EXPECT_NE(std::find(transitionsOfA.begin(), transitionsOfA.end(), std::make_pair(TaskState::Blocked, TaskState::Ready)),
            transitionsOfA.end());
  EXPECT_EQ(transitionsOfA.back(), std::make_pair(TaskState::Running, TaskState::Exited));
  const CfsState& end = timeline.state();
  EXPECT_TRUE(end.finished);
  // Both finish: 7 ms of CPU in all, and the run ends when the last one exits.
  EXPECT_EQ(end.busyNs, 7 * kMs);
  EXPECT_EQ(end.tasks[0].run.runtimeNs, 3 * kMs);
  EXPECT_EQ(end.tasks[1].run.runtimeNs, 4 * kMs);
  EXPECT_EQ(end.now, std::max(end.tasks[0].run.exitNs, end.tasks[1].run.exitNs));
}

TEST(Cfs, RandomWorkloadsKeepInvariantsAndSeekMatchesReplay) {
  Rng rng(4);
  for (int round = 0; round < 12; ++round) {
    std::string tasks = "[";
    const int count = 2 + static_cast<int>(rng.below(9));
    for (int i = 0; i < count; ++i) {
      tasks += (i ? "," : "") + std::string(R"({"name": "T)") + std::to_string(i) + R"(", "nice": )" +
               std::to_string(static_cast<int>(rng.below(40)) - 20) + R"(, "arrival_ns": )" +
               std::to_string(rng.below(20) * 500'000) + R"(, "repeat": true, "bursts": [)";
      const int bursts = 1 + static_cast<int>(rng.below(4));
      for (int b = 0; b < bursts; ++b)
        tasks += (b ? "," : "") + std::string(b % 2 == 0 ? R"({"cpu_ns": )" : R"({"io_ns": )") +
                 std::to_string(100'000 + rng.below(8'000'000)) + "}";
      tasks += "]}";
    }
    tasks += "]";
    const std::string ops = R"(, "ops": [{"at_ns": 20000000, "renice": {"task": "T0", "nice": 10}},
                                        {"at_ns": 30000000, "spawn": {"name": "late", "cpu_bound": true}},
                                        {"at_ns": 40000000, "renice": {"task": "T1", "nice": -10}}])";
    const std::string preset = round % 2 ? R"("preset": "classic", )" : "";
    auto simulation = load("{" + preset + R"("until_ns": 80000000, "tasks": )" + tasks + "}", ops);
    runChecked(*simulation);
    auto& timeline = const_cast<Timeline<CfsReportingModel>&>(simulation->timeline());
    testing::expectSeeksMatchReplay(timeline, 50, 7 + round);
  }
}

TEST(Cfs, StepEveryTickShowsQuietTicks) {
  const std::string tasks = R"("tasks": [{"name": "A", "cpu_bound": true}, {"name": "B", "cpu_bound": true}]})";
  auto folded = load(R"({"until_ns": 30000000, )" + tasks);
  auto everyTick = load(R"({"until_ns": 30000000, "step_every_tick": true, )" + tasks);
  EXPECT_GT(everyTick->stepCount(), folded->stepCount());
  folded->seek(folded->stepCount());
  everyTick->seek(everyTick->stepCount());
  EXPECT_EQ(CfsModel::hash(folded->timeline().state()) != 0, true);
  EXPECT_EQ(folded->timeline().state().tasks[0].run.runtimeNs, everyTick->timeline().state().tasks[0].run.runtimeNs);
}

TEST(CfsScenario, BadInputNamesThePlace) {
  using testing::findError;
  using testing::loadErrors;
  auto scenario = [](const std::string& config, const std::string& extra = "") {
    return R"({"oslens": 1, "module": "cfs", "config": )" + config + extra + "}";
  };
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "nice": 20, "bursts": [{"cpu_ns": 5}]}]})")),
            "/config/tasks/0/nice", ErrorCode::OutOfRange);
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": -5}]}]})")),
            "/config/tasks/0/bursts/0/cpu_ns", ErrorCode::OutOfRange);
  findError(loadErrors(scenario(R"({"tasks": []})")), "/config/tasks", ErrorCode::OutOfRange);
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "cpu_bound": true}]})")), "/config/until_ns",
            ErrorCode::HorizonRequired);
  findError(loadErrors(scenario(R"({"until_ns": 1000000000000000, "tick_ns": 1000, "tasks": [{"name": "A", "cpu_bound": true}]})")),
            "/config/until_ns", ErrorCode::RunTooLong);
  findError(loadErrors(scenario(R"({"sched_latency_ns": 1000000, "min_granularity_ns": 2000000, "tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}]})")),
            "/config/min_granularity_ns", ErrorCode::OutOfRange);
  // I/O waits of 10^15 ns back to back would overflow the clock: refused before running.
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "bursts": [{"io_ns": 1000000000000000}, {"io_ns": 1000000000000000}, {"cpu_ns": 1}]}]})")),
            "/config/tasks", ErrorCode::RunTooLong);
  findError(loadErrors(scenario(R"({"sched_latency_ns": 500000, "tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}]})")),
            "/config/sched_latency_ns", ErrorCode::OutOfRange);
  findError(loadErrors(scenario(R"({"preset": "modern", "tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}]})")),
            "/config/preset", ErrorCode::UnknownChoice);
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}]})",
                                R"(, "ops": [{"at_ns": 5, "renice": {"task": "Z", "nice": 1}}])")),
            "/ops/0/renice/task", ErrorCode::UnknownName);
  findError(loadErrors(scenario(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}], "sched_latncy_ns": 5})")),
            "/config/sched_latncy_ns", ErrorCode::UnknownKey);
}

}  // namespace
}  // namespace oslens::engine::cfs

// The CFS charts' numbers, computed in the engine: the share each task is promised by its weight
// (kernel/sched/core.c: sched_prio_to_weight, 1024 for nice 0 and 335 for nice 5) and the share it
// got, sampled over the run.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/modules.h"
#include "engine/sched/cfs/cfs_scenario.h"
#include "engine/sched/cfs/cfs_share_samples.h"

namespace oslens::engine::cfs {
namespace {

std::unique_ptr<Simulation> twoHogs(const std::string& secondTaskArrival = "0") {
  return loadSimulation(R"({"oslens": 1, "module": "cfs", "config": {"until_ns": 60000000, "tasks": [
      {"name": "A", "nice": 0, "cpu_bound": true},
      {"name": "B", "nice": 5, "cpu_bound": true, "arrival_ns": )" +
                        secondTaskArrival + "}]}}");
}

TEST(CfsShareSamples, PromisedSharesFollowTheWeights) {
  auto simulation = twoHogs();
  const auto& timeline = dynamic_cast<const CfsSimulation&>(*simulation).timeline();
  const auto samples = CfsShareSamples::collect(timeline);
  ASSERT_EQ(samples.taskCount, 2u);
  ASSERT_GT(samples.timesMs.size(), 2u);
  const std::size_t last = samples.timesMs.size() - 1;
  EXPECT_NEAR(samples.timesMs[last], 60.0, 1e-9);
  // Both runnable the whole time: the promise is exactly the weights' ratio.
  EXPECT_NEAR(samples.promised[0][last], 1024.0 / 1359.0, 1e-9);
  EXPECT_NEAR(samples.promised[1][last], 335.0 / 1359.0, 1e-9);
  // What they got is near it: after 60 ms (ten 6 ms periods, slices checked at whole 1 ms ticks)
  // within 3%; over a second it is within 1% (cfs_test.cpp).
  EXPECT_NEAR(samples.share[0][last], 1024.0 / 1359.0, 0.03);
  EXPECT_NEAR(samples.share[0][last] + samples.share[1][last], 1.0, 1e-9);
  // Nothing to say at time 0.
  EXPECT_TRUE(std::isnan(samples.share[0][0]));
}

TEST(CfsShareSamples, ALateTaskIsPromisedNothingBeforeItArrives) {
  auto simulation = twoHogs("30000000");
  const auto& timeline = dynamic_cast<const CfsSimulation&>(*simulation).timeline();
  const auto samples = CfsShareSamples::collect(timeline);
  const std::size_t last = samples.timesMs.size() - 1;
  // A alone for 30 ms, then both for 30 ms: B is promised 335/1359 of the second half only.
  EXPECT_NEAR(samples.promised[1][last], 0.5 * 335.0 / 1359.0, 1e-6);
  EXPECT_NEAR(samples.promised[0][last], 0.5 + 0.5 * 1024.0 / 1359.0, 1e-6);
  // Before B arrives its vruntime is not plotted.
  EXPECT_TRUE(std::isnan(samples.vruntimeMs[1][1]));
}

}  // namespace
}  // namespace oslens::engine::cfs

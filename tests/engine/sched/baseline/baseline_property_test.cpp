// Random workloads under every policy, with the invariants checked after every step (the habit
// of lib/rbtree_test.c), seek == replay, and the optimality results the textbooks state.
#include <gtest/gtest.h>

#include "baseline_test_support.h"
#include "engine/core/rng.h"
#include "seek_replay_check.h"

namespace oslens::engine::baseline {
namespace {

using namespace testing;

const std::vector<std::string> kPolicies = {"fifo", "sjf", "stcf", "rr"};

// Tasks with random arrivals and CPU/I-O bursts; with `forever`, some repeat or are CPU-bound.
std::string randomTasks(Rng& rng, int count, bool forever) {
  std::string tasks = "[";
  for (int i = 0; i < count; ++i) {
    tasks += (i ? "," : "") + std::string(R"({"name": "T)") + std::to_string(i) + R"(", "nice": )" +
             std::to_string(static_cast<int>(rng.below(40)) - 20) + R"(, "arrival_ns": )" + std::to_string(rng.below(20) * 500'000);
    if (forever && rng.below(6) == 0) {
      tasks += R"(, "cpu_bound": true})";
      continue;
    }
    if (forever && rng.below(2) == 0) tasks += R"(, "repeat": true)";
    tasks += R"(, "bursts": [)";
    const int bursts = 1 + static_cast<int>(rng.below(5));
    for (int b = 0; b < bursts; ++b) {
      // Mostly alternating, sometimes two of a kind in a row; coarse times make ties frequent.
      const bool io = rng.below(5) == 0 ? rng.below(2) == 0 : b % 2 == 1;
      tasks += (b ? "," : "") + std::string(io ? R"({"io_ns": )" : R"({"cpu_ns": )") + std::to_string((1 + rng.below(16)) * 250'000) + "}";
    }
    tasks += "]}";
  }
  return tasks + "]";
}

std::string randomOps(Rng& rng) {
  return R"(, "ops": [{"at_ns": )" + std::to_string(rng.below(10) * 1'000'000) + R"(, "renice": {"task": "T0", "nice": 10}},
                      {"at_ns": 10000000, "spawn": {"name": "late", "bursts": [{"cpu_ns": 3000000}, {"io_ns": 1000000}, {"cpu_ns": 500000}]}},
                      {"at_ns": 10000000, "spawn": {"name": "later", "bursts": [{"cpu_ns": 250000}]}}])";
}

std::string policyConfig(const std::string& policy, Rng& rng) {
  std::string out = R"({"policy": ")" + policy + "\"";
  if (policy == "rr" && rng.below(2) == 0) out += R"(, "quantum_ns": )" + std::to_string((1 + rng.below(8)) * 250'000);
  return out;
}

TEST(BaselineProperty, RandomWorkloadsKeepInvariantsAndSeekMatchesReplay) {
  Rng rng(7);
  for (int round = 0; round < 40; ++round) {
    const std::string& policy = kPolicies[round % kPolicies.size()];
    const bool forever = round % 8 >= 4;
    const std::string tasks = randomTasks(rng, 2 + static_cast<int>(rng.below(8)), forever);
    const std::string until = forever ? R"(, "until_ns": 60000000)" : "";
    auto sim = load(policyConfig(policy, rng) + until + R"(, "tasks": )" + tasks + "}", randomOps(rng));
    ASSERT_NE(sim, nullptr);
    SCOPED_TRACE(policy + " round " + std::to_string(round));
    const BaselineState& end = runChecked(*sim);
    if (!forever) {
      // Every task ran exactly the CPU its bursts ask for and exited.
      for (TaskId id = 0; id < end.tasks.size(); ++id) {
        EXPECT_EQ(end.tasks[id].run.state, sched::TaskState::Exited);
        EXPECT_EQ(end.tasks[id].run.runtimeNs, end.spec(id).totalCpuNs());
      }
    }
    // Non-preemptive policies never preempt; RR preempts only at whole quanta.
    for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
      sim->seek(step);
      for (const auto& e : sim->timeline().lastEvents()) {
        const auto* p = std::get_if<Preempt>(&e);
        if (!p) continue;
        EXPECT_TRUE(policy == "stcf" || policy == "rr") << "a preemption under " << policy;
        if (policy == "rr") {
          EXPECT_EQ(p->ranNs % end.setup->quantumNs, 0);
        }
        if (policy == "stcf") {
          EXPECT_LT(p->byLeftNs, p->leftNs);
        }
      }
    }
    auto& timeline = const_cast<Timeline<BaselineReportingModel>&>(sim->timeline());
    engine::testing::expectSeeksMatchReplay(timeline, 50, 11 + round);
  }
}

// Silberschatz 5.3.2: SJF "gives the minimum average waiting time for a given set of processes"
// (all available at once); shortest-remaining-time-first minimises the average turnaround for
// any arrivals (Schrage 1968). Checked against the other policies on random CPU-only jobs.
TEST(BaselineProperty, SjfAndStcfAreOptimalOnRandomJobs) {
  Rng rng(12);
  for (int round = 0; round < 60; ++round) {
    std::vector<Job> together, spread;
    const int count = 2 + static_cast<int>(rng.below(8));
    for (int i = 0; i < count; ++i) {
      const std::string name = "J" + std::to_string(i);
      together.push_back({name, 0, 1 + static_cast<Nanoseconds>(rng.below(30))});
      spread.push_back({name, static_cast<Nanoseconds>(rng.below(40)), 1 + static_cast<Nanoseconds>(rng.below(30))});
    }
    auto run = [](const std::string& policy, const std::vector<Job>& jobs, const char* metric) {
      auto sim = loadJobs(policy, jobs, kMs, policy == "rr" ? 3 : 0);
      runChecked(*sim);
      return average(*sim, metric);
    };
    const double sjfWait = run("sjf", together, "wait_ns");
    for (const auto& other : kPolicies) EXPECT_LE(sjfWait, run(other, together, "wait_ns")) << other << " round " << round;
    const double stcfTurnaround = run("stcf", spread, "turnaround_ns");
    for (const auto& other : kPolicies) EXPECT_LE(stcfTurnaround, run(other, spread, "turnaround_ns")) << other << " round " << round;
  }
}

}  // namespace
}  // namespace oslens::engine::baseline

// Loading "sched" scenarios: the module's own keys, its bounds, and the built-in scenarios.
#include <filesystem>

#include <gtest/gtest.h>

#include "baseline_test_support.h"
#include "scenario_test_support.h"
#include "seek_replay_check.h"

namespace oslens::engine::baseline {
namespace {

using namespace testing;
using engine::testing::findError;
using engine::testing::loadErrors;

const std::string kOneTask = R"("tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}])";

TEST(BaselineScenario, LoadsAsModuleSched) {
  EXPECT_NE(std::find(availableModules().begin(), availableModules().end(), "sched"), availableModules().end());
  auto sim = loadSimulation(schedScenario(R"({"policy": "rr", )" + kOneTask + "}"));
  EXPECT_EQ(sim->module(), "sched");
  EXPECT_NE(dynamic_cast<BaselineSimulation*>(sim.get()), nullptr);
  sim->seek(sim->stepCount());
  EXPECT_EQ(sim->summary()["quantum_ns"], kDefaultQuantumNs);
}

TEST(BaselineScenario, PolicyIsRequiredAndChecked) {
  findError(loadErrors(schedScenario("{" + kOneTask + "}")), "/config", ErrorCode::MissingKey);
  findError(loadErrors(schedScenario(R"({"policy": "cfs", )" + kOneTask + "}")), "/config/policy", ErrorCode::UnknownChoice);
  findError(loadErrors(schedScenario(R"({"policy": "FIFO", )" + kOneTask + "}")), "/config/policy", ErrorCode::UnknownChoice);
  findError(loadErrors(schedScenario(R"({"policy": "fifo", "polcy": 1, )" + kOneTask + "}")), "/config/polcy", ErrorCode::UnknownKey);
  findError(loadErrors(schedScenario(R"({"policy": "fifo"})")), "/config", ErrorCode::MissingKey);
  findError(loadErrors(schedScenario(R"("fifo")")), "/config", ErrorCode::WrongType);
}

TEST(BaselineScenario, QuantumBelongsToRoundRobin) {
  const auto errors = loadErrors(schedScenario(R"({"policy": "sjf", "quantum_ns": 1000, )" + kOneTask + "}"));
  const auto* e = findError(errors, "/config/quantum_ns", ErrorCode::Conflict);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"quantum_ns", "policy: sjf"}));
  findError(loadErrors(schedScenario(R"({"policy": "rr", "quantum_ns": 0, )" + kOneTask + "}")), "/config/quantum_ns",
            ErrorCode::OutOfRange);
  findError(loadErrors(schedScenario(R"({"policy": "rr", "quantum_ns": -3, )" + kOneTask + "}")), "/config/quantum_ns",
            ErrorCode::OutOfRange);
  findError(loadErrors(schedScenario(R"({"policy": "rr", "quantum_ns": "10ms", )" + kOneTask + "}")), "/config/quantum_ns",
            ErrorCode::WrongType);
}

// The workload's mistakes are reported for "sched" at the same places as for "cfs" (the shared
// reader; workload_reader_test.cpp has the whole list).
TEST(BaselineScenario, WorkloadMistakesNameThePlace) {
  findError(loadErrors(schedScenario(R"({"policy": "fifo", "tasks": [{"name": "A", "nice": -21, "bursts": [{"cpu_ns": 5}]}]})")),
            "/config/tasks/0/nice", ErrorCode::OutOfRange);
  findError(loadErrors(schedScenario(R"({"policy": "fifo", "tasks": []})")), "/config/tasks", ErrorCode::OutOfRange);
  findError(loadErrors(schedScenario(R"({"policy": "rr", "tasks": [{"name": "A", "cpu_bound": true}]})")), "/config/until_ns",
            ErrorCode::HorizonRequired);
  findError(loadErrors(schedScenario(R"({"policy": "fifo", )" + kOneTask + "}",
                                     R"(, "ops": [{"at_ns": 1, "renice": {"task": "B", "nice": 0}}])")),
            "/ops/0/renice/task", ErrorCode::UnknownName);
}

// No clock may overflow: without until_ns, the work must end by 10^15 ns (here ten bursts of
// 10^14 ns after an arrival at 10^15 - 1).
TEST(BaselineScenario, ARunPastTheClockBoundIsRefused) {
  std::string bursts;
  for (int i = 0; i < 10; ++i) bursts += std::string(i ? "," : "") + R"({"cpu_ns": 100000000000000})";
  const auto errors = loadErrors(schedScenario(R"({"policy": "fifo", "tasks": [{"name": "A", "arrival_ns": 999999999999999,
                                                "bursts": [)" + bursts + "]}]}"));
  const auto* e = findError(errors, "/config/tasks", ErrorCode::RunTooLong);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"1000000000000000", "ns"}));
  // Exactly at the bound is fine.
  EXPECT_NO_THROW(loadSimulation(schedScenario(R"({"policy": "fifo", "tasks": [{"name": "A", "arrival_ns": 999999999999999,
                                                 "bursts": [{"cpu_ns": 1}]}]})")));
}

// A quantum so small that the horizon holds more quanta than the tick bound is refused before
// anything runs, as CFS refuses too many ticks.
TEST(BaselineScenario, TooManyQuantaAreRefused) {
  findError(loadErrors(schedScenario(R"({"policy": "rr", "quantum_ns": 1000, "until_ns": 1000000000000,
                                        "tasks": [{"name": "A", "cpu_bound": true}]})")),
            "/config/quantum_ns", ErrorCode::RunTooLong);
}

TEST(BaselineScenario, StepsRecordTheirTimeAndTheTaskLeftRunning) {
  auto sim = loadJobs("rr", {{"A", 0, 5}, {"B", 1, 3}}, kMs, 2);
  const auto& ops = sim->timeline().ops();
  ASSERT_FALSE(ops.empty());
  EXPECT_EQ(ops.front(), (SchedStep{0, 0}));
  EXPECT_EQ(ops.back(), (SchedStep{8 * kMs, sched::kNoTask}));
  sim->seek(1);
  EXPECT_EQ(sim->opJson(0), (OutputJson{{"at_ns", 0}}));
}

const std::filesystem::path kScenarioDir = std::filesystem::path(OSLENS_SOURCE_DIR) / "resources" / "scenarios";

std::unique_ptr<BaselineSimulation> loadBuiltin(const std::string& name) {
  auto simulation = loadSimulationFile((kScenarioDir / (name + ".oslens.json")).string());
  auto* typed = dynamic_cast<BaselineSimulation*>(simulation.get());
  EXPECT_NE(typed, nullptr) << name;
  if (!typed) return nullptr;
  simulation.release();
  return std::unique_ptr<BaselineSimulation>(typed);
}

// The built-in scenarios tell the stories their descriptions promise.
TEST(BaselineScenario, BuiltinFcfsConvoyWaitsSeventeen) {
  auto sim = loadBuiltin("sched-fifo-convoy");
  ASSERT_NE(sim, nullptr);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "P1 0-24, P2 24-27, P3 27-30");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 17.0 * kMs);
  auto& timeline = const_cast<Timeline<BaselineReportingModel>&>(sim->timeline());
  engine::testing::expectSeeksMatchReplay(timeline, 30);
}

TEST(BaselineScenario, BuiltinRoundRobinRespondsFast) {
  auto sim = loadBuiltin("sched-rr-response-time");
  ASSERT_NE(sim, nullptr);
  runChecked(*sim);
  EXPECT_DOUBLE_EQ(average(*sim, "response_ns"), 1.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 14.0 * kSecond);
}

// OSTEP 7.4 (Figures 7.2 and 7.3): A 100 s, B and C 10 s, all at 0. SJF runs B, C, A: turnaround
// (10 + 20 + 120) / 3 = 50 s, where FIFO (the same file with "fifo") gives 110 s.
TEST(BaselineScenario, BuiltinSjfRunsTheShortJobsFirst) {
  auto sim = loadBuiltin("sched-sjf-short-jobs-first");
  ASSERT_NE(sim, nullptr);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kSecond), "B 0-10, C 10-20, A 20-120");
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 50.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 10.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*sim, "response_ns"), 10.0 * kSecond);
  auto fifo = loadJobs("fifo", {{"A", 0, 100}, {"B", 0, 10}, {"C", 0, 10}}, kSecond);
  runChecked(*fifo);
  EXPECT_DOUBLE_EQ(average(*fifo, "turnaround_ns"), 110.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*fifo, "wait_ns"), 70.0 * kSecond);
}

// OSTEP 7.5 (Figures 7.4 and 7.5): A 100 s at 0, B and C 10 s at 10 s. STCF: B preempts A at
// 10 s, then C, then A: turnaround (120 + 10 + 20) / 3 = 50 s; SJF gives 103.33 s.
TEST(BaselineScenario, BuiltinStcfPreemptsForTheLateShortJobs) {
  auto sim = loadBuiltin("sched-stcf-late-arrivals");
  ASSERT_NE(sim, nullptr);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kSecond), "A 0-10, B 10-20, C 20-30, A 30-120");
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 50.0 * kSecond);
  EXPECT_NEAR(average(*sim, "response_ns"), 10.0 / 3.0 * kSecond, 1.0);  // A 0, B 0, C 10
  auto sjf = loadJobs("sjf", {{"A", 0, 100}, {"B", 10, 10}, {"C", 10, 10}}, kSecond);
  runChecked(*sjf);
  EXPECT_NEAR(average(*sjf, "turnaround_ns"), 310.0 / 3.0 * kSecond, 1.0);
}

// The RR half of the RR-against-CFS pair: the editor sleeps a lot and, under RR, waits behind
// the hog's whole quantum each time it wakes.
TEST(BaselineScenario, BuiltinRoundRobinAgainstCfsWorkload) {
  auto sim = loadBuiltin("sched-rr-vs-cfs");
  ASSERT_NE(sim, nullptr);
  const BaselineState& end = runChecked(*sim);
  EXPECT_EQ(end.now, 200 * kMs);
  const auto tasks = sim->summary()["tasks"];
  ASSERT_EQ(tasks.size(), 2u);
  EXPECT_EQ(tasks[0]["name"], "hog");
  EXPECT_EQ(tasks[1]["name"], "editor");
  // The CPU never idles (the hog always wants it) and the editor gets its small share.
  EXPECT_EQ(end.busyNs, 200 * kMs);
  EXPECT_GT(tasks[1]["wait_ns"].get<Nanoseconds>(), 0);
  EXPECT_LT(tasks[1]["share"].get<double>(), 0.2);
}

}  // namespace
}  // namespace oslens::engine::baseline

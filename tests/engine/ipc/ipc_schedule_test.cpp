// The schedules: who runs each step, decided by playing the run once.
#include "engine/ipc/ipc_schedule.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

namespace {
std::shared_ptr<IpcSetup> computers(std::uint64_t a, std::uint64_t b) {
  auto setup = std::make_shared<IpcSetup>();
  for (const auto& [name, n] : {std::pair<const char*, std::uint64_t>{"a", a}, {"b", b}}) {
    ProcessSpec p;
    p.name = name;
    p.program = {ComputeAction{n}};
    setup->processes.push_back(p);
  }
  return setup;
}

std::vector<ProcessId> order(const Plan& plan) {
  std::vector<ProcessId> out;
  for (const auto& s : plan.steps) out.push_back(s.process);
  return out;
}
}  // namespace

TEST(IpcSchedule, RoundRobinTakesTurnsByQuantum) {
  const IpcState s = initialIpcState(computers(2, 3));
  EXPECT_EQ(order(planSteps(s, {ScheduleKind::RoundRobin, 1, 1, {}}, 100)), (std::vector<ProcessId>{0, 1, 0, 1, 1}));
  EXPECT_EQ(order(planSteps(s, {ScheduleKind::RoundRobin, 2, 1, {}}, 100)), (std::vector<ProcessId>{0, 0, 1, 1, 1}));
}

TEST(IpcSchedule, FifoRunsAProcessUntilItEnds) {
  const IpcState s = initialIpcState(computers(2, 3));
  EXPECT_EQ(order(planSteps(s, {ScheduleKind::Fifo, 1, 1, {}}, 100)), (std::vector<ProcessId>{0, 0, 1, 1, 1}));
}

TEST(IpcSchedule, AnExplicitListSkipsTheBlockedAndEndsRoundRobin) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SemaphoreSpec{"s", 0});
  ProcessSpec waiter{"w", {SemAction{0, SemOp::Wait}}, 1, SigpipeDisposition::Default, {}};
  ProcessSpec poster{"p", {ComputeAction{1}, SemAction{0, SemOp::Post}}, 1, SigpipeDisposition::Default, {}};
  setup->processes = {waiter, poster};
  const IpcState s = initialIpcState(setup);
  const Plan plan = planSteps(s, {ScheduleKind::Explicit, 1, 1, {0, 0, 1, 1}}, 100);
  EXPECT_EQ(order(plan), (std::vector<ProcessId>{0, 1, 1}));
  EXPECT_EQ(plan.steps[1].skipped, (std::vector<ProcessId>{0}));  // w is blocked
  EXPECT_FALSE(plan.tooLong);
}

TEST(IpcSchedule, ADeadlockEndsTheRun) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SemaphoreSpec{"a", 1});
  setup->objects.emplace_back(SemaphoreSpec{"b", 1});
  setup->processes.push_back({"p", {SemAction{0, SemOp::Wait}, SemAction{1, SemOp::Wait}}, 1, SigpipeDisposition::Default, {}});
  setup->processes.push_back({"q", {SemAction{1, SemOp::Wait}, SemAction{0, SemOp::Wait}}, 1, SigpipeDisposition::Default, {}});
  const Plan plan = planSteps(initialIpcState(setup), {ScheduleKind::RoundRobin, 1, 1, {}}, 100);
  EXPECT_EQ(plan.steps.size(), 4u);
  EXPECT_FALSE(plan.tooLong);
}

TEST(IpcSchedule, RandomIsTheSameForTheSameSeedAndBounded) {
  const IpcState s = initialIpcState(computers(20, 20));
  const auto a = order(planSteps(s, {ScheduleKind::Random, 1, 7, {}}, 1000));
  EXPECT_EQ(a, order(planSteps(s, {ScheduleKind::Random, 1, 7, {}}, 1000)));
  EXPECT_EQ(a.size(), 40u);
  EXPECT_NE(a, order(planSteps(s, {ScheduleKind::Random, 1, 8, {}}, 1000)));
  EXPECT_TRUE(planSteps(s, {ScheduleKind::Random, 1, 7, {}}, 10).tooLong);
}

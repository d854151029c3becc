// How the baseline policies behave beyond the textbook tables: tie rules, I/O, the process
// states as events, renice and spawn ops, the horizon, and the JSON a view or script reads.
#include <algorithm>

#include <gtest/gtest.h>

#include "baseline_test_support.h"

namespace oslens::engine::baseline {
namespace {

using namespace testing;
using sched::TaskState;

// Every event of every step, in order, with the step's record "event".
struct Trace {
  std::vector<BaselineEvent> events;
  std::vector<std::string> kinds;
};
Trace trace(BaselineSimulation& sim) {
  Trace out;
  for (std::size_t step = 1; step <= sim.stepCount(); ++step) {
    sim.seek(step);
    for (const auto& e : sim.timeline().lastEvents()) out.events.push_back(e);
    out.kinds.push_back(baselineStepKindName(sim.timeline().state().lastKind));
  }
  return out;
}

std::vector<std::pair<TaskState, TaskState>> transitionsOf(const Trace& t, TaskId task) {
  std::vector<std::pair<TaskState, TaskState>> out;
  for (const auto& e : t.events)
    if (const auto* change = std::get_if<StateChange>(&e); change && change->task == task) out.emplace_back(change->from, change->to);
  return out;
}

TEST(BaselineModel, AnIoTaskGoesThroughEveryState) {
  auto sim = load(R"({"policy": "rr", "quantum_ns": 2000000, "tasks": [
      {"name": "A", "bursts": [{"cpu_ns": 3000000}, {"io_ns": 5000000}, {"cpu_ns": 1000000}]},
      {"name": "B", "arrival_ns": 500000, "bursts": [{"cpu_ns": 4000000}]}]})");
  runChecked(*sim);
  const auto t = trace(*sim);
  using S = TaskState;
  // A: runs 0-2, preempted by B's turn 2-4, runs 4-5 and blocks, wakes at 10, runs 10-11, exits.
  EXPECT_EQ(transitionsOf(t, 0), (std::vector<std::pair<S, S>>{{S::New, S::Ready}, {S::Ready, S::Running}, {S::Running, S::Ready},
                                                                 {S::Ready, S::Running}, {S::Running, S::Blocked}, {S::Blocked, S::Ready},
                                                                 {S::Ready, S::Running}, {S::Running, S::Exited}}));
  EXPECT_EQ(gantt(*sim, 1000), "A 0-2000, B 2000-4000, A 4000-5000, B 5000-7000, A 10000-11000");
  const BaselineState& end = sim->timeline().state();
  EXPECT_EQ(end.tasks[0].blockedNs, 5 * kMs);
  EXPECT_EQ(end.tasks[0].run.waitNs, 2 * kMs);
  EXPECT_EQ(end.tasks[0].run.exitNs, 11 * kMs);
}

// Ran events tile the busy time exactly: a Gantt chart drawn from them has no gap or overlap.
TEST(BaselineModel, RanEventsCoverTheBusyTime) {
  auto sim = loadJobs("rr", {{"A", 0, 7}, {"B", 2, 5}, {"C", 3, 1}}, kMs, 2);
  runChecked(*sim);
  const auto t = trace(*sim);
  Nanoseconds covered = 0, lastEnd = 0;
  for (const auto& e : t.events)
    if (const auto* ran = std::get_if<Ran>(&e)) {
      EXPECT_GE(ran->fromNs, lastEnd);
      covered += ran->toNs - ran->fromNs;
      lastEnd = ran->toNs;
    }
  EXPECT_EQ(covered, 13 * kMs);
  EXPECT_EQ(sim->timeline().state().busyNs, 13 * kMs);
}

// A task that arrives when a quantum expires joins the queue before the preempted task
// (Silberschatz 5.3.3, OSTEP 7.7): at 10 ms C arrives and A's quantum ends, so C runs before A.
TEST(BaselineModel, RoundRobinNewcomerQueuesBeforeThePreemptedTask) {
  auto sim = loadJobs("rr", {{"A", 0, 30}, {"B", 5, 10}, {"C", 10, 10}}, kMs, 10);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-10, B 10-20, C 20-30, A 30-50");
}

TEST(BaselineModel, RoundRobinAloneKeepsTheCpuWithoutASwitch) {
  auto sim = loadJobs("rr", {{"A", 0, 35}}, kMs, 10);
  runChecked(*sim);
  EXPECT_EQ(sim->stepCount(), 2u);  // arrive, exit: quanta renewed on an empty queue are no step
  EXPECT_EQ(sim->summary()["tasks"][0]["switches"], 1);
}

// A quantum renewed on an empty queue is no step, but the step after it says so, right after
// Ran: A (35 ms) is alone until B arrives at 25 ms, so its quantum of 10 ms was renewed at 10
// and 20 ms (the last one ends at 30 ms); at 30 ms B is ready, so A is preempted after three
// quanta in a row. The exit step says that A's last quantum was renewed at 40 ms.
TEST(BaselineModel, RoundRobinRenewedQuantaAreReportedWithTheNextStep) {
  auto sim = loadJobs("rr", {{"A", 0, 35}, {"B", 25, 5}}, kMs, 10);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-30, B 30-35, A 35-40");
  std::vector<std::vector<BaselineEvent>> steps;
  for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
    sim->seek(step);
    steps.push_back(sim->timeline().lastEvents());
  }
  ASSERT_GE(steps.size(), 2u);
  // Step 2, at 25 ms: B arrives.
  ASSERT_GE(steps[1].size(), 2u);
  EXPECT_EQ(steps[1][0], BaselineEvent(Ran{0, 0, 25 * kMs}));
  EXPECT_EQ(steps[1][1], BaselineEvent(QuantumRenewed{0, 10 * kMs, 2, 30 * kMs}));
  int renewals = 0;
  for (const auto& events : steps)
    for (const auto& e : events) {
      if (std::holds_alternative<QuantumRenewed>(e)) ++renewals;
      if (const auto* p = std::get_if<Preempt>(&e)) EXPECT_EQ(p->ranNs, 30 * kMs);
    }
  EXPECT_EQ(renewals, 1);  // B and then A finish within their quanta
  // In the JSON of step 2.
  sim->seek(2);
  EXPECT_EQ(sim->stepRecord()["events"][1],
            (OutputJson{{"type", "quantum_renewed"}, {"task", "A"}, {"at_ns", 10 * kMs}, {"count", 2}, {"until_ns", 30 * kMs}}));
}

TEST(BaselineModel, RoundRobinPreemptionRecordsTheQuantum) {
  auto sim = loadJobs("rr", {{"A", 0, 25}, {"B", 0, 25}}, kMs, 10);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-10, B 10-20, A 20-30, B 30-40, A 40-45, B 45-50");
  for (const auto& e : trace(*sim).events)
    if (const auto* p = std::get_if<Preempt>(&e)) {
      EXPECT_EQ(p->reason, Preempt::Reason::QuantumExpired);
      EXPECT_EQ(p->ranNs, 10 * kMs);
    }
}

// STCF: a newcomer preempts only when it needs strictly less than the running task has left.
TEST(BaselineModel, StcfTieKeepsTheRunningTask) {
  auto tie = loadJobs("stcf", {{"A", 0, 10}, {"B", 5, 5}}, kMs);
  runChecked(*tie);
  EXPECT_EQ(gantt(*tie, kMs), "A 0-10, B 10-15");
  auto shorter = loadJobs("stcf", {{"A", 0, 10}, {"B", 5, 4}}, kMs);
  runChecked(*shorter);
  EXPECT_EQ(gantt(*shorter, kMs), "A 0-5, B 5-9, A 9-14");
  bool sawPreempt = false;
  for (const auto& e : trace(*shorter).events)
    if (const auto* p = std::get_if<Preempt>(&e)) {
      EXPECT_EQ(*p, (Preempt{0, 1, Preempt::Reason::ShorterJob, 5 * kMs, 5 * kMs, 4 * kMs}));
      sawPreempt = true;
    }
  EXPECT_TRUE(sawPreempt);
}

// Jobs arriving at one instant are all seen before the scheduler decides: no zero-length turn
// for the first of them, under STCF no preemption among them.
TEST(BaselineModel, SimultaneousArrivalsAreAllSeenBeforeTheDecision) {
  auto sim = loadJobs("stcf", {{"A", 0, 9}, {"B", 0, 5}, {"C", 0, 7}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "B 0-5, C 5-12, A 12-21");
  for (const auto& e : trace(*sim).events) EXPECT_FALSE(std::holds_alternative<Preempt>(e));
  // The first two arrivals leave the CPU idle with the queue filling; the third decides.
  sim->seek(1);
  EXPECT_EQ(sim->stepRecord()["running"], nullptr);
  EXPECT_EQ(sim->stepRecord()["queue"], (OutputJson{"A"}));
  sim->seek(3);
  EXPECT_EQ(sim->stepRecord()["running"], "B");
  EXPECT_EQ(sim->stepRecord()["queue"], (OutputJson{"C", "A"}));
}

// SJF ties go first come, first served (Silberschatz 5.3.2); at one instant, in task order.
TEST(BaselineModel, SjfTiesGoFirstComeFirstServed) {
  auto sim = loadJobs("sjf", {{"A", 0, 10}, {"B", 6, 3}, {"C", 5, 3}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-10, C 10-13, B 13-16");
  auto together = loadJobs("sjf", {{"P1", 0, 5}, {"P2", 0, 3}, {"P3", 0, 3}}, kMs);
  runChecked(*together);
  EXPECT_EQ(gantt(*together, kMs), "P2 0-3, P3 3-6, P1 6-11");
}

// Two CPU bursts in a row are one CPU burst to the scheduler: A wants 4 ms, more than B's 3.
TEST(BaselineModel, SjfCountsConsecutiveCpuBurstsAsOne) {
  auto sim = load(R"({"policy": "sjf", "tasks": [{"name": "A", "bursts": [{"cpu_ns": 2000000}, {"cpu_ns": 2000000}]},
                                                {"name": "B", "bursts": [{"cpu_ns": 3000000}]}]})");
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "B 0-3, A 3-7");
  EXPECT_EQ(sim->stepCount(), 4u);  // two arrivals, two exits: no step between A's two bursts
  // A repeating task's CPU bursts wrap round: [cpu 1, io 5, cpu 2] repeating wants 3 ms after I/O.
  auto wrap = load(R"({"policy": "sjf", "until_ns": 30000000, "tasks": [
      {"name": "R", "repeat": true, "bursts": [{"cpu_ns": 1000000}, {"io_ns": 5000000}, {"cpu_ns": 2000000}]}]})");
  runChecked(*wrap);
  wrap->seek(3);  // woken at 6 ms into its last burst, which runs on into the first
  EXPECT_EQ(wrap->stepRecord()["event"], "wakeup");
  EXPECT_EQ(wrap->timeline().state().nextBurst(0), 3 * kMs);
  EXPECT_EQ(gantt(*wrap, kMs), "R 0-1, R 6-9, R 14-17, R 22-25");
}

TEST(BaselineModel, CpuBoundTasksAreEndlessJobsForSjf) {
  auto sim = load(R"({"policy": "sjf", "until_ns": 20000000, "tasks": [{"name": "hog", "cpu_bound": true},
                                                                     {"name": "job", "bursts": [{"cpu_ns": 5000000}]}]})");
  const BaselineState& end = runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "job 0-5, hog 5-20");
  EXPECT_EQ(end.now, 20 * kMs);
  EXPECT_EQ(sim->stepRecord()["event"], "horizon");
  EXPECT_EQ(sim->summary()["averages"]["turnaround_ns"], 5.0 * kMs);  // only the job finished
  EXPECT_EQ(sim->summary()["tasks"][0]["turnaround_ns"], nullptr);
}

// The run covers [0, until_ns): the last step charges the running task up to the horizon.
TEST(BaselineModel, TheHorizonChargesTheRunningTask) {
  auto sim = load(R"({"policy": "fifo", "until_ns": 25000000, "tasks": [{"name": "hog", "cpu_bound": true},
                                                                       {"name": "late", "arrival_ns": 25000000, "cpu_bound": true}]})");
  const BaselineState& end = runChecked(*sim);
  EXPECT_EQ(end.tasks[0].run.runtimeNs, 25 * kMs);
  EXPECT_EQ(end.tasks[1].run.state, TaskState::New);  // due at until_ns itself: not taken
  const auto t = trace(*sim);
  EXPECT_EQ(t.kinds.back(), "horizon");
  EXPECT_EQ(std::get<Horizon>(t.events.back()).atNs, 25 * kMs);
  EXPECT_EQ(sim->summary()["averages"]["wait_ns"], 0.0);  // over the tasks that arrived
}

TEST(BaselineModel, ATaskWhoseFirstBurstIsIoBlocksOnArrival) {
  auto sim = load(R"({"policy": "fifo", "tasks": [{"name": "A", "bursts": [{"io_ns": 5000000}, {"cpu_ns": 3000000}, {"io_ns": 1000000}]}]})");
  runChecked(*sim);
  const auto t = trace(*sim);
  using S = TaskState;
  EXPECT_EQ(transitionsOf(t, 0), (std::vector<std::pair<S, S>>{{S::New, S::Blocked}, {S::Blocked, S::Ready}, {S::Ready, S::Running},
                                                                 {S::Running, S::Blocked}, {S::Blocked, S::Exited}}));
  EXPECT_EQ(t.kinds, (std::vector<std::string>{"arrive", "wakeup", "block", "exit"}));
  const auto summary = sim->summary()["tasks"][0];
  EXPECT_EQ(summary["response_ns"], 5 * kMs);
  EXPECT_EQ(summary["turnaround_ns"], 9 * kMs);
  EXPECT_EQ(summary["blocked_ns"], 6 * kMs);
  EXPECT_EQ(summary["wait_ns"], 0);
}

// B arrives at 5 ms while A's first I/O burst ends then and a second begins (no step of its
// own): the decision waits for A's happening, and is a step of its own, "dispatch".
TEST(BaselineModel, ADecisionAfterAQuietHappeningIsADispatchStep) {
  auto sim = load(R"({"policy": "fifo", "tasks": [{"name": "B", "arrival_ns": 5000000, "bursts": [{"cpu_ns": 2000000}]},
      {"name": "A", "bursts": [{"io_ns": 5000000}, {"io_ns": 5000000}, {"cpu_ns": 1000000}]}]})");
  runChecked(*sim);
  const auto t = trace(*sim);
  EXPECT_EQ(t.kinds, (std::vector<std::string>{"arrive", "arrive", "dispatch", "exit", "wakeup", "exit"}));
  EXPECT_EQ(gantt(*sim, kMs), "B 5-7, A 10-11");
}

// Nice is kept and shown, but no baseline uses it: the run is the same with or without renice.
TEST(BaselineModel, ReniceIsAStepWithNoEffect) {
  const std::string config = R"({"policy": "rr", "quantum_ns": 2000000, "tasks": [{"name": "A", "bursts": [{"cpu_ns": 6000000}]},
                                                                                  {"name": "B", "bursts": [{"cpu_ns": 6000000}]}]})";
  auto plain = load(config);
  auto reniced = load(config, R"(, "ops": [{"at_ns": 3000000, "renice": {"task": "B", "nice": -20}}])");
  runChecked(*plain);
  runChecked(*reniced);
  EXPECT_EQ(gantt(*plain, kMs), gantt(*reniced, kMs));
  EXPECT_EQ(reniced->stepCount(), plain->stepCount() + 1);
  EXPECT_EQ(reniced->summary()["tasks"][1]["nice"], -20);
  for (std::size_t step = 1; step <= reniced->stepCount(); ++step) {
    reniced->seek(step);
    if (reniced->stepRecord()["event"] != "renice") continue;
    EXPECT_EQ(reniced->stepRecord()["time_ns"], 3 * kMs);
    EXPECT_EQ(reniced->stepRecord()["events"].back(),
              (OutputJson{{"type", "renice"}, {"task", "B"}, {"from_nice", 0}, {"to_nice", -20}, {"ignored", true}}));
    return;
  }
  FAIL() << "no renice step";
}

TEST(BaselineModel, ASpawnedTaskArrivesAtItsOpsTime) {
  auto sim = load(R"({"policy": "fifo", "tasks": [{"name": "A", "bursts": [{"cpu_ns": 10000000}]}]})",
                  R"(, "ops": [{"at_ns": 4000000, "spawn": {"name": "S", "bursts": [{"cpu_ns": 2000000}]}}])");
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-10, S 10-12");
  sim->seek(2);
  EXPECT_EQ(sim->stepRecord()["event"], "spawn");
  EXPECT_EQ(sim->stepRecord()["time_ns"], 4 * kMs);
  const auto s = sim->summary()["tasks"][1];
  EXPECT_EQ(s["name"], "S");
  sim->seek(sim->stepCount());
  EXPECT_EQ(sim->summary()["tasks"][1]["wait_ns"], 6 * kMs);
  EXPECT_EQ(sim->summary()["tasks"][1]["turnaround_ns"], 8 * kMs);
}

TEST(BaselineModel, StepRecordAndSummaryJson) {
  auto sim = loadJobs("sjf", {{"P1", 0, 6}, {"P2", 0, 8}, {"P3", 0, 7}, {"P4", 0, 3}}, kMs);
  sim->seek(4);  // the last arrival: SJF picks P4
  const OutputJson record = sim->stepRecord();
  EXPECT_EQ(record["time_ns"], 0);
  EXPECT_EQ(record["running"], "P4");
  EXPECT_EQ(record["queue"], (OutputJson{"P1", "P3", "P2"}));
  EXPECT_EQ(record["event"], "arrive");
  EXPECT_EQ(record["op"], (OutputJson{{"at_ns", 0}}));
  EXPECT_EQ(record["events"][0], (OutputJson{{"type", "arrive"}, {"task", "P4"}}));
  const auto& events = record["events"];
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events[events.size() - 2], (OutputJson{{"type", "state"}, {"task", "P4"}, {"from", "ready"}, {"to", "running"}}));
  EXPECT_EQ(events.back(), (OutputJson{{"type", "dispatch"}, {"to", "P4"}, {"from", nullptr}, {"next_burst_ns", 3 * kMs},
                                       {"quantum_end_ns", nullptr}}));
  sim->seek(sim->stepCount());
  const OutputJson summary = sim->summary();
  EXPECT_EQ(summary["policy"], "sjf");
  EXPECT_EQ(summary["quantum_ns"], nullptr);
  EXPECT_EQ(summary["time_ns"], 24 * kMs);
  EXPECT_EQ(summary["busy_ns"], 24 * kMs);
  EXPECT_EQ(summary["tasks"][3], (OutputJson{{"name", "P4"}, {"runtime_ns", 3 * kMs}, {"switches", 1}, {"response_ns", 0},
                                             {"turnaround_ns", 3 * kMs}, {"wait_ns", 0}, {"share", 0.125}, {"blocked_ns", 0},
                                             {"nice", 0}, {"state", "exited"}}));
  EXPECT_EQ(summary["averages"], (OutputJson{{"response_ns", 7.0 * kMs}, {"turnaround_ns", 13.0 * kMs}, {"wait_ns", 7.0 * kMs}}));
}

TEST(BaselineModel, AveragesAreNullWhenUndefined) {
  auto sim = load(R"({"policy": "fifo", "until_ns": 1000000, "tasks": [{"name": "late", "arrival_ns": 5000000, "bursts": [{"cpu_ns": 1}]}]})");
  runChecked(*sim);
  EXPECT_EQ(sim->summary()["averages"], (OutputJson{{"response_ns", nullptr}, {"turnaround_ns", nullptr}, {"wait_ns", nullptr}}));
}

}  // namespace
}  // namespace oslens::engine::baseline

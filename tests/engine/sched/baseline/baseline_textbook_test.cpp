// The worked examples of the two textbooks a course uses, run through the "sched" module: the
// order of the Gantt chart and the averages the books print. Silberschatz, Galvin, Gagne,
// "Operating System Concepts", 10th ed., 5.3 (times in ms); Arpaci-Dusseau, "Operating Systems:
// Three Easy Pieces", ch. 7 "Scheduling: Introduction" (times in s, and ms for 7.8).
#include <gtest/gtest.h>

#include "baseline_test_support.h"

namespace oslens::engine::baseline {
namespace {

using namespace testing;

// 5.3.1: P1 24, P2 3, P3 3 arriving at 0 in that order: waits 0, 24, 27, average 17 ms.
TEST(BaselineTextbook, SilberschatzFcfsConvoyWaitsSeventeenOnAverage) {
  auto sim = loadJobs("fifo", {{"P1", 0, 24}, {"P2", 0, 3}, {"P3", 0, 3}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "P1 0-24, P2 24-27, P3 27-30");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 17.0 * kMs);
  const auto tasks = sim->summary()["tasks"];
  EXPECT_EQ(tasks[0]["wait_ns"], 0);
  EXPECT_EQ(tasks[1]["wait_ns"], 24 * kMs);
  EXPECT_EQ(tasks[2]["wait_ns"], 27 * kMs);
}

// 5.3.1: the same processes arriving in the order P2, P3, P1: waits 6, 0, 3, average 3 ms.
TEST(BaselineTextbook, SilberschatzFcfsShortJobsFirstWaitThreeOnAverage) {
  auto sim = loadJobs("fifo", {{"P2", 0, 3}, {"P3", 0, 3}, {"P1", 0, 24}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "P2 0-3, P3 3-6, P1 6-30");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 3.0 * kMs);
}

// 5.3.2: P1 6, P2 8, P3 7, P4 3, all at 0: P4, P1, P3, P2; waits 3, 16, 9, 0, average 7 ms.
TEST(BaselineTextbook, SilberschatzSjfWaitsSevenOnAverage) {
  auto sim = loadJobs("sjf", {{"P1", 0, 6}, {"P2", 0, 8}, {"P3", 0, 7}, {"P4", 0, 3}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "P4 0-3, P1 3-9, P3 9-16, P2 16-24");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 7.0 * kMs);
}

// 5.3.2, preemptive SJF (shortest-remaining-time-first): P1 (0, 8), P2 (1, 4), P3 (2, 9),
// P4 (3, 5): P1 0-1, P2 1-5, P4 5-10, P1 10-17, P3 17-26; average wait 26 / 4 = 6.5 ms.
TEST(BaselineTextbook, SilberschatzSrtfWaitsSixAndAHalfOnAverage) {
  auto sim = loadJobs("stcf", {{"P1", 0, 8}, {"P2", 1, 4}, {"P3", 2, 9}, {"P4", 3, 5}}, kMs);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "P1 0-1, P2 1-5, P4 5-10, P1 10-17, P3 17-26");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 6.5 * kMs);
  // The same jobs under non-preemptive SJF wait 7.75 ms on average (the book's comparison).
  auto sjf = loadJobs("sjf", {{"P1", 0, 8}, {"P2", 1, 4}, {"P3", 2, 9}, {"P4", 3, 5}}, kMs);
  runChecked(*sjf);
  EXPECT_EQ(gantt(*sjf, kMs), "P1 0-8, P2 8-12, P4 12-17, P3 17-26");
  EXPECT_DOUBLE_EQ(average(*sjf, "wait_ns"), 7.75 * kMs);
}

// 5.3.3, RR with a 4 ms quantum: P1 24, P2 3, P3 3: P1 waits 6, P2 4, P3 7; average 17/3 ms.
TEST(BaselineTextbook, SilberschatzRoundRobinQuantumFourWaitsSeventeenThirds) {
  auto sim = loadJobs("rr", {{"P1", 0, 24}, {"P2", 0, 3}, {"P3", 0, 3}}, kMs, 4);
  runChecked(*sim);
  // P1 keeps the CPU once it is alone: its later quanta are no context switch.
  EXPECT_EQ(gantt(*sim, kMs), "P1 0-4, P2 4-7, P3 7-10, P1 10-30");
  EXPECT_DOUBLE_EQ(average(*sim, "wait_ns"), 17.0 * kMs / 3.0);
  EXPECT_EQ(sim->summary()["tasks"][0]["switches"], 2);
}

// OSTEP 7.3: A, B, C of 10 s each at time 0 under FIFO finish at 10, 20, 30: turnaround 20 s.
TEST(BaselineTextbook, OstepFifoThreeEqualJobsTurnaroundTwenty) {
  auto sim = loadJobs("fifo", {{"A", 0, 10}, {"B", 0, 10}, {"C", 0, 10}}, kSecond);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kSecond), "A 0-10, B 10-20, C 20-30");
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 20.0 * kSecond);
}

// OSTEP 7.3, the convoy effect: A 100 s before B and C of 10 s: turnaround (100+110+120)/3 = 110.
TEST(BaselineTextbook, OstepFifoConvoyTurnaroundHundredTen) {
  auto sim = loadJobs("fifo", {{"A", 0, 100}, {"B", 0, 10}, {"C", 0, 10}}, kSecond);
  runChecked(*sim);
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 110.0 * kSecond);
}

// OSTEP 7.4: SJF runs B and C first: (10 + 20 + 120) / 3 = 50 s.
TEST(BaselineTextbook, OstepSjfTurnaroundFifty) {
  auto sim = loadJobs("sjf", {{"A", 0, 100}, {"B", 0, 10}, {"C", 0, 10}}, kSecond);
  runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kSecond), "B 0-10, C 10-20, A 20-120");
  EXPECT_DOUBLE_EQ(average(*sim, "turnaround_ns"), 50.0 * kSecond);
}

// OSTEP 7.4-7.5: B and C arrive at 10 s, after A started. SJF cannot stop A: (100 + 100 + 110)
// / 3 = 103.33 s. STCF preempts it: ((120 - 0) + (20 - 10) + (30 - 10)) / 3 = 50 s.
TEST(BaselineTextbook, OstepStcfLateArrivalsTurnaroundFifty) {
  const std::vector<Job> jobs = {{"A", 0, 100}, {"B", 10, 10}, {"C", 10, 10}};
  auto sjf = loadJobs("sjf", jobs, kSecond);
  runChecked(*sjf);
  EXPECT_EQ(gantt(*sjf, kSecond), "A 0-100, B 100-110, C 110-120");
  EXPECT_NEAR(average(*sjf, "turnaround_ns"), 310.0 / 3.0 * kSecond, 1.0);
  auto stcf = loadJobs("stcf", jobs, kSecond);
  runChecked(*stcf);
  EXPECT_EQ(gantt(*stcf, kSecond), "A 0-10, B 10-20, C 20-30, A 30-120");
  EXPECT_DOUBLE_EQ(average(*stcf, "turnaround_ns"), 50.0 * kSecond);
}

// OSTEP 7.6-7.7: A, B, C of 5 s at 0. RR with a 1 s slice: response (0 + 1 + 2) / 3 = 1 s, but
// turnaround (13 + 14 + 15) / 3 = 14 s; SJF: response (0 + 5 + 10) / 3 = 5 s, turnaround 10 s.
TEST(BaselineTextbook, OstepRoundRobinSliceOneRespondsInOneSecond) {
  const std::vector<Job> jobs = {{"A", 0, 5}, {"B", 0, 5}, {"C", 0, 5}};
  auto rr = loadJobs("rr", jobs, kSecond, 1);
  runChecked(*rr);
  EXPECT_EQ(gantt(*rr, kSecond), "A 0-1, B 1-2, C 2-3, A 3-4, B 4-5, C 5-6, A 6-7, B 7-8, C 8-9, A 9-10, B 10-11, C 11-12, "
                                  "A 12-13, B 13-14, C 14-15");
  EXPECT_DOUBLE_EQ(average(*rr, "response_ns"), 1.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*rr, "turnaround_ns"), 14.0 * kSecond);
  auto sjf = loadJobs("sjf", jobs, kSecond);
  runChecked(*sjf);
  EXPECT_DOUBLE_EQ(average(*sjf, "response_ns"), 5.0 * kSecond);
  EXPECT_DOUBLE_EQ(average(*sjf, "turnaround_ns"), 10.0 * kSecond);
}

// OSTEP 7.8 "Incorporating I/O": A runs 10 ms and does 10 ms of I/O, five CPU bursts in all; B
// wants 50 ms of CPU. STCF treats each of A's bursts as a 10 ms job, so A preempts B whenever
// its I/O completes and B fills A's I/O time: the CPU is never idle and all ends at 100 ms. At
// 80 ms A's last burst (10 ms) ties with what B has left (10 ms) and the running task keeps the
// CPU (our tie rule), so B finishes first where OSTEP's Figure 7.9 alternates to the end.
TEST(BaselineTextbook, OstepStcfOverlapsIoWithTheOtherJob) {
  const std::string a = R"({"name": "A", "bursts": [{"cpu_ns": 10000000}, {"io_ns": 10000000}, {"cpu_ns": 10000000},
      {"io_ns": 10000000}, {"cpu_ns": 10000000}, {"io_ns": 10000000}, {"cpu_ns": 10000000}, {"io_ns": 10000000},
      {"cpu_ns": 10000000}]})";
  auto sim = load(R"({"policy": "stcf", "tasks": [)" + a + R"(, {"name": "B", "bursts": [{"cpu_ns": 50000000}]}]})");
  const BaselineState& end = runChecked(*sim);
  EXPECT_EQ(gantt(*sim, kMs), "A 0-10, B 10-20, A 20-30, B 30-40, A 40-50, B 50-60, A 60-70, B 70-90, A 90-100");
  EXPECT_EQ(end.now, 100 * kMs);
  EXPECT_EQ(end.busyNs, 100 * kMs);
  EXPECT_EQ(end.idleNs, 0);
  // FIFO runs A's first burst, then all of B while A's I/O finishes: the CPU idles 30 ms.
  auto fifo = load(R"({"policy": "fifo", "tasks": [)" + a + R"(, {"name": "B", "bursts": [{"cpu_ns": 50000000}]}]})");
  EXPECT_EQ(runChecked(*fifo).idleNs, 30 * kMs);
  EXPECT_EQ(gantt(*fifo, kMs), "A 0-10, B 10-60, A 60-70, A 80-90, A 100-110, A 120-130");
}

}  // namespace
}  // namespace oslens::engine::baseline

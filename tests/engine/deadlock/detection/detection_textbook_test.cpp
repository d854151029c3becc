// Deadlock detection on the examples textbooks print (each test cites its source), and the
// difference between a cycle and a deadlock.
#include <set>

#include <gtest/gtest.h>

#include "detection_test_support.h"

namespace oslens::engine::deadlock::detection {
namespace {

using namespace testing;

// Silberschatz, Operating System Concepts, 10th ed., 8.7.2: A = 7, B = 2, C = 6, all allocated.
const std::string kSilberschatz = R"({"resources": [{"name": "A", "total": 7}, {"name": "B", "total": 2}, {"name": "C", "total": 6}],
  "processes": [{"name": "P0", "allocation": [0, 1, 0], "request": [0, 0, 0]},
                {"name": "P1", "allocation": [2, 0, 0], "request": [2, 0, 2]},
                {"name": "P2", "allocation": [3, 0, 3], "request": [0, 0, 0]},
                {"name": "P3", "allocation": [2, 1, 1], "request": [1, 0, 0]},
                {"name": "P4", "allocation": [0, 0, 2], "request": [0, 0, 2]}]})";

// "the sequence <P0, P2, P3, P1, P4> results in Finish[i] == true for all i" — not deadlocked.
// Then "P2 makes one additional request for an instance of type C ... a deadlock exists,
// consisting of processes P1, P2, P3, and P4."
TEST(DetectionTextbook, SilberschatzOneMoreRequestDeadlocks) {
  auto sim = loadDetection(kSilberschatz, R"([{"detect": true}, {"request": {"process": "P2", "vector": [0, 0, 1]}}, {"detect": true}])");
  OutputJson first = recordAt(*sim, 1);
  EXPECT_EQ(first["deadlocked"], OutputJson::array());
  EXPECT_EQ(first["sequence"], OutputJson({"P0", "P2", "P3", "P4", "P1"}));  // scanning in passes
  // With several instances per resource a cycle is no deadlock: the graph has one here.
  EXPECT_NE(first["cycle"], nullptr);
  EXPECT_EQ(first["single_instance"], false);

  OutputJson request = recordAt(*sim, 2);
  EXPECT_EQ(request["granted"], false);  // Available is (0,0,0): P2 waits

  OutputJson second = recordAt(*sim, 3);
  EXPECT_EQ(second["deadlocked"], OutputJson({"P1", "P2", "P3", "P4"}));
  EXPECT_EQ(second["sequence"], OutputJson({"P0"}));
  EXPECT_EQ(sim->summary()["deadlocked"], OutputJson({"P1", "P2", "P3", "P4"}));
}

TEST(DetectionTextbook, RestartOrderFindsTheSameVerdict) {
  auto sim = loadDetection(kSilberschatz.substr(0, kSilberschatz.size() - 1) + R"(, "scan_order": "restart"})", R"([{"detect": true}])");
  OutputJson record = recordAt(*sim, 1);
  EXPECT_EQ(record["deadlocked"], OutputJson::array());
  EXPECT_EQ(record["sequence"], OutputJson({"P0", "P2", "P1", "P3", "P4"}));
}

// Silberschatz 10e 8.3.1 (Figure 8.5 and 8.6): with one instance per resource a cycle is a
// deadlock; two locks taken in opposite orders make the smallest one.
TEST(DetectionTextbook, SingleInstanceCycleIsADeadlock) {
  auto sim = loadDetection(R"({"resources": [{"name": "L1", "total": 1}, {"name": "L2", "total": 1}],
                               "processes": [{"name": "P1", "allocation": [1, 0], "request": [0, 1]},
                                             {"name": "P2", "allocation": [0, 1], "request": [1, 0]}]})",
                           R"([{"detect": true}])");
  OutputJson record = recordAt(*sim, 1);
  EXPECT_EQ(record["cycle"], OutputJson({"P1", "L2", "P2", "L1"}));
  EXPECT_EQ(record["wait_for_cycle"], OutputJson({"P1", "P2"}));
  EXPECT_EQ(record["single_instance"], true);
  EXPECT_EQ(record["deadlocked"], OutputJson({"P1", "P2"}));
}

// Silberschatz 10e 8.3.1, Figure 8.6 ("a resource-allocation graph with a cycle but no
// deadlock"): P1 -> R1 -> P3 -> R2 -> P1, but P2 holds R1 and P4 holds R2 and neither waits.
TEST(DetectionTextbook, MultiInstanceCycleWithoutDeadlock) {
  auto sim = loadDetection(R"({"resources": [{"name": "R1", "total": 2}, {"name": "R2", "total": 2}],
      "processes": [{"name": "P1", "allocation": [0, 1], "request": [1, 0]}, {"name": "P2", "allocation": [1, 0]},
                    {"name": "P3", "allocation": [1, 0], "request": [0, 1]}, {"name": "P4", "allocation": [0, 1]}]})",
                           R"([{"detect": true}])");
  OutputJson record = recordAt(*sim, 1);
  EXPECT_EQ(record["cycle"], OutputJson({"P1", "R1", "P3", "R2"}));
  EXPECT_EQ(record["single_instance"], false);
  EXPECT_EQ(record["deadlocked"], OutputJson::array());
}

// Recovery (8.8): aborting by a rule chooses among the deadlocked; preemption rolls the victim
// back so it asks again; both update the matrices and wake the waiters.
TEST(DetectionTextbook, RecoveryByAbortAndPreemption) {
  auto sim = loadDetection(kSilberschatz, R"([{"request": {"process": "P2", "vector": [0, 0, 1]}},
      {"abort": {"rule": "most_held"}}, {"preempt": {"process": "P3", "vector": [0, 0, 1]}}, {"abort": "P3"},
      {"abort": "P3"}, {"abort": {"rule": "lowest_index"}}])");
  OutputJson most = recordAt(*sim, 2);
  EXPECT_EQ(most["victim"], "P2");  // holds 6 instances
  const auto& aborted = sim->timeline().state();
  EXPECT_TRUE(aborted.aborted[2]);
  // (3,0,3) freed; P1 gets the (2,0,2) it waits for, then P3 its (1,0,0); P4 still waits.
  EXPECT_EQ(aborted.available, (ResourceVector{0, 0, 1}));
  EXPECT_EQ(aborted.status(4), ProcessStatus::Waiting);
  OutputJson preempt = recordAt(*sim, 3);
  EXPECT_EQ(preempt["victim"], "P3");
  // The C taken from P3 completes P4's (0,0,2); P3 must ask for it again and waits.
  const auto& preempted = sim->timeline().state();
  EXPECT_EQ(preempted.status(4), ProcessStatus::Running);
  EXPECT_EQ(toVector(preempted.request.row(3)), (ResourceVector{0, 0, 1}));
  EXPECT_EQ(preempted.available, (ResourceVector{0, 0, 0}));
  OutputJson again = recordAt(*sim, 5);
  EXPECT_EQ(again["refused"], true);
  EXPECT_EQ(again["reason"], "aborted");
  OutputJson nobody = recordAt(*sim, 6);
  EXPECT_EQ(nobody["reason"], "nobody_deadlocked");
  for (std::size_t step = 0; step <= sim->stepCount(); ++step) {
    sim->seek(step);
    EXPECT_TRUE(DetectionModel::checkInvariants(sim->timeline().state()).empty()) << step;
  }
}

TEST(DetectionTextbook, RequestsThatCannotApplyAreRefused) {
  auto sim = loadDetection(R"({"resources": [{"name": "R", "total": 2}], "processes": [{"name": "P", "allocation": [1]},
                                {"name": "Q", "allocation": [1], "request": [1]}]})",
                           R"([{"request": {"process": "P", "vector": [2]}}, {"request": {"process": "Q", "vector": [1]}},
                               {"release": {"process": "P", "vector": [2]}}, {"release": {"process": "Q", "vector": [1]}}])");
  EXPECT_EQ(recordAt(*sim, 1)["reason"], "above_total");
  EXPECT_EQ(recordAt(*sim, 2)["reason"], "blocked");
  EXPECT_EQ(recordAt(*sim, 3)["reason"], "above_allocation");
  EXPECT_EQ(recordAt(*sim, 4)["reason"], "blocked");  // a waiting process does not run, so it cannot release
}

// What a preemption takes goes to the other waiters first; if none can use it, the victim gets
// it back at once rather than waiting while it lies free.
TEST(DetectionTextbook, PreemptionVictimIsServedWhenNobodyElseCanUse) {
  auto sim = loadDetection(R"({"resources": [{"name": "R", "total": 3}], "processes": [{"name": "P", "allocation": [2]},
                                {"name": "Q", "allocation": [1], "request": [2]}]})",
                           R"([{"preempt": {"process": "P", "vector": [1]}}, {"preempt": {"process": "Q", "vector": [1]}}])");
  sim->seek(1);  // one R from P: not enough for Q's 2, so P takes it back
  EXPECT_EQ(sim->timeline().state().status(0), ProcessStatus::Running);
  EXPECT_EQ(sim->timeline().state().allocation.at(0, 0), 2);
  EXPECT_EQ(sim->timeline().state().available, (ResourceVector{0}));
  sim->seek(2);  // Q's own R back: Q now waits for 3 with none free
  EXPECT_EQ(toVector(sim->timeline().state().request.row(1)), (ResourceVector{3}));
}

// The detection example reports a cycle through the deadlocked processes, not P1 -> A -> P1
// (P1 holds two A and asks for two more, a cycle of the graph that shows no one waiting on
// anyone else).
TEST(DetectionTextbook, ReportedCycleRunsThroughTheDeadlocked) {
  auto sim = loadDetection(kSilberschatz, R"([{"detect": true}, {"request": {"process": "P2", "vector": [0, 0, 1]}},
                                              {"detect": true}])");
  const OutputJson first = recordAt(*sim, 1);
  EXPECT_EQ(first["deadlocked"], OutputJson::array());
  OutputJson deadlocked = recordAt(*sim, 3);
  EXPECT_EQ(deadlocked["deadlocked"], OutputJson({"P1", "P2", "P3", "P4"}));
  ASSERT_TRUE(deadlocked["cycle"].is_array());
  std::set<std::string> processesOnCycle;
  for (const auto& vertex : deadlocked["cycle"])
    if (vertex.get<std::string>().front() == 'P') processesOnCycle.insert(vertex.get<std::string>());
  EXPECT_GE(processesOnCycle.size(), 2u);
  for (const auto& p : processesOnCycle) EXPECT_NE(p, "P0");
  // The walk P1 -> A -> P2 -> C -> P3 -> A passes A twice; it is cut to the simple cycle.
  EXPECT_EQ(deadlocked["cycle"], OutputJson({"P2", "C", "P3", "A"}));
}

}  // namespace
}  // namespace oslens::engine::deadlock::detection

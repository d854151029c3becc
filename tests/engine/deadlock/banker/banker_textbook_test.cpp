// The banker's algorithm against the examples textbooks print (each test cites its source).
#include <gtest/gtest.h>

#include "banker_test_support.h"

namespace oslens::engine::deadlock::banker {
namespace {

using namespace testing;
using Names = std::vector<std::string>;

// Silberschatz 10e 8.6.3.3: "the system is currently in a safe state ... the sequence <P1, P3,
// P4, P2, P0> satisfies the safety criteria". Scanning in passes finds <P1, P3, P4, P0, P2>;
// looking again from P0 after each pick finds <P1, P3, P0, P2, P4>; the book's is among all of them.
TEST(BankerTextbook, SilberschatzInitialStateIsSafe) {
  auto wrap = loadBanker(textbookConfig(R"(, "all_sequences": true)"), R"([{"safety": true}])");
  wrap->seek(1);
  const BankerState& s = wrap->timeline().state();
  ASSERT_TRUE(s.lastSafety && s.lastSafety->safe);
  EXPECT_EQ(namesOf(s, s.lastSafety->sequence), (Names{"P1", "P3", "P4", "P0", "P2"}));
  EXPECT_EQ(s.available, (ResourceVector{3, 3, 2}));
  const CountMatrix need = s.needMatrix();
  EXPECT_EQ(toVector(need.row(0)), (ResourceVector{7, 4, 3}));  // the book's Need matrix
  EXPECT_EQ(toVector(need.row(4)), (ResourceVector{4, 3, 1}));

  const auto& events = wrap->timeline().lastEvents();
  const auto all = std::find_if(events.begin(), events.end(), [](const BankerEvent& e) { return std::holds_alternative<SafeSequences>(e); });
  ASSERT_NE(all, events.end());
  const auto& sequences = std::get<SafeSequences>(*all);
  EXPECT_TRUE(sequences.complete);
  EXPECT_EQ(sequences.count, 16u);
  EXPECT_NE(std::find(sequences.listed.begin(), sequences.listed.end(), std::vector<ProcessId>{1, 3, 4, 2, 0}),
            sequences.listed.end());

  auto restart = loadBanker(textbookConfig(R"(, "scan_order": "restart")"), R"([{"safety": true}])");
  restart->seek(1);
  const BankerState& r = restart->timeline().state();
  EXPECT_EQ(namesOf(r, r.lastSafety->sequence), (Names{"P1", "P3", "P0", "P2", "P4"}));
}

// Silberschatz 10e 8.6.3.3: P1 requests (1,0,2): granted, the new state is safe via <P1, P3, P4,
// P0, P2>. Then "a request for (3,3,0) by P4 cannot be granted, since the resources are not
// available", and "a request for (0,2,0) by P0 cannot be granted, even though the resources are
// available, since the resulting state is unsafe."
TEST(BankerTextbook, SilberschatzRequests) {
  auto sim = loadBanker(textbookConfig(), R"([{"request": {"process": "P1", "vector": [1, 0, 2]}},
                                              {"request": {"process": "P4", "vector": [3, 3, 0]}},
                                              {"request": {"process": "P0", "vector": [0, 2, 0]}}])");
  OutputJson p1 = recordAt(*sim, 1);
  EXPECT_EQ(p1["granted"], true);
  EXPECT_EQ(p1["reason"], "granted");
  EXPECT_EQ(p1["sequence"], OutputJson({"P1", "P3", "P4", "P0", "P2"}));
  EXPECT_EQ(p1["available"], OutputJson({2, 3, 0}));
  EXPECT_EQ(toVector(sim->timeline().state().allocation.row(1)), (ResourceVector{3, 0, 2}));

  OutputJson p4 = recordAt(*sim, 2);
  EXPECT_EQ(p4["granted"], false);
  EXPECT_EQ(p4["reason"], "unavailable");
  EXPECT_FALSE(p4.contains("safe"));  // it never got to the trial

  const BankerState before = sim->timeline().state();
  OutputJson p0 = recordAt(*sim, 3);
  EXPECT_EQ(p0["granted"], false);
  EXPECT_EQ(p0["reason"], "unsafe");
  EXPECT_EQ(p0["safe"], false);
  EXPECT_EQ(p0["sequence"], nullptr);
  // Rolled back: nothing changed.
  EXPECT_EQ(sim->timeline().state().allocation, before.allocation);
  EXPECT_EQ(sim->timeline().state().available, before.available);
}

// Tanenbaum & Bos, Modern Operating Systems 4e, 6.5.2, Figs. 6-9 and 6-10: one resource with 10
// instances; A has 3 of 9, B 2 of 4, C 2 of 7, 3 free: safe (B, then C, then A). If A is granted
// one more, no sequence exists: unsafe, so the banker refuses it.
TEST(BankerTextbook, TanenbaumSingleResource) {
  const std::string config = R"({"resources": [{"name": "R", "total": 10}],
      "processes": [{"name": "A", "max": [9], "allocation": [3]}, {"name": "B", "max": [4], "allocation": [2]},
                    {"name": "C", "max": [7], "allocation": [2]}]})";
  auto sim = loadBanker(config, R"([{"safety": true}, {"request": {"process": "A", "vector": [1]}},
                                    {"request": {"process": "B", "vector": [2]}}])");
  OutputJson safety = recordAt(*sim, 1);
  EXPECT_EQ(safety["sequence"], OutputJson({"B", "C", "A"}));
  OutputJson a = recordAt(*sim, 2);
  EXPECT_EQ(a["reason"], "unsafe");
  EXPECT_EQ(a["unfinished"], OutputJson({"A", "C"}));  // Fig. 6-10: B can finish, then neither A nor C
  OutputJson b = recordAt(*sim, 3);
  EXPECT_EQ(b["reason"], "granted");
}

// Silberschatz 10e 8.6.3.2 step 1: "raise an error condition, since the process has exceeded its
// maximum claim" — an outcome of the step, not a failure of the program.
TEST(BankerTextbook, RequestAboveTheClaimIsAnErrorOutcome) {
  auto sim = loadBanker(textbookConfig(), R"([{"request": {"process": "P1", "vector": [2, 0, 0]}}])");
  OutputJson record = recordAt(*sim, 1);
  EXPECT_EQ(record["granted"], false);
  EXPECT_EQ(record["reason"], "exceeds_claim");
  const auto& events = sim->timeline().lastEvents();
  ASSERT_FALSE(events.empty());
  const auto& check = std::get<ClaimCheck>(events.front());
  EXPECT_EQ(check.exceeds, std::optional<ResourceId>(0));
  EXPECT_EQ(check.need, (ResourceVector{1, 2, 2}));
}

TEST(BankerTextbook, ReleaseGivesBackAndRefusesMoreThanHeld) {
  auto sim = loadBanker(textbookConfig(), R"([{"release": {"process": "P2", "vector": [3, 0, 2]}},
                                              {"release": {"process": "P0", "vector": [0, 2, 0]}}])");
  OutputJson done = recordAt(*sim, 1);
  EXPECT_EQ(done["released"], true);
  EXPECT_EQ(done["available"], OutputJson({6, 3, 4}));
  OutputJson refused = recordAt(*sim, 2);
  EXPECT_EQ(refused["released"], false);
  EXPECT_EQ(refused["available"], OutputJson({6, 3, 4}));
  EXPECT_TRUE(BankerModel::checkInvariants(sim->timeline().state()).empty());
}

TEST(BankerTextbook, SummaryReportsTheFinalState) {
  auto sim = loadBanker(textbookConfig(), R"([{"request": {"process": "P1", "vector": [1, 0, 2]}}])");
  sim->seek(1);
  OutputJson summary = sim->summary();
  EXPECT_EQ(summary["available"], OutputJson({2, 3, 0}));
  EXPECT_EQ(summary["safe"], true);
  EXPECT_EQ(summary["sequence"], OutputJson({"P1", "P3", "P4", "P0", "P2"}));
  EXPECT_EQ(summary["processes"][1]["need"], OutputJson({0, 2, 0}));
}

}  // namespace
}  // namespace oslens::engine::deadlock::banker

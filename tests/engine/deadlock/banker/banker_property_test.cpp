// Random banker states and request/release sequences: the invariants after every step (as
// lib/rbtree_test.c does), the banker never leaves a safe state, its verdict agrees with an
// exhaustive search, and seeking equals replay.
#include <gtest/gtest.h>

#include "banker_test_support.h"
#include "engine/core/rng.h"
#include "engine/core/limits.h"
#include "engine/deadlock/banker/safe_sequences.h"
#include "seek_replay_check.h"

namespace oslens::engine::deadlock::banker {
namespace {

using namespace testing;
using engine::testing::expectSeeksMatchReplay;

std::string vectorText(const std::vector<std::int64_t>& counts) {
  std::string out = "[";
  for (std::size_t i = 0; i < counts.size(); ++i) out += (i ? ", " : "") + std::to_string(counts[i]);
  return out + "]";
}

struct RandomCase {
  std::string config;
  std::string ops;
};

// `n` processes, `m` resources; each allocation at most its claim, the totals at least the sum.
RandomCase randomCase(Rng& rng, int n, int m, int opCount) {
  std::vector<std::vector<std::int64_t>> max(n, std::vector<std::int64_t>(m)), allocation = max;
  std::vector<std::int64_t> held(m, 0), total(m, 0), largestNeed(m, 0);
  for (int p = 0; p < n; ++p)
    for (int r = 0; r < m; ++r) {
      max[p][r] = static_cast<std::int64_t>(rng.below(6));
      allocation[p][r] = static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(max[p][r]) + 1));
      held[r] += allocation[p][r];
      largestNeed[r] = std::max(largestNeed[r], max[p][r] - allocation[p][r]);
    }
  for (int r = 0; r < m; ++r) {
    // Spare >= the largest need makes every order safe; less makes unsafe states likely.
    const std::int64_t spare = static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(largestNeed[r]) + 2));
    total[r] = held[r] + spare;
    for (int p = 0; p < n; ++p) total[r] = std::max(total[r], max[p][r]);  // no claim above the total
  }
  RandomCase c;
  c.config = R"({"resources": [)";
  for (int r = 0; r < m; ++r)
    c.config += (r ? "," : "") + std::string(R"({"name": "R)") + std::to_string(r) + R"(", "total": )" + std::to_string(total[r]) + "}";
  c.config += R"(], "processes": [)";
  for (int p = 0; p < n; ++p)
    c.config += (p ? "," : "") + std::string(R"({"name": "P)") + std::to_string(p) + R"(", "max": )" + vectorText(max[p]) +
                R"(, "allocation": )" + vectorText(allocation[p]) + "}";
  c.config += rng.below(2) ? R"(], "scan_order": "restart"})" : "]}";
  c.ops = "[";
  for (int i = 0; i < opCount; ++i) {
    std::vector<std::int64_t> v(m);
    for (auto& x : v) x = static_cast<std::int64_t>(rng.below(3));
    const char* kind = rng.below(8) == 0 ? "safety" : rng.below(3) == 0 ? "release" : "request";
    c.ops += (i ? "," : "");
    if (std::string(kind) == "safety") c.ops += R"({"safety": true})";
    else c.ops += std::string(R"({")") + kind + R"(": {"process": "P)" + std::to_string(rng.below(n)) + R"(", "vector": )" + vectorText(v) + "}}";
  }
  c.ops += "]";
  return c;
}

bool exhaustivelySafe(const BankerState& s) {
  return findSafeSequences(s.needMatrix(), s.allocation, s.available, 1, UINT64_MAX).count > 0;
}

TEST(BankerProperty, NeverLeavesASafeStateAndKeepsConservation) {
  Rng rng(2026);
  int granted = 0, unsafe = 0, rounds = 0;
  for (int round = 0; round < 150; ++round) {
    const RandomCase c = randomCase(rng, 2 + static_cast<int>(rng.below(6)), 1 + static_cast<int>(rng.below(4)), 40);
    auto sim = loadBanker(c.config, c.ops);
    ASSERT_NE(sim, nullptr);
    if (!BankerModel::checkSafety(sim->timeline().state()).safe) continue;  // the banker starts from a safe state
    ++rounds;
    for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
      sim->seek(step);
      const BankerState& s = sim->timeline().state();
      const auto problems = BankerModel::checkInvariants(s);
      ASSERT_TRUE(problems.empty()) << problems.front() << "\n" << c.config << "\n" << c.ops;
      ASSERT_TRUE(exhaustivelySafe(s)) << "unsafe after step " << step << "\n" << c.config << "\n" << c.ops;
      if (s.lastOutcome == RequestOutcome::Granted) ++granted;
      if (s.lastOutcome == RequestOutcome::Unsafe) ++unsafe;
    }
    expectSeeksMatchReplay(const_cast<Timeline<BankerReportingModel>&>(sim->timeline()), 50);
  }
  // The cases exercise both ways out of the trial.
  EXPECT_GT(rounds, 40);
  EXPECT_GT(granted, 100);
  EXPECT_GT(unsafe, 10);
}

// The safety algorithm's verdict (in either scan order) equals "some safe sequence exists",
// also from states that start unsafe.
TEST(BankerProperty, SafetyVerdictMatchesExhaustiveSearch) {
  Rng rng(31);
  int safeStates = 0, unsafeStates = 0;
  for (int round = 0; round < 400; ++round) {
    const RandomCase c = randomCase(rng, 1 + static_cast<int>(rng.below(6)), 1 + static_cast<int>(rng.below(3)), 0);
    auto sim = loadBanker(c.config, "[]");
    ASSERT_NE(sim, nullptr);
    const BankerState& s = sim->timeline().state();
    const bool safe = BankerModel::checkSafety(s).safe;
    ASSERT_EQ(safe, exhaustivelySafe(s)) << c.config;
    (safe ? safeStates : unsafeStates)++;
  }
  EXPECT_GT(safeStates, 50);
  EXPECT_GT(unsafeStates, 25);
}

// A table built so that each pick costs a full pass (process i fits only after every later one):
// n = 300 makes 45,150 examinations; the shown step records the first kMaxRecordedExaminations
// and counts the rest, so no file can fill memory with events.
TEST(BankerProperty, HugeScanRecordsABoundedNumberOfExaminations) {
  const int n = 300;
  std::string processes;
  for (int p = 0; p < n; ++p)
    processes += (p ? "," : "") + std::string(R"({"name": "P)") + std::to_string(p) + R"(", "max": [)" +
                 std::to_string(n + 1 - p) + R"(], "allocation": [1]})";
  auto sim = loadBanker(R"({"resources": [{"name": "R", "total": )" + std::to_string(n + 1) + R"(}], "processes": [)" +
                            processes + "]}",
                        R"([{"safety": true}])");
  ASSERT_NE(sim, nullptr);
  sim->seek(1);
  ASSERT_TRUE(sim->timeline().state().lastSafety->safe);
  const auto& events = sim->timeline().lastEvents();
  const auto examined = std::count_if(events.begin(), events.end(), [](const BankerEvent& e) { return std::holds_alternative<ScanExamine>(e); });
  EXPECT_EQ(static_cast<std::uint64_t>(examined), limits::kMaxRecordedExaminations);
  const auto& end = std::get<ScanEnd>(*std::find_if(events.begin(), events.end(), [](const BankerEvent& e) { return std::holds_alternative<ScanEnd>(e); }));
  EXPECT_EQ(end.unrecordedExaminations + limits::kMaxRecordedExaminations, std::uint64_t{n} * (n + 1) / 2);
  EXPECT_EQ(end.sequence.size(), static_cast<std::size_t>(n));
}

// Four processes that need nothing can finish in any of 4! = 24 orders. With room for every
// candidate the search lists them in lexicographic order; with a budget too small it stops,
// says the list is incomplete and counts only what it found.
TEST(BankerProperty, AllSequencesStopsAtItsBudget) {
  const CountMatrix need(4, 1), allocation(4, 1);
  const ResourceVector available{0};
  const SafeSequences all = findSafeSequences(need, allocation, available, 5, 1000);
  EXPECT_TRUE(all.complete);
  EXPECT_EQ(all.count, 24u);
  ASSERT_EQ(all.listed.size(), 5u);
  EXPECT_EQ(all.listed[0], (std::vector<ProcessId>{0, 1, 2, 3}));
  EXPECT_EQ(all.listed[1], (std::vector<ProcessId>{0, 1, 3, 2}));
  const SafeSequences cut = findSafeSequences(need, allocation, available, 100, 10);
  EXPECT_FALSE(cut.complete);
  EXPECT_LT(cut.count, 24u);
  EXPECT_EQ(cut.listed.size(), cut.count);
}

}  // namespace
}  // namespace oslens::engine::deadlock::banker

// Properties that hold for every reference string, checked on many seeded random strings (the
// seeds are fixed, so a failure replays): the invariants after every step, OPT's optimality
// (Belady 1966), and the stack property of LRU and OPT (Mattson et al. 1970; Silberschatz 10e,
// 10.4.4), which is why they never show Belady's anomaly.
#include <set>

#include <gtest/gtest.h>

#include "engine/memory/paging/fault_curve.h"
#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

constexpr int kCases = 150;

// Case `i` is a string of up to 300 references over up to 14 pages, a fifth of them writes.
std::vector<PagingOp> caseString(int i) {
  Rng rng(1000 + static_cast<std::uint64_t>(i));
  const std::size_t length = 1 + rng.below(300);
  return randomReferences(rng, length, 1 + rng.below(14), 20);
}

TEST(PagingProperties, InvariantsHoldAfterEveryStepForEveryPolicyAndFrameCount) {
  for (int i = 0; i < kCases; ++i) {
    const auto ops = caseString(i);
    std::set<Page> distinct;
    for (const auto& op : ops) distinct.insert(op.page);
    for (Policy policy : kAllPolicies) {
      for (std::uint32_t frames = 1; frames <= 8; ++frames) {
        SCOPED_TRACE(::testing::Message() << "case " << i << ", " << policyName(policy) << ", " << frames << " frames");
        const auto run = runChecked({frames, policy, static_cast<std::uint64_t>(i)}, ops);
        ASSERT_FALSE(::testing::Test::HasFailure());
        EXPECT_EQ(run.state.hits + run.state.faults, ops.size());
        // Every distinct page faults at least once (demand paging: nothing is preloaded)...
        EXPECT_GE(run.state.faults, distinct.size());
        // ...and exactly once when they all fit.
        if (distinct.size() <= frames) {
          EXPECT_EQ(run.state.faults, distinct.size());
        }
        EXPECT_LE(run.state.writebacks, run.state.faults);
      }
    }
  }
}

TEST(PagingProperties, OptNeverFaultsMoreThanAnyOtherPolicy) {
  for (int i = 0; i < kCases; ++i) {
    const auto ops = caseString(i);
    for (std::uint32_t frames = 1; frames <= 8; ++frames) {
      const auto opt = countFaults(ops, Policy::Opt, frames, 0);
      for (Policy policy : kAllPolicies)
        EXPECT_LE(opt, countFaults(ops, policy, frames, static_cast<std::uint64_t>(i)))
            << "case " << i << ", " << frames << " frames, against " << policyName(policy);
    }
  }
}

// More frames never cost LRU or OPT a fault: their fault curves never go up.
TEST(PagingProperties, LruAndOptNeverFaultMoreWithMoreFrames) {
  for (int i = 0; i < kCases; ++i) {
    const auto ops = caseString(i);
    for (Policy policy : {Policy::Lru, Policy::Opt}) {
      const auto curve = faultCurve(ops, policy, 9, 0);
      for (std::size_t f = 1; f < curve.size(); ++f)
        EXPECT_LE(curve[f], curve[f - 1]) << "case " << i << ", " << policyName(policy) << ", " << f + 1 << " frames";
    }
  }
}

// The stack (inclusion) property itself for LRU: after every reference, the pages held with n
// frames are among those held with n + 1.
TEST(PagingProperties, LruMemoryWithNFramesIsASubsetOfMemoryWithNPlusOne) {
  for (int i = 0; i < kCases / 3; ++i) {
    const auto ops = caseString(i);
    for (std::uint32_t frames = 1; frames < 6; ++frames) {
      const auto small = runChecked({frames, Policy::Lru, 0}, ops);
      const auto large = runChecked({frames + 1, Policy::Lru, 0}, ops);
      for (std::size_t s = 0; s < ops.size(); ++s) {
        std::set<Page> held(large.steps[s].frames.begin(), large.steps[s].frames.end());
        for (Page p : small.steps[s].frames)
          if (p != E) {
            ASSERT_TRUE(held.count(p)) << "case " << i << ", step " << s + 1 << ", page " << p;
          }
      }
    }
  }
}

// faultCurve is what the chart draws; it must agree with stepping the model.
TEST(PagingProperties, FaultCurveAgreesWithStepping) {
  const auto ops = caseString(7);
  for (Policy policy : kAllPolicies) {
    const auto curve = faultCurve(ops, policy, 6, 3);
    ASSERT_EQ(curve.size(), 6u);
    for (std::uint32_t f = 1; f <= 6; ++f) EXPECT_EQ(curve[f - 1], faultsOf(policy, f, ops, 3)) << policyName(policy);
  }
}

}  // namespace
}  // namespace oslens::engine::paging

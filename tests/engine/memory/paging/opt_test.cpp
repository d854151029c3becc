// OPT (Belady 1966; Silberschatz 10e, 10.4.3) looks into the future. The book leaves open which
// page goes when several are never used again; this engine evicts the one loaded first, as OSTEP's
// paging-policy.py does by scanning memory in load order, so the choice is reproducible.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

// 1,2,3,1,4 with three frames: at page 4 none of 1, 2, 3 is used again. Page 1 is the most
// recently used, but it was loaded first, so it is the victim (LRU would pick 2).
TEST(PagingOpt, AmongPagesNeverUsedAgainEvictsTheOneLoadedFirst) {
  const auto run = runChecked({3, Policy::Opt, 0}, reads({1, 2, 3, 1, 4}));
  const auto victims = eventsOf<VictimChosen>(run.steps[4]);
  ASSERT_EQ(victims.size(), 1u);
  EXPECT_EQ(victims[0].page, 1);
  EXPECT_EQ(victims[0].nextUseAt, kNever);
  EXPECT_EQ(run.steps[4].frames, (std::vector<Page>{4, 2, 3}));
}

// A page never used again always goes before one that is: 1,2,3,4,2 at page 4 keeps 2
// (used next at reference 5) and, of 1 and 3, evicts 1.
TEST(PagingOpt, PrefersAPageNeverUsedAgainOverOneUsedLater) {
  const auto run = runChecked({3, Policy::Opt, 0}, reads({1, 2, 3, 4, 2}));
  const auto victims = eventsOf<VictimChosen>(run.steps[3]);
  ASSERT_EQ(victims.size(), 1u);
  EXPECT_EQ(victims[0].page, 1);
  EXPECT_TRUE(run.steps[4].hit);
}

// The victim event carries the step of the next use, which the narration quotes.
TEST(PagingOpt, VictimEventReportsTheNextUse) {
  // Textbook string, reference 4: 7's next use is reference index 17 (0-based).
  const auto run = runChecked({3, Policy::Opt, 0}, reads(kTextbookString));
  const auto victims = eventsOf<VictimChosen>(run.steps[3]);
  ASSERT_EQ(victims.size(), 1u);
  EXPECT_EQ(victims[0].page, 7);
  EXPECT_EQ(victims[0].nextUseAt, 17u);
}

TEST(PagingOpt, NextUseIndexPointsAtTheFollowingReferenceOfTheSamePage) {
  EXPECT_EQ(computeNextUse(reads({5, 6, 5, 5, 7})), (std::vector<std::uint64_t>{2, kNever, 3, kNever, kNever}));
  EXPECT_TRUE(computeNextUse({}).empty());
}

}  // namespace
}  // namespace oslens::engine::paging

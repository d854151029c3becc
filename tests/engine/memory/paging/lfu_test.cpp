// LFU, least frequently used (Silberschatz 10e, 10.4.6): the page with the fewest references
// since it was loaded leaves; among equals, the one loaded first (FIFO), so the choice is never
// arbitrary and a student can predict it.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

// 1,1,2,3 fill three frames with counts 1:2, 2:1, 3:1. Page 4 must replace 2 or 3 (one
// reference each); 2 was loaded first, so 2 goes. Then page 2 again: counts 1:2, 3:1, 4:1,
// and 3 (loaded before 4) goes.
TEST(PagingLfu, TiesGoToThePageLoadedFirst) {
  const auto run = runChecked({3, Policy::Lfu, 0}, reads({1, 1, 2, 3, 4, 2}));
  const auto first = eventsOf<VictimChosen>(run.steps[4]);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].page, 2);
  EXPECT_EQ(first[0].useCount, 1u);
  EXPECT_EQ(first[0].loadedAt, 2u);
  const auto second = eventsOf<VictimChosen>(run.steps[5]);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].page, 3);
  EXPECT_EQ(run.steps[5].frames, (std::vector<Page>{1, 4, 2}));  // 2 takes the frame 3 left
}

// Counts start again when a page comes back. Two frames, 1,1,1,2,2,3: page 3 replaces 2
// (2 refs against 3). Page 2 returns and replaces 3, with a count of 1, not 3. So page 3
// next replaces 2 again; had the old count survived, 2 (3 refs) would tie 1 and FIFO would pick 1.
TEST(PagingLfu, CountRestartsWhenAPageIsLoadedAgain) {
  const auto run = runChecked({2, Policy::Lfu, 0}, reads({1, 1, 1, 2, 2, 3, 2, 3}));
  const auto last = eventsOf<VictimChosen>(run.steps[7]);
  ASSERT_EQ(last.size(), 1u);
  EXPECT_EQ(last[0].page, 2);
  EXPECT_EQ(last[0].useCount, 1u);
  EXPECT_EQ(run.steps[7].frames, (std::vector<Page>{1, 3}));
}

// With every page referenced once, LFU is FIFO (all counts equal, ties by load order).
TEST(PagingLfu, EqualsFifoWhenEveryCountIsOne) {
  const auto refs = reads({1, 2, 3, 4, 5, 6, 7});
  const auto lfu = runChecked({3, Policy::Lfu, 0}, refs);
  const auto fifo = runChecked({3, Policy::Fifo, 0}, refs);
  for (std::size_t i = 0; i < refs.size(); ++i) EXPECT_EQ(lfu.steps[i].frames, fifo.steps[i].frames) << i + 1;
}

}  // namespace
}  // namespace oslens::engine::paging

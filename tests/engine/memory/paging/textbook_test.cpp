// The worked examples of Silberschatz, Galvin and Gagne, Operating System Concepts 10e, section
// 10.4 "Page Replacement", on its 20-reference string with three frames, and Belady's anomaly.
// In this engine frames fill in order (0, 1, 2) and a replaced page's frame takes the new page,
// so the frame columns below read exactly like the book's figures.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

// Figure 10.12, FIFO. Each fault replaces the page that has been in memory longest:
//   ref    7  0  1  2  0  3  0  4  2  3  0  3  2  1  2  0  1  7  0  1
//   f0     7  7  7  2  .  2  2  4  4  4  0  .  .  0  0  .  .  7  7  7
//   f1        0  0  0  .  3  3  3  2  2  2  .  .  1  1  .  .  1  0  0
//   f2           1  1  .  1  0  0  0  3  3  .  .  3  2  .  .  2  2  1
// ("." = hit, frames unchanged): 15 faults.
TEST(Paging, FifoOnTextbookStringFaults15Times) {
  const auto run = runChecked({3, Policy::Fifo, 0}, reads(kTextbookString));
  EXPECT_EQ(run.state.faults, 15u);
  EXPECT_EQ(run.state.hits, 5u);
}

TEST(Paging, FifoOnTextbookStringHasTheBooksFrameContentsAtEveryStep) {
  const std::vector<std::vector<Page>> expected = {
      {7, E, E}, {7, 0, E}, {7, 0, 1}, {2, 0, 1}, {2, 0, 1}, {2, 3, 1}, {2, 3, 0}, {4, 3, 0}, {4, 2, 0}, {4, 2, 3},
      {0, 2, 3}, {0, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {7, 1, 2}, {7, 0, 2}, {7, 0, 1},
  };
  const std::vector<bool> hits = {false, false, false, false, true,  false, false, false, false, false,
                                  false, true,  true,  false, false, true,  true,  false, false, false};
  const auto run = runChecked({3, Policy::Fifo, 0}, reads(kTextbookString));
  ASSERT_EQ(run.steps.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(run.steps[i].frames, expected[i]) << "after reference " << i + 1;
    EXPECT_EQ(run.steps[i].hit, hits[i]) << "reference " << i + 1;
  }
}

// Figure 10.14, OPT (Belady's optimal): replace the page not used for the longest time.
//   at ref 4 (page 2): 7 next used at ref 18, 0 at 5, 1 at 14 -> evict 7
//   at ref 6 (page 3): 2 at 9, 0 at 7, 1 at 14 -> evict 1
//   at ref 8 (page 4): 2 at 9, 0 at 11, 3 at 10 -> evict 0
//   at ref 11 (page 0): 4 never again -> evict 4;  ref 14 (page 1): 3 never again -> evict 3
//   at ref 18 (page 7): 2 never again -> evict 2.  9 faults, the fewest possible.
TEST(Paging, OptOnTextbookStringFaults9Times) {
  const std::vector<std::vector<Page>> expected = {
      {7, E, E}, {7, 0, E}, {7, 0, 1}, {2, 0, 1}, {2, 0, 1}, {2, 0, 3}, {2, 0, 3}, {2, 4, 3}, {2, 4, 3}, {2, 4, 3},
      {2, 0, 3}, {2, 0, 3}, {2, 0, 3}, {2, 0, 1}, {2, 0, 1}, {2, 0, 1}, {2, 0, 1}, {7, 0, 1}, {7, 0, 1}, {7, 0, 1},
  };
  const auto run = runChecked({3, Policy::Opt, 0}, reads(kTextbookString));
  EXPECT_EQ(run.state.faults, 9u);
  ASSERT_EQ(run.steps.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(run.steps[i].frames, expected[i]) << "after reference " << i + 1;
}

// Figure 10.15, LRU: replace the page whose last use is longest ago.
//   ref 4 (2): evict 7;  ref 6 (3): evict 1;  ref 8 (4): evict 2;  ref 9 (2): evict 3;
//   ref 10 (3): evict 0; ref 11 (0): evict 4; ref 14 (1): evict 0; ref 16 (0): evict 3;
//   ref 18 (7): evict 2.  12 faults.
TEST(Paging, LruOnTextbookStringFaults12Times) {
  const std::vector<std::vector<Page>> expected = {
      {7, E, E}, {7, 0, E}, {7, 0, 1}, {2, 0, 1}, {2, 0, 1}, {2, 0, 3}, {2, 0, 3}, {4, 0, 3}, {4, 0, 2}, {4, 3, 2},
      {0, 3, 2}, {0, 3, 2}, {0, 3, 2}, {1, 3, 2}, {1, 3, 2}, {1, 0, 2}, {1, 0, 2}, {1, 0, 7}, {1, 0, 7}, {1, 0, 7},
  };
  const auto run = runChecked({3, Policy::Lru, 0}, reads(kTextbookString));
  EXPECT_EQ(run.state.faults, 12u);
  ASSERT_EQ(run.steps.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(run.steps[i].frames, expected[i]) << "after reference " << i + 1;
}

// Figure 10.13: on 1,2,3,4,1,2,5,1,2,3,4,5 FIFO faults 9 times with three frames
//   [1 2 3] 4->[4 2 3] 1->[4 1 3] 2->[4 1 2] 5->[5 1 2] 1,2 hit 3->[5 3 2] 4->[5 3 4] 5 hit
// and 10 times with four: more memory, more faults (Belady's anomaly).
//   [1 2 3 4] 1,2 hit 5->[5 2 3 4] 1->[5 1 3 4] 2->[5 1 2 4] 3->[5 1 2 3] 4->[4 1 2 3] 5->[4 5 2 3]
TEST(Paging, FifoShowsBeladysAnomaly9FaultsWith3Frames10With4) {
  const auto three = runChecked({3, Policy::Fifo, 0}, reads(kBeladyString));
  const auto four = runChecked({4, Policy::Fifo, 0}, reads(kBeladyString));
  EXPECT_EQ(three.state.faults, 9u);
  EXPECT_EQ(four.state.faults, 10u);
  EXPECT_EQ(three.steps.back().frames, (std::vector<Page>{5, 3, 4}));
  EXPECT_EQ(four.steps.back().frames, (std::vector<Page>{4, 5, 2, 3}));
}

// The anomaly belongs to FIFO: LRU and OPT are stack algorithms (Silberschatz 10e, 10.4.4).
TEST(Paging, LruAndOptDoNotShowTheAnomalyOnBeladysString) {
  EXPECT_LE(faultsOf(Policy::Lru, 4, reads(kBeladyString)), faultsOf(Policy::Lru, 3, reads(kBeladyString)));
  EXPECT_LE(faultsOf(Policy::Opt, 4, reads(kBeladyString)), faultsOf(Policy::Opt, 3, reads(kBeladyString)));
}

// A replacement is narrated in order: the fault, the choice, the eviction, the load.
TEST(Paging, ReplacementEmitsFaultVictimEvictLoadInOrder) {
  const auto run = runChecked({3, Policy::Fifo, 0}, reads(kTextbookString));
  const auto& step4 = run.steps[3];  // page 2 replaces page 7 in frame 0
  ASSERT_EQ(step4.events.size(), 4u);
  EXPECT_EQ(std::get<PageFault>(step4.events[0]).page, 2);
  EXPECT_EQ(std::get<VictimChosen>(step4.events[1]).page, 7);
  EXPECT_EQ(std::get<VictimChosen>(step4.events[1]).loadedAt, 0u);
  EXPECT_EQ(std::get<PageEvicted>(step4.events[2]).frame, 0u);
  const auto loaded = std::get<PageLoaded>(step4.events[3]);
  EXPECT_EQ(loaded.page, 2);
  EXPECT_EQ(loaded.frame, 0u);
  EXPECT_FALSE(loaded.freeFrame);

  const auto& step1 = run.steps[0];  // page 7 goes to the free frame 0, nothing is evicted
  ASSERT_EQ(step1.events.size(), 2u);
  EXPECT_TRUE(std::get<PageLoaded>(step1.events[1]).freeFrame);
}

}  // namespace
}  // namespace oslens::engine::paging

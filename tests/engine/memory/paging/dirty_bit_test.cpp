// The dirty (modify) bit, Silberschatz 10e, 10.4.1: a write sets it; evicting a page whose bit
// is set costs a write to the backing store first, while a clean page is simply dropped.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

// The built-in scenario paging-dirty-pages.oslens.json (LRU, three frames), worked by hand:
//  ref   1w  2  3w  1  4   2w  5   1   3   4w  2   5
//  evict  -  -  -   -  2   3*  1*  4   2*  5   1   3     (* dirty: written back)
// Three write-backs: pages 3, 1 and 2, each written before it left.
TEST(PagingDirty, EvictingADirtyPageCostsAWriteBack) {
  const std::vector<PagingOp> ops = {{1, true}, {2, false}, {3, true},  {1, false}, {4, false}, {2, true},
                                     {5, false}, {1, false}, {3, false}, {4, true},  {2, false}, {5, false}};
  const std::vector<Page> evicted = {E, E, E, E, 2, 3, 1, 4, 2, 5, 1, 3};
  const std::vector<bool> writeBack = {false, false, false, false, false, true, true, false, true, false, false, false};
  const auto run = runChecked({3, Policy::Lru, 0}, ops);
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const auto ev = eventsOf<PageEvicted>(run.steps[i]);
    EXPECT_EQ(ev.empty() ? E : ev.front().page, evicted[i]) << "reference " << i + 1;
    EXPECT_EQ(!ev.empty() && ev.front().dirty, writeBack[i]) << "reference " << i + 1;
  }
  EXPECT_EQ(run.state.writebacks, 3u);
  EXPECT_EQ(run.state.faults, 11u);
  EXPECT_EQ(run.steps.back().frames, (std::vector<Page>{4, 2, 5}));
}

// The bit is set once: DirtyBitSet is emitted by the first write only, on a hit as on a load.
TEST(PagingDirty, DirtyBitIsSetByTheFirstWriteOnly) {
  const auto run = runChecked({2, Policy::Fifo, 0}, {{1, false}, {1, true}, {1, true}, {2, true}});
  EXPECT_TRUE(eventsOf<DirtyBitSet>(run.steps[0]).empty());
  EXPECT_EQ(eventsOf<DirtyBitSet>(run.steps[1]).size(), 1u);
  EXPECT_TRUE(eventsOf<DirtyBitSet>(run.steps[2]).empty());
  EXPECT_EQ(eventsOf<DirtyBitSet>(run.steps[3]).size(), 1u);
  EXPECT_TRUE(run.state.frames[0].dirty);
  EXPECT_TRUE(run.state.frames[1].dirty);
}

// A page that was written, evicted and read back in is clean: the copy on disk is current.
TEST(PagingDirty, AReloadedPageStartsClean) {
  const auto run = runChecked({1, Policy::Fifo, 0}, {{1, true}, {2, false}, {1, false}, {2, false}});
  EXPECT_TRUE(eventsOf<PageEvicted>(run.steps[1]).front().dirty);   // 1 written back
  EXPECT_FALSE(eventsOf<PageEvicted>(run.steps[3]).front().dirty);  // 1 again, clean
  EXPECT_EQ(run.state.writebacks, 1u);
}

// Reads alone never write anything back.
TEST(PagingDirty, ReadOnlyStringHasNoWriteBacks) {
  for (Policy p : kAllPolicies) EXPECT_EQ(runChecked({3, p, 7}, reads(kTextbookString)).state.writebacks, 0u);
}

}  // namespace
}  // namespace oslens::engine::paging

// Worked examples of the binary buddy allocator, each written out the way a student traces it on
// paper: the free lists per order after every step (Silberschatz 10e §10.8.1 draws the same
// splits; the kernel's rules are in mm/page_alloc.c: __rmqueue_smallest, expand, __free_one_page).
#include <gtest/gtest.h>

#include "buddy_test_support.h"

namespace oslens::engine::buddy {
namespace {

using testing::BuddyRun;
using testing::eventsOf;
using testing::FreeLists;
using testing::freeLists;
using testing::zoneOf;

TEST(Buddy, AWholeZoneStartsAsTheLargestAlignedBlocks) {
  EXPECT_EQ(freeLists(BuddyAllocator(zoneOf(16))), (FreeLists{{}, {}, {}, {}, {0}}));
  // 24 = 16 + 8: the tail that is not a power of two becomes the next largest aligned block.
  EXPECT_EQ(freeLists(BuddyAllocator(zoneOf(24))), (FreeLists{{}, {}, {}, {16}, {0}}));
  // max_order caps the blocks: with orders 0..2, 16 pages are four blocks of 4, listed in address order.
  EXPECT_EQ(freeLists(BuddyAllocator(zoneOf(16, 3))), (FreeLists{{}, {}, {0, 4, 8, 12}}));
}

TEST(Buddy, AZoneThatStartsUnalignedIsCutAtItsAlignment) {
  BuddyConfig config = zoneOf(16);
  config.zones = {{"DMA", 0, 3}, {"Normal", 3, 13}};
  config.defaultZone = 1;
  const BuddyAllocator memory(config);
  // DMA [0,3): 0-1 (order 1), 2 (order 0). Normal [3,16): 3 (order 0), 4-7 (order 2), 8-15 (order 3).
  EXPECT_EQ(memory.freeList(0, 0), (std::vector<Pfn>{2}));
  EXPECT_EQ(memory.freeList(0, 1), (std::vector<Pfn>{0}));
  EXPECT_EQ(memory.freeList(1, 0), (std::vector<Pfn>{3}));
  EXPECT_EQ(memory.freeList(1, 2), (std::vector<Pfn>{4}));
  EXPECT_EQ(memory.freeList(1, 3), (std::vector<Pfn>{8}));
  EXPECT_TRUE(memory.checkInvariants().empty());
}

TEST(Buddy, AllocationSplitsTheSmallestBlockThatFitsAndKeepsTheLowerHalves) {
  BuddyRun run(zoneOf(16));
  const auto events = run.alloc("A", 0);
  // The search climbs from order 0 to order 4, the first free_area with a block.
  EXPECT_EQ(eventsOf<OrderSearched>(events),
            (std::vector<OrderSearched>{{0, 0, 0}, {0, 1, 0}, {0, 2, 0}, {0, 3, 0}, {0, 4, 1}}));
  EXPECT_EQ(eventsOf<BlockTaken>(events), (std::vector<BlockTaken>{{0, 0, 4}}));
  // expand(): 16 -> 8+8 -> 4+4 -> 2+2 -> 1+1, each upper half to the free list of its order.
  EXPECT_EQ(eventsOf<BlockSplit>(events), (std::vector<BlockSplit>{{0, 4, 8}, {0, 3, 4}, {0, 2, 2}, {0, 1, 1}}));
  EXPECT_EQ(run.pfnOf("A"), 0u);
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{1}, {2}, {4}, {8}}));

  run.alloc("B", 1);  // order 1 has a block: no split
  EXPECT_EQ(run.pfnOf("B"), 2u);
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{1}, {}, {4}, {8}}));
  run.alloc("C", 0);
  EXPECT_EQ(run.pfnOf("C"), 1u);
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{}, {}, {4}, {8}}));
}

TEST(Buddy, MergesWithFreeBuddyUpToTheZoneEdge) {
  BuddyRun run(zoneOf(16));
  run.alloc("A", 0);  // 0
  run.alloc("B", 1);  // 2-3
  run.alloc("C", 0);  // 1

  // A's buddy (pfn 0 ^ 1 = 1) is C, in use: A waits alone on the order-0 list.
  auto events = run.free("A");
  EXPECT_EQ(eventsOf<MergeStopped>(events), (std::vector<MergeStopped>{{0, 0, 1, MergeStop::BuddyInUse}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{0}, {}, {4}, {8}}));

  // C (1) merges with A (0) into 0-1; its buddy 2-3 is B, in use.
  events = run.free("C");
  EXPECT_EQ(eventsOf<BuddiesMerged>(events), (std::vector<BuddiesMerged>{{1, 0, 0}}));
  EXPECT_EQ(eventsOf<MergeStopped>(events), (std::vector<MergeStopped>{{0, 1, 2, MergeStop::BuddyInUse}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{}, {0}, {4}, {8}}));

  // B (2-3) merges three times, back to the one block of 16 pages; the buddy of 0-15 would be
  // 16-31, outside the zone, so merging stops below max_order.
  events = run.free("B");
  EXPECT_EQ(eventsOf<BuddiesMerged>(events), (std::vector<BuddiesMerged>{{2, 0, 1}, {0, 4, 2}, {0, 8, 3}}));
  EXPECT_EQ(eventsOf<MergeStopped>(events), (std::vector<MergeStopped>{{0, 4, 16, MergeStop::OutsideZone}}));
  EXPECT_EQ(eventsOf<BlockFreed>(events), (std::vector<BlockFreed>{{0, 0, 4}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{}, {}, {}, {}, {0}}));
}

TEST(Buddy, MergingStopsAtTheLargestOrder) {
  BuddyRun run(zoneOf(8, 3));  // orders 0..2: two blocks of 4
  run.alloc("A", 2);
  const auto events = run.free("A");
  EXPECT_EQ(eventsOf<MergeStopped>(events), (std::vector<MergeStopped>{{0, 2, kNoPfn, MergeStop::LargestOrder}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{}, {}, {0, 4}}));
}

TEST(Buddy, AFreeButSplitBuddyStopsTheMerge) {
  BuddyRun run(zoneOf(4));
  run.alloc("X", 1);  // 0-1; free: 2-3
  run.alloc("Y", 0);  // 2 (2-3 splits); free: 3
  run.alloc("Z", 0);  // 3
  run.free("Y");      // 2: its buddy 3 is Z, in use
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{2}}));
  // X's buddy 2-3 starts with a free page, but as an order-0 block: half of it is in use.
  const auto events = run.free("X");
  EXPECT_EQ(eventsOf<MergeStopped>(events), (std::vector<MergeStopped>{{0, 1, 2, MergeStop::BuddySplit}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{2}, {0}}));
  // Z completes it: 3 + 2 -> 2-3, + 0-1 -> 0-3.
  EXPECT_EQ(eventsOf<BuddiesMerged>(run.free("Z")), (std::vector<BuddiesMerged>{{3, 2, 0}, {2, 0, 1}}));
  EXPECT_EQ(freeLists(run.memory()), (FreeLists{{}, {}, {0}}));
}

TEST(Buddy, LifoTakesTheLatestFreedBlockAndLowestTakesTheLowestAddress) {
  for (PickRule pick : {PickRule::Lifo, PickRule::Lowest}) {
    SCOPED_TRACE(std::string(pickRuleName(pick)));
    BuddyRun run(zoneOf(32, kClassicMaxOrder, pick));
    run.alloc("A", 2);  // 0
    run.alloc("B", 2);  // 4
    run.alloc("C", 2);  // 8 (split of 8-15)
    run.alloc("D", 2);  // 12
    run.free("A");      // 0: buddy B in use
    run.free("D");      // 12: buddy C in use
    run.alloc("E", 2);
    // Linux pushes freed blocks at the head of the list: E gets D's block, the last one freed.
    EXPECT_EQ(run.pfnOf("E"), pick == PickRule::Lifo ? 12u : 0u);
  }
}

TEST(Buddy, FragmentationFailsAnOrder3RequestAlthoughHalfTheZoneIsFree) {
  BuddyRun run(zoneOf(16));
  for (int i = 0; i < 16; ++i) run.alloc("p" + std::to_string(i), 0);
  for (int i = 0; i < 16; i += 2) run.free("p" + std::to_string(i));
  EXPECT_EQ(run.memory().freePages(), 8u);
  EXPECT_EQ(run.memory().largestFreeOrder(), 0);
  const auto events = run.alloc("big", 3);
  EXPECT_EQ(eventsOf<AllocFailed>(events), (std::vector<AllocFailed>{{16, 3, 8, 0}}));
  EXPECT_EQ(run.state().failures, 1u);
}

TEST(Buddy, ARequestFallsBackToLowerZonesButNeverUp) {
  BuddyConfig config = zoneOf(16);
  config.zones = {{"DMA", 0, 4}, {"Normal", 4, 12}};  // DMA: 0-3; Normal: 4-7, 8-15
  config.defaultZone = 1;
  BuddyRun run(config);
  run.alloc("x", 2, 0, 1);  // Normal: 4-7
  EXPECT_EQ(run.pfnOf("x"), 4u);
  run.alloc("y", 3, 0, 1);  // Normal: 8-15
  auto events = run.alloc("z", 2, 0, 1);  // Normal is full: the zonelist falls back to DMA
  EXPECT_EQ(eventsOf<ZoneFallback>(events), (std::vector<ZoneFallback>{{1, 0}}));
  EXPECT_EQ(run.pfnOf("z"), 0u);
  run.free("x");
  // DMA is full and a DMA request may not use Normal memory, although 4 pages are free there.
  events = run.alloc("dma", 0, 0, 0);
  EXPECT_TRUE(eventsOf<ZoneFallback>(events).empty());
  EXPECT_EQ(eventsOf<AllocFailed>(events).size(), 1u);
}

TEST(Buddy, ASizeInBytesIsRoundedUpToAnOrderAndTheRestIsInternalFragmentation) {
  EXPECT_EQ(orderForBytes(1, 4096), 0);
  EXPECT_EQ(orderForBytes(4096, 4096), 0);
  EXPECT_EQ(orderForBytes(4097, 4096), 1);
  EXPECT_EQ(orderForBytes(5000, 4096), 1);
  EXPECT_EQ(orderForBytes(3 * 4096, 4096), 2);
  EXPECT_EQ(orderForBytes(4 * 4096 + 1, 4096), 3);

  BuddyRun run(zoneOf(16));
  const auto events = run.alloc("buf", 1, 5000);
  EXPECT_EQ(eventsOf<BlockAllocated>(events), (std::vector<BlockAllocated>{{0, 0, 1, 8192 - 5000}}));
  EXPECT_EQ(run.state().wastedBytes, 3192u);
  run.free("buf");
  EXPECT_EQ(run.state().wastedBytes, 0u);
}

TEST(Buddy, MisusedTagsAreEventsNotCrashes) {
  BuddyRun run(zoneOf(4));
  run.alloc("A", 0);
  EXPECT_EQ(eventsOf<TagError>(run.alloc("A", 0)), (std::vector<TagError>{{0, TagProblem::StillAllocated}}));
  run.free("A");
  EXPECT_EQ(eventsOf<TagError>(run.free("A")), (std::vector<TagError>{{0, TagProblem::DoubleFree}}));
  run.alloc("huge", 5);  // the zone has 4 pages
  EXPECT_EQ(eventsOf<TagError>(run.free("huge")), (std::vector<TagError>{{1, TagProblem::NeverAllocated}}));
  EXPECT_EQ(run.memory().freePages(), 4u);
}

}  // namespace
}  // namespace oslens::engine::buddy

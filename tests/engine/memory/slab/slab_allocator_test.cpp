// Worked examples of the SLAB allocator, each written out the way a student traces it: a cache's
// three lists after every step, which object each allocation gets and why. The rules are mm/slab.c's
// (v6.7): get_first_slab, cache_grow_begin, slab_get_obj / slab_put_obj, fixup_slab_list,
// free_block, drain_freelist; Bonwick 1994 describes the same design.
#include <gtest/gtest.h>

#include "slab_test_support.h"

namespace oslens::engine::slab {
namespace {

using testing::cacheOf;
using testing::eventsOf;
using testing::Lists;
using testing::pageEventsOf;
using testing::SlabRun;
using testing::zoneOf;

// 1024-byte objects: 4 per one-page slab, nothing left over, so no colouring to follow.
SlabRun objRun(SlabOptions options = {}) { return SlabRun(zoneOf(16), {cacheOf("obj", 1024)}, options); }

TEST(Slab, AllocationTakesPartialThenEmptyThenGrows) {
  SlabRun run = objRun();
  // The cache starts with no slab: the first allocation grows one from the buddy allocator,
  // which splits its 16 pages down to page 0.
  auto events = run.alloc("A", "obj");
  EXPECT_EQ(eventsOf<SlabGrown>(events), (std::vector<SlabGrown>{{0, 0, 0, 0, 0}}));
  EXPECT_EQ(pageEventsOf<buddy::BlockAllocated>(events), (std::vector<buddy::BlockAllocated>{{kNoTag, 0, 0, 0}}));
  EXPECT_EQ(eventsOf<SlabMoved>(events), (std::vector<SlabMoved>{{0, 0, SlabList::None, SlabList::Partial, false}}));
  run.alloc("B", "obj");
  run.alloc("C", "obj");
  events = run.alloc("D", "obj");  // the fourth object fills slab 0: fixup_slab_list moves it to slabs_full
  EXPECT_EQ(eventsOf<SlabMoved>(events), (std::vector<SlabMoved>{{0, 0, SlabList::Partial, SlabList::Full, false}}));
  EXPECT_EQ(run.where("D"), (std::pair<Pfn, ObjectIndex>{0, 3}));
  EXPECT_EQ(run.lists("obj"), (Lists{{0}, {}, {}}));

  // No partial slab, no free slab: grow again (page 1).
  run.alloc("E", "obj");
  EXPECT_EQ(run.where("E"), (std::pair<Pfn, ObjectIndex>{1, 0}));
  EXPECT_EQ(run.lists("obj"), (Lists{{0}, {1}, {}}));

  // Freeing from a full slab puts it at the *tail* of slabs_partial (free_block).
  events = run.free("A");
  EXPECT_EQ(eventsOf<SlabMoved>(events), (std::vector<SlabMoved>{{0, 0, SlabList::Full, SlabList::Partial, true}}));
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {1, 0}, {}}));

  // Allocation takes the head of slabs_partial: slab 1, not slab 0 with A's hole.
  events = run.alloc("F", "obj");
  EXPECT_EQ(eventsOf<SlabTaken>(events), (std::vector<SlabTaken>{{0, 1, SlabList::Partial}}));
  EXPECT_EQ(run.where("F"), (std::pair<Pfn, ObjectIndex>{1, 1}));

  // Slab 1 empties: after E it goes to the tail of slabs_partial, after F to the head of slabs_free.
  run.free("E");
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {0, 1}, {}}));
  events = run.free("F");
  EXPECT_EQ(eventsOf<SlabMoved>(events), (std::vector<SlabMoved>{{0, 1, SlabList::Partial, SlabList::Free, false}}));
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {0}, {1}}));

  // A partial slab still comes first: G fills A's hole in slab 0, which is full again.
  run.alloc("G", "obj");
  EXPECT_EQ(run.where("G"), (std::pair<Pfn, ObjectIndex>{0, 0}));
  EXPECT_EQ(run.lists("obj"), (Lists{{0}, {}, {1}}));

  // Only now does an allocation take the empty slab, without asking the buddy allocator.
  events = run.alloc("H", "obj");
  EXPECT_EQ(eventsOf<SlabTaken>(events), (std::vector<SlabTaken>{{0, 1, SlabList::Free}}));
  EXPECT_TRUE(pageEventsOf<buddy::AllocRequested>(events).empty());
  EXPECT_EQ(run.lists("obj"), (Lists{{0}, {1}, {}}));
  EXPECT_EQ(run.memory().freePages(), 14u);
}

TEST(Slab, TheLastFreedObjectIsReusedFirst) {
  SlabRun run = objRun();
  run.alloc("A", "obj");  // object 0
  run.alloc("B", "obj");  // 1
  run.alloc("C", "obj");  // 2
  // The freelist is a stack: slab_put_obj writes freelist[--active], slab_get_obj reads
  // freelist[active++]. Free B then A: the stack reads A, B, 3.
  run.free("B");
  run.free("A");
  EXPECT_EQ(run.state().freeObjects(0, 0), (std::vector<ObjectIndex>{0, 1, 3}));
  run.alloc("X", "obj");
  run.alloc("Y", "obj");
  run.alloc("Z", "obj");
  EXPECT_EQ(run.where("X").second, 0);  // A's object: freed last, reused first (cache-warm)
  EXPECT_EQ(run.where("Y").second, 1);  // B's
  EXPECT_EQ(run.where("Z").second, 3);  // never used before
}

TEST(Slab, ObjectAddressesAreThePageThenTheColourThenTheIndex) {
  SlabRun run(zoneOf(16), {cacheOf("obj", 1000)});  // 4 objects, left 96: one colour of 64 bytes
  run.alloc("A", "obj");
  const auto events = run.alloc("B", "obj");
  // page 0 * 4096 + colour 0 + 1 * 1000
  EXPECT_EQ(eventsOf<ObjectAllocated>(events), (std::vector<ObjectAllocated>{{1, 0, 0, 1, 1000}}));
}

TEST(Slab, EachNewSlabTakesTheNextColourTheLinuxWay) {
  // 3900-byte objects: one per page, left 196 = 3 * 64 + 4: colours 0, 1, 2 of 64 bytes.
  SlabRun run(zoneOf(16), {cacheOf("big", 3900)});
  ASSERT_EQ(run.geometry("big").colour, 3u);
  std::vector<std::uint32_t> colours;
  std::vector<std::uint64_t> offsets;
  for (int i = 0; i < 7; ++i) {
    const auto grown = eventsOf<SlabGrown>(run.alloc("o" + std::to_string(i), "big"));
    ASSERT_EQ(grown.size(), 1u);
    colours.push_back(grown[0].colour);
    offsets.push_back(grown[0].colourOffset);
  }
  // Since Linux 4.6 cache_grow_begin advances colour_next before using it: the first slab is colour 1.
  EXPECT_EQ(colours, (std::vector<std::uint32_t>{1, 2, 0, 1, 2, 0, 1}));
  EXPECT_EQ(offsets, (std::vector<std::uint64_t>{64, 128, 0, 64, 128, 0, 64}));
  // Object 0 of the slab at page 1 starts 128 bytes into it.
  EXPECT_EQ(run.state().objectAddress(0, run.tag("o1").slot, 0), 4096u + 128u);
}

TEST(Slab, TheClassicColouringStartsAtColourZero) {
  SlabOptions classic;
  classic.colouring = ColourRule::Classic;
  SlabRun run(zoneOf(16), {cacheOf("big", 3900)}, classic);
  std::vector<std::uint32_t> colours;
  for (int i = 0; i < 7; ++i)
    colours.push_back(eventsOf<SlabGrown>(run.alloc("o" + std::to_string(i), "big")).at(0).colour);
  // Bonwick 1994 and Linux up to 4.5: use colour_next, then advance it.
  EXPECT_EQ(colours, (std::vector<std::uint32_t>{0, 1, 2, 0, 1, 2, 0}));
}

TEST(Slab, ShrinkGivesEveryEmptySlabBackTailFirst) {
  SlabRun run = objRun();
  for (const char* slab : {"a", "b", "c"})
    for (int i = 0; i < 4; ++i) run.alloc(std::string(slab) + std::to_string(i), "obj");
  EXPECT_EQ(run.lists("obj"), (Lists{{2, 1, 0}, {}, {}}));  // pages 0, 1, 2, each pushed at the head
  for (int i = 0; i < 4; ++i) run.free("a" + std::to_string(i));
  for (int i = 0; i < 4; ++i) run.free("c" + std::to_string(i));
  EXPECT_EQ(run.lists("obj"), (Lists{{1}, {}, {2, 0}}));
  // Empty slabs stay cached: freeing does not give pages back.
  EXPECT_EQ(run.memory().freePages(), 13u);
  for (int i = 0; i < 4; ++i) run.free("b" + std::to_string(i));
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {}, {1, 2, 0}}));

  // drain_freelist takes slabs_free's last slab each time: 0, then 2, then 1.
  const auto events = run.shrink("obj");
  EXPECT_EQ(eventsOf<ShrinkRequested>(events), (std::vector<ShrinkRequested>{{0, 3}}));
  EXPECT_EQ(eventsOf<SlabDestroyed>(events), (std::vector<SlabDestroyed>{{0, 0, 0}, {0, 2, 0}, {0, 1, 0}}));
  // Page 1 goes last, and its return merges the buddy allocator back into one block of 16 pages.
  EXPECT_EQ(pageEventsOf<buddy::BlockFreed>(events).back(), (buddy::BlockFreed{0, 0, 4}));
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {}, {}}));
  EXPECT_EQ(run.memory().freePages(), 16u);
  EXPECT_EQ(run.state().caches[0].destroyed, 3u);

  // A shrink with no empty slab does nothing; a new slab reuses a freed slot.
  EXPECT_TRUE(eventsOf<SlabDestroyed>(run.shrink("obj")).empty());
  run.alloc("d", "obj");
  EXPECT_EQ(run.lists("obj"), (Lists{{}, {0}, {}}));
}

TEST(Slab, InObjectTheFreelistLivesInTheLastFreeObject) {
  SlabRun run = objRun();
  run.alloc("A", "obj");
  // cache_init_objs puts the freelist array in object num - 1, which is handed out last.
  EXPECT_EQ(run.state().freelistHolder(0, 0), ObjectIndex{3});
  run.alloc("B", "obj");
  run.alloc("C", "obj");
  run.alloc("D", "obj");
  EXPECT_EQ(run.state().freelistHolder(0, 0), std::nullopt);  // full: fixup_slab_list drops it
  run.free("B");
  EXPECT_EQ(run.state().freelistHolder(0, 0), ObjectIndex{1});  // slab_put_obj: into the first object freed
  SlabOptions onSlab;
  onSlab.freelist = FreelistLayout::OnSlab;
  SlabRun classic = objRun(onSlab);
  classic.alloc("A", "obj");
  EXPECT_EQ(classic.state().freelistHolder(0, 0), std::nullopt);  // the array has its own bytes
}

TEST(Slab, OnSlabTheFreelistTakesBytesAtTheSlabsEnd) {
  SlabOptions onSlab;
  onSlab.freelist = FreelistLayout::OnSlab;
  // 1000-byte objects on_slab: 4 objects, a 4-byte freelist at the end, 92 bytes left: one colour.
  SlabRun run(zoneOf(16), {cacheOf("obj", 1000)}, onSlab);
  EXPECT_EQ(run.geometry("obj").freelistBytes, 4u);
  run.alloc("A", "obj");
  const auto events = run.alloc("B", "obj");
  // Since Linux 4.6 the freelist sits at the end of the slab, so objects start at the colour offset.
  EXPECT_EQ(eventsOf<ObjectAllocated>(events).at(0).address, 1000u);
}

TEST(Slab, KmallocPicksASizeClassAndLargeRequestsGoToTheBuddyAllocator) {
  SlabRun run(zoneOf(16), {}, {}, {128});
  auto events = run.kmalloc("k", 100);
  EXPECT_EQ(eventsOf<KmallocRequested>(events), (std::vector<KmallocRequested>{{0, 100, 0, 0}}));
  EXPECT_EQ(run.tag("k").cache, 0);
  EXPECT_EQ(run.state().wastedBytes, 28u);  // a 128-byte object for 100 bytes

  // 20000 bytes: 5 pages, rounded up to order 3 (get_order), straight from the buddy allocator.
  events = run.kmalloc("big", 20000);
  EXPECT_EQ(eventsOf<KmallocRequested>(events), (std::vector<KmallocRequested>{{1, 20000, kNoCache, 3}}));
  EXPECT_EQ(pageEventsOf<buddy::BlockAllocated>(events),
            (std::vector<buddy::BlockAllocated>{{1, 8, 3, 32768 - 20000}}));
  EXPECT_TRUE(run.tag("big").large);
  EXPECT_EQ(run.state().largePages, 8u);
  EXPECT_EQ(run.memory().freePages(), 16u - 1u - 8u);

  // kfree finds what it frees from the page: the large block goes back whole.
  events = run.kfree("big");
  EXPECT_EQ(eventsOf<LargeFreed>(events), (std::vector<LargeFreed>{{1, 8, 3}}));
  EXPECT_EQ(run.memory().freePages(), 15u);
  run.kfree("k");
  EXPECT_EQ(run.lists("kmalloc-128"), (Lists{{}, {}, {0}}));
  EXPECT_EQ(run.state().wastedBytes, 0u);
}

TEST(Slab, KfreeFreesAnObjectOfAnyCache) {
  SlabRun run = objRun();
  run.alloc("A", "obj");
  const auto events = run.kfree("A");
  EXPECT_EQ(eventsOf<ObjectFreed>(events), (std::vector<ObjectFreed>{{0, 0, 0, 0}}));
}

TEST(Slab, FreeingIntoTheWrongCacheWarnsAndFreesIntoTheObjectsOwnCache) {
  SlabRun run(zoneOf(16), {cacheOf("a", 1024), cacheOf("b", 512)});
  run.alloc("x", "a");
  // kmem_cache_free(b, x): cache_from_obj warns "Wrong slab cache. b but object is from a" and
  // frees x into a (CONFIG_SLAB_FREELIST_HARDENED).
  const auto events = run.free("x", "b");
  EXPECT_EQ(eventsOf<WrongCache>(events), (std::vector<WrongCache>{{0, 1, 0}}));
  EXPECT_EQ(eventsOf<ObjectFreed>(events).size(), 1u);
  EXPECT_EQ(run.lists("a"), (Lists{{}, {}, {0}}));
}

TEST(Slab, KmemCacheFreeOfALargeKmallocFreesNothing) {
  SlabRun run(zoneOf(16), {cacheOf("a", 1024)});
  run.kmalloc("big", 10000);
  const auto events = run.free("big", "a");
  EXPECT_EQ(eventsOf<WrongCache>(events), (std::vector<WrongCache>{{0, 0, kNoCache}}));
  EXPECT_TRUE(run.tag("big").status == TagSlot::Status::Live);
  EXPECT_EQ(run.memory().freePages(), 12u);
}

TEST(Slab, MisusedTagsAreEventsNotCrashes) {
  SlabRun run(zoneOf(2), {cacheOf("obj", 4096)});  // one object per page, two pages
  run.alloc("A", "obj");
  EXPECT_EQ(eventsOf<TagError>(run.alloc("A", "obj")), (std::vector<TagError>{{0, TagProblem::StillAllocated}}));
  run.free("A");
  EXPECT_EQ(eventsOf<TagError>(run.free("A")), (std::vector<TagError>{{0, TagProblem::DoubleFree}}));
  EXPECT_EQ(eventsOf<TagError>(run.kfree("A")), (std::vector<TagError>{{0, TagProblem::DoubleFree}}));
  run.alloc("B", "obj");  // reuses the empty slab
  run.alloc("C", "obj");  // the second page
  // Memory is full: the cache cannot grow, the request fails, and so does a free of it.
  const auto events = run.alloc("D", "obj");
  EXPECT_EQ(eventsOf<GrowFailed>(events), (std::vector<GrowFailed>{{0, 0}}));
  EXPECT_EQ(eventsOf<AllocFailed>(events), (std::vector<AllocFailed>{{3, 0}}));
  EXPECT_EQ(pageEventsOf<buddy::AllocFailed>(events).size(), 1u);
  EXPECT_EQ(eventsOf<TagError>(run.free("D")), (std::vector<TagError>{{3, TagProblem::NeverAllocated}}));
  EXPECT_EQ(run.state().failures, 1u);
  EXPECT_EQ(run.lists("obj"), (Lists{{1, 0}, {}, {}}));
}

TEST(Slab, TheLinuxColourAdvancesOnlyWhenTheSlabGetsItsPages) {
  SlabRun run(zoneOf(1), {cacheOf("big", 3900)});  // colours 0..2, one page of memory
  run.alloc("a", "big");  // colour 1
  run.alloc("b", "big");  // no page: colour_next stays
  run.kfree("a");
  run.shrink("big");
  EXPECT_EQ(eventsOf<SlabGrown>(run.alloc("c", "big")).at(0).colour, 2u);
}

}  // namespace
}  // namespace oslens::engine::slab

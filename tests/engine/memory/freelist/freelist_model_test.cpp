// The freelist model: malloc, free and realloc as a program calls them, with the events the
// views play; the mistakes a program makes with pointers as events, not crashes; and every
// invariant after every step of random runs under every rule set.
#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/memory/freelist/freelist_model.h"

namespace oslens::engine::freelist {
namespace {

struct Program {
  FreelistState state;
  std::vector<FreelistEvent> last;
  explicit Program(const HeapConfig& config, std::size_t tags = 8) {
    auto names = std::make_shared<std::vector<std::string>>();
    for (std::size_t i = 0; i < tags; ++i) names->push_back(std::string(1, static_cast<char>('A' + i)));
    state = FreelistModel::initialState(config, names);
  }
  void step(const FreelistOp& op) {
    EventLog<FreelistEvent> log;
    FreelistModel::step(state, op, log);
    last = log.take();
    const auto problems = FreelistModel::checkInvariants(state);
    EXPECT_TRUE(problems.empty()) << problems.front();
  }
  template <class E>
  const E* event() const {
    for (const auto& e : last)
      if (const auto* found = std::get_if<E>(&e)) return found;
    return nullptr;
  }
};

HeapConfig heap(std::uint64_t size, std::uint64_t header = 0) {
  HeapConfig c;
  c.size = size;
  c.header = header;
  return c;
}

TEST(FreelistModel, MallocWalksTheListAndSplitsTheBlockAtItsFront) {
  HeapConfig c = heap(100);
  c.policy = FitPolicy::Best;
  Program run(c);
  for (TagId t : {0u, 1u, 2u, 3u}) run.step(MallocOp{t, 10});  // 1000 .. 1039, 60 free at 1040
  run.step(FreeOp{0});                                           // 10 free at 1000
  run.step(FreeOp{2});                                           // 10 free at 1020
  run.step(MallocOp{4, 8});
  // Best fit looks at all three entries: the first 10 is best so far, the second 10 is not
  // smaller (ties go to the first), the 60 is not smaller.
  std::vector<Verdict> verdicts;
  for (const auto& e : run.last)
    if (const auto* x = std::get_if<EntryExamined>(&e)) verdicts.push_back(x->examination.verdict);
  EXPECT_EQ(verdicts, (std::vector<Verdict>{Verdict::BestSoFar, Verdict::NotBetter, Verdict::NotBetter}));
  const auto* allocated = run.event<BlockAllocated>();
  ASSERT_NE(allocated, nullptr);
  EXPECT_EQ(allocated->block, (Block{1000, 8}));
  EXPECT_EQ(allocated->remainder, (Block{1008, 2}));
  EXPECT_EQ(allocated->searched, 3u);
}

TEST(FreelistModel, FreeMergesWithBothNeighboursThenTakesItsPlace) {
  Program run(heap(100, 4));
  for (TagId t : {0u, 1u, 2u}) run.step(MallocOp{t, 6});  // blocks of 10 at 1000, 1010, 1020
  run.step(FreeOp{0});
  run.step(FreeOp{2});  // merges with the 70 at the top
  run.step(FreeOp{1});  // merges with both
  std::vector<std::pair<Block, Block>> merges;
  for (const auto& e : run.last)
    if (const auto* m = std::get_if<BlocksMerged>(&e)) merges.emplace_back(m->lower, m->upper);
  EXPECT_EQ(merges, (std::vector<std::pair<Block, Block>>{{{1000, 10}, {1010, 10}}, {{1000, 20}, {1020, 80}}}));
  const auto* inserted = run.event<ListInserted>();
  ASSERT_NE(inserted, nullptr);
  EXPECT_EQ(inserted->block, (Block{1000, 100}));
  EXPECT_EQ(run.state.heap.freeList, (std::vector<Block>{{1000, 100}}));
  EXPECT_EQ(run.state.internalBytes, 0u);
}

TEST(FreelistModel, MistakesWithPointersAreEventsAndLeaveTheHeapAlone) {
  Program run(heap(100, 8));
  run.step(MallocOp{0, 20});
  run.step(FreeOp{0});
  const HeapState before = run.state.heap;
  run.step(FreeOp{0});
  ASSERT_NE(run.event<BadPointer>(), nullptr);
  EXPECT_EQ(run.event<BadPointer>()->problem, PointerProblem::DoubleFree);
  run.step(FreeOp{2});
  EXPECT_EQ(run.event<BadPointer>()->problem, PointerProblem::NeverAllocated);
  run.step(ReallocOp{0, 5});
  EXPECT_EQ(run.event<BadPointer>()->problem, PointerProblem::UseAfterFree);
  EXPECT_EQ(run.state.heap, before);
  EXPECT_EQ(run.state.badPointers, 3u);
  run.step(MallocOp{1, 500});  // too big: NULL
  ASSERT_NE(run.event<MallocFailed>(), nullptr);
  run.step(FreeOp{1});         // free(NULL) does nothing
  EXPECT_NE(run.event<NullFreed>(), nullptr);
  EXPECT_EQ(run.state.heap, before);
  EXPECT_EQ(run.state.failed, 1u);
}

TEST(FreelistModel, ReallocGrowsInPlaceShrinksMovesOrFails) {
  Program run(heap(100, 4));
  for (TagId t : {0u, 1u, 2u}) run.step(MallocOp{t, 10});  // 14 bytes each at 1000, 1014, 1028
  run.step(FreeOp{1});
  run.step(ReallocOp{0, 20});  // 24: into B's 14 free bytes after it, 4 left
  ASSERT_NE(run.event<ResizedInPlace>(), nullptr);
  EXPECT_EQ(run.state.tag(0).block, (Block{1000, 24}));
  EXPECT_EQ(run.state.heap.freeList.front(), (Block{1024, 4}));
  run.step(ReallocOp{0, 60});  // 64: nothing holds it; A keeps its block
  ASSERT_NE(run.event<MallocFailed>(), nullptr);
  EXPECT_EQ(run.state.tag(0).status, TagSlot::Status::Live);
  EXPECT_EQ(run.state.tag(0).block, (Block{1000, 24}));
  run.step(ReallocOp{2, 1});  // 5 of C's 14: the 9-byte tail merges with the free space after it
  EXPECT_EQ(run.state.tag(2).block, (Block{1028, 5}));
  EXPECT_EQ(run.state.heap.freeList.back(), (Block{1033, 67}));
  run.step(ReallocOp{0, 30});  // 34: the 4 bytes after A are too few, so A moves and is copied
  const auto* copied = run.event<DataCopied>();
  ASSERT_NE(copied, nullptr);
  EXPECT_EQ(copied->from, (Block{1000, 24}));
  EXPECT_EQ(copied->to, (Block{1033, 34}));
  EXPECT_EQ(copied->bytes, 20u);
  EXPECT_EQ(run.state.tag(0).block, (Block{1033, 34}));
  EXPECT_EQ(run.state.heap.freeList.front(), (Block{1000, 28}));  // the old block, merged with the 4 after it
  EXPECT_EQ(run.state.frees, 1u);  // the old block's free belongs to realloc
  run.step(MallocOp{3, 500});      // NULL
  run.step(ReallocOp{3, 8});       // realloc(NULL, 8) is malloc(8)
  EXPECT_EQ(run.state.tag(3).status, TagSlot::Status::Live);
}

// A = malloc(n) while A holds a block: the pointer is overwritten, the block leaks and stays in
// use to the end (nothing can free it); the malloc runs as any other, and may return NULL.
TEST(FreelistModel, AMallocOverALiveTagLeaksTheOldBlock) {
  Program run(heap(100, 4));
  run.step(MallocOp{0, 20});  // A: 24 bytes at 1000
  run.step(MallocOp{0, 10});  // A again: the 24 bytes leak, A gets 14 at 1024
  ASSERT_GE(run.last.size(), 2u);
  const auto* leak = std::get_if<BlockLeaked>(&run.last.front());  // before the malloc's own events
  ASSERT_NE(leak, nullptr);
  EXPECT_EQ(leak->tag, 0u);
  EXPECT_EQ(leak->block, (Block{1000, 24}));
  EXPECT_FALSE(leak->mapped);
  EXPECT_TRUE(std::holds_alternative<MallocRequested>(run.last[1]));
  EXPECT_EQ(run.state.tag(0).block, (Block{1024, 14}));
  ASSERT_EQ(run.state.leaked.size(), 1u);
  EXPECT_EQ(run.state.leaked[0], (FreelistState::Leak{0, {1000, 24}, 20, false, 2}));
  EXPECT_EQ(run.state.leakedBytes(), 24u);
  EXPECT_EQ(run.state.internalBytes, 8u);  // both blocks' headers: the leaked one is still in use

  run.step(FreeOp{0});  // frees the new block only
  EXPECT_TRUE(run.state.heap.used.contains(1000));
  EXPECT_EQ(run.state.heap.freeList, (std::vector<Block>{{1024, 76}}));

  run.step(MallocOp{1, 30});   // B: 34 at 1024
  run.step(MallocOp{1, 500});  // B again, and NULL: B's block leaks all the same, and B is NULL
  EXPECT_NE(run.event<BlockLeaked>(), nullptr);
  EXPECT_NE(run.event<MallocFailed>(), nullptr);
  EXPECT_EQ(run.state.tag(1).status, TagSlot::Status::Failed);
  run.step(FreeOp{1});  // free(NULL)
  EXPECT_NE(run.event<NullFreed>(), nullptr);
  EXPECT_EQ(run.state.leaked.size(), 2u);
  EXPECT_EQ(run.state.leakedBytes(), 24u + 34u);

  run.step(MallocOp{2, 500});  // C = NULL
  run.step(MallocOp{2, 5});    // the retry: C was NULL, so nothing leaks
  EXPECT_EQ(run.event<BlockLeaked>(), nullptr);
  EXPECT_EQ(run.state.leaked.size(), 2u);
}

TEST(FreelistModel, ALeakedMappingStaysMapped) {
  HeapConfig c = heap(0, 16);
  c.topPad = 1024;
  c.mmapThreshold = 65536;
  Program run(c);
  run.step(MallocOp{0, 100000});
  const Block chunk = run.state.tag(0).block;
  run.step(MallocOp{0, 100});
  ASSERT_NE(run.event<BlockLeaked>(), nullptr);
  EXPECT_TRUE(run.event<BlockLeaked>()->mapped);
  EXPECT_EQ(run.state.heap.mapped, (std::vector<Block>{chunk}));
  run.step(FreeOp{0});
  EXPECT_EQ(run.state.heap.mapped, (std::vector<Block>{chunk}));
  EXPECT_EQ(run.state.leakedBytes(), chunk.size);
}

// glibc __libc_realloc resizes a mapping with mremap (mremap_chunk) rather than moving it into the
// heap: the same number of pages keeps it, fewer shrink it where it is, more grow it where it is
// when the pages after it are free, else it moves (the page tables move; nothing is copied).
TEST(FreelistModel, ReallocOfAMappingIsAnMremap) {
  HeapConfig c = heap(0, 16);
  c.align = 16;
  c.topPad = 1024;
  c.mmapThreshold = 65536;
  Program run(c);
  const Address top = c.mmapTop;
  run.step(MallocOp{0, 100000});  // 100,016 bytes: 25 pages under the top of the mmap area
  ASSERT_EQ(run.state.tag(0).block, (Block{top - 25 * 4096, 25 * 4096}));
  auto remapped = [&] {
    const auto* m = run.event<ChunkRemapped>();
    EXPECT_EQ(run.event<DataCopied>(), nullptr);
    EXPECT_EQ(run.event<MallocRequested>(), nullptr);
    return m ? m->to : Block{};
  };
  run.step(ReallocOp{0, 99000});  // still 25 pages: nothing to do
  EXPECT_EQ(remapped(), (Block{top - 25 * 4096, 25 * 4096}));
  run.step(ReallocOp{0, 50000});  // 13 pages: shrinks where it is
  EXPECT_EQ(remapped(), (Block{top - 25 * 4096, 13 * 4096}));
  EXPECT_EQ(run.state.heap.heapSize, 0u);  // never into the heap
  run.step(ReallocOp{0, 80000});  // 20 pages: the 12 pages after it are free, so it grows in place
  EXPECT_EQ(remapped(), (Block{top - 25 * 4096, 20 * 4096}));
  run.step(MallocOp{1, 70000});  // B: 18 pages below A
  const Block b = run.state.tag(1).block;
  EXPECT_EQ(b, (Block{top - 43 * 4096, 18 * 4096}));
  run.step(ReallocOp{1, 90000});  // 22 pages: A lies right after B, so B moves below itself
  EXPECT_EQ(remapped(), (Block{b.addr - 22 * 4096, 22 * 4096}));
  EXPECT_EQ(run.state.heap.mapped, (std::vector<Block>{{b.addr - 22 * 4096, 22 * 4096}, {top - 25 * 4096, 20 * 4096}}));
  EXPECT_EQ(run.state.internalBytes, 22 * 4096 - 90000 + 20 * 4096 - 80000u);
  EXPECT_EQ(run.state.mallocs, 2u);  // mremap is no malloc
}

// When mremap finds no room to move the mapping, realloc mallocs, which fails the same way here:
// NULL, and A keeps its mapping.
TEST(FreelistModel, AnMremapWithNoRoomFallsBackToMallocAndFails) {
  HeapConfig c = heap(0, 16);
  c.base = 4096;
  c.align = 16;
  c.topPad = 1024;
  c.limit = 8192;
  c.mmapThreshold = 4096;
  c.mmapTop = 4096 + 8192 + 3 * 4096;  // three pages between the heap's limit and the top
  Program run(c);
  run.step(MallocOp{0, 5000});  // two pages
  const Block a = run.state.tag(0).block;
  run.step(ReallocOp{0, 9000});  // three pages: not after it (the top), not below it (the limit)
  EXPECT_EQ(run.event<ChunkRemapped>(), nullptr);
  ASSERT_NE(run.event<MallocFailed>(), nullptr);
  EXPECT_EQ(run.state.tag(0).block, a);
}

// glibc _int_realloc: when the block malloc returns begins right where the old one ends (the old
// block was at the top and the heap grew), the two are joined: no copy, the same pointer; the old
// block's size beyond what is needed goes back and merges with the top.
TEST(FreelistModel, ReallocJoinsTheBlockMallocFindsRightAfterIt) {
  HeapConfig c = heap(0);
  c.topPad = 64;
  c.pageSize = 512;
  Program run(c);
  run.step(MallocOp{0, 100});  // 100 + 64: one page; A at 1000, 412 free after it
  run.step(ReallocOp{0, 1000});  // 412 after it is too little: sbrk, and malloc cuts 1000 at 1100
  ASSERT_NE(run.event<BreakRaised>(), nullptr);
  const auto* r = run.event<ResizedInPlace>();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->from, (Block{1000, 100}));
  EXPECT_EQ(r->joined, (Block{1100, 1000}));
  EXPECT_EQ(r->tail, (Block{2000, 100}));  // 1100 joined bytes, 1000 needed
  EXPECT_EQ(r->to, (Block{1000, 1000}));
  EXPECT_EQ(r->searched, 2u);  // the 412 before sbrk, the grown top after
  EXPECT_EQ(run.event<DataCopied>(), nullptr);
  EXPECT_EQ(run.event<BlockAllocated>(), nullptr);
  EXPECT_EQ(run.state.tag(0).block, (Block{1000, 1000}));
  EXPECT_EQ(run.state.heap.freeList, (std::vector<Block>{{2000, 536}}));
  EXPECT_EQ(run.state.mallocs, 1u);

  // malloc.py has no realloc: under its rules realloc keeps the textbook's malloc, copy, free.
  c.compat = Compat::Ostep;
  Program ostep(c);
  ostep.step(MallocOp{0, 100});
  ostep.step(ReallocOp{0, 1000});
  ASSERT_NE(ostep.event<DataCopied>(), nullptr);
  EXPECT_EQ(ostep.state.tag(0).block, (Block{1100, 1000}));
}

// malloc.py's order of things: the freed block enters the list first, then one pass merges.
TEST(FreelistModel, OstepRulesInsertFirstThenMerge) {
  HeapConfig c = heap(100);
  c.compat = Compat::Ostep;
  Program run(c);
  run.step(MallocOp{0, 10});
  run.step(FreeOp{0});
  ASSERT_GE(run.last.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<ListInserted>(run.last[1]));
  EXPECT_TRUE(std::holds_alternative<BlocksMerged>(run.last[2]));
}

TEST(FreelistModel, GrowthMmapAndTrimAreEvents) {
  HeapConfig c = heap(0, 16);
  c.align = 16;
  c.topPad = 1024;
  c.trimThreshold = 2048;
  c.mmapThreshold = 65536;
  Program run(c);
  run.step(MallocOp{0, 100});
  ASSERT_NE(run.event<BreakRaised>(), nullptr);
  EXPECT_EQ(run.event<BreakRaised>()->to - run.event<BreakRaised>()->from, 4096u);  // 128 + top_pad, a whole page
  run.step(MallocOp{1, 100000});
  ASSERT_NE(run.event<ChunkMapped>(), nullptr);
  EXPECT_EQ(run.event<ChunkMapped>()->chunk.size % 4096, 0u);
  run.step(FreeOp{1});
  EXPECT_NE(run.event<ChunkUnmapped>(), nullptr);
  run.step(MallocOp{2, 4000});
  run.step(FreeOp{2});
  ASSERT_NE(run.event<BreakLowered>(), nullptr);
  EXPECT_EQ(run.state.heap.heapSize, 4096u);  // grown to 8 KiB for C; a page above top_pad went back
}

// At the limit, the failure says where the break would have had to go (what is missing plus
// top_pad, in whole pages, as glibc sysmalloc asks sbrk for) and how high it may go.
TEST(FreelistModel, AFailureAtTheLimitGivesTheBreakItWouldNeed) {
  HeapConfig c = heap(0, 16);  // freelist-sbrk's heap
  c.base = 4096;
  c.align = 16;
  c.topPad = 1024;
  c.limit = 8192;
  Program run(c);
  run.step(MallocOp{0, 3000});  // 3024 + 1024: one page, the break at 8192, 1072 free at the top
  run.step(MallocOp{1, 5000});  // 5024 - 1072 + 1024 = 4976: two pages, the break would be at 16384
  const auto* failed = run.event<MallocFailed>();
  ASSERT_NE(failed, nullptr);
  EXPECT_TRUE(failed->atLimit);
  EXPECT_EQ(failed->neededBreak, Address{16384});
  EXPECT_EQ(failed->breakLimit, Address{12288});
  run.step(MallocOp{2, 4000});  // 4016 - 1072 + 1024 = 3968: one page, the break at 12288 — at the limit, not past it
  EXPECT_EQ(run.event<MallocFailed>(), nullptr);
  EXPECT_EQ(run.state.programBreak(), 12288u);
}

// Random programs under every rule set: every invariant after every step (blocks tile the heap;
// the list holds exactly the free blocks; no two free blocks touch under boundary tags; sorted
// lists stay sorted; every live tag holds a block in use; the internal bytes add up).
TEST(FreelistModel, RandomProgramsKeepEveryInvariant) {
  // How often the rarer paths ran: the runs must reach them for the invariants to say anything.
  std::size_t leaks = 0, joins = 0, remapsMoved = 0, remapsInPlace = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    Rng rng(seed);
    HeapConfig c;
    c.size = 64 + rng.below(2000);
    c.header = rng.below(3) * 8;
    c.align = std::uint64_t{1} << rng.below(4);
    c.policy = static_cast<FitPolicy>(rng.below(4));
    c.order = static_cast<ListOrder>(rng.below(5));
    c.coalesce = rng.below(4) != 0;
    c.compat = rng.below(3) == 0 ? Compat::Ostep : Compat::Standard;
    if (c.header >= c.size) c.header = 0;
    if (rng.below(2)) {
      c.topPad = 64 + rng.below(512);
      if (rng.below(2)) c.trimThreshold = 256 + rng.below(1024);
      if (rng.below(2)) c.mmapThreshold = 512 + rng.below(2048);
      if (rng.below(2)) c.limit = c.size + rng.below(8192);
      c.pageSize = std::uint64_t{512} << rng.below(4);  // mappings of several pages: mremap resizes them
    }
    SCOPED_TRACE("seed " + std::to_string(seed));
    Program run(c, 24);
    for (int i = 0; i < 400; ++i) {
      const TagId tag = static_cast<TagId>(rng.below(24));
      const auto status = run.state.tag(tag).status;
      const std::uint64_t bytes = 1 + rng.below(rng.below(8) == 0 ? 3000 : 120);
      if (status == TagSlot::Status::Live) {
        const auto what = rng.below(9);
        if (what < 3) run.step(ReallocOp{tag, bytes});
        else if (what == 3) run.step(MallocOp{tag, bytes});  // the old block leaks
        else run.step(FreeOp{tag});
      } else if (rng.below(10) == 0) {
        run.step(FreeOp{tag});  // a double free, a free(NULL) or a never-allocated pointer
      } else {
        run.step(MallocOp{tag, bytes});
      }
      if (HasFailure()) return;
      leaks += run.event<BlockLeaked>() != nullptr;
      if (const auto* r = run.event<ResizedInPlace>(); r && r->joined) ++joins;
      if (const auto* m = run.event<ChunkRemapped>()) ++(m->to.addr != m->from.addr ? remapsMoved : remapsInPlace);
    }
  }
  EXPECT_GT(leaks, 0u);
  EXPECT_GT(joins, 0u);
  EXPECT_GT(remapsMoved, 0u);
  EXPECT_GT(remapsInPlace, 0u);
}

}  // namespace
}  // namespace oslens::engine::freelist

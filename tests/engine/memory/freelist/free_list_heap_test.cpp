// The free-list heap (engine/memory/freelist): malloc.py's own answers reproduced exactly under
// compat "ostep" — every policy, every list order, coalescing off and on, headers and alignment —
// and the standard rules' promises (boundary-tag coalescing: no two free blocks ever touch; sorted
// lists stay sorted) on random runs, with every invariant after every op.
//
// ostep_malloc_reference.json holds the output of OSTEP's simulator (remzi-arpacidusseau/
// ostep-homework, vm-freespace/malloc.py), run with python3 and each case's "command" (random ops
// from its seed, -c to print the answers): the pointer returned (block + header), the entries
// searched and the free list after every op.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/core/rng.h"
#include "engine/memory/freelist/free_list_heap.h"

namespace oslens::engine::freelist {
namespace {

FitPolicy policyNamed(const std::string& name) {
  return name == "FIRST" ? FitPolicy::First : name == "BEST" ? FitPolicy::Best : FitPolicy::Worst;
}

ListOrder orderNamed(const std::string& name) {
  if (name == "ADDRSORT") return ListOrder::AddrSort;
  if (name == "SIZESORT+") return ListOrder::SizeSortUp;
  if (name == "SIZESORT-") return ListOrder::SizeSortDown;
  if (name == "INSERT-FRONT") return ListOrder::InsertFront;
  return ListOrder::InsertBack;
}

std::vector<Block> blocksOf(const nlohmann::json& list) {
  std::vector<Block> out;
  for (const auto& e : list) out.push_back({e[0].get<Address>(), e[1].get<std::uint64_t>()});
  return out;
}

TEST(FreeListHeap, ReproducesOstepMallocPyExactly) {
  std::ifstream in(std::string(OSLENS_SOURCE_DIR) + "/tests/engine/memory/freelist/ostep_malloc_reference.json");
  ASSERT_TRUE(in) << "reference file missing";
  const nlohmann::json reference = nlohmann::json::parse(in);
  std::size_t ops = 0, merges = 0;
  for (const auto& c : reference["cases"]) {
    SCOPED_TRACE(c["command"].get<std::string>());
    HeapConfig config;
    config.base = 1000;
    config.size = 100;
    config.header = c["header"].get<std::uint64_t>();
    config.align = c["align"].get<int>() < 0 ? 1 : c["align"].get<std::uint64_t>();
    config.policy = policyNamed(c["policy"]);
    config.order = orderNamed(c["order"]);
    config.coalesce = c["coalesce"].get<bool>();
    config.compat = Compat::Ostep;
    HeapState s = initialHeap(config);
    for (const auto& op : c["ops"]) {
      ++ops;
      if (op.contains("malloc")) {
        const MallocOutcome out = allocate(s, config, op["malloc"].get<std::uint64_t>());
        EXPECT_EQ(out.searched, op["searched"].get<std::uint64_t>()) << "op " << ops;
        if (op["returned"].is_null()) {
          EXPECT_FALSE(out.block) << "op " << ops;
        } else {
          ASSERT_TRUE(out.block) << "op " << ops;
          EXPECT_EQ(out.block->addr + config.header, op["returned"].get<Address>()) << "op " << ops;
        }
      } else {
        const FreeOutcome out = release(s, config, op["free"].get<Address>());
        EXPECT_TRUE(out.found);
        merges += out.merges;
      }
      ASSERT_EQ(s.freeList, blocksOf(op["free_list"])) << "op " << ops;
      const auto problems = heapInvariantProblems(s, config);
      ASSERT_TRUE(problems.empty()) << problems.front();
    }
  }
  EXPECT_EQ(ops, 720u);
  EXPECT_GT(merges, 20u);  // the cases coalesce, not only split
}

// A 100-byte heap with 4-byte headers: a request of 8 takes 12 bytes from the front (the header
// before the pointer malloc returns); freeing the block gives it back, and a second free is caught.
TEST(FreeListHeap, AHeaderTravelsWithEveryBlock) {
  HeapConfig config;
  config.header = 4;
  HeapState s = initialHeap(config);
  const MallocOutcome a = allocate(s, config, 8);
  ASSERT_TRUE(a.block);
  EXPECT_EQ(*a.block, (Block{1000, 12}));
  EXPECT_TRUE(a.split);
  EXPECT_EQ(s.freeList, (std::vector<Block>{{1012, 88}}));
  EXPECT_FALSE(release(s, config, 1004).found);  // the pointer, not the block: not a block start
  EXPECT_TRUE(release(s, config, 1000).found);
  EXPECT_EQ(s.freeList, (std::vector<Block>{{1000, 100}}));  // merged with the rest again
  EXPECT_FALSE(release(s, config, 1000).found);              // a double free is caught
}

// The two rule sets differ: with a size-ordered list, boundary tags merge a freed block with both
// its neighbours in memory; malloc.py's pass only merges what the list puts side by side.
TEST(FreeListHeap, BoundaryTagsMergeWhatTheListSeparates) {
  for (Compat compat : {Compat::Standard, Compat::Ostep}) {
    HeapConfig config;
    config.order = ListOrder::SizeSortUp;
    config.compat = compat;
    HeapState s = initialHeap(config);
    for (std::uint64_t bytes : {30, 10, 20}) allocate(s, config, bytes);  // 1000, 1030, 1040; 40 left at 1060
    release(s, config, 1000);
    release(s, config, 1040);  // by size: [1040,20] [1000,30] [1060,40]: 1040 and 1060 touch, apart in the list
    release(s, config, 1030);
    if (compat == Compat::Standard) {
      EXPECT_EQ(s.freeList, (std::vector<Block>{{1000, 100}}));
    } else {
      // malloc.py: [1030,10] [1040,20] [1000,30] [1060,40] by size; its pass merges the first two.
      EXPECT_EQ(s.freeList, (std::vector<Block>{{1030, 30}, {1000, 30}, {1060, 40}}));
    }
    EXPECT_TRUE(heapInvariantProblems(s, config).empty());
  }
}

// Next fit starts where the last search ended (K&R 8.7's rover); first fit always from the front.
TEST(FreeListHeap, NextFitMovesOnFirstFitStartsOver) {
  HeapConfig config;
  config.coalesce = false;
  for (FitPolicy policy : {FitPolicy::First, FitPolicy::Next}) {
    config.policy = policy;
    HeapState s = initialHeap(config);
    for (int i = 0; i < 5; ++i) allocate(s, config, 10);  // 1000 ... 1040; [1050,50] free
    release(s, config, 1000);
    release(s, config, 1020);  // free: [1000,10] [1020,10] [1050,50]
    allocate(s, config, 10);   // first: 1000; next: from where the last malloc left off
    const MallocOutcome again = allocate(s, config, 10);
    ASSERT_TRUE(again.block);
    if (policy == FitPolicy::First) EXPECT_EQ(again.block->addr, 1020u);
    else EXPECT_EQ(again.block->addr, 1060u);
  }
}

// Growth: nothing fits, so the break moves up by the request rounded to top_pad (the free block at
// the top grows, or a new one starts at the old break); past the limit malloc fails; a request of
// mmap_threshold or more gets whole pages of its own, given back by free (munmap); a large free
// block at the top goes back to the kernel but top_pad.
TEST(FreeListHeap, TheBreakMovesAndLargeRequestsAreMapped) {
  HeapConfig config;
  config.base = 0x10000;
  config.size = 0x1000;
  config.header = 16;
  config.align = 16;
  config.topPad = 0x1000;
  config.trimThreshold = 0x3000;
  config.mmapThreshold = 0x20000;
  config.limit = 0x8000;
  HeapState s = initialHeap(config);
  const MallocOutcome a = allocate(s, config, 0xf00);  // 0xf10 of the 0x1000
  ASSERT_TRUE(a.block);
  EXPECT_EQ(a.grew, 0u);
  // 0x1810 needed, 0xf0 at the top: 0x1720 missing, plus top_pad 0x1000, rounded up to pages: 0x3000.
  const MallocOutcome b = allocate(s, config, 0x1800);
  ASSERT_TRUE(b.block);
  EXPECT_EQ(b.grew, 0x3000u);
  EXPECT_EQ(b.block->addr, 0x10f10u);  // the top block, grown
  EXPECT_EQ(s.programBreak(config), 0x14000u);
  EXPECT_TRUE(heapInvariantProblems(s, config).empty());
  const MallocOutcome tooBig = allocate(s, config, 0x6000);  // would take the heap past 0x8000
  EXPECT_FALSE(tooBig.block);
  EXPECT_TRUE(tooBig.atLimit);
  // Nothing in the heap holds 0x20010: a mapping of its own, 33 pages (man mallopt: mmap only
  // for what the free list cannot give).
  const MallocOutcome mapped = allocate(s, config, 0x20000);
  ASSERT_TRUE(mapped.block);
  EXPECT_TRUE(mapped.mmapped);
  EXPECT_EQ(mapped.block->size, 0x21000u);
  EXPECT_EQ(mapped.block->addr, config.mmapTop - 0x21000);
  EXPECT_TRUE(release(s, config, mapped.block->addr).unmapped);
  EXPECT_TRUE(s.mapped.empty());
  // Freeing the grown block leaves 0x30f0 free at the top: 0x20f0 above top_pad, so two whole
  // pages go back (systrim releases pages) and 0x10f0 stays.
  const FreeOutcome second = release(s, config, b.block->addr);
  EXPECT_EQ(second.trimmed, 0x2000u);
  EXPECT_EQ(s.programBreak(config), 0x12000u);
  // Freeing the first block too makes 0x2000 free at the top, under the trim threshold: it stays.
  const FreeOutcome last = release(s, config, a.block->addr);
  EXPECT_EQ(last.trimmed, 0u);
  EXPECT_EQ(s.programBreak(config), 0x12000u);
  EXPECT_EQ(s.freeList, (std::vector<Block>{{0x10000, 0x2000}}));
  EXPECT_TRUE(heapInvariantProblems(s, config).empty());
}

// Random runs of the standard rules: every policy, order, coalescing, header and alignment; every
// invariant after every op (blocks tile the heap, sorted lists sorted, no two free blocks touch).
TEST(FreeListHeap, RandomRunsKeepEveryInvariant) {
  std::uint64_t allocations = 0, failures = 0, grew = 0, mapped = 0, trimmed = 0;
  for (FitPolicy policy : {FitPolicy::First, FitPolicy::Next, FitPolicy::Best, FitPolicy::Worst})
    for (ListOrder order : {ListOrder::AddrSort, ListOrder::SizeSortUp, ListOrder::SizeSortDown, ListOrder::InsertFront, ListOrder::InsertBack})
      for (bool coalesce : {false, true})
        for (Compat compat : {Compat::Standard, Compat::Ostep})
          for (bool growth : {false, true}) {
          HeapConfig config;
          if (growth) {
            config.topPad = 256;
            config.trimThreshold = 1024;
            config.mmapThreshold = 180;
            config.limit = 8192;
            config.pageSize = 512;  // small pages, so that growth and trims come in this small heap
          }
          config.size = 4096;
          config.header = 8;
          config.align = 8;
          config.policy = compat == Compat::Ostep && policy == FitPolicy::Next ? FitPolicy::First : policy;
          config.order = order;
          config.coalesce = coalesce;
          config.compat = compat;
          HeapState s = initialHeap(config);
          Rng rng(static_cast<std::uint64_t>(policy) * 97 + static_cast<std::uint64_t>(order) * 13 + coalesce);
          for (int op = 0; op < 600; ++op) {
            if ((s.used.empty() && s.mapped.empty()) || rng.below(100) < 55) {
              const MallocOutcome out = allocate(s, config, 1 + rng.below(200));
              ++allocations;
              failures += out.block ? 0 : 1;
              grew += out.grew;
              mapped += out.mmapped ? 1 : 0;
            } else {
              const std::size_t pick = rng.below(s.used.size() + s.mapped.size());
              const FreeOutcome out = release(s, config, pick < s.used.size() ? std::next(s.used.begin(), static_cast<std::ptrdiff_t>(pick))->first : s.mapped[pick - s.used.size()].addr);
              ASSERT_TRUE(out.found);
              trimmed += out.trimmed;
            }
            const auto problems = heapInvariantProblems(s, config);
            ASSERT_TRUE(problems.empty()) << problems.front() << " (op " << op << ")";
          }
        }
  EXPECT_GT(allocations, 10000u);
  EXPECT_GT(failures, 100u);  // the heap fills: the runs reach a full heap
  EXPECT_GT(grew, 0u);
  EXPECT_GT(mapped, 100u);
  EXPECT_GT(trimmed, 0u);
}

}  // namespace
}  // namespace oslens::engine::freelist

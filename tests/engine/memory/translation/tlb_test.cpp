// TLB properties (OSTEP chapter 19.7 on replacement; a set-associative cache as Hennessy &
// Patterson describe it): LRU's worst case on a loop one page too large, FIFO alike, sets that
// conflict, ASIDs that keep entries apart, flushes, and a seeded random policy that replays.
#include <gtest/gtest.h>

#include "engine/memory/translation/tlb.h"

namespace oslens::engine::translation {
namespace {

const std::vector<int> kShifts{12};

// Looks up page `vpn`, fills it on a miss; true on a hit.
bool touch(Tlb& tlb, std::uint64_t vpn, std::uint64_t tick, std::uint32_t asid = 0) {
  const std::uint64_t va = vpn << 12;
  if (tlb.lookup(asid, va, kShifts, tick)) return true;
  TlbEntry e;
  e.asid = asid;
  e.pageShift = 12;
  e.tag = vpn;
  e.frameBase = (vpn + 100) << 12;
  tlb.fill(e, tick);
  return false;
}

int hitsOnLoop(TlbConfig config, std::uint64_t pages, int passes) {
  Tlb tlb(config);
  int hits = 0;
  std::uint64_t tick = 0;
  for (int pass = 0; pass < passes; ++pass)
    for (std::uint64_t p = 0; p < pages; ++p) hits += touch(tlb, p, ++tick) ? 1 : 0;
  return hits;
}

TEST(Tlb, FullyAssociativeLruMissesEveryTimeOnALoopOnePageTooLarge) {
  for (std::uint32_t n : {1u, 4u, 16u, 64u}) {
    EXPECT_EQ(hitsOnLoop({.entries = n, .ways = 0, .policy = TlbPolicy::Lru}, n + 1, 5), 0) << n;
    EXPECT_EQ(hitsOnLoop({.entries = n, .ways = 0, .policy = TlbPolicy::Fifo}, n + 1, 5), 0) << n;
    // N pages: every access after the first pass hits.
    EXPECT_EQ(hitsOnLoop({.entries = n, .ways = 0, .policy = TlbPolicy::Lru}, n, 5), static_cast<int>(4 * n)) << n;
  }
}

TEST(Tlb, LruKeepsTheRecentlyUsedFifoTheRecentlyFilled) {
  // Two entries; pages 0, 1, 0 (a hit), then 2: LRU evicts 1, FIFO evicts 0.
  for (auto [policy, survivor] : {std::pair{TlbPolicy::Lru, 0u}, std::pair{TlbPolicy::Fifo, 1u}}) {
    Tlb tlb({.entries = 2, .ways = 0, .policy = policy});
    touch(tlb, 0, 1);
    touch(tlb, 1, 2);
    EXPECT_TRUE(touch(tlb, 0, 3));
    touch(tlb, 2, 4);
    EXPECT_TRUE(tlb.lookup(0, std::uint64_t{survivor} << 12, kShifts, 5)) << tlbPolicyName(policy);
    EXPECT_EQ(tlb.validCount(), 2u);
  }
}

TEST(Tlb, PagesOfOneSetConflictWhileOtherSetsStayEmpty) {
  // 8 entries, 2 ways: 4 sets; pages 0, 4, 8 all map to set 0.
  Tlb tlb({.entries = 8, .ways = 2, .policy = TlbPolicy::Lru});
  EXPECT_EQ(tlb.config().sets(), 4u);
  touch(tlb, 0, 1);
  touch(tlb, 4, 2);
  touch(tlb, 8, 3);
  EXPECT_FALSE(tlb.lookup(0, 0, kShifts, 4));
  EXPECT_EQ(tlb.validCount(), 2u);
  EXPECT_EQ(tlb.setOf(8), 0u);
}

TEST(Tlb, AsidsKeepProcessesApartAndFlushesEmpty) {
  Tlb tlb({.entries = 4, .ways = 0, .asid = true});
  touch(tlb, 7, 1, 1);
  EXPECT_FALSE(tlb.lookup(2, 7 << 12, kShifts, 2));  // the same page of another process
  EXPECT_TRUE(tlb.lookup(1, 7 << 12, kShifts, 3));
  touch(tlb, 7, 4, 2);
  EXPECT_EQ(tlb.flushAsid(1), 1u);
  EXPECT_TRUE(tlb.lookup(2, 7 << 12, kShifts, 5));
  EXPECT_TRUE(tlb.invalidate(2, 7 << 12, kShifts));
  EXPECT_EQ(tlb.validCount(), 0u);
  touch(tlb, 1, 6);
  touch(tlb, 2, 7);
  EXPECT_EQ(tlb.flushAll(), 2u);
}

TEST(Tlb, LargePagesAreFoundByTheirOwnShift) {
  Tlb tlb({.entries = 4, .ways = 0});
  TlbEntry e;
  e.pageShift = 21;
  e.tag = 0x40000000 >> 21;
  e.frameBase = 0x200000;
  tlb.fill(e, 1);
  const std::vector<int> shifts{12, 21, 30};
  EXPECT_TRUE(tlb.lookup(0, 0x40000000 + 0x1ab123, shifts, 2));
  EXPECT_FALSE(tlb.lookup(0, 0x40200000, shifts, 3));
}

TEST(Tlb, RandomReplacementReplaysWithItsSeed) {
  auto run = [](std::uint64_t seed) {
    Tlb tlb({.entries = 4, .ways = 0, .policy = TlbPolicy::Random, .seed = seed});
    std::vector<bool> hits;
    for (std::uint64_t i = 0; i < 200; ++i) hits.push_back(touch(tlb, (i * 7) % 6, i + 1));
    return hits;
  };
  EXPECT_EQ(run(3), run(3));
  EXPECT_NE(run(3), run(4));
}

TEST(Tlb, FillReportsTheEntryItReplaced) {
  Tlb tlb({.entries = 1, .ways = 0});
  TlbEntry e;
  e.tag = 5;
  EXPECT_FALSE(tlb.fill(e, 1).evicted);
  e.tag = 6;
  const Tlb::Fill second = tlb.fill(e, 2);
  ASSERT_TRUE(second.evicted);
  EXPECT_EQ(second.evicted->tag, 5u);
  EXPECT_EQ(second.slot, 0u);
}

}  // namespace
}  // namespace oslens::engine::translation

// Managed mode worked by hand: demand paging builds the tables (each table a frame), the TLB
// catches the second access, addresses outside the regions or against their permissions kill
// the process, fork shares frames copy-on-write, a full memory swaps the victim out and a later
// access reads it back; and random runs keep every invariant after every op.
#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/memory/translation/managed_ops.h"

namespace oslens::engine::translation {
namespace {

// 8-bit addresses, 16-byte pages, two levels of 2 bits: four entries a table, so a test can
// count every frame. Page vpn = va >> 4.
AddressFormat tinyFormat() {
  AddressFormat f;
  f.vaBits = 8, f.pageSize = 16, f.levels = {2, 2}, f.physicalBits = 12;
  return f;
}

Process process(const char* name, std::vector<Region> regions) {
  Process p;
  p.name = name;
  p.regions = std::move(regions);
  return p;
}

Region region(const char* name, std::uint64_t startVpn, std::uint64_t pages, const char* perm) {
  Region r;
  r.name = name;
  r.startVpn = startVpn;
  r.pages = pages;
  r.read = perm[0] == 'r';
  r.write = perm[1] == 'w';
  r.execute = perm[2] == 'x';
  return r;
}

ManagedState start(std::uint32_t frames, std::uint32_t slots = 0, std::optional<TlbConfig> tlb = std::nullopt,
                   paging::Policy policy = paging::Policy::Lru) {
  ManagedConfig config;
  config.format = tinyFormat();
  config.frames = frames;
  config.swapSlots = slots;
  config.tlb = tlb;
  config.replacement = policy;
  return initialManagedState(config, {process("A", {region("heap", 0, 16, "rw-"), region("text", 0x20 >> 4, 0, "r-x")})});
}

void expectConsistent(const ManagedState& s) {
  const auto problems = managedInvariantProblems(s);
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST(ManagedMemory, TheFirstTouchBuildsTheTablesAndZeroFillsAFrame) {
  ManagedState s = start(8);
  EXPECT_EQ(s.freeFrames(), 7u);  // the top table
  const AccessOutcome first = access(s, 0, 0x53, false);  // vpn 5: top index 1, leaf index 1
  EXPECT_EQ(first.fault, Fault::NotPresent);
  EXPECT_EQ(first.faultLevel, 0);  // the top table's entry 1 is empty
  EXPECT_EQ(std::vector<std::uint64_t>(first.indices.begin(), first.indices.end()), (std::vector<std::uint64_t>{1, 1}));
  EXPECT_EQ(first.offset, 3u);
  EXPECT_FALSE(first.pa);
  EXPECT_EQ(first.frame, 2u);  // frame 1: the new leaf table; frame 2: the page
  EXPECT_FALSE(first.major);
  EXPECT_EQ(s.faults.minor, 1u);
  EXPECT_EQ(s.freeFrames(), 5u);
  expectConsistent(s);
  const AccessOutcome again = access(s, 0, 0x5f, true);
  EXPECT_EQ(again.fault, Fault::None);
  ASSERT_TRUE(again.pa);
  EXPECT_EQ(*again.pa, 2u * 16 + 0xf);
  ASSERT_EQ(again.walk.size(), 2u);
  EXPECT_EQ(again.walk[1].entry & 0x1, 1u);  // present
  EXPECT_EQ(again.walk[1].entry >> 12, 2u);  // the frame
  EXPECT_TRUE(s.frames[2].dirty);
  EXPECT_TRUE(s.leafOf(0, 5)->dirty);
  expectConsistent(s);
}

TEST(ManagedMemory, TheTlbSkipsTheWalk) {
  ManagedState s = start(8, 0, TlbConfig{.entries = 2});
  const AccessOutcome fault = access(s, 0, 0x10, false);
  EXPECT_EQ(fault.tlbHit, false);
  const AccessOutcome hit = access(s, 0, 0x11, false);  // the retried access filled the TLB
  EXPECT_EQ(hit.tlbHit, true);
  EXPECT_TRUE(hit.walk.empty());
  EXPECT_EQ(*hit.pa, std::uint64_t{fault.frame} * 16 + 1);
  EXPECT_EQ(s.tlbHits, 1u);
  EXPECT_EQ(s.tlbMisses, 1u);
  expectConsistent(s);
}

TEST(ManagedMemory, OutsideTheRegionsOrAgainstTheirPermissionsTheProcessIsKilled) {
  ManagedConfig config;
  config.format = tinyFormat();
  config.frames = 8;
  const std::vector<Process> procs{process("A", {region("text", 0, 2, "r-x"), region("heap", 4, 2, "rw-")})};
  ManagedState outside = initialManagedState(config, procs);
  EXPECT_EQ(access(outside, 0, 0x30, false).fault, Fault::Segfault);  // vpn 3: between the regions
  EXPECT_EQ(outside.processes[0].state, ProcessState::Exited);
  EXPECT_EQ(outside.processes[0].killedBy, Fault::Segfault);
  EXPECT_EQ(outside.freeFrames(), 8u);  // everything given back
  expectConsistent(outside);

  ManagedState writeToText = initialManagedState(config, procs);
  EXPECT_EQ(access(writeToText, 0, 0x00, true).fault, Fault::Segfault);  // not present, and read-only

  ManagedState present = initialManagedState(config, procs);
  EXPECT_EQ(access(present, 0, 0x00, false).fault, Fault::NotPresent);
  EXPECT_EQ(access(present, 0, 0x00, true).fault, Fault::Protection);  // present, read-only
  EXPECT_EQ(present.faults.protection, 1u);
  EXPECT_EQ(present.processes[0].state, ProcessState::Exited);
  expectConsistent(present);
}

TEST(ManagedMemory, ForkSharesFramesUntilAWriteCopiesThem) {
  ManagedState s = start(12);
  access(s, 0, 0x00, true);
  const FrameNumber frame = s.leafOf(0, 0)->target;
  fork(s, 0, "B");
  ASSERT_EQ(s.processes.size(), 2u);
  EXPECT_EQ(s.leafOf(1, 0)->target, frame);
  EXPECT_EQ(s.frames[frame].mappers.size(), 2u);
  EXPECT_FALSE(s.leafOf(0, 0)->writable);
  EXPECT_FALSE(s.leafOf(1, 0)->writable);
  expectConsistent(s);
  // Reading needs no copy.
  EXPECT_EQ(access(s, 1, 0x01, false).fault, Fault::None);
  // The child writes: its own copy.
  const AccessOutcome copy = access(s, 1, 0x02, true);
  EXPECT_EQ(copy.fault, Fault::Cow);
  EXPECT_NE(s.leafOf(1, 0)->target, frame);
  EXPECT_EQ(s.frames[frame].mappers.size(), 1u);
  EXPECT_TRUE(s.leafOf(1, 0)->writable);
  expectConsistent(s);
  // The parent writes: the last user of the frame keeps it (do_wp_page reuse).
  const std::uint32_t freeBefore = s.freeFrames();
  EXPECT_EQ(access(s, 0, 0x03, true).fault, Fault::Cow);
  EXPECT_EQ(s.leafOf(0, 0)->target, frame);
  EXPECT_EQ(s.freeFrames(), freeBefore);
  EXPECT_EQ(s.faults.cow, 2u);
  expectConsistent(s);
  // The child exits: its frames and tables come back, the parent's stay.
  exitProcess(s, 1);
  EXPECT_EQ(s.frames[frame].mappers.size(), 1u);
  expectConsistent(s);
}

TEST(ManagedMemory, AFullMemorySwapsTheVictimOutAndReadsItBack) {
  // Four frames: the top table, one leaf table for pages 0..3, two pages.
  ManagedState s = start(4, 2);
  access(s, 0, 0x00, true);   // page 0, dirty
  access(s, 0, 0x10, false);  // page 1, clean
  access(s, 0, 0x01, false);  // page 0 used again: page 1 is the least recently used
  const AccessOutcome third = access(s, 0, 0x20, false);
  ASSERT_TRUE(third.evicted);
  EXPECT_EQ(third.evicted->vpn, 1u);
  EXPECT_FALSE(third.writeback);  // clean: dropped, to be zero-filled again
  EXPECT_EQ(s.leafOf(0, 1)->kind, Pte::Kind::Empty);
  const AccessOutcome fourth = access(s, 0, 0x30, false);  // now page 0 is the LRU, and dirty
  ASSERT_TRUE(fourth.evicted);
  EXPECT_EQ(fourth.evicted->vpn, 0u);
  EXPECT_TRUE(fourth.writeback);
  EXPECT_EQ(s.leafOf(0, 0)->kind, Pte::Kind::Swapped);
  EXPECT_EQ(s.swapOuts, 1u);
  expectConsistent(s);
  const AccessOutcome back = access(s, 0, 0x00, false);
  EXPECT_EQ(back.fault, Fault::NotPresent);
  EXPECT_TRUE(back.major);
  EXPECT_EQ(s.swapIns, 1u);
  EXPECT_EQ(s.swapRefs[0], 0u);
  expectConsistent(s);
}

TEST(ManagedMemory, ASwitchFlushesTheTlbUnlessItHasAsids) {
  for (bool asid : {false, true}) {
    ManagedConfig config;
    config.format = tinyFormat();
    config.frames = 12;
    config.tlb = TlbConfig{.entries = 4, .asid = asid};
    ManagedState s = initialManagedState(config, {process("A", {region("heap", 0, 4, "rw-")}), process("B", {region("heap", 0, 4, "rw-")})});
    access(s, 0, 0x00, false);
    access(s, 1, 0x00, false);  // a switch to B
    EXPECT_EQ(s.current, 1u);
    EXPECT_EQ(access(s, 0, 0x00, false).tlbHit, asid) << asid;  // back to A: its entry survived only with ASIDs
    expectConsistent(s);
  }
}

TEST(ManagedMemory, NonCanonicalX86AddressesKillBeforeAnyLookup) {
  ManagedConfig config;
  config.format = *presetFormat("x86_64");
  config.frames = 16;
  ManagedState s = initialManagedState(config, {process("A", {region("stack", 0x7fffffff0, 16, "rw-")})});
  const AccessOutcome o = access(s, 0, 0x0000800000000000ull, false);
  EXPECT_EQ(o.fault, Fault::NonCanonical);
  EXPECT_TRUE(o.walk.empty());
  EXPECT_EQ(s.processes[0].state, ProcessState::Exited);
  // A stack page on 4 levels: four tables and the page.
  ManagedState t = initialManagedState(config, {process("A", {region("stack", 0x7fffffff0, 16, "rw-")})});
  EXPECT_EQ(access(t, 0, 0x7fffffff0123ull, true).fault, Fault::NotPresent);
  EXPECT_EQ(t.freeFrames(), 16u - 5u);
  const AccessOutcome again = access(t, 0, 0x7fffffff0456ull, false);
  ASSERT_EQ(again.walk.size(), 4u);
  EXPECT_EQ(again.walk[0].index, 255u);
  EXPECT_EQ(*again.pa & 0xfff, 0x456u);
  expectConsistent(t);
}

// munmap frees the page-table pages no region reaches any more (Linux's free_pgtables), clears the
// entry above them and keeps the others working; a table another region still reaches stays.
TEST(ManagedMemory, MunmapFreesTheTablesNoRegionReaches) {
  ManagedConfig config;
  config.format = tinyFormat();
  config.frames = 12;
  ManagedState s = initialManagedState(config, {process("A", {region("heap", 0, 2, "rw-")})});
  mapRegion(s, 0, region("buf", 8, 4, "rw-"));   // top index 2: a leaf table of its own
  mapRegion(s, 0, region("near", 2, 1, "rw-"));  // shares the heap's leaf table (top index 0)
  access(s, 0, 0x10, true);                      // heap
  access(s, 0, 0x80, true);                      // buf
  access(s, 0, 0x20, true);                      // near
  const std::size_t tablesBefore = s.processes[0].tables.size();
  const std::size_t freeBefore = s.freeFrames();
  const UnmapOutcome buf = unmapRegion(s, 0, "buf");
  EXPECT_EQ(buf.freedTables, 1u);
  EXPECT_EQ(buf.freedFrames, 1u);
  EXPECT_EQ(s.processes[0].tables.size(), tablesBefore - 1);
  EXPECT_EQ(s.freeFrames(), freeBefore + 2);  // the page and its table
  EXPECT_EQ(s.processes[0].tables[0].entries[2].kind, Pte::Kind::Empty);
  expectConsistent(s);
  const UnmapOutcome near = unmapRegion(s, 0, "near");
  EXPECT_EQ(near.freedTables, 0u);  // the heap still reaches that table
  const AccessOutcome again = access(s, 0, 0x14, false);
  EXPECT_EQ(again.fault, Fault::None);
  expectConsistent(s);
}

// Random runs: several processes, fork, exit, switches, mmap, munmap and accesses inside and
// outside the regions, under every policy and TLB shape; every invariant holds after every op.
TEST(ManagedMemory, RandomRunsKeepEveryInvariant) {
  const std::vector<std::optional<TlbConfig>> tlbs{std::nullopt, TlbConfig{.entries = 4, .ways = 2, .policy = TlbPolicy::Fifo},
                                                   TlbConfig{.entries = 8, .ways = 0, .policy = TlbPolicy::Random, .asid = true, .seed = 5}};
  std::uint64_t totalSteps = 0, swapOuts = 0, cowFaults = 0, majors = 0, mmaps = 0, munmaps = 0;
  for (paging::Policy policy : {paging::Policy::Fifo, paging::Policy::Lru, paging::Policy::Clock, paging::Policy::Lfu, paging::Policy::Random})
    for (const auto& tlb : tlbs)
      for (std::uint64_t seed = 1; seed <= 9; ++seed) {
        ManagedConfig config;
        config.format = tinyFormat();
        config.frames = 6 + static_cast<std::uint32_t>(seed % 3) * 2;
        config.swapSlots = static_cast<std::uint32_t>(seed % 4) * 3;
        config.tlb = tlb;
        config.replacement = policy;
        config.seed = seed;
        ManagedState s = initialManagedState(
            config, {process("A", {region("text", 0, 2, "r-x"), region("heap", 4, 6, "rw-")}), process("B", {region("heap", 8, 8, "rw-")})});
        Rng rng(seed * 7919);
        int steps = 0;
        for (int op = 0; op < 500; ++op) {
          std::vector<ProcessIndex> live;
          for (ProcessIndex p = 0; p < s.processes.size(); ++p)
            if (s.processes[p].state != ProcessState::Exited) live.push_back(p);
          if (live.empty()) break;
          const ProcessIndex p = live[rng.below(live.size())];
          const std::uint64_t what = rng.below(1000);
          if (what < 30 && s.processes.size() < 12) fork(s, p, "child");
          else if (what < 33) exitProcess(s, p);
          else if (what < 80) switchTo(s, p);
          else if (what < 88) access(s, p, rng.below(256), rng.below(3) == 0);  // anywhere: may kill
          else if (what < 112) {
            // mmap a few pages where the process has no region (the reader refuses overlaps).
            Region r = region("", rng.below(16), 1 + rng.below(3), rng.below(2) ? "rw-" : "r--");
            r.name = "map" + std::to_string(op);
            r.pages = std::min<std::uint64_t>(r.pages, 16 - r.startVpn);
            bool overlaps = false;
            for (const Region& other : s.processes[p].regions)
              overlaps |= r.startVpn < other.startVpn + other.pages && other.startVpn < r.startVpn + r.pages;
            if (!overlaps) mapRegion(s, p, r), ++mmaps;
          } else if (what < 120) {
            const auto& regions = s.processes[p].regions;
            if (!regions.empty()) munmaps += unmapRegion(s, p, regions[rng.below(regions.size())].name).mappedPages > 0;
          } else {
            // Inside a region, writing only where the region allows.
            const auto& regions = s.processes[p].regions;
            if (regions.empty()) continue;
            const Region& r = regions[rng.below(regions.size())];
            const std::uint64_t vpn = r.startVpn + rng.below(r.pages);
            access(s, p, (vpn << 4) | rng.below(16), r.write && rng.below(3) == 0);
          }
          ++steps;
          const auto problems = managedInvariantProblems(s);
          ASSERT_TRUE(problems.empty()) << problems.front() << " (policy " << paging::policyName(policy) << ", seed " << seed << ", op " << op << ")";
        }
        totalSteps += steps;
        swapOuts += s.swapOuts;
        cowFaults += s.faults.cow;
        majors += s.faults.major;
      }
  // The runs went through what they are meant to test.
  EXPECT_GT(totalSteps, 10000u);
  EXPECT_GT(swapOuts, 100u);
  EXPECT_GT(cowFaults, 100u);
  EXPECT_GT(majors, 50u);
  EXPECT_GT(mmaps, 50u);
  EXPECT_GT(munmaps, 25u);  // unmaps of regions that had pages in memory
}

}  // namespace
}  // namespace oslens::engine::translation

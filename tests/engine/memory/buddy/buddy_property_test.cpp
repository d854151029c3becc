// Random alloc/free sequences (seeded, as lib/rbtree_test.c does) with the invariants checked after
// every step, and the timeline's seek checked against replay from step 0.
#include <gtest/gtest.h>

#include "buddy_test_support.h"
#include "seek_replay_check.h"
#include "engine/core/rng.h"
#include "engine/core/timeline.h"

namespace oslens::engine::buddy {
namespace {

struct RandomWorkload {
  BuddyConfig config;
  std::vector<BuddyOp> ops;
  std::shared_ptr<const std::vector<std::string>> tags;
};

constexpr TagId kTagPool = 400;

// Mostly small orders, as real workloads ask; frees pick a random live tag, and now and then a tag
// that was freed already (a double free must be an event, never a broken state).
RandomWorkload randomWorkload(std::uint64_t seed, std::size_t count, std::uint32_t pages, PickRule pick, bool zones) {
  RandomWorkload w;
  w.config = testing::zoneOf(pages, 6, pick);
  if (zones) {
    w.config.zones = {{"DMA", 0, pages / 8 + 3}, {"Normal", pages / 8 + 3, pages - (pages / 8 + 3)}};
    w.config.defaultZone = 1;
  }
  Rng rng(seed);
  std::vector<TagId> maybeLive;
  TagId next = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (maybeLive.empty() || rng.below(100) < 55) {
      const auto order = static_cast<Order>(rng.below(4) == 0 ? rng.below(6) : rng.below(2));
      const std::uint64_t bytes = rng.below(3) == 0 ? (std::uint64_t{4096} << order) - rng.below(4096) : 0;
      const auto zone = static_cast<ZoneIndex>(zones ? rng.below(2) : 0);
      // A pool of tags, reused: a tag still live makes the alloc a StillAllocated event.
      const TagId tag = next++ % kTagPool;
      w.ops.push_back(AllocOp{tag, order, bytes, zone});
      maybeLive.push_back(tag);
    } else {
      const std::size_t pick = rng.below(maybeLive.size());
      w.ops.push_back(FreeOp{maybeLive[pick]});
      if (rng.below(20) != 0) {
        maybeLive[pick] = maybeLive.back();
        maybeLive.pop_back();
      }
    }
  }
  auto names = std::make_shared<std::vector<std::string>>();
  for (TagId t = 0; t < std::min(next, kTagPool); ++t) names->push_back("t" + std::to_string(t));
  w.tags = names;
  return w;
}

void runWithInvariants(const RandomWorkload& w) {
  auto state = BuddyModel::initialState(w.config, w.tags);
  for (std::size_t i = 0; i < w.ops.size(); ++i) {
    EventLog<BuddyEvent> log(i % 7 == 0);  // recording on or off must not change the state
    BuddyModel::step(state, w.ops[i], log);
    const auto problems = BuddyModel::checkInvariants(state);
    ASSERT_TRUE(problems.empty()) << "after op " << i << ": " << problems.front();
  }
  EXPECT_GT(state.allocations, 0u);
  EXPECT_GT(state.frees, 0u);
}

TEST(BuddyProperty, HundredThousandRandomOpsKeepEveryInvariant) {
  runWithInvariants(randomWorkload(1, 100'000, 256, PickRule::Lifo, false));
}

TEST(BuddyProperty, TheLowestAddressRuleKeepsEveryInvariant) {
  runWithInvariants(randomWorkload(2, 30'000, 256, PickRule::Lowest, false));
}

TEST(BuddyProperty, ZonesWithAnUnalignedEdgeKeepEveryInvariant) {
  runWithInvariants(randomWorkload(3, 30'000, 200, PickRule::Lifo, true));
}

TEST(BuddyProperty, FreeingEverythingMergesBackToTheInitialBlocks) {
  for (PickRule pick : {PickRule::Lifo, PickRule::Lowest}) {
    auto w = randomWorkload(4, 5'000, 100, pick, false);
    auto state = BuddyModel::initialState(w.config, w.tags);
    for (const auto& op : w.ops) {
      EventLog<BuddyEvent> log(false);
      BuddyModel::step(state, op, log);
    }
    for (TagId t = 0; t < state.tags.size(); ++t) {
      EventLog<BuddyEvent> log(false);
      BuddyModel::step(state, FreeOp{t}, log);
    }
    // 100 = 3 x 32 + 4 with order 5 the largest, whatever happened in between.
    EXPECT_EQ(state.memory.freePages(), 100u);
    EXPECT_EQ(state.memory.freeBlocksByAddress(5), (std::vector<Pfn>{0, 32, 64}));
    EXPECT_EQ(state.memory.freeBlocksByAddress(2), (std::vector<Pfn>{96}));
  }
}

TEST(BuddyProperty, SeekGivesTheStateThatReplayGives) {
  for (PickRule pick : {PickRule::Lifo, PickRule::Lowest}) {
    auto w = randomWorkload(5, 4'000, 128, pick, true);
    // A small budget forces many checkpoints, so seeks restore them and replay.
    Timeline<BuddyModel> timeline(BuddyModel::initialState(w.config, w.tags), w.ops, 64 * 1024);
    ASSERT_GT(timeline.checkpointInterval(), 1u);
    engine::testing::expectSeeksMatchReplay(timeline);
  }
}

}  // namespace
}  // namespace oslens::engine::buddy

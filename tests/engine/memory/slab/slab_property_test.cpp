// Random slab workloads (seeded, as lib/rbtree_test.c does) with the invariants checked after
// every step, and the timeline's seek checked against replay from step 0.
#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/core/timeline.h"
#include "seek_replay_check.h"
#include "slab_test_support.h"

namespace oslens::engine::slab {
namespace {

struct RandomWorkload {
  buddy::BuddyConfig config;
  std::shared_ptr<const SlabSetup> setup;
  std::vector<SlabOp> ops;
  std::shared_ptr<const std::vector<std::string>> tags;
};

constexpr TagId kTagPool = 300;

// Four named caches and four kmalloc classes on a small zone, so that caches grow, fill, fail
// for want of pages and shrink. Frees pick a random live tag, sometimes through the wrong cache
// or a second time; kmallocs are sometimes too big for any class.
RandomWorkload randomWorkload(std::uint64_t seed, std::size_t count, std::uint32_t pages, SlabOptions options) {
  RandomWorkload w;
  w.config = testing::zoneOf(pages, 5);
  auto setup = std::make_shared<SlabSetup>();
  setup->options = options;
  setup->constants = SlabConstants::of(w.config.pageSize, options.kmallocMinSize);
  for (auto request : {testing::cacheOf("tiny", 24), testing::cacheOf("small", 200, 64),
                       testing::cacheOf("odd", 1200), testing::cacheOf("big", 5000)})
    setup->caches.push_back(testing::geometryOf(request, options, w.config));
  const KmallocTable kmalloc(setup->constants, options, w.config.largestOrder());
  const std::vector<std::uint32_t> classes = {32, 96, 512, 4096};
  for (std::uint32_t size : classes)
    setup->caches.push_back(testing::geometryOf({kmallocCacheName(size), size, 0, std::nullopt, options.freelist, true},
                                                options, w.config));
  const auto caches = static_cast<CacheId>(setup->caches.size());
  w.setup = setup;

  Rng rng(seed);
  std::vector<TagId> maybeLive;
  TagId next = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto roll = rng.below(100);
    if (roll < 2) {
      w.ops.push_back(ShrinkOp{static_cast<CacheId>(rng.below(caches))});
    } else if (maybeLive.empty() || roll < 55) {
      const TagId tag = next++ % kTagPool;  // a reused tag may still be live: a StillAllocated event
      if (rng.below(2) == 0) {
        w.ops.push_back(CacheAllocOp{tag, static_cast<CacheId>(rng.below(4))});
      } else {
        const bool large = rng.below(20) == 0;
        const std::uint64_t bytes = large ? 8193 + rng.below(3 * 4096) : 1 + rng.below(4096);
        KmallocOp op{tag, bytes, kNoCache, 0};
        if (auto size = kmalloc.classFor(bytes)) {
          // The class's cache, or, for a class this workload has no cache for, the next one up.
          std::size_t k = 0;
          while (classes[k] < *size) ++k;
          op.cache = static_cast<CacheId>(4 + k);
          op.bytes = std::min<std::uint64_t>(bytes, classes[k]);
        } else {
          op.order = buddy::orderForBytes(bytes, w.config.pageSize);
        }
        w.ops.push_back(op);
      }
      maybeLive.push_back(tag);
    } else {
      const std::size_t pick = rng.below(maybeLive.size());
      const TagId tag = maybeLive[pick];
      if (rng.below(2) == 0) w.ops.push_back(KfreeOp{tag});
      else w.ops.push_back(CacheFreeOp{tag, rng.below(10) == 0 ? static_cast<CacheId>(rng.below(caches)) : kNoCache});
      if (rng.below(20) != 0) {  // now and then free it again later: a double free
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
  auto state = SlabModel::initialState(w.config, w.setup, w.tags);
  for (std::size_t i = 0; i < w.ops.size(); ++i) {
    EventLog<SlabEvent> log(i % 7 == 0);  // recording on or off must not change the state
    SlabModel::step(state, w.ops[i], log);
    const auto problems = SlabModel::checkInvariants(state);
    ASSERT_TRUE(problems.empty()) << "after op " << i << ": " << problems.front();
  }
  EXPECT_GT(state.allocations, 0u);
  EXPECT_GT(state.frees, 0u);
  EXPECT_GT(state.failures, 0u);  // the zone is small enough to run out
  std::uint64_t destroyed = 0;
  for (const auto& cache : state.caches) destroyed += cache.destroyed;
  EXPECT_GT(destroyed, 0u);
}

TEST(SlabProperty, HundredThousandRandomOpsKeepEveryInvariant) {
  runWithInvariants(randomWorkload(1, 100'000, 64, {}));
}

TEST(SlabProperty, TheOnSlabLayoutAndClassicColouringKeepEveryInvariant) {
  SlabOptions options;
  options.freelist = FreelistLayout::OnSlab;
  options.colouring = ColourRule::Classic;
  options.slabMaxOrder = 1;
  runWithInvariants(randomWorkload(2, 30'000, 64, options));
}

TEST(SlabProperty, TwoByteFreelistIndicesKeepEveryInvariant) {
  SlabOptions options;
  options.kmallocMinSize = 8;
  runWithInvariants(randomWorkload(3, 30'000, 64, options));
}

TEST(SlabProperty, FreeingEverythingAndShrinkingGivesEveryPageBack) {
  auto w = randomWorkload(4, 5'000, 64, {});
  auto state = SlabModel::initialState(w.config, w.setup, w.tags);
  EventLog<SlabEvent> silent(false);
  for (const auto& op : w.ops) SlabModel::step(state, op, silent);
  for (TagId t = 0; t < state.tags.size(); ++t) SlabModel::step(state, KfreeOp{t}, silent);
  for (CacheId c = 0; c < state.caches.size(); ++c) SlabModel::step(state, ShrinkOp{c}, silent);
  EXPECT_TRUE(SlabModel::checkInvariants(state).empty());
  EXPECT_EQ(state.memory.freePages(), 64u);
  EXPECT_EQ(state.memory.freeBlocksByAddress(4), (std::vector<Pfn>{0, 16, 32, 48}));  // orders 0..4
}

TEST(SlabProperty, SeekGivesTheStateThatReplayGives) {
  auto w = randomWorkload(5, 4'000, 64, {});
  // A small budget forces many checkpoints, so seeks restore them and replay.
  Timeline<SlabModel> timeline(SlabModel::initialState(w.config, w.setup, w.tags), w.ops, 256 * 1024);
  ASSERT_GT(timeline.checkpointInterval(), 1u);
  engine::testing::expectSeeksMatchReplay(timeline);
}

}  // namespace
}  // namespace oslens::engine::slab

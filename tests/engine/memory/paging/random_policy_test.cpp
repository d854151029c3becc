// Random replacement (OSTEP 22.5) draws its victim from the scenario's seeded generator, so a
// scenario replays bit for bit (docs/architecture.md, "Determinism") and a different seed tells a
// different story.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

std::vector<Page> victimSequence(std::uint64_t seed, const std::vector<PagingOp>& ops) {
  std::vector<Page> out;
  for (const auto& step : runChecked({4, Policy::Random, seed}, ops).steps)
    for (const auto& v : eventsOf<VictimChosen>(step)) out.push_back(v.page);
  return out;
}

std::vector<PagingOp> longString() {
  Rng rng(2024);
  return randomReferences(rng, 400, 12, 0);
}

TEST(PagingRandom, SameSeedGivesTheSameVictims) {
  const auto ops = longString();
  const auto first = victimSequence(11, ops);
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(victimSequence(11, ops), first);
}

TEST(PagingRandom, DifferentSeedsGiveDifferentVictims) {
  const auto ops = longString();
  const auto base = victimSequence(1, ops);
  for (std::uint64_t seed : {2u, 3u, 99u}) EXPECT_NE(victimSequence(seed, ops), base) << "seed " << seed;
}

// Over many replacements every frame gets picked: the draw covers the whole memory.
TEST(PagingRandom, EveryFrameIsSometimesTheVictim) {
  std::vector<int> picked(4, 0);
  for (const auto& step : runChecked({4, Policy::Random, 5}, longString()).steps)
    for (const auto& v : eventsOf<VictimChosen>(step)) ++picked.at(v.frame);
  for (int n : picked) EXPECT_GT(n, 0);
}

}  // namespace
}  // namespace oslens::engine::paging

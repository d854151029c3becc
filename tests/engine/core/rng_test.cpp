// The engine's one random source must replay bit for bit on every machine (docs/architecture.md,
// "Determinism"): these tests pin its output so that a change of algorithm cannot slip by.
#include <array>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "engine/core/rng.h"

namespace oslens::engine {
namespace {

// Expected values computed with an independent implementation of xoshiro256** (Blackman and
// Vigna, reference xoshiro256starstar.c) whose four state words come from SplitMix64 run on the
// seed. SplitMix64's first output for seed 0 is the widely quoted 0xe220a8397b1dcdaf.
TEST(Rng, FirstOutputsForSeed0MatchXoshiro256StarStar) {
  Rng rng(0);
  EXPECT_EQ(rng.rawState()[0], 0xe220a8397b1dcdafULL);
  EXPECT_EQ(rng.next(), 0x99ec5f36cb75f2b4ULL);
  EXPECT_EQ(rng.next(), 0xbf6e1f784956452aULL);
  EXPECT_EQ(rng.next(), 0x1a5f849d4933e6e0ULL);
  EXPECT_EQ(rng.next(), 0x6aa594f1262d2d2cULL);
}

TEST(Rng, FirstOutputsForSeed42MatchXoshiro256StarStar) {
  Rng rng(42);
  EXPECT_EQ(rng.next(), 0x15780b2e0c2ec716ULL);
  EXPECT_EQ(rng.next(), 0x6104d9866d113a7eULL);
  EXPECT_EQ(rng.next(), 0xae17533239e499a1ULL);
  EXPECT_EQ(rng.next(), 0xecb8ad4703b360a1ULL);
}

// below() maps a draw to [0, n) by Lemire's multiply-and-reject; the mapping is pinned too,
// since a scenario's Random victims depend on it.
TEST(Rng, BoundedDrawsForSeed7ArePinned) {
  Rng tens(7);
  std::vector<std::uint64_t> drawn;
  for (int i = 0; i < 10; ++i) drawn.push_back(tens.below(10));
  EXPECT_EQ(drawn, (std::vector<std::uint64_t>{7, 2, 8, 9, 9, 8, 0, 1, 4, 1}));
  Rng thousands(7);
  drawn.clear();
  for (int i = 0; i < 5; ++i) drawn.push_back(thousands.below(1000));
  EXPECT_EQ(drawn, (std::vector<std::uint64_t>{700, 278, 839, 981, 990}));
}

TEST(Rng, SameSeedGivesTheSameSequence) {
  Rng a(123456789), b(123456789);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(a.next(), b.next()) << "draw " << i;
}

TEST(Rng, DifferentSeedsGiveDifferentSequences) {
  Rng a(1), b(2);
  int equal = 0;
  for (int i = 0; i < 100; ++i) equal += a.next() == b.next();
  EXPECT_EQ(equal, 0);
}

// A copy (as in a timeline checkpoint) continues exactly where the original was.
TEST(Rng, CopyContinuesTheSameStream) {
  Rng a(9);
  for (int i = 0; i < 17; ++i) a.next();
  Rng b = a;
  EXPECT_EQ(a, b);
  for (int i = 0; i < 100; ++i) ASSERT_EQ(a.below(97), b.below(97));
}

TEST(Rng, BelowStaysInRangeForAwkwardBounds) {
  Rng rng(5);
  const std::uint64_t bounds[] = {2, 3, 7, 1000, (std::uint64_t{1} << 63) + 1, UINT64_MAX};
  for (std::uint64_t bound : bounds) {
    for (int i = 0; i < 2000; ++i) ASSERT_LT(rng.below(bound), bound) << "bound " << bound;
  }
  EXPECT_EQ(rng.below(1), 0u);
  EXPECT_EQ(rng.below(0), 0u);  // documented as bound > 0; answers 0 rather than dividing by zero
}

// Pearson's chi-square test of uniformity on a fixed seed. With k buckets there are k - 1 degrees
// of freedom; the bounds are the 0.1% critical values (k = 10: 27.88; k = 7: 22.46), so a correct
// generator would fail for one seed in a thousand, and this seed is fixed.
double chiSquare(std::uint64_t seed, std::uint64_t buckets, int draws) {
  Rng rng(seed);
  std::vector<int> counts(buckets, 0);
  for (int i = 0; i < draws; ++i) ++counts[rng.below(buckets)];
  const double expected = static_cast<double>(draws) / static_cast<double>(buckets);
  double chi2 = 0;
  for (int c : counts) chi2 += (c - expected) * (c - expected) / expected;
  return chi2;
}

TEST(Rng, BelowIsRoughlyUniformByChiSquare) {
  EXPECT_LT(chiSquare(2024, 10, 100000), 27.88);
  EXPECT_LT(chiSquare(2025, 7, 70000), 22.46);
}

}  // namespace
}  // namespace oslens::engine

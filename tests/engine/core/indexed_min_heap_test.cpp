// IndexedMinHeap finds the replacement victim in O(log frames). Checked against the obvious
// model (a map from id to key, scanned for its minimum) on seeded random operations, including
// keys that go up as well as down, erasing from the middle, and many equal keys.
#include <array>
#include <cstdint>
#include <map>

#include <gtest/gtest.h>

#include "engine/core/indexed_min_heap.h"
#include "engine/core/rng.h"

namespace oslens::engine {
namespace {

TEST(IndexedMinHeap, TopIsTheSmallestKey) {
  IndexedMinHeap<int> heap(5);
  heap.set(0, 30);
  heap.set(1, 10);
  heap.set(2, 20);
  EXPECT_EQ(heap.top(), 1u);
  heap.set(1, 40);  // an increase moves it down
  EXPECT_EQ(heap.top(), 2u);
  heap.set(0, 5);   // a decrease moves it up
  EXPECT_EQ(heap.top(), 0u);
  heap.erase(0);
  EXPECT_EQ(heap.top(), 2u);
  EXPECT_EQ(heap.size(), 2u);
  EXPECT_FALSE(heap.contains(0));
  EXPECT_TRUE(heap.isHeap());
}

// Victim keys compare lexicographically: the second word breaks ties in the first.
TEST(IndexedMinHeap, ArrayKeysBreakTiesOnTheSecondWord) {
  IndexedMinHeap<std::array<std::uint64_t, 2>> heap(3);
  heap.set(0, {1, 9});
  heap.set(1, {1, 3});
  heap.set(2, {2, 0});
  EXPECT_EQ(heap.top(), 1u);
}

void checkAgainstModel(std::uint64_t seed, std::uint32_t capacity, std::uint64_t keyRange) {
  Rng rng(seed);
  IndexedMinHeap<std::uint64_t> heap(capacity);
  std::map<std::uint32_t, std::uint64_t> model;
  for (int op = 0; op < 5000; ++op) {
    const auto id = static_cast<std::uint32_t>(rng.below(capacity));
    if (rng.below(4) == 0) {
      if (model.count(id)) {
        heap.erase(id);
        model.erase(id);
      }
    } else {
      const std::uint64_t key = rng.below(keyRange);
      heap.set(id, key);
      model[id] = key;
    }
    ASSERT_EQ(heap.size(), model.size()) << "seed " << seed << ", op " << op;
    ASSERT_EQ(heap.empty(), model.empty());
    ASSERT_TRUE(heap.isHeap()) << "seed " << seed << ", op " << op;
    for (std::uint32_t i = 0; i < capacity; ++i) {
      ASSERT_EQ(heap.contains(i), model.count(i) == 1);
      if (model.count(i)) {
        ASSERT_EQ(heap.key(i), model[i]);
      }
    }
    if (!model.empty()) {
      std::uint64_t smallest = UINT64_MAX;
      for (const auto& [id2, key] : model) smallest = std::min(smallest, key);
      // With equal keys any of them may be on top; its key must be the smallest.
      ASSERT_EQ(heap.key(heap.top()), smallest) << "seed " << seed << ", op " << op;
      ASSERT_TRUE(model.count(heap.top()));
    }
  }
}

TEST(IndexedMinHeap, AgreesWithABruteForceModelOnRandomOperations) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) checkAgainstModel(seed, 1 + static_cast<std::uint32_t>(seed * 3), 1000);
}

TEST(IndexedMinHeap, AgreesWithTheModelWhenMostKeysAreEqual) {
  for (std::uint64_t seed = 100; seed < 110; ++seed) checkAgainstModel(seed, 16, 3);
}

// Emptying the heap by always erasing the top yields the keys in order: a heap sort.
TEST(IndexedMinHeap, PoppingTheTopGivesKeysInOrder) {
  Rng rng(77);
  IndexedMinHeap<std::uint64_t> heap(200);
  for (std::uint32_t id = 0; id < 200; ++id) heap.set(id, rng.below(50));
  std::uint64_t previous = 0;
  while (!heap.empty()) {
    const auto top = heap.top();
    ASSERT_GE(heap.key(top), previous);
    previous = heap.key(top);
    heap.erase(top);
  }
}

// A copy is independent: checkpoints rely on it.
TEST(IndexedMinHeap, CopyIsAnIndependentValue) {
  IndexedMinHeap<int> a(3);
  a.set(0, 1);
  IndexedMinHeap<int> b = a;
  b.set(1, 0);
  EXPECT_EQ(a.size(), 1u);
  EXPECT_EQ(a.top(), 0u);
  EXPECT_EQ(b.top(), 1u);
}

}  // namespace
}  // namespace oslens::engine

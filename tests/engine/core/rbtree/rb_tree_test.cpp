#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "engine/core/rng.h"
#include "engine/core/rbtree/rb_events.h"
#include "engine/core/rbtree/rb_tree.h"
#include "engine/core/rbtree/rb_tree_check.h"

namespace oslens::engine::rbtree {
namespace {

using Tree = RbTree<std::uint64_t>;

std::vector<RbEvent> insertRecorded(Tree& tree, NodeId id, std::uint64_t key) {
  std::vector<RbEvent> events;
  tree.insert(id, key, RbEventRecorder(true, [&](RbEvent e) { events.push_back(e); }));
  return events;
}

std::vector<RbEvent> eraseRecorded(Tree& tree, NodeId id) {
  std::vector<RbEvent> events;
  tree.erase(id, RbEventRecorder(true, [&](RbEvent e) { events.push_back(e); }));
  return events;
}

std::vector<RbCase> casesOf(const std::vector<RbEvent>& events) {
  std::vector<RbCase> cases;
  for (const auto& e : events)
    if (const auto* fixup = std::get_if<RbFixup>(&e)) cases.push_back(fixup->which);
  return cases;
}

std::vector<std::uint64_t> keysInOrder(const Tree& tree) {
  std::vector<std::uint64_t> keys;
  tree.forEachInOrder([&](NodeId id) { keys.push_back(tree.key(id)); });
  return keys;
}

TEST(RbTree, AscendingInsertsRotateLeftAtTheRoot) {
  Tree tree;
  tree.insert(0, 10);
  tree.insert(1, 20);
  const auto events = insertRecorded(tree, 2, 30);
  // 30 is the outer grandchild of 10 with a nil (black) uncle: CLRS case 3.
  EXPECT_EQ(casesOf(events), std::vector<RbCase>{RbCase::InsertOuterChild});
  EXPECT_NE(std::find(events.begin(), events.end(), RbEvent{RbRotate{0, RbSide::Left}}), events.end());
  EXPECT_EQ(tree.root(), 1u);
  EXPECT_EQ(tree.color(1), RbColor::Black);
  EXPECT_EQ(tree.color(0), RbColor::Red);
  EXPECT_EQ(tree.color(2), RbColor::Red);
  EXPECT_TRUE(checkRbTree(tree).empty());
}

// CLRS 3rd ed., Figure 13.4: inserting 4 into the tree 11(2(1,7(5,8)),14(,15)) goes through
// case 1 (at 4, uncle 8 red), case 2 (at 7, an inner grandchild) and case 3 (at 2).
TEST(RbTree, ClrsFigure13_4GoesThroughCasesOneTwoThree) {
  Tree tree;
  const std::vector<std::uint64_t> keys = {11, 2, 14, 1, 7, 15, 5, 8};
  for (NodeId id = 0; id < keys.size(); ++id) tree.insert(id, keys[id]);
  ASSERT_TRUE(checkRbTree(tree).empty());
  const auto events = insertRecorded(tree, 8, 4);
  EXPECT_EQ(casesOf(events), (std::vector<RbCase>{RbCase::InsertUncleRed, RbCase::InsertInnerChild, RbCase::InsertOuterChild}));
  // Figure 13.4(d): 7 is the new root, 2 and 11 its red children.
  EXPECT_EQ(tree.key(tree.root()), 7u);
  EXPECT_EQ(tree.key(tree.left(tree.root())), 2u);
  EXPECT_EQ(tree.key(tree.right(tree.root())), 11u);
  EXPECT_EQ(tree.color(tree.left(tree.root())), RbColor::Red);
  EXPECT_TRUE(checkRbTree(tree).empty());
  EXPECT_EQ(keysInOrder(tree), (std::vector<std::uint64_t>{1, 2, 4, 5, 7, 8, 11, 14, 15}));
}

TEST(RbTree, EqualKeysAreOrderedByIdAndLeftmostIsCached) {
  Tree tree;
  tree.insert(5, 100);
  tree.insert(2, 100);
  tree.insert(9, 100);
  tree.insert(7, 50);
  EXPECT_EQ(tree.inOrder(), (std::vector<NodeId>{7, 2, 5, 9}));
  EXPECT_EQ(tree.leftmost(), 7u);
  tree.erase(7);
  EXPECT_EQ(tree.leftmost(), 2u);
  tree.erase(2);
  EXPECT_EQ(tree.leftmost(), 5u);
  EXPECT_TRUE(checkRbTree(tree).empty());
}

TEST(RbTree, ErasingANodeWithTwoChildrenRelinksItsSuccessor) {
  Tree tree;
  for (NodeId id = 0; id < 7; ++id) tree.insert(id, id * 10);
  const NodeId root = tree.root();
  const auto events = eraseRecorded(tree, root);
  ASSERT_FALSE(events.empty());
  const NodeId successor = std::get<RbSuccessor>(events[0]).successor;
  EXPECT_EQ(tree.key(successor), tree.key(root) + 10);  // keys stay with their ids
  EXPECT_FALSE(tree.contains(root));
  EXPECT_TRUE(checkRbTree(tree).empty());
}

TEST(RbTree, EmptiesCompletely) {
  Tree tree;
  for (NodeId id = 0; id < 50; ++id) tree.insert(id, (id * 37) % 50);
  for (NodeId id = 0; id < 50; ++id) {
    tree.erase(id);
    ASSERT_TRUE(checkRbTree(tree).empty()) << "after erasing " << id;
  }
  EXPECT_TRUE(tree.empty());
  EXPECT_EQ(tree.root(), kNil);
  EXPECT_EQ(tree.leftmost(), kNil);
}

TEST(RbTree, CheckFindsAKeyChangedBehindTheTreesBack) {
  Tree tree;
  tree.insert(0, 5);
  tree.insert(1, 6);
  ASSERT_TRUE(checkRbTree(tree).empty());
  // A vruntime updated while its task is queued breaks BST order: the bug CFS avoids by taking
  // the running task out of the tree.
  const_cast<Tree::Node&>(tree.node(1)).key = 1;
  EXPECT_FALSE(checkRbTree(tree).empty());
}

// Random inserts and erases with invariants after every operation, and every fix-up case seen.
TEST(RbTree, InvariantsHoldAfterEveryRandomOperation) {
  Rng rng(7);
  Tree tree;
  std::vector<NodeId> present;
  std::vector<NodeId> absent;
  for (NodeId id = 0; id < 300; ++id) absent.push_back(id);
  std::set<RbCase> seen;
  for (int op = 0; op < 20000; ++op) {
    const bool insert = present.empty() || (!absent.empty() && rng.below(100) < 55);
    std::vector<RbEvent> events;
    if (insert) {
      const std::size_t pick = rng.below(absent.size());
      const NodeId id = absent[pick];
      absent[pick] = absent.back();
      absent.pop_back();
      events = insertRecorded(tree, id, rng.below(64));  // few distinct keys: many ties
      present.push_back(id);
    } else {
      const std::size_t pick = rng.below(present.size());
      const NodeId id = present[pick];
      present[pick] = present.back();
      present.pop_back();
      events = eraseRecorded(tree, id);
      absent.push_back(id);
    }
    for (const RbCase c : casesOf(events)) seen.insert(c);
    const auto problems = checkRbTree(tree);
    ASSERT_TRUE(problems.empty()) << "after op " << op << ": " << problems.front();
    ASSERT_EQ(tree.size(), present.size());
  }
  EXPECT_EQ(seen.size(), 10u) << "every insert and erase case should occur in 20000 random operations";
}

// 10^5 random inserts and erases against std::multiset of (key, id): the same size and smallest
// element after every operation, the same order throughout at intervals.
TEST(RbTree, MatchesStdMultisetOnOneHundredThousandOperations) {
  Rng rng(2026);
  Tree tree(1 << 16);
  std::multiset<std::pair<std::uint64_t, NodeId>> reference;
  std::vector<NodeId> present;
  std::vector<NodeId> absent;
  for (NodeId id = 0; id < (1 << 16); ++id) absent.push_back(id);
  for (int op = 0; op < 100000; ++op) {
    // Grow for the first half, then shrink: the tree passes through every size up to ~10^4.
    const int insertPercent = op < 50000 ? 60 : 40;
    const bool insert = present.empty() || (!absent.empty() && static_cast<int>(rng.below(100)) < insertPercent);
    if (insert) {
      const std::size_t pick = rng.below(absent.size());
      const NodeId id = absent[pick];
      absent[pick] = absent.back();
      absent.pop_back();
      const std::uint64_t key = rng.below(1u << 20);
      tree.insert(id, key);
      reference.insert({key, id});
      present.push_back(id);
    } else {
      const std::size_t pick = rng.below(present.size());
      const NodeId id = present[pick];
      present[pick] = present.back();
      present.pop_back();
      reference.erase(reference.find({tree.key(id), id}));
      tree.erase(id);
      absent.push_back(id);
    }
    ASSERT_EQ(tree.size(), reference.size());
    if (!reference.empty()) {
      ASSERT_EQ(tree.leftmost(), reference.begin()->second) << "op " << op;
    }
    if (op % 5000 == 0 || op == 99999) {
      ASSERT_TRUE(checkRbTree(tree).empty()) << "op " << op;
      std::vector<NodeId> expected;
      for (const auto& [key, id] : reference) expected.push_back(id);
      ASSERT_EQ(tree.inOrder(), expected) << "op " << op;
    }
  }
}

bool sameShape(const Tree& a, const Tree& b) {
  if (a.root() != b.root() || a.leftmost() != b.leftmost() || a.size() != b.size()) return false;
  for (NodeId id = 0; id < std::max(a.capacity(), b.capacity()); ++id) {
    const bool inA = a.contains(id), inB = b.contains(id);
    if (inA != inB) return false;
    if (!inA) continue;
    const auto &x = a.node(id), &y = b.node(id);
    if (x.key != y.key || x.parent != y.parent || x.left != y.left || x.right != y.right || x.color != y.color) return false;
  }
  return true;
}

// What a view does to draw each intermediate shape: apply the recorded events, one by one, to a
// copy of the tree from before the operation. The result must be the tree the operation left.
TEST(RbTree, ReplayingRecordedEventsRebuildsTheSameTree) {
  Rng rng(99);
  Tree tree;
  std::vector<NodeId> present;
  for (int op = 0; op < 5000; ++op) {
    const Tree before = tree;
    std::vector<RbEvent> events;
    std::uint64_t key = 0;
    if (present.empty() || rng.below(100) < 55) {
      const NodeId id = static_cast<NodeId>(op);
      key = rng.below(40);
      events = insertRecorded(tree, id, key);
      present.push_back(id);
    } else {
      const std::size_t pick = rng.below(present.size());
      events = eraseRecorded(tree, present[pick]);
      present[pick] = present.back();
      present.pop_back();
    }
    Tree replayed = before;
    for (const auto& e : events) replayed.apply(e, key);
    ASSERT_TRUE(sameShape(replayed, tree)) << "op " << op;
  }
}

}  // namespace
}  // namespace oslens::engine::rbtree

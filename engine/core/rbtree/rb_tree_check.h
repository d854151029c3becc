#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/core/rbtree/rb_tree.h"

namespace oslens::engine::rbtree {

// The red-black properties (rb_tree.h), BST order by (key, id), parent links, the node count and
// the cached leftmost: one message per violation, empty when the tree is sound. O(n).
template <class Key>
std::vector<std::string> checkRbTree(const RbTree<Key>& tree) {
  std::vector<std::string> problems;
  auto report = [&](std::string text) {
    if (problems.size() < 20) problems.push_back(std::move(text));
  };
  const NodeId root = tree.root();
  if (root != kNil && tree.color(root) != RbColor::Black) report("the root " + std::to_string(root) + " is red");
  if (root != kNil && tree.parent(root) != kNil) report("the root has a parent");

  // Iterative walk: a 10^5-node tree must not recurse that deep if it were broken into a list.
  std::size_t count = 0;
  int expectedBlackHeight = -1;
  struct Frame {
    NodeId node;
    int blacks;  // black nodes above this one on its path
  };
  std::vector<Frame> stack;
  if (root != kNil) stack.push_back({root, 0});
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const NodeId n = frame.node;
    if (!tree.contains(n)) {
      report("node " + std::to_string(n) + " is reachable but not marked linked");
      continue;
    }
    if (++count > tree.size()) {
      report("more nodes reachable than the size " + std::to_string(tree.size()) + " (a cycle?)");
      break;
    }
    const int blacks = frame.blacks + (tree.color(n) == RbColor::Black ? 1 : 0);
    for (const NodeId child : {tree.left(n), tree.right(n)}) {
      if (child == kNil) {
        // A nil leaf ends a path: property 5.
        if (expectedBlackHeight < 0) expectedBlackHeight = blacks;
        else if (blacks != expectedBlackHeight)
          report("a path through node " + std::to_string(n) + " has " + std::to_string(blacks) + " black nodes, another " +
                 std::to_string(expectedBlackHeight));
        continue;
      }
      if (tree.parent(child) != n) report("node " + std::to_string(child) + " does not point back to its parent " + std::to_string(n));
      if (tree.color(n) == RbColor::Red && tree.color(child) == RbColor::Red)
        report("red node " + std::to_string(n) + " has a red child " + std::to_string(child));
      stack.push_back({child, blacks});
    }
  }
  if (count != tree.size() && problems.empty())
    report(std::to_string(count) + " nodes reachable, size says " + std::to_string(tree.size()));

  // In-order walk through the parent links: strictly increasing (key, id), and the first is the
  // cached leftmost.
  NodeId first = root;
  if (first != kNil)
    while (tree.left(first) != kNil) first = tree.left(first);
  if (first != tree.leftmost())
    report("cached leftmost is " + (tree.leftmost() == kNil ? std::string("none") : std::to_string(tree.leftmost())) +
           ", the smallest node is " + (first == kNil ? std::string("none") : std::to_string(first)));
  std::size_t walked = 0;
  for (NodeId n = first, previous = kNil; n != kNil && walked <= tree.size(); previous = n, n = tree.next(n), ++walked)
    if (previous != kNil && !tree.before(previous, n))
      report("nodes " + std::to_string(previous) + " and " + std::to_string(n) + " are out of order");
  return problems;
}

}  // namespace oslens::engine::rbtree

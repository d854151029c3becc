#pragma once

#include <cstdint>

namespace oslens::engine::rbtree {

using NodeId = std::uint32_t;
inline constexpr NodeId kNil = UINT32_MAX;

enum class RbColor : std::uint8_t { Red, Black };
enum class RbSide : std::uint8_t { Left, Right };

// The fix-up cases, named as Cormen, Leiserson, Rivest and Stein name them ("Introduction to
// Algorithms", 3rd ed., 13.3 RB-INSERT-FIXUP and 13.4 RB-DELETE-FIXUP). Linux's lib/rbtree.c
// numbers the same cases in its comments (insert: "Case 1 - node's uncle is red", "Case 2 - ...
// rotate at parent", "Case 3 - ... rotate at gparent"; erase: cases 1 to 4 on the sibling).
enum class RbCase : std::uint8_t {
  InsertRoot,              // the new node is the root: paint it black (property 2)
  InsertParentBlack,       // the parent is black: nothing to fix
  InsertUncleRed,          // case 1: recolour parent and uncle black, grandparent red; go up two
  InsertInnerChild,        // case 2: uncle black, node is an inner grandchild: rotate at the parent
  InsertOuterChild,        // case 3: uncle black, node is an outer grandchild: recolour, rotate at the grandparent
  EraseRedOrChildRed,      // the removed black had a red replacement (or the removed node was red): recolour, done
  EraseSiblingRed,         // case 1: sibling red: rotate at the parent so the sibling becomes black
  EraseSiblingBlackNephewsBlack,  // case 2: sibling black, both its children black: paint it red, go up
  EraseFarNephewBlack,     // case 3: sibling black, near child red, far child black: rotate at the sibling
  EraseFarNephewRed,       // case 4: sibling black, far child red: rotate at the parent, recolour, done
};

// What RbTree reports while it works; each method is called at the moment the tree does that
// thing. Every method has an empty default here, so NullRbObserver compiles to nothing and a
// benchmark pays for no instrumentation (the design of lib/rbtree_augmented.h's callbacks).
struct NullRbObserver {
  // Insert walks down from the root: at `at` it compares `node` and goes left or right.
  void descend(NodeId /*node*/, NodeId /*at*/, RbSide /*side*/) {}
  // `node` is linked as the `side` child of `parent` (parent kNil: it becomes the root), red.
  void link(NodeId /*node*/, NodeId /*parent*/, RbSide /*side*/) {}
  // The fix-up applies `which` at `node` (insert: the red node being fixed; erase: the node
  // carrying the extra black, or its parent when that is a nil leaf).
  void fixupCase(RbCase /*which*/, NodeId /*node*/) {}
  void recolor(NodeId /*node*/, RbColor /*color*/) {}
  // Rotation around `pivot`: Left means pivot's right child takes its place.
  void rotate(NodeId /*pivot*/, RbSide /*direction*/) {}
  // Erase of a node with two children: `successor` (the next larger node) takes its place.
  void replaceWithSuccessor(NodeId /*node*/, NodeId /*successor*/) {}
  // `node` leaves the tree (erase, after relinking; before the fix-up).
  void unlink(NodeId /*node*/) {}
  // The cached leftmost node changed (kNil: the tree became empty).
  void leftmostChanged(NodeId /*leftmost*/) {}
};

}  // namespace oslens::engine::rbtree

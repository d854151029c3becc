#pragma once

#include <cstddef>
#include <cstdint>
#include <variant>
#include <vector>

#include "engine/core/overloaded.h"
#include "engine/core/rbtree/rb_events.h"
#include "engine/core/rbtree/rb_observer.h"

namespace oslens::engine::rbtree {

// A red-black tree whose nodes are ids chosen by the caller (a task id, a VMA index), held in a
// vector and linked by index, so a tree is a plain value: a timeline checkpoint copies it and a
// state hash reads it. Nodes are ordered by (key, id): equal keys are broken by the stable id,
// as the CFS run queue needs for two tasks with the same vruntime. The leftmost node is cached,
// as Linux's rb_root_cached does for the run queue (include/linux/rbtree.h), so the next task to
// run is found in O(1).
//
// The red-black properties (CLRS 3rd ed., 13.1; lib/rbtree.c opens with the same list):
//  1) every node is red or black;
//  2) the root is black;
//  3) every leaf (nil) is black;
//  4) the children of a red node are black;
//  5) every path from a node down to a leaf holds the same number of black nodes.
// checkRbTree() (rb_tree_check.h) verifies them, with BST order and the cached leftmost.
//
// Insert and erase follow CLRS 13.3 and 13.4; the observer (rb_observer.h) hears every
// comparison, link, case, recolouring and rotation, which is what the views animate.
template <class Key>
class RbTree {
 public:
  // Member by member: what seek == replay is checked with.
  bool operator==(const RbTree&) const = default;

  struct Node {
    Key key{};
    NodeId parent = kNil;
    NodeId left = kNil;
    NodeId right = kNil;
    RbColor color = RbColor::Black;
    bool linked = false;
    bool operator==(const Node&) const = default;
  };

  explicit RbTree(std::size_t capacity = 0) : m_nodes(capacity) {}

  // Makes ids 0..capacity-1 usable.
  void reserve(std::size_t capacity) {
    if (capacity > m_nodes.size()) m_nodes.resize(capacity);
  }
  std::size_t capacity() const { return m_nodes.size(); }

  std::size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  bool contains(NodeId id) const { return id < m_nodes.size() && m_nodes[id].linked; }
  NodeId root() const { return m_root; }
  NodeId leftmost() const { return m_leftmost; }

  const Node& node(NodeId id) const { return m_nodes[id]; }
  const Key& key(NodeId id) const { return m_nodes[id].key; }
  NodeId left(NodeId id) const { return m_nodes[id].left; }
  NodeId right(NodeId id) const { return m_nodes[id].right; }
  NodeId parent(NodeId id) const { return m_nodes[id].parent; }
  // Nil leaves are black (property 3).
  RbColor color(NodeId id) const { return id == kNil ? RbColor::Black : m_nodes[id].color; }

  // (key, id) order: true when a comes before b.
  bool before(NodeId a, NodeId b) const {
    const Key& ka = m_nodes[a].key;
    const Key& kb = m_nodes[b].key;
    if (ka < kb) return true;
    if (kb < ka) return false;
    return a < b;
  }

  // The next node in order (rb_next), or kNil.
  NodeId next(NodeId id) const {
    if (m_nodes[id].right != kNil) return minimum(m_nodes[id].right);
    NodeId child = id;
    NodeId up = m_nodes[id].parent;
    while (up != kNil && child == m_nodes[up].right) {
      child = up;
      up = m_nodes[up].parent;
    }
    return up;
  }

  template <class Visit>
  void forEachInOrder(Visit&& visit) const {
    for (NodeId id = m_leftmost; id != kNil; id = next(id)) visit(id);
  }

  std::vector<NodeId> inOrder() const {
    std::vector<NodeId> out;
    out.reserve(m_size);
    forEachInOrder([&](NodeId id) { out.push_back(id); });
    return out;
  }

  // Links node `id` (not in the tree) with `key`: a BST descent, a red leaf, then the fix-up.
  template <class Observer = NullRbObserver>
  void insert(NodeId id, const Key& key, Observer&& observer = {}) {
    reserve(std::size_t{id} + 1);
    m_nodes[id].key = key;  // before the descent, which compares it

    NodeId parent = kNil;
    RbSide side = RbSide::Left;
    bool leftmost = true;  // every step went left: the new node is the smallest
    for (NodeId at = m_root; at != kNil;) {
      parent = at;
      side = before(id, at) ? RbSide::Left : RbSide::Right;
      observer.descend(id, at, side);
      if (side == RbSide::Left) {
        at = m_nodes[at].left;
      } else {
        at = m_nodes[at].right;
        leftmost = false;
      }
    }
    linkNode(id, key, parent, side);
    observer.link(id, parent, side);
    if (leftmost) {
      m_leftmost = id;
      observer.leftmostChanged(id);
    }
    insertFixup(id, observer);
  }

  // Unlinks node `id` (in the tree): CLRS RB-DELETE, relinking the successor into the place of a
  // node with two children (the ids are the caller's, so keys are never copied between nodes).
  template <class Observer = NullRbObserver>
  void erase(NodeId id, Observer&& observer = {}) {
    if (m_leftmost == id) {
      m_leftmost = next(id);
      observer.leftmostChanged(m_leftmost);
    }
    const auto [x, xParent, removedColor] = unlinkNode(id, observer);
    observer.unlink(id);
    if (removedColor == RbColor::Black) eraseFixup(x, xParent, observer);
    else observer.fixupCase(RbCase::EraseRedOrChildRed, xParent == kNil ? x : xParent);
  }

  // Replays one recorded event (rb_events.h) on a copy of the tree as it was before the
  // operation, so a view can draw every intermediate shape: the links, colours and rotations of
  // the fix-up as they happen. `key` is the key of the node an RbLink links (unused otherwise).
  // Applying all the events of an insert or erase gives exactly the tree the operation left.
  void apply(const RbEvent& event, const Key& key = Key{}) {
    NullRbObserver silent;
    std::visit(Overloaded{
                   [&](const RbLink& e) {
                     reserve(std::size_t{e.node} + 1);
                     linkNode(e.node, key, e.parent, e.side);
                   },
                   [&](const RbRecolor& e) { m_nodes[e.node].color = e.color; },
                   [&](const RbRotate& e) { rotate(e.pivot, e.direction, silent); },
                   [&](const RbUnlink& e) { unlinkNode(e.node, silent); },
                   [&](const RbLeftmost& e) { m_leftmost = e.node; },
                   // A comparison, a case's name, the successor chosen: no change (the
                   // successor's relinking comes with RbUnlink).
                   [](const RbDescend&) {}, [](const RbFixup&) {}, [](const RbSuccessor&) {},
               },
               event);
  }

 private:
  NodeId minimum(NodeId id) const {
    while (m_nodes[id].left != kNil) id = m_nodes[id].left;
    return id;
  }

  // Hangs `id` as the red `side` child of `parent` (kNil: as the root).
  void linkNode(NodeId id, const Key& key, NodeId parent, RbSide side) {
    Node& fresh = m_nodes[id];
    fresh.key = key;
    fresh.parent = parent;
    fresh.left = fresh.right = kNil;
    fresh.color = RbColor::Red;
    fresh.linked = true;
    if (parent == kNil) m_root = id;
    else childRef(parent, side) = id;
    ++m_size;
  }

  struct Unlinked {
    NodeId x;        // the node that moved into the removed position (may be a nil leaf)
    NodeId xParent;  // its parent, known even when x is nil
    RbColor removedColor;
  };

  // The structural half of CLRS RB-DELETE (before the fix-up): a node with two children is
  // replaced by its successor, which takes its colour.
  template <class Observer>
  Unlinked unlinkNode(NodeId id, Observer& observer) {
    Node& z = m_nodes[id];
    Unlinked out{kNil, kNil, z.color};
    if (z.left == kNil) {
      out.x = z.right;
      out.xParent = z.parent;
      transplant(id, z.right);
    } else if (z.right == kNil) {
      out.x = z.left;
      out.xParent = z.parent;
      transplant(id, z.left);
    } else {
      const NodeId y = minimum(z.right);
      observer.replaceWithSuccessor(id, y);
      out.removedColor = m_nodes[y].color;
      out.x = m_nodes[y].right;
      if (m_nodes[y].parent == id) {
        out.xParent = y;
      } else {
        out.xParent = m_nodes[y].parent;
        transplant(y, m_nodes[y].right);
        m_nodes[y].right = z.right;
        m_nodes[m_nodes[y].right].parent = y;
      }
      transplant(id, y);
      m_nodes[y].left = z.left;
      m_nodes[m_nodes[y].left].parent = y;
      m_nodes[y].color = z.color;
    }
    z.parent = z.left = z.right = kNil;
    z.linked = false;
    --m_size;
    return out;
  }

  NodeId& childRef(NodeId parent, RbSide side) { return side == RbSide::Left ? m_nodes[parent].left : m_nodes[parent].right; }
  RbSide sideOf(NodeId child, NodeId parent) const { return m_nodes[parent].left == child ? RbSide::Left : RbSide::Right; }

  // Puts `v` (may be nil) where `u` hangs (CLRS RB-TRANSPLANT).
  void transplant(NodeId u, NodeId v) {
    const NodeId up = m_nodes[u].parent;
    if (up == kNil) m_root = v;
    else childRef(up, sideOf(u, up)) = v;
    if (v != kNil) m_nodes[v].parent = up;
  }

  template <class Observer>
  void paint(NodeId id, RbColor color, Observer& observer) {
    if (m_nodes[id].color == color) return;
    m_nodes[id].color = color;
    observer.recolor(id, color);
  }

  //        x                 y
  //       / \               / \          rotate(x, Left): y, x's right child, takes x's place;
  //      a   y      ->     x   c         y's left subtree b becomes x's right subtree.
  //         / \           / \            rotate(y, Right) is the mirror image.
  //        b   c         a   b
  template <class Observer>
  void rotate(NodeId x, RbSide direction, Observer& observer) {
    const RbSide other = direction == RbSide::Left ? RbSide::Right : RbSide::Left;
    const NodeId y = childRef(x, other);
    const NodeId b = childRef(y, direction);
    observer.rotate(x, direction);
    childRef(x, other) = b;
    if (b != kNil) m_nodes[b].parent = x;
    transplant(x, y);
    childRef(y, direction) = x;
    m_nodes[x].parent = y;
  }

  // CLRS RB-INSERT-FIXUP. With the parent p on side s of the grandparent g and the uncle u:
  //  case 1 (u red):          p, u black; g red; continue at g.
  //  case 2 (u black, z the inner grandchild): rotate at p away from s; z and p swap roles.
  //  case 3 (u black, z the outer grandchild): p black, g red, rotate at g towards the other side.
  template <class Observer>
  void insertFixup(NodeId z, Observer& observer) {
    while (true) {
      const NodeId p = m_nodes[z].parent;
      if (p == kNil) {
        observer.fixupCase(RbCase::InsertRoot, z);
        paint(z, RbColor::Black, observer);
        return;
      }
      if (m_nodes[p].color == RbColor::Black) {
        observer.fixupCase(RbCase::InsertParentBlack, z);
        return;
      }
      const NodeId g = m_nodes[p].parent;  // p is red, so not the root: g exists
      const RbSide s = sideOf(p, g);
      const RbSide away = s == RbSide::Left ? RbSide::Right : RbSide::Left;
      const NodeId u = childRef(g, away);
      if (color(u) == RbColor::Red) {
        observer.fixupCase(RbCase::InsertUncleRed, z);
        paint(p, RbColor::Black, observer);
        paint(u, RbColor::Black, observer);
        paint(g, RbColor::Red, observer);
        z = g;
        continue;
      }
      NodeId parent = p;
      if (sideOf(z, p) != s) {
        observer.fixupCase(RbCase::InsertInnerChild, z);
        rotate(p, s, observer);
        parent = z;
      }
      observer.fixupCase(RbCase::InsertOuterChild, parent == p ? z : p);
      paint(parent, RbColor::Black, observer);
      paint(g, RbColor::Red, observer);
      rotate(g, away, observer);
      return;
    }
  }

  // CLRS RB-DELETE-FIXUP: x carries an extra black. With x on side s of its parent and w its sibling:
  //  case 1 (w red):                         w black, parent red, rotate at parent towards s; new w.
  //  case 2 (w black, w's children black):   w red; the extra black moves up to the parent.
  //  case 3 (w black, far child black):      near child black, w red, rotate at w away from s; new w.
  //  case 4 (w black, far child red):        w takes the parent's colour, parent and far child
  //                                          black, rotate at the parent towards s; done.
  template <class Observer>
  void eraseFixup(NodeId x, NodeId xParent, Observer& observer) {
    while (x != m_root && color(x) == RbColor::Black) {
      const RbSide s = m_nodes[xParent].left == x ? RbSide::Left : RbSide::Right;
      const RbSide away = s == RbSide::Left ? RbSide::Right : RbSide::Left;
      const NodeId at = x == kNil ? xParent : x;
      NodeId w = childRef(xParent, away);
      if (color(w) == RbColor::Red) {
        observer.fixupCase(RbCase::EraseSiblingRed, at);
        paint(w, RbColor::Black, observer);
        paint(xParent, RbColor::Red, observer);
        rotate(xParent, s, observer);
        w = childRef(xParent, away);
      }
      const NodeId nearChild = childRef(w, s);
      const NodeId farChild = childRef(w, away);
      if (color(nearChild) == RbColor::Black && color(farChild) == RbColor::Black) {
        observer.fixupCase(RbCase::EraseSiblingBlackNephewsBlack, at);
        paint(w, RbColor::Red, observer);
        x = xParent;
        xParent = m_nodes[x].parent;
        continue;
      }
      if (color(farChild) == RbColor::Black) {
        observer.fixupCase(RbCase::EraseFarNephewBlack, at);
        paint(nearChild, RbColor::Black, observer);
        paint(w, RbColor::Red, observer);
        rotate(w, away, observer);
        w = childRef(xParent, away);
      }
      observer.fixupCase(RbCase::EraseFarNephewRed, at);
      paint(w, m_nodes[xParent].color, observer);
      paint(xParent, RbColor::Black, observer);
      paint(childRef(w, away), RbColor::Black, observer);
      rotate(xParent, s, observer);
      x = m_root;
      break;
    }
    if (x != kNil) {
      if (m_nodes[x].color == RbColor::Red) observer.fixupCase(RbCase::EraseRedOrChildRed, x);
      paint(x, RbColor::Black, observer);
    }
  }

  std::vector<Node> m_nodes;
  NodeId m_root = kNil;
  NodeId m_leftmost = kNil;
  std::size_t m_size = 0;
};

}  // namespace oslens::engine::rbtree

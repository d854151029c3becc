#pragma once

#include <string_view>
#include <utility>
#include <variant>

#include "engine/core/json_out.h"
#include "engine/core/rbtree/rb_names.h"
#include "engine/core/rbtree/rb_observer.h"

namespace oslens::engine::rbtree {

// The observer's calls as values, for a module's event log: the view replays them one by one to
// animate an insert or an erase (each comparison, case, recolouring and rotation). In the JSON
// (engine/core/event_json.h) the nodes are named by the module's names.node(id), null for kNil.
struct RbDescend {
  NodeId node = kNil;
  NodeId at = kNil;
  RbSide side = RbSide::Left;
  static constexpr std::string_view kJsonType = "rb_descend";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
    out.field("at", names.node(at));
    out.field("side", rbSideName(side));
  }
  bool operator==(const RbDescend&) const = default;
};
struct RbLink {
  NodeId node = kNil;
  NodeId parent = kNil;
  RbSide side = RbSide::Left;
  static constexpr std::string_view kJsonType = "rb_link";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
    out.field("parent", names.node(parent));
    out.field("side", rbSideName(side));
  }
  bool operator==(const RbLink&) const = default;
};
struct RbFixup {
  RbCase which = RbCase::InsertRoot;
  NodeId node = kNil;
  static constexpr std::string_view kJsonType = "rb_case";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("case", rbCaseName(which));
    out.field("node", names.node(node));
  }
  bool operator==(const RbFixup&) const = default;
};
struct RbRecolor {
  NodeId node = kNil;
  RbColor color = RbColor::Black;
  static constexpr std::string_view kJsonType = "rb_recolor";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
    out.field("color", rbColorName(color));
  }
  bool operator==(const RbRecolor&) const = default;
};
struct RbRotate {
  NodeId pivot = kNil;
  RbSide direction = RbSide::Left;
  static constexpr std::string_view kJsonType = "rb_rotate";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("pivot", names.node(pivot));
    out.field("direction", rbSideName(direction));
  }
  bool operator==(const RbRotate&) const = default;
};
struct RbSuccessor {
  NodeId node = kNil;
  NodeId successor = kNil;
  static constexpr std::string_view kJsonType = "rb_successor";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
    out.field("successor", names.node(successor));
  }
  bool operator==(const RbSuccessor&) const = default;
};
struct RbUnlink {
  NodeId node = kNil;
  static constexpr std::string_view kJsonType = "rb_unlink";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
  }
  bool operator==(const RbUnlink&) const = default;
};
struct RbLeftmost {
  NodeId node = kNil;
  static constexpr std::string_view kJsonType = "rb_leftmost";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("node", names.node(node));
  }
  bool operator==(const RbLeftmost&) const = default;
};

using RbEvent = std::variant<RbDescend, RbLink, RbFixup, RbRecolor, RbRotate, RbSuccessor, RbUnlink, RbLeftmost>;

// An observer that hands each call to `sink` as an RbEvent. Recording off (a replay during a
// seek) costs one branch per call.
template <class Sink>
class RbEventRecorder {
 public:
  RbEventRecorder(bool recording, Sink sink) : m_recording(recording), m_sink(std::move(sink)) {}

  void descend(NodeId node, NodeId at, RbSide side) { send(RbDescend{node, at, side}); }
  void link(NodeId node, NodeId parent, RbSide side) { send(RbLink{node, parent, side}); }
  void fixupCase(RbCase which, NodeId node) { send(RbFixup{which, node}); }
  void recolor(NodeId node, RbColor color) { send(RbRecolor{node, color}); }
  void rotate(NodeId pivot, RbSide direction) { send(RbRotate{pivot, direction}); }
  void replaceWithSuccessor(NodeId node, NodeId successor) { send(RbSuccessor{node, successor}); }
  void unlink(NodeId node) { send(RbUnlink{node}); }
  void leftmostChanged(NodeId node) { send(RbLeftmost{node}); }

 private:
  void send(RbEvent event) {
    if (m_recording) m_sink(std::move(event));
  }
  bool m_recording;
  Sink m_sink;  // not "emit": Qt defines that word as a macro
};

}  // namespace oslens::engine::rbtree

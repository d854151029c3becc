#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "engine/deadlock/graph/resource_graph.h"

namespace oslens::engine::deadlock {

struct LayoutPoint {
  double x = 0;  // 0..1
  double y = 0;  // 0..1
  bool operator==(const LayoutPoint&) const = default;
};

// Where to draw each vertex of a resource-allocation graph (RagVertices numbering), in the unit
// square. Boost.Graph's Fruchterman-Reingold force-directed layout, started from a circle on
// which each connected part of the graph lies in depth-first order (so a ring of the run, such as
// the dining philosophers round their table, lies along the rim), and kept as that circle when
// the forces do not remove a crossing: the result is the same on every run and every machine. A
// view lays out the union of every edge a run ever has, once, so vertices stay put between steps
// and only edges come and go. Above kMaxForceLayout vertices the circle is kept as it is (the
// force layout costs O(V^2) per iteration).
inline constexpr std::size_t kMaxForceLayoutVertices = 300;
inline constexpr std::size_t kMaxCrossingCountEdges = 2000;
std::vector<LayoutPoint> layoutResourceGraph(const RagVertices& vertices,
                                             const std::vector<std::pair<VertexId, VertexId>>& edges);

}  // namespace oslens::engine::deadlock

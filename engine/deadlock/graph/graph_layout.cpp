#include "engine/deadlock/graph/graph_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

namespace oslens::engine::deadlock {

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;
using Point = Topology::point_type;

// Processes and resources interleaved in proportion (P0 R0 P1 R1 ... when there are as many of
// each): the order of vertices that no edge links.
std::vector<VertexId> interleaved(const RagVertices& vertices) {
  std::vector<VertexId> order;
  std::size_t p = 0, r = 0;
  const std::size_t total = vertices.processes + vertices.resources;
  while (order.size() < total) {
    // Take a process while processes are behind their share of the places taken so far.
    const bool takeProcess = r >= vertices.resources ||
                             (p < vertices.processes && p * vertices.resources <= r * vertices.processes);
    if (takeProcess) order.push_back(vertices.ofProcess(static_cast<ProcessId>(p++)));
    else order.push_back(vertices.ofResource(static_cast<ResourceId>(r++)));
  }
  return order;
}

// The circle's order: each connected part of the run's graph walked depth first (from its first
// vertex in the interleaved order, neighbours in ascending order), so a chain or a ring of the
// run lies along the rim with no edge across the circle: the dining philosophers sit round their
// table from the first step (P0 F0 P4 F4 ... with the forks between their users), two processes
// and two locks form a square. Deterministic; O(V + E log E).
std::vector<VertexId> circleOrder(const RagVertices& vertices, const std::vector<std::pair<VertexId, VertexId>>& edges) {
  const std::size_t n = vertices.processes + vertices.resources;
  std::vector<std::vector<VertexId>> neighbours(n);
  for (const auto& [a, b] : edges) {
    if (a == b || a >= n || b >= n) continue;
    neighbours[a].push_back(b);
    neighbours[b].push_back(a);
  }
  for (auto& list : neighbours) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  std::vector<VertexId> order;
  order.reserve(n);
  std::vector<bool> placed(n, false);
  std::vector<std::pair<VertexId, std::size_t>> stack;  // a vertex and its next neighbour to try
  for (const VertexId start : interleaved(vertices)) {
    if (placed[start]) continue;
    placed[start] = true;
    order.push_back(start);
    stack.assign(1, {start, 0});
    while (!stack.empty()) {
      auto& [vertex, next] = stack.back();
      if (next == neighbours[vertex].size()) {
        stack.pop_back();
        continue;
      }
      const VertexId neighbour = neighbours[vertex][next++];
      if (placed[neighbour]) continue;
      placed[neighbour] = true;
      order.push_back(neighbour);
      stack.emplace_back(neighbour, 0);
    }
  }
  return order;
}

// The force layout can leave two vertices nearly on top of each other (two resources that the
// same processes use are pulled to the same place). Push apart every pair closer than
// `minimum`, a few rounds, in a fixed order: still deterministic.
void separate(std::vector<Point>& position, double minimum) {
  for (int round = 0; round < 60; ++round) {
    bool moved = false;
    for (std::size_t a = 0; a < position.size(); ++a)
      for (std::size_t b = a + 1; b < position.size(); ++b) {
        double dx = position[b][0] - position[a][0], dy = position[b][1] - position[a][1];
        double distance = std::hypot(dx, dy);
        if (distance >= minimum) continue;
        if (distance < 1e-9) {  // the same place: split them along a fixed direction
          dx = 1;
          dy = static_cast<double>(b - a) * 1e-3;
          distance = std::hypot(dx, dy);
        }
        const double push = (minimum - distance) / 2 / distance;
        position[a][0] -= dx * push;
        position[a][1] -= dy * push;
        position[b][0] += dx * push;
        position[b][1] += dy * push;
        moved = true;
      }
    if (!moved) return;
  }
}

bool segmentsCross(const Point& a, const Point& b, const Point& c, const Point& d) {
  auto side = [](const Point& p, const Point& q, const Point& r) {
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  };
  const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

// Pairs of edges that cross (edges sharing a vertex do not count): what makes a graph hard to read.
std::size_t crossings(const std::vector<Point>& position, const std::vector<std::pair<VertexId, VertexId>>& edges) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < edges.size(); ++i)
    for (std::size_t j = i + 1; j < edges.size(); ++j) {
      const auto [a, b] = edges[i];
      const auto [c, d] = edges[j];
      if (a == c || a == d || b == c || b == d) continue;
      count += segmentsCross(position[a], position[b], position[c], position[d]) ? 1 : 0;
    }
  return count;
}

}  // namespace

std::vector<LayoutPoint> layoutResourceGraph(const RagVertices& vertices,
                                             const std::vector<std::pair<VertexId, VertexId>>& edges) {
  const std::size_t n = vertices.processes + vertices.resources;
  std::vector<Point> position(n);
  const std::vector<VertexId> order = circleOrder(vertices, edges);
  for (std::size_t i = 0; i < n; ++i) {
    // Start at the top and go clockwise, as one draws a cycle on paper.
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
    position[order[i]][0] = std::cos(angle);
    position[order[i]][1] = std::sin(angle);
  }
  if (n > 2 && n <= kMaxForceLayoutVertices) {
    const std::vector<Point> circle = position;
    Undirected graph(n);
    for (const auto& [from, to] : edges)
      if (from != to && !boost::edge(from, to, graph).second && !boost::edge(to, from, graph).second)
        boost::add_edge(from, to, graph);
    boost::minstd_rand generator(1);  // the topology's random points are not used from a set start
    const Topology topology(generator, -1.0, -1.0, 1.0, 1.0);
    auto map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, graph));
    boost::fruchterman_reingold_force_directed_layout(graph, map, topology,
                                                      boost::cooling(boost::linear_cooling<double>(200)));
    // At least about a third of the circle's spacing between any two vertices (the square is 2 wide).
    separate(position, 2.0 * std::numbers::pi / static_cast<double>(n) * 0.9 + 0.25);
    // Keep the circle when the forces did not untangle anything: a ring drawn as a ring (the
    // dining philosophers, two locks) reads best. Counting crossings costs O(E^2): skipped for
    // a dense graph, which no layout makes readable anyway.
    if (edges.size() <= kMaxCrossingCountEdges && crossings(position, edges) >= crossings(circle, edges)) position = circle;
  }
  // Into the unit square, keeping the aspect (a circle stays round).
  double left = position[0][0], right = left, top = position[0][1], bottom = top;
  for (const Point& point : position) {
    left = std::min(left, point[0]);
    right = std::max(right, point[0]);
    top = std::min(top, point[1]);
    bottom = std::max(bottom, point[1]);
  }
  const double span = std::max({right - left, bottom - top, 1e-9});
  std::vector<LayoutPoint> out(n);
  for (std::size_t v = 0; v < n; ++v)
    out[v] = {(position[v][0] - left) / span + (span - (right - left)) / (2 * span),
              (position[v][1] - top) / span + (span - (bottom - top)) / (2 * span)};
  return out;
}

}  // namespace oslens::engine::deadlock

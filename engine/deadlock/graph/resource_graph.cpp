#include "engine/deadlock/graph/resource_graph.h"

#include <algorithm>

#include <boost/graph/depth_first_search.hpp>

namespace oslens::engine::deadlock {

namespace {

constexpr VertexId kNoVertex = UINT32_MAX;

// Records the tree parent of each vertex and the first back edge (u -> v, v an ancestor of u
// still on the search's stack): following parents from u up to v closes the cycle.
class CycleRecorder : public boost::default_dfs_visitor {
 public:
  CycleRecorder(std::vector<VertexId>& parent, std::optional<std::pair<VertexId, VertexId>>& backEdge)
      : m_parent(parent), m_backEdge(backEdge) {}

  void tree_edge(DirectedGraph::edge_descriptor e, const DirectedGraph& g) const {
    m_parent[boost::target(e, g)] = static_cast<VertexId>(boost::source(e, g));
  }
  void back_edge(DirectedGraph::edge_descriptor e, const DirectedGraph& g) const {
    if (!m_backEdge) m_backEdge = std::pair(static_cast<VertexId>(boost::source(e, g)), static_cast<VertexId>(boost::target(e, g)));
  }

 private:
  std::vector<VertexId>& m_parent;
  std::optional<std::pair<VertexId, VertexId>>& m_backEdge;
};

}  // namespace

DirectedGraph buildResourceAllocationGraph(const CountMatrix& allocation, const CountMatrix& request, RagEdges edges) {
  const RagVertices vertices{allocation.rows(), allocation.columns()};
  DirectedGraph graph(vertices.processes + vertices.resources);
  for (std::size_t p = 0; p < allocation.rows(); ++p)
    for (std::size_t r = 0; r < allocation.columns(); ++r) {
      const bool waits = request.at(p, r) > 0;
      if (waits)
        boost::add_edge(vertices.ofProcess(static_cast<ProcessId>(p)), vertices.ofResource(static_cast<ResourceId>(r)), graph);
      if (allocation.at(p, r) > 0 && !(waits && edges == RagEdges::WithoutSelfWaits))
        boost::add_edge(vertices.ofResource(static_cast<ResourceId>(r)), vertices.ofProcess(static_cast<ProcessId>(p)), graph);
    }
  return graph;
}

DirectedGraph buildWaitForGraph(const CountMatrix& allocation, const CountMatrix& request,
                                std::span<const ResourceType> resources) {
  const std::size_t n = allocation.rows();
  // holder[r]: the one process holding single-instance resource r, if any.
  std::vector<ProcessId> holder(resources.size(), kNoProcess);
  for (std::size_t p = 0; p < n; ++p)
    for (std::size_t r = 0; r < resources.size(); ++r)
      if (resources[r].total == 1 && allocation.at(p, r) > 0) holder[r] = static_cast<ProcessId>(p);
  DirectedGraph graph(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<ProcessId> targets;
    for (std::size_t r = 0; r < resources.size(); ++r)
      if (request.at(i, r) > 0 && holder[r] != kNoProcess && holder[r] != i) targets.push_back(holder[r]);
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    for (ProcessId j : targets) boost::add_edge(i, j, graph);
  }
  return graph;
}

std::optional<std::vector<VertexId>> findCycle(const DirectedGraph& graph) {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<VertexId> parent(n, kNoVertex);
  std::optional<std::pair<VertexId, VertexId>> backEdge;
  std::vector<boost::default_color_type> colors(n);
  boost::depth_first_search(graph, CycleRecorder(parent, backEdge),
                            boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph)));
  if (!backEdge) return std::nullopt;
  // u -> v closes the cycle v -> ... -> u -> v; a self-loop (u == v) is a cycle of one.
  const auto [u, v] = *backEdge;
  std::vector<VertexId> cycle;
  for (VertexId w = u; w != v; w = parent[w]) cycle.push_back(w);
  cycle.push_back(v);
  std::reverse(cycle.begin(), cycle.end());
  return cycle;
}

}  // namespace oslens::engine::deadlock

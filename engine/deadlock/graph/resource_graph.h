#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <span>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "engine/deadlock/common/deadlock_types.h"

// The resource-allocation graph and the wait-for graph (Silberschatz 10e 8.3.1 and 8.7.1),
// as Boost.Graph adjacency lists, and cycle detection by depth-first search.
namespace oslens::engine::deadlock {

// Vertices are numbered processes first (0..P-1), then resources (P..P+R-1), so an edge list
// needs no map. Edges are kept in the order they were added: the search is deterministic.
using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using VertexId = std::uint32_t;

struct RagVertices {
  std::size_t processes = 0;
  std::size_t resources = 0;
  VertexId ofProcess(ProcessId p) const { return p; }
  VertexId ofResource(ResourceId r) const { return static_cast<VertexId>(processes + r); }
  bool isProcess(VertexId v) const { return v < processes; }
  ResourceId resourceOf(VertexId v) const { return static_cast<ResourceId>(v - processes); }
};

// Which edges buildResourceAllocationGraph draws.
enum class RagEdges : std::uint8_t {
  All,
  // Without the assignment edge R -> P when P also waits for R: P -> R -> P is a cycle of the
  // graph, but it says only that P wants more of what it has, never who P waits for.
  WithoutSelfWaits,
};

// Request edge P -> R when P waits for an instance of R; assignment edge R -> P when P holds one.
DirectedGraph buildResourceAllocationGraph(const CountMatrix& allocation, const CountMatrix& request,
                                           RagEdges edges = RagEdges::All);

// P_i -> P_j when P_i waits for a resource that P_j holds: the RAG with the resource vertices
// collapsed, over the single-instance resources only (Silberschatz 10e 8.7.1 defines it for
// them; there a cycle is a deadlock, and each resource has at most one holder, so the graph has
// at most one edge per request edge, never n^2).
DirectedGraph buildWaitForGraph(const CountMatrix& allocation, const CountMatrix& request,
                                std::span<const ResourceType> resources);

// One cycle, as the vertices along it in edge order starting from the vertex the search
// reached first; none when the graph is acyclic. BGL depth_first_search with a visitor that
// remembers each vertex's tree parent and the first back edge: O(V + E).
std::optional<std::vector<VertexId>> findCycle(const DirectedGraph& graph);

}  // namespace oslens::engine::deadlock

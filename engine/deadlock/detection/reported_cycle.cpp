#include "engine/deadlock/detection/reported_cycle.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace oslens::engine::deadlock::detection {

namespace {

// The walk cycleAmongDeadlocked makes may pass a resource twice (P1 -> A -> P2 -> C -> P3 -> A -> P1: P1 waits for
// an A that P2 holds, P3 for an A that P1 holds). Either arc between the two visits is a closed
// walk of the graph too; keep one that still has two or more processes, until no resource
// repeats or neither arc has two. The walk alternates process, resource, starting with a process.
void shortenAtRepeatedResources(std::vector<VertexId>& walk, const RagVertices& vertices) {
  auto processesIn = [&](auto first, auto last) {
    return std::count_if(first, last, [&](VertexId v) { return vertices.isProcess(v); });
  };
  for (bool shortened = true; shortened;) {
    shortened = false;
    std::vector<std::size_t> seenAt(vertices.processes + vertices.resources, SIZE_MAX);
    for (std::size_t j = 0; j < walk.size() && !shortened; ++j) {
      const VertexId v = walk[j];
      if (vertices.isProcess(v)) continue;
      if (seenAt[v] == SIZE_MAX) {
        seenAt[v] = j;
        continue;
      }
      const std::size_t i = seenAt[v];
      std::vector<VertexId> inner(walk.begin() + static_cast<std::ptrdiff_t>(i), walk.begin() + static_cast<std::ptrdiff_t>(j));
      std::vector<VertexId> outer(walk.begin() + static_cast<std::ptrdiff_t>(j), walk.end());
      outer.insert(outer.end(), walk.begin(), walk.begin() + static_cast<std::ptrdiff_t>(i));
      std::vector<VertexId>* kept = processesIn(inner.begin(), inner.end()) >= 2   ? &inner
                                    : processesIn(outer.begin(), outer.end()) >= 2 ? &outer
                                                                                   : nullptr;
      if (!kept) continue;
      // Both arcs start at the repeated resource: start them at the process after it.
      std::rotate(kept->begin(), kept->begin() + 1, kept->end());
      walk = std::move(*kept);
      shortened = true;
    }
  }
}

// Why a deadlocked process P always waits for another deadlocked process: the scan left P
// unfinished, so for some resource r, Request_P[r] > Work[r] = Total[r] - (what the deadlocked
// hold of r). Since Allocation_P[r] + Request_P[r] <= Total[r] (an invariant of the model), the
// deadlocked other than P hold some of r. Giving each deadlocked P one such edge P -> r -> Q
// (Q != P) makes a graph in which every vertex has an out-edge and none is a self-loop, so
// following the edges must close a cycle through two or more processes. O(P x R).
std::vector<VertexId> cycleAmongDeadlocked(const DetectionState& s, const std::vector<ProcessId>& deadlocked,
                                           std::span<const Count> finalWork) {
  const std::size_t resources = s.setup->resources.size();
  // The first two deadlocked holders of each resource: one of them is not P.
  std::vector<std::array<ProcessId, 2>> holders(resources, {kNoProcess, kNoProcess});
  for (ProcessId p : deadlocked)
    for (std::size_t r = 0; r < resources; ++r)
      if (s.allocation.at(p, r) > 0) {
        auto& first = holders[r];
        if (first[0] == kNoProcess) first[0] = p;
        else if (first[1] == kNoProcess) first[1] = p;
      }
  // via[P]: the resource P waits for on its way to successor[P].
  std::vector<ResourceId> via(s.processCount(), 0);
  DirectedGraph chain(s.processCount());
  for (ProcessId p : deadlocked) {
    const auto r = firstExceeding(s.request.row(p), finalWork);
    if (!r) continue;  // not reached: a deadlocked process's request does not fit the final Work
    const ProcessId q = holders[*r][0] != p ? holders[*r][0] : holders[*r][1];
    if (q == kNoProcess) continue;  // not reached, by the argument above
    via[p] = *r;
    boost::add_edge(p, q, chain);
  }
  const auto processes = findCycle(chain);
  if (!processes) return {};
  const RagVertices vertices = s.setup->vertices();
  std::vector<VertexId> cycle;
  for (VertexId p : *processes) {
    cycle.push_back(vertices.ofProcess(p));
    cycle.push_back(vertices.ofResource(via[p]));
  }
  shortenAtRepeatedResources(cycle, vertices);
  return cycle;
}

}  // namespace

std::optional<std::vector<VertexId>> cycleToReport(const DetectionState& s, const std::vector<ProcessId>& deadlocked,
                                                   std::span<const Count> finalWork) {
  if (!deadlocked.empty()) {
    auto cycle = cycleAmongDeadlocked(s, deadlocked, finalWork);
    if (!cycle.empty()) return cycle;
  }
  if (auto cycle = findCycle(buildResourceAllocationGraph(s.allocation, s.request, RagEdges::WithoutSelfWaits)))
    return cycle;
  return findCycle(buildResourceAllocationGraph(s.allocation, s.request));
}

}  // namespace oslens::engine::deadlock::detection

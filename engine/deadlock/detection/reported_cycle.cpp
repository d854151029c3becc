#include "engine/deadlock/detection/reported_cycle.h"

#include <array>

namespace oslens::engine::deadlock::detection {

namespace {

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

#pragma once

#include <optional>
#include <span>
#include <vector>

#include "engine/deadlock/detection/detection_model.h"

namespace oslens::engine::deadlock::detection {

// The cycle of the resource-allocation graph that a detect step shows, chosen to teach:
// - when processes are deadlocked, a cycle through them alone, with at least two processes on
//   it (one always exists: see the .cpp);
// - otherwise a cycle through at least two processes if the graph has one found without the
//   self-waits (RagEdges::WithoutSelfWaits), else any cycle, else none.
// A bare P -> R -> P (a process asking for more of what it holds) is shown only when the graph
// has nothing else to show.
std::optional<std::vector<VertexId>> cycleToReport(const DetectionState& state, const std::vector<ProcessId>& deadlocked,
                                                   std::span<const Count> finalWork);

}  // namespace oslens::engine::deadlock::detection

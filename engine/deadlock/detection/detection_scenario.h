#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/deadlock/detection/detection_records.h"

namespace oslens::engine::deadlock::detection {

using DetectionSimulation = ModelSimulation<DetectionReportingModel>;

// Reads a deadlock scenario's `config` (resources, processes with allocation and request,
// scan_order) and `ops` (request, release, detect, abort, preempt); docs/scenarios.md. Every
// problem goes to top.errors() with its place; returns null if there were any.
std::unique_ptr<DetectionSimulation> buildDetectionSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::deadlock::detection

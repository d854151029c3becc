#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/sched/baseline/baseline_records.h"

namespace oslens::engine::baseline {

using BaselineSimulation = ModelSimulation<BaselineReportingModel>;

// Reads a "sched" scenario: `policy` and `quantum_ns` (rr only) from the config, the workload
// (`tasks`, `until_ns`, timed `ops`; docs/scenarios.md), and runs it once to find its steps.
// Every problem goes to top.errors() with its place; returns null if there were any.
std::unique_ptr<BaselineSimulation> buildBaselineSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::baseline

#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/sched/cfs/cfs_records.h"

namespace oslens::engine::cfs {

using CfsSimulation = ModelSimulation<CfsReportingModel>;

// Reads a cfs scenario: the `config` tunables (a `preset`, then any of its values overridden),
// the workload (`tasks`, `until_ns`, timed `ops`; docs/scenarios.md), and runs it once to find
// its steps. Every problem goes to top.errors() with its place; returns null if there were any.
std::unique_ptr<CfsSimulation> buildCfsSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::cfs

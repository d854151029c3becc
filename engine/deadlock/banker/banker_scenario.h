#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/deadlock/banker/banker_records.h"

namespace oslens::engine::deadlock::banker {

using BankerSimulation = ModelSimulation<BankerReportingModel>;

// Reads a banker scenario's `config` (resources, processes with max and allocation, scan_order,
// all_sequences) and `ops` (request, release, safety); docs/scenarios.md. Every problem goes to
// top.errors() with its place; returns null if there were any.
std::unique_ptr<BankerSimulation> buildBankerSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::deadlock::banker

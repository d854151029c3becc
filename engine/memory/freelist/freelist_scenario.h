#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/memory/freelist/freelist_records.h"

namespace oslens::engine::freelist {

using FreelistSimulation = ModelSimulation<FreelistReportingModel>;

// Reads a freelist scenario's `config` and `ops` (docs/scenarios.md, "Module `freelist`").
// Problems go to top.errors(); returns null if there were any.
std::unique_ptr<FreelistSimulation> buildFreelistSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::freelist

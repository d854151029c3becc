#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/memory/paging/paging_records.h"

namespace oslens::engine::paging {

using PagingSimulation = ModelSimulation<PagingReportingModel>;

// Reads `config` and `ops` (or the `refs` shorthand) of a paging scenario; documented in
// docs/scenarios.md. Problems go to top.errors(); returns null if there were any.
std::unique_ptr<PagingSimulation> buildPagingSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::paging

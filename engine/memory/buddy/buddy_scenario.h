#pragma once

#include <memory>
#include <optional>

#include "engine/core/json_reader.h"
#include "engine/core/name_table.h"
#include "engine/core/model_simulation.h"
#include "engine/memory/buddy/buddy_records.h"

namespace oslens::engine::buddy {

using BuddySimulation = ModelSimulation<BuddyReportingModel>;

// Reads a buddy scenario's `config` and `ops` (docs/scenarios.md). Problems go to top.errors();
// returns null if there were any.
std::unique_ptr<BuddySimulation> buildBuddySimulation(ScenarioInfo info, ObjectReader& top);

// The `config` keys the buddy and slab modules share: pages, max_order, pick, page_size, zones.
// `config` must be an object reader the caller finishes.
std::optional<BuddyConfig> readBuddyConfig(ObjectReader& config);


}  // namespace oslens::engine::buddy

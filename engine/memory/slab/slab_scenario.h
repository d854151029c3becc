#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/memory/slab/slab_records.h"

namespace oslens::engine::slab {

using SlabSimulation = ModelSimulation<SlabReportingModel>;

// Reads a slab scenario's `config` (the buddy keys, `caches` and the slab options) and `ops`
// (docs/scenarios.md). Every problem goes to top.errors() with its place; returns null if there
// were any. The caches are the named ones in file order, then the kmalloc size classes the ops
// use (or name), smallest first.
std::unique_ptr<SlabSimulation> buildSlabSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::slab

#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/ipc/ipc_records.h"

namespace oslens::engine::ipc {

using IpcSimulation = ModelSimulation<IpcReportingModel>;

// Reads an IPC scenario's `config` (docs/scenarios.md, "Module `ipc`": objects, processes and
// their programs, the schedule) and plays the run once to find its steps (ipc_schedule.h). There
// are no `ops`: each step is the action of the process the schedule picks. Problems go to
// top.errors(); returns null if there were any.
std::unique_ptr<IpcSimulation> buildIpcSimulation(ScenarioInfo info, ObjectReader& top);

}  // namespace oslens::engine::ipc

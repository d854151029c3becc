#pragma once

#include <QStringList>
#include <vector>

#include "engine/core/simulation.h"

namespace oslens::views {

// Narration for any module: these forward to the module's presenter (views/modules.h), so
// callers need not know which module is loaded.

// The narration of the step that produced the simulation's current state, whatever its module:
// the GUI's event log and `oslens-cli run --format text` both print these sentences.
QStringList narrateCurrentStep(const engine::Simulation& simulation);
// The narration of steps first..last (1-based, inclusive), without moving the simulation: the
// event log shows the recent past after a jump, too.
std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first, std::size_t last);
// One line on the outcome so far ("15 faults, 5 hits, ...").
QString summarizeSimulation(const engine::Simulation& simulation);

}  // namespace oslens::views

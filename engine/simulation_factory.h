#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/simulation.h"
#include "engine/core/validation_error.h"

namespace oslens::engine {

// The modules this build can load, as named in scenario files.
const std::vector<std::string>& availableModules();

// Parses and validates a scenario and builds its simulation, or throws ScenarioError with every
// problem found (each with its JSON pointer). Never crashes on bad input.
std::unique_ptr<Simulation> loadSimulation(std::string_view scenarioText);
std::unique_ptr<Simulation> loadSimulationFile(const std::string& path);

}  // namespace oslens::engine

#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/simulation.h"
#include "engine/core/validation_error.h"

// The engine's composition root: the one table of the modules this build can load. It sits at the
// top of engine/ (not in core/) because it names every module folder; nothing below it may include
// it. Adding a module is one line in kModules (modules.cpp); see docs/architecture.md, "The module kit".
namespace oslens::engine {

// One module as the engine knows it: its name in scenario files and the function that reads its
// own keys ("config", "ops", ...) and builds its simulation, reporting problems to top.errors().
struct ModuleEntry {
  std::string_view name;
  std::unique_ptr<Simulation> (*build)(ScenarioInfo info, ObjectReader& top);
};

// Every module, in the order of the course (the library groups and the docs follow it).
std::span<const ModuleEntry> modules();

// The modules' names, derived from modules(): what "module" may be in a scenario file.
const std::vector<std::string>& availableModules();

// Parses and validates a scenario and builds its simulation, or throws ScenarioError with every
// problem found (each with its JSON pointer). Never crashes on bad input.
std::unique_ptr<Simulation> loadSimulation(std::string_view scenarioText);
std::unique_ptr<Simulation> loadSimulationFile(const std::string& path);

// Reads only the keys every scenario has (module, title, description, seed), without building
// the simulation: what a library of scenarios needs to list them, at a fraction of the cost of a
// scheduler's run. Throws ScenarioError when those keys (or the JSON) are wrong; problems in the
// module's own keys are not looked for.
ScenarioInfo loadScenarioHeader(std::string_view scenarioText);

}  // namespace oslens::engine

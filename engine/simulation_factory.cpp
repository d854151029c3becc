#include "engine/simulation_factory.h"

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/sched/baseline/baseline_scenario.h"
#include "engine/sched/cfs/cfs_scenario.h"

namespace oslens::engine {

const std::vector<std::string>& availableModules() {
  static const std::vector<std::string> modules = {"paging", "buddy", "slab", "sched", "cfs", "banker", "deadlock"};
  return modules;
}

std::unique_ptr<Simulation> loadSimulation(std::string_view scenarioText) {
  ValidationErrors errors;
  auto document = parseScenarioText(scenarioText, errors);
  if (!document) throw ScenarioError(std::move(errors));

  ObjectReader top(*document, "", errors);
  if (!top.isObject()) throw ScenarioError(std::move(errors));
  ScenarioInfo info = readScenarioInfo(top, availableModules());

  // Decided before `info` is moved into the module: an unknown module cannot say which keys are its own.
  const bool moduleKnown = !info.module.empty();
  std::unique_ptr<Simulation> simulation;
  if (info.module == "paging") simulation = paging::buildPagingSimulation(std::move(info), top);
  else if (info.module == "buddy") simulation = buddy::buildBuddySimulation(std::move(info), top);
  else if (info.module == "slab") simulation = slab::buildSlabSimulation(std::move(info), top);
  else if (info.module == "sched") simulation = baseline::buildBaselineSimulation(std::move(info), top);
  else if (info.module == "cfs") simulation = cfs::buildCfsSimulation(std::move(info), top);
  else if (info.module == "banker") simulation = deadlock::banker::buildBankerSimulation(std::move(info), top);
  else if (info.module == "deadlock") simulation = deadlock::detection::buildDetectionSimulation(std::move(info), top);
  if (moduleKnown) top.finish();
  if (!errors.empty()) throw ScenarioError(std::move(errors));
  return simulation;
}

std::unique_ptr<Simulation> loadSimulationFile(const std::string& path) {
  ValidationErrors errors;
  auto text = readScenarioFile(path, errors);
  if (!text) throw ScenarioError(std::move(errors));
  return loadSimulation(*text);
}

}  // namespace oslens::engine

#include "engine/modules.h"

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/ipc/ipc_scenario.h"
#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/freelist/freelist_scenario.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/memory/translation/translation_scenario.h"
#include "engine/sched/baseline/baseline_scenario.h"
#include "engine/sched/cfs/cfs_scenario.h"

namespace oslens::engine {

namespace {
// Each module's builder returns its own simulation type; the table holds them as Simulation.
template <auto Build>
std::unique_ptr<Simulation> build(ScenarioInfo info, ObjectReader& top) {
  return Build(std::move(info), top);
}

// Adding a module: one line here, one in views/modules.cpp, and the module's folders.
constexpr ModuleEntry kModules[] = {
    {"paging", build<paging::buildPagingSimulation>},
    {"buddy", build<buddy::buildBuddySimulation>},
    {"slab", build<slab::buildSlabSimulation>},
    {"translation", build<translation::buildTranslationSimulation>},
    {"freelist", build<freelist::buildFreelistSimulation>},
    {"sched", build<baseline::buildBaselineSimulation>},
    {"cfs", build<cfs::buildCfsSimulation>},
    {"banker", build<deadlock::banker::buildBankerSimulation>},
    {"deadlock", build<deadlock::detection::buildDetectionSimulation>},
    {"ipc", build<ipc::buildIpcSimulation>},
};

// The keys every scenario has, read from the top-level object; throws when it is not an object.
ScenarioInfo readFrame(ObjectReader& top) {
  if (!top.isObject()) throw ScenarioError(std::move(top.errors()));
  return readScenarioInfo(top, availableModules());
}

const ModuleEntry* findModule(std::string_view name) {
  for (const auto& entry : kModules)
    if (entry.name == name) return &entry;
  return nullptr;
}
}  // namespace

std::span<const ModuleEntry> modules() { return kModules; }

const std::vector<std::string>& availableModules() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : kModules) out.emplace_back(entry.name);
    return out;
  }();
  return names;
}

std::unique_ptr<Simulation> loadSimulation(std::string_view scenarioText) {
  ValidationErrors errors;
  auto document = parseScenarioText(scenarioText, errors);
  if (!document) throw ScenarioError(std::move(errors));
  ObjectReader top(*document, "", errors);
  ScenarioInfo info = readFrame(top);

  // An unknown module cannot say which keys are its own, so the unknown-key check runs only for
  // a known one.
  std::unique_ptr<Simulation> simulation;
  if (const ModuleEntry* module = findModule(info.module)) {
    simulation = module->build(std::move(info), top);
    top.finish();
  }
  if (!errors.empty()) throw ScenarioError(std::move(errors));
  return simulation;
}

std::unique_ptr<Simulation> loadSimulationFile(const std::string& path) {
  ValidationErrors errors;
  auto text = readScenarioFile(path, errors);
  if (!text) throw ScenarioError(std::move(errors));
  return loadSimulation(*text);
}

ScenarioInfo loadScenarioHeader(std::string_view scenarioText) {
  ValidationErrors errors;
  auto document = parseScenarioText(scenarioText, errors);
  if (!document) throw ScenarioError(std::move(errors));
  ObjectReader top(*document, "", errors);
  ScenarioInfo info = readFrame(top);
  if (!errors.empty()) throw ScenarioError(std::move(errors));
  return info;
}

}  // namespace oslens::engine

#include "engine/deadlock/detection/detection_scenario.h"

#include <set>

#include "engine/core/scenario_frame.h"
#include "engine/deadlock/common/deadlock_reader.h"
#include "engine/deadlock/common/op_flag.h"

namespace oslens::engine::deadlock::detection {

namespace {

struct Config {
  std::shared_ptr<DetectionSetup> setup;
  CountMatrix allocation;
  CountMatrix request;
  ProcessNames names;  // what the ops name processes by
};

// A process can never hold and wait for more of a resource than exist; and the graph names
// processes and resources alike, so a process may not share a resource's name.
bool checkProcesses(const DetectionSetup& setup, const CountMatrix& allocation, const CountMatrix& request,
                    const std::string& processesPointer, ValidationErrors& errors) {
  bool ok = true;
  std::set<std::string> resourceNames;
  for (const ResourceType& resource : setup.resources) resourceNames.insert(resource.name);
  for (std::size_t p = 0; p < setup.processes.size(); ++p) {
    const std::string process = childPointer(processesPointer, p);
    if (resourceNames.count(setup.processes[p])) {
      errors.add(childPointer(process, "name"), ErrorCode::DuplicateName, {setup.processes[p]});
      ok = false;
    }
    for (std::size_t r = 0; r < setup.resources.size(); ++r) {
      const Count room = setup.resources[r].total - allocation.at(p, r);
      if (request.at(p, r) > std::max<Count>(room, 0)) {
        errors.add(childPointer(childPointer(process, "request"), r), ErrorCode::AboveLimit,
                   {std::to_string(request.at(p, r)), "total", std::to_string(std::max<Count>(room, 0))});
        ok = false;
      }
    }
  }
  return ok;
}

std::optional<Config> readConfig(ObjectReader& reader) {
  ValidationErrors& errors = reader.errors();
  auto resources = readResources(reader);
  auto processes = readProcesses(reader, resources.count,
                                 {{"allocation", false}, {"request", false}});
  auto order = reader.choice("scan_order", scanOrderNames(), std::string("wrap"));
  if (!resources.types || !processes || !order) return std::nullopt;

  auto setup = std::make_shared<DetectionSetup>();
  setup->resources = std::move(*resources.types);
  setup->processes = std::move(processes->names);
  setup->order = *scanOrderFromName(*order);
  Config config{setup, std::move(processes->matrices[0]), std::move(processes->matrices[1]), ProcessNames(setup->processes)};
  const bool processesOk = checkProcesses(*setup, config.allocation, config.request, reader.pointerTo("processes"), errors);
  const bool totalsOk = checkTotals(setup->resources, config.allocation, reader.pointerTo("resources"), errors);
  if (!processesOk || !totalsOk) return std::nullopt;
  return config;
}

std::optional<DetectionOp> readAbort(const Json& value, const std::string& pointer, const ProcessNames& names,
                                     ValidationErrors& errors) {
  if (value.is_string()) {
    auto process = names.read(value, pointer, errors);
    return process ? std::optional<DetectionOp>(AbortOp{*process, VictimRule::Named}) : std::nullopt;
  }
  ObjectReader reader(value, pointer, errors);
  if (!reader.isObject()) return std::nullopt;
  auto rule = reader.choice("rule", victimRuleNames());
  reader.finish();
  return rule ? std::optional<DetectionOp>(AbortOp{kNoProcess, *victimRuleFromName(*rule)}) : std::nullopt;
}

std::optional<DetectionOp> readOp(const Config& config, ObjectReader& op) {
  auto given = readSingleOpKey(op, {"request", "release", "detect", "abort", "preempt"});
  if (!given) return std::nullopt;
  const auto& [key, value, pointer] = *given;
  ValidationErrors& errors = op.errors();
  if (key == "detect") return readOpFlag(*value, pointer, errors) ? std::optional<DetectionOp>(DetectOp{}) : std::nullopt;
  if (key == "abort") return readAbort(*value, pointer, config.names, errors);
  auto read = readProcessVector(*value, pointer, config.names, config.setup->resources.size(), errors);
  if (!read) return std::nullopt;
  if (key == "request") return RequestOp{read->process, std::move(read->vector)};
  if (key == "release") return ReleaseOp{read->process, std::move(read->vector)};
  return PreemptOp{read->process, std::move(read->vector)};
}

}  // namespace

std::unique_ptr<DetectionSimulation> buildDetectionSimulation(ScenarioInfo info, ObjectReader& top) {
  auto read = readScenario<Config, DetectionOp>(top, readConfig, readOp);
  if (!read) return nullptr;
  auto& [config, ops] = *read;
  auto initial = DetectionModel::initialState(std::move(config.setup), std::move(config.allocation), std::move(config.request));
  return std::make_unique<DetectionSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::deadlock::detection

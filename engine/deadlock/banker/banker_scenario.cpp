#include "engine/deadlock/banker/banker_scenario.h"

#include "engine/core/scenario_frame.h"
#include "engine/deadlock/common/deadlock_reader.h"
#include "engine/deadlock/common/op_flag.h"

namespace oslens::engine::deadlock::banker {

namespace {

struct Config {
  std::shared_ptr<BankerSetup> setup;
  CountMatrix allocation;
  ProcessNames names;  // what the ops name processes by
};

// Each claim within the system (Silberschatz 10e 8.6.3: a process's maximum "may not exceed the
// total number of resources in the system") and each allocation within its claim.
bool checkClaims(const BankerSetup& setup, const CountMatrix& allocation, const std::string& processesPointer,
                 ValidationErrors& errors) {
  bool ok = true;
  for (std::size_t p = 0; p < setup.max.rows(); ++p) {
    const std::string process = childPointer(processesPointer, p);
    for (std::size_t r = 0; r < setup.resources.size(); ++r) {
      const Count max = setup.max.at(p, r);
      const Count held = allocation.at(p, r);
      if (max > setup.resources[r].total) {
        errors.add(childPointer(childPointer(process, "max"), r), ErrorCode::AboveLimit,
                   {std::to_string(max), "total", std::to_string(setup.resources[r].total)});
        ok = false;
      }
      if (held > max) {
        errors.add(childPointer(childPointer(process, "allocation"), r), ErrorCode::AboveLimit,
                   {std::to_string(held), "max", std::to_string(max)});
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
                                 {{"max", true}, {"allocation", false}});
  auto order = reader.choice("scan_order", scanOrderNames(), std::string("wrap"));
  auto allSequences = reader.boolean("all_sequences", false);
  if (!resources.types || !processes || !order || !allSequences) return std::nullopt;

  auto setup = std::make_shared<BankerSetup>();
  setup->resources = std::move(*resources.types);
  setup->processes = std::move(processes->names);
  setup->max = std::move(processes->matrices[0]);
  setup->order = *scanOrderFromName(*order);
  setup->allSequences = *allSequences;
  CountMatrix allocation = std::move(processes->matrices[1]);
  const bool claimsOk = checkClaims(*setup, allocation, reader.pointerTo("processes"), errors);
  const bool totalsOk = checkTotals(setup->resources, allocation, reader.pointerTo("resources"), errors);
  if (!claimsOk || !totalsOk) return std::nullopt;
  ProcessNames names(setup->processes);
  return Config{std::move(setup), std::move(allocation), std::move(names)};
}

std::optional<BankerOp> readOp(const Config& config, ObjectReader& op) {
  auto given = readSingleOpKey(op, {"request", "release", "safety"});
  if (!given) return std::nullopt;
  const auto& [key, value, pointer] = *given;
  ValidationErrors& errors = op.errors();
  if (key == "safety") return readOpFlag(*value, pointer, errors) ? std::optional<BankerOp>(SafetyOp{}) : std::nullopt;
  auto read = readProcessVector(*value, pointer, config.names, config.setup->resources.size(), errors);
  if (!read) return std::nullopt;
  if (key == "request") return RequestOp{read->process, std::move(read->vector)};
  return ReleaseOp{read->process, std::move(read->vector)};
}

}  // namespace

std::unique_ptr<BankerSimulation> buildBankerSimulation(ScenarioInfo info, ObjectReader& top) {
  auto read = readScenario<Config, BankerOp>(top, readConfig, readOp);
  if (!read) return nullptr;
  auto& [config, ops] = *read;
  auto initial = BankerModel::initialState(std::move(config.setup), std::move(config.allocation));
  return std::make_unique<BankerSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::deadlock::banker

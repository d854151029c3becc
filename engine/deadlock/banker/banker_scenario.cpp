#include "engine/deadlock/banker/banker_scenario.h"

#include "engine/core/limits.h"
#include "engine/deadlock/common/deadlock_reader.h"
#include "engine/deadlock/common/op_flag.h"

namespace oslens::engine::deadlock::banker {

namespace {

struct Config {
  std::shared_ptr<BankerSetup> setup;
  CountMatrix allocation;
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
  auto processes = readProcesses(reader, resources ? std::optional(resources->size()) : std::nullopt,
                                 {{"max", true}, {"allocation", false}});
  auto order = reader.choice("scan_order", scanOrderNames(), std::string("wrap"));
  auto allSequences = reader.boolean("all_sequences", false);
  if (!resources || !processes || !order || !allSequences) return std::nullopt;

  auto setup = std::make_shared<BankerSetup>();
  setup->resources = std::move(*resources);
  setup->processes = std::move(processes->names);
  setup->max = std::move(processes->matrices[0]);
  setup->order = *scanOrderFromName(*order);
  setup->allSequences = *allSequences;
  CountMatrix allocation = std::move(processes->matrices[1]);
  const bool claimsOk = checkClaims(*setup, allocation, reader.pointerTo("processes"), errors);
  const bool totalsOk = checkTotals(setup->resources, allocation, reader.pointerTo("resources"), errors);
  if (!claimsOk || !totalsOk) return std::nullopt;
  return Config{std::move(setup), std::move(allocation)};
}

std::vector<BankerOp> readOps(const Json& ops, const std::string& pointer, const BankerSetup& setup,
                              ValidationErrors& errors) {
  std::vector<BankerOp> out;
  if (!expectArray(ops, pointer, limits::kMaxOps, errors)) return out;
  const ProcessNames names(setup.processes);
  const std::size_t resourceCount = setup.resources.size();
  out.reserve(ops.size());
  for (std::size_t i = 0; i < ops.size(); ++i) {
    ObjectReader op(ops[i], childPointer(pointer, i), errors);
    if (!op.isObject()) continue;
    if (auto given = readSingleOpKey(op, {"request", "release", "safety"})) {
      const auto& [key, value] = *given;
      const std::string at = op.pointerTo(key);
      if (key == "safety") {
        if (readOpFlag(*value, at, errors)) out.push_back(SafetyOp{});
      } else if (auto read = readProcessVector(*value, at, names, resourceCount, errors)) {
        if (key == "request") out.push_back(RequestOp{read->process, std::move(read->vector)});
        else out.push_back(ReleaseOp{read->process, std::move(read->vector)});
      }
    }
    op.finish();
  }
  return out;
}

}  // namespace

std::unique_ptr<BankerSimulation> buildBankerSimulation(ScenarioInfo info, ObjectReader& top) {
  ValidationErrors& errors = top.errors();
  const std::size_t errorsBefore = errors.size() + errors.droppedCount();
  std::optional<Config> config;
  if (const Json* configValue = top.required("config")) {
    ObjectReader reader(*configValue, top.pointerTo("config"), errors);
    if (reader.isObject()) {
      config = readConfig(reader);
      reader.finish();
    }
  }
  const Json* opsValue = top.required("ops");
  if (!config) return nullptr;
  std::vector<BankerOp> ops;
  if (opsValue) ops = readOps(*opsValue, top.pointerTo("ops"), *config->setup, errors);
  if (errors.size() + errors.droppedCount() != errorsBefore) return nullptr;
  auto initial = BankerModel::initialState(std::move(config->setup), std::move(config->allocation));
  return std::make_unique<BankerSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::deadlock::banker

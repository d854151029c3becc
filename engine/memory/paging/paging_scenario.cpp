#include "engine/memory/paging/paging_scenario.h"

#include "engine/core/limits.h"
#include "engine/core/scenario_frame.h"

namespace oslens::engine::paging {

namespace {
std::optional<PagingConfig> readConfig(ObjectReader& config, std::uint64_t seed) {
  auto frames = config.integer("frames", 1, limits::kMaxFrames);
  auto policy = config.choice("policy", policyNames(), std::string("fifo"));
  if (!frames || !policy) return std::nullopt;
  return PagingConfig{static_cast<std::uint32_t>(*frames), *policyFromName(*policy), seed};
}

std::optional<Page> readPage(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  return readInteger(value, pointer, 0, limits::kMaxPageNumber, errors);
}

// "ops": [{"access": 7}, {"access": 3, "write": true}, ...]; checked even with a bad config.
std::optional<PagingOp> readOp(ObjectReader& op) {
  std::optional<Page> page;
  if (const Json* access = op.required("access")) page = readPage(*access, op.pointerTo("access"), op.errors());
  auto write = op.boolean("write", false);
  if (!page || !write) return std::nullopt;
  return PagingOp{*page, *write};
}

// "refs": [7, 0, 1, 2, ...]: the textbook way to write a reference string, all reads.
std::optional<PagingOp> readRef(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  auto page = readPage(value, pointer, errors);
  return page ? std::optional<PagingOp>(PagingOp{*page, false}) : std::nullopt;
}
}  // namespace

std::unique_ptr<PagingSimulation> buildPagingSimulation(ScenarioInfo info, ObjectReader& top) {
  auto read = readScenario<PagingConfig, PagingOp>(
      top, [&](ObjectReader& config) { return readConfig(config, info.seed); }, readOp, {"refs", readRef});
  if (!read) return nullptr;
  auto& [config, ops] = *read;
  auto initial = PagingModel::initialState(config, ops);
  return std::make_unique<PagingSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::paging

#include "engine/memory/paging/paging_scenario.h"

#include "engine/core/limits.h"

namespace oslens::engine::paging {

namespace {
std::optional<PagingConfig> readConfig(ObjectReader& top, std::uint64_t seed) {
  const Json* configValue = top.required("config");
  if (!configValue) return std::nullopt;
  ObjectReader config(*configValue, top.pointerTo("config"), top.errors());
  if (!config.isObject()) return std::nullopt;
  PagingConfig out;
  out.seed = seed;
  auto frames = config.integer("frames", 1, limits::kMaxFrames);
  auto policy = config.choice("policy", policyNames(), std::string("fifo"));
  config.finish();
  if (!frames || !policy) return std::nullopt;
  out.frames = static_cast<std::uint32_t>(*frames);
  out.policy = *policyFromName(*policy);
  return out;
}

std::optional<Page> readPage(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  return readInteger(value, pointer, 0, limits::kMaxPageNumber, errors);
}

// "ops": [{"access": 7}, {"access": 3, "write": true}, ...]
void readOps(const Json& ops, const std::string& pointer, std::vector<PagingOp>& out, ValidationErrors& errors) {
  if (!expectArray(ops, pointer, limits::kMaxOps, errors)) return;
  out.reserve(ops.size());
  for (std::size_t i = 0; i < ops.size(); ++i) {
    ObjectReader op(ops[i], childPointer(pointer, i), errors);
    if (!op.isObject()) continue;
    std::optional<Page> page;
    if (const Json* access = op.required("access")) page = readPage(*access, op.pointerTo("access"), errors);
    auto write = op.boolean("write", false);
    op.finish();
    if (page && write) out.push_back({*page, *write});
  }
}

// "refs": [7, 0, 1, 2, ...]: the textbook way to write a reference string, all reads.
void readRefs(const Json& refs, const std::string& pointer, std::vector<PagingOp>& out, ValidationErrors& errors) {
  if (!expectArray(refs, pointer, limits::kMaxOps, errors)) return;
  out.reserve(refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (auto page = readPage(refs[i], childPointer(pointer, i), errors)) out.push_back({*page, false});
}
}  // namespace

std::unique_ptr<PagingSimulation> buildPagingSimulation(ScenarioInfo info, ObjectReader& top) {
  ValidationErrors& errors = top.errors();
  const std::size_t errorsBefore = errors.size() + errors.droppedCount();
  auto config = readConfig(top, info.seed);

  std::vector<PagingOp> ops;
  const Json* opsValue = top.optional("ops");
  const Json* refsValue = top.optional("refs");
  if (opsValue && refsValue) errors.add(top.pointerTo("refs"), ErrorCode::Conflict, {"refs", "ops"});
  else if (opsValue) readOps(*opsValue, top.pointerTo("ops"), ops, errors);
  else if (refsValue) readRefs(*refsValue, top.pointerTo("refs"), ops, errors);
  else errors.add(top.pointer(), ErrorCode::MissingKey, {"ops"});

  if (!config || errors.size() + errors.droppedCount() != errorsBefore) return nullptr;
  auto initial = PagingModel::initialState(*config, ops);
  return std::make_unique<PagingSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::paging

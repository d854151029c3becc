#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/limits.h"
#include "engine/deadlock/common/deadlock_reader.h"

namespace oslens::engine::deadlock {

// What both deadlock modules' scenario readers share: "config" read by `readConfig(ObjectReader&)`
// (returns std::optional<Config>), then "ops", each an object with exactly one of `opKeys`, read by
// `readOp(const Config&, key, value, pointer)` (returns std::optional<Op>). Null when anything in
// the file was wrong (every problem is in top.errors()); the ops are read only with a good config.
template <class Config, class Op, class ReadConfig, class ReadOp>
std::optional<std::pair<Config, std::vector<Op>>> readDeadlockScenario(ObjectReader& top, ReadConfig readConfig,
                                                                        const std::vector<std::string_view>& opKeys,
                                                                        ReadOp readOp) {
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
  if (!config) return std::nullopt;
  std::vector<Op> ops;
  const std::string opsPointer = top.pointerTo("ops");
  if (opsValue && expectArray(*opsValue, opsPointer, limits::kMaxOps, errors)) {
    ops.reserve(opsValue->size());
    for (std::size_t i = 0; i < opsValue->size(); ++i) {
      ObjectReader op((*opsValue)[i], childPointer(opsPointer, i), errors);
      if (!op.isObject()) continue;
      if (auto given = readSingleOpKey(op, opKeys))
        if (std::optional<Op> read = readOp(*config, given->first, *given->second, op.pointerTo(given->first)))
          ops.push_back(std::move(*read));
      op.finish();
    }
  }
  if (errors.size() + errors.droppedCount() != errorsBefore) return std::nullopt;
  return std::pair(std::move(*config), std::move(ops));
}

}  // namespace oslens::engine::deadlock

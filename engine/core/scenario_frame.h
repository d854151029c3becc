#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/core/json_reader.h"
#include "engine/core/limits.h"

// What every module's scenario reader shares (docs/architecture.md, "Scenario files"): "config",
// then "ops", each problem collected with its place. A module's reader is its readConfig and its
// readOp; readScenario below does the rest.
namespace oslens::engine {

// The "config" object: nothing when it is missing (MissingKey) or not an object (WrongType).
std::optional<ObjectReader> openConfig(ObjectReader& top);

// Which one of `keys` an op object holds ({"alloc": {...}}): its key, value and pointer;
// otherwise UnknownOp at the op (none of `keys` given: the key given instead, or "" for {}, with
// the closest of `keys`) or Conflict (the second given, with the first).
struct OpKey {
  std::string_view key;
  const Json* value = nullptr;
  std::string pointer;
};
std::optional<OpKey> readSingleOpKey(ObjectReader& op, const std::vector<std::string_view>& keys);

// The ops written another way, as an array of plain values (paging's "refs": [7, 0, 1]), each
// read by `readEntry`. Both arrays given is a Conflict at `key`; neither, MissingKey "ops".
template <class Op>
struct OpsShorthand {
  std::string_view key;  // empty: "ops" is the only way
  std::function<std::optional<Op>(const Json& entry, const std::string& pointer, ValidationErrors& errors)> readEntry;
};

// The array the ops are in, with its key: "ops", or the shorthand's key; nothing after reporting.
std::optional<std::pair<std::string_view, const Json*>> findOps(ObjectReader& top, std::string_view shorthandKey);

template <class Config, class Op>
struct ScenarioParts {
  Config config;
  std::vector<Op> ops;
};

// Reads "config" with `readConfig(ObjectReader&) -> std::optional<Config>` (then reports its
// unknown keys), then "ops" (at most limits::kMaxOps), each an object read by
// `readOp(const Config&, ObjectReader& op) -> std::optional<Op>` (then the op's unknown keys).
// The ops are read only with a good config, unless readOp takes no config
// (`readOp(ObjectReader& op)`): then they are checked whatever the config. Null when anything in
// the file was wrong; every problem is in top.errors().
template <class Config, class Op, class ReadConfig, class ReadOp>
std::optional<ScenarioParts<Config, Op>> readScenario(ObjectReader& top, ReadConfig readConfig, ReadOp readOp,
                                                      const OpsShorthand<Op>& shorthand = {}) {
  constexpr bool opsNeedConfig = !std::is_invocable_v<ReadOp&, ObjectReader&>;
  ValidationErrors& errors = top.errors();
  const std::size_t errorsBefore = errors.size() + errors.droppedCount();
  std::optional<Config> config;
  if (auto reader = openConfig(top)) {
    config = readConfig(*reader);
    reader->finish();
  }
  const auto found = findOps(top, shorthand.key);
  std::vector<Op> ops;
  if (found && (config || !opsNeedConfig)) {
    const auto& [key, value] = *found;
    const std::string pointer = top.pointerTo(key);
    if (expectArray(*value, pointer, limits::kMaxOps, errors)) {
      ops.reserve(value->size());
      for (std::size_t i = 0; i < value->size(); ++i) {
        std::optional<Op> read;
        if (key != "ops") {
          read = shorthand.readEntry((*value)[i], childPointer(pointer, i), errors);
        } else {
          ObjectReader op((*value)[i], childPointer(pointer, i), errors);
          if (!op.isObject()) continue;
          if constexpr (opsNeedConfig) read = readOp(*config, op);
          else read = readOp(op);
          op.finish();
        }
        if (read) ops.push_back(std::move(*read));
      }
    }
  }
  if (!config || errors.size() + errors.droppedCount() != errorsBefore) return std::nullopt;
  return ScenarioParts<Config, Op>{std::move(*config), std::move(ops)};
}

}  // namespace oslens::engine

#include "engine/core/scenario_frame.h"

namespace oslens::engine {

std::optional<ObjectReader> openConfig(ObjectReader& top) {
  const Json* value = top.required("config");
  if (!value) return std::nullopt;
  ObjectReader config(*value, top.pointerTo("config"), top.errors());
  if (!config.isObject()) return std::nullopt;
  return config;
}

std::optional<OpKey> readSingleOpKey(ObjectReader& op, const std::vector<std::string_view>& keys) {
  std::vector<std::pair<std::string_view, const Json*>> given;
  for (std::string_view key : keys)
    if (const Json* value = op.optional(key)) given.emplace_back(key, value);
  if (given.empty()) {
    // No op this module knows. Its ops are objects of one key, so a key given is the op meant
    // ({"calloc": ...}, {"fre": "A"}): one error at the op, naming it, the ops there are and the
    // closest of them; the key is taken as read, so finish() does not report it a second time.
    std::vector<std::string> choices(keys.begin(), keys.end());
    std::string allowed;
    for (const auto& c : choices) allowed += (allowed.empty() ? "" : ", ") + c;
    std::string meant, suggestion;
    for (const auto& k : op.keys()) {
      std::string closest = op.errors().full() ? std::string() : closestChoice(k, choices);
      if (meant.empty() || (suggestion.empty() && !closest.empty())) meant = k, suggestion = std::move(closest);
    }
    if (!meant.empty()) op.optional(meant);
    op.errors().add(op.pointer(), ErrorCode::UnknownOp, {meant, allowed, suggestion});
    return std::nullopt;
  }
  if (given.size() > 1) {
    op.errors().add(op.pointerTo(given[1].first), ErrorCode::Conflict,
                    {std::string(given[1].first), std::string(given[0].first)});
    return std::nullopt;
  }
  return OpKey{given[0].first, given[0].second, op.pointerTo(given[0].first)};
}

std::optional<std::pair<std::string_view, const Json*>> findOps(ObjectReader& top, std::string_view shorthandKey) {
  if (shorthandKey.empty()) {
    if (const Json* ops = top.required("ops")) return std::pair(std::string_view("ops"), ops);
    return std::nullopt;
  }
  const Json* ops = top.optional("ops");
  const Json* shorthand = top.optional(shorthandKey);
  if (ops && shorthand) {
    top.errors().add(top.pointerTo(shorthandKey), ErrorCode::Conflict, {std::string(shorthandKey), "ops"});
    return std::nullopt;
  }
  if (ops) return std::pair(std::string_view("ops"), ops);
  if (shorthand) return std::pair(shorthandKey, shorthand);
  top.errors().add(top.pointer(), ErrorCode::MissingKey, {"ops"});
  return std::nullopt;
}

}  // namespace oslens::engine

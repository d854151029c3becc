#pragma once

#include "engine/core/json_reader.h"

namespace oslens::engine::deadlock {

// An op written as a flag, {"safety": true} or {"detect": true}: anything but true is an error.
inline bool readOpFlag(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  auto flag = readBoolean(value, pointer, errors);
  if (flag && !*flag) errors.add(pointer, ErrorCode::UnknownChoice, {"false", "true"});
  return flag.value_or(false);
}

}  // namespace oslens::engine::deadlock

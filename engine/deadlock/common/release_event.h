#pragma once

#include <string_view>

#include "engine/core/json_out.h"
#include "engine/deadlock/common/deadlock_types.h"

namespace oslens::engine::deadlock {

// A release, in both deadlock models: Allocation_i -= vector, Available += vector (`available`
// after). In the JSON (engine/core/event_json.h) the process is named by DeadlockNames.
struct Released {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector available;
  static constexpr std::string_view kJsonType = "released";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("available", available);
  }
  bool operator==(const Released&) const = default;
};

}  // namespace oslens::engine::deadlock

#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/deadlock/common/scan_events.h"

// The names both deadlock modules' JSON uses (a public interface, docs/scenarios.md).
namespace oslens::engine::deadlock {

// What the deadlock events' describe() names: processes and resources (none: null), and the
// key of the demand a scan compares with Work.
struct DeadlockNames {
  const std::vector<std::string>& processes;
  const std::vector<ResourceType>& resources;
  std::string_view demandKey;  // "need" (banker: Need) or "request" (detection: Request)

  std::optional<std::string_view> process(ProcessId p) const {
    return p == kNoProcess ? std::nullopt : std::optional<std::string_view>(processes[p]);
  }
  auto processList(const std::vector<ProcessId>& ids) const {
    return jsonArrayOf(ids, [this](ProcessId p) { return std::string_view(processes[p]); });
  }
  std::optional<std::string_view> resource(const std::optional<ResourceId>& r) const {
    return r ? std::optional<std::string_view>(resources[*r].name) : std::nullopt;
  }
};

// {"process": name, "vector": [...]}: the shape of a request, release or preempt op.
void writeProcessVector(const DeadlockNames& names, ProcessId p, std::span<const Count> vector, JsonOut& out);

}  // namespace oslens::engine::deadlock

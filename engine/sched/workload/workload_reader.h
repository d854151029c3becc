#pragma once

#include <optional>

#include "engine/core/json_reader.h"
#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::sched {

// Reads the keys every scheduler scenario shares: `tasks` and `until_ns` from the config, and the
// timed `ops` (renice, spawn) from the top level (docs/scenarios.md). Leaves the config's other
// keys to the module, which calls config.finish(). Every problem goes to config.errors() with its
// place; returns nothing if there were any.
std::optional<Workload> readWorkload(ObjectReader& config, ObjectReader& top);

// The `config` object of a scheduler scenario, or nothing when it is missing or not an object
// (reported; `ops` is then marked as read, so it is not also called an unknown key).
std::optional<ObjectReader> openSchedConfig(ObjectReader& top);

// When a run without until_ns ends at the latest: after the last arrival, every burst of every
// task back to back (each task runs its bursts once). Saturates at limits::kMaxDurationNs + 1.
// readWorkload refuses a run that could end later, so that no clock can overflow.
Nanoseconds latestEndNs(const Workload& workload);

}  // namespace oslens::engine::sched

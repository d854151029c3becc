#pragma once

#include "engine/core/json_reader.h"
#include "engine/deadlock/common/scan_records.h"
#include "engine/deadlock/banker/banker_model.h"

namespace oslens::engine::deadlock::banker {

// The banker model plus its JSON (a public interface, docs/scenarios.md, module "banker").
// Every step record has `available`. A request's: `granted`, `reason` ("granted",
// "exceeds_claim", "unavailable", "unsafe"), and `safe`, `sequence` when it got to the safety
// check. A safety check's: `safe`, `sequence` (process names in the order they finish; null when
// unsafe), `unfinished`. A release's: `released`. Summary, of the final state: `available`,
// `safe`, `sequence`, `unfinished`, `processes` (name, max, allocation, need).
struct BankerReportingModel : BankerModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static DeadlockNames jsonNames(const State& state);
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::deadlock::banker

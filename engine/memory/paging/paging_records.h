#pragma once

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/memory/paging/paging_model.h"

namespace oslens::engine::paging {

// The paging model plus its JSON: the step record fields `ref`, `write`, `hit`, `evicted`,
// `frames`, `writeback`, `dirty` (and `referenced`, `hand` for Clock), and the summary `hits`,
// `faults`, `writebacks`, `hit_rate`. These names are a public interface (docs/scenarios.md).
struct PagingReportingModel : PagingModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static NoJsonNames jsonNames(const State&) { return {}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::paging

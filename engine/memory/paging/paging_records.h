#pragma once

#include "engine/core/json_reader.h"
#include "engine/memory/paging/paging_model.h"

namespace oslens::engine::paging {

// The paging model plus its JSON: the step record fields `ref`, `write`, `hit`, `evicted`,
// `frames`, `writeback`, `dirty` (and `referenced`, `hand` for Clock), and the summary `hits`,
// `faults`, `writebacks`, `hit_rate`. These names are a public interface (docs/scenarios.md).
struct PagingReportingModel : PagingModel {
  static OutputJson opJson(const State& state, const Op& op);
  static OutputJson eventJson(const State& state, const Event& event);
  static void addRecordFields(const State& after, const Op& op, const std::vector<Event>& events, OutputJson& record);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::paging

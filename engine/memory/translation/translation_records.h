#pragma once

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/memory/translation/translation_model.h"

namespace oslens::engine::translation {

// The translation model plus its JSON (docs/scenarios.md, "translation"; public names): each
// step record has `va`, `indices`, `offset`, `tlb`, `walk`, `fault`, `pa`, `value`, and in
// managed mode `process`, `frame`, `evicted`, `major`; the summary `tlb_hits`, `tlb_misses`,
// `faults`, `swap_ins`, `swap_outs`, `processes`. Addresses and entries are hex strings.
struct TranslationReportingModel : TranslationModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static TranslationNames jsonNames(const State& state) { return {state.names}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::translation

#pragma once

#include <string>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/memory/freelist/freelist_model.h"

namespace oslens::engine::freelist {

// What the freelist events' describe() names: tags, as the scenario spells them.
struct FreelistJsonNames {
  const FreelistState& state;
  const std::string& tag(TagId id) const { return state.tagName(id); }
};

// The freelist model plus its JSON. Step records: `address` (what malloc or realloc returned:
// block + header; null for a failure or a free), `block` ({addr, size} of the block handed out or
// freed, header included), `searched`, `free_list` (in list order), `break`, `mmapped`. Summary:
// `heap_size`, `free_bytes`, `largest_free`, `external_fragmentation`, `internal_bytes`,
// `blocks_in_use`, `failed`, `leaked_bytes`, `leaked_blocks` and more (docs/scenarios.md). These names are a public interface.
struct FreelistReportingModel : FreelistModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static FreelistJsonNames jsonNames(const State& state) { return {state}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

// 1 - largest free block / free bytes, in thousandths; 0 when nothing is free.
double externalFragmentation(const FreelistState& state);

}  // namespace oslens::engine::freelist

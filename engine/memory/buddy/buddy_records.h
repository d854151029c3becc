#pragma once

#include <string>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/memory/buddy/buddy_model.h"

namespace oslens::engine::buddy {

// What the buddy events' describe() names: tags and zones, as the state knows them.
struct BuddyJsonNames {
  const BuddyState& state;
  const std::string& tag(TagId id) const { return state.tagName(id); }
  const std::string& zone(ZoneIndex z) const { return state.memory.config().zones.at(z).name; }
};

// The buddy model plus its JSON. Step records: `result` (first pfn of the block handed out, null
// for a failure or a free), `zone`, `free_area` (per order, the ascending first pfns of its free
// blocks), `free_pages`, `largest_free_order`. Summary: `free_pages`, `largest_free_order`,
// `buddyinfo` and more (docs/scenarios.md). These names are a public interface.
struct BuddyReportingModel : BuddyModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static BuddyJsonNames jsonNames(const State& state) { return {state}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

// "unusable_index": per order, the kernel's unusable free space index as a fraction (3 decimals).
OutputJson unusableIndexJson(const BuddyAllocator& memory);

}  // namespace oslens::engine::buddy

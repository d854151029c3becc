#pragma once

#include <functional>

#include "engine/core/json_reader.h"
#include "engine/memory/buddy/buddy_model.h"

namespace oslens::engine::buddy {

// The buddy model plus its JSON. Step records: `result` (first pfn of the block handed out, null
// for a failure or a free), `zone`, `free_area` (per order, the ascending first pfns of its free
// blocks), `free_pages`, `largest_free_order`. Summary: `free_pages`, `largest_free_order`,
// `buddyinfo` and more (docs/scenarios.md). These names are a public interface.
struct BuddyReportingModel : BuddyModel {
  static OutputJson opJson(const State& state, const Op& op);
  static OutputJson eventJson(const State& state, const Event& event);
  static void addRecordFields(const State& after, const Op& op, const std::vector<Event>& events, OutputJson& record);
  static OutputJson summaryJson(const State& state);
};

// Pieces the slab module's JSON shares.
OutputJson freeAreaJson(const BuddyAllocator& memory);
// `tagName` says what a TagId stands for (the slab allocator's own blocks have kNoTag: null).
OutputJson buddyEventJson(const BuddyEvent& event, const BuddyConfig& config,
                          const std::function<OutputJson(TagId)>& tagName);
OutputJson largestFreeOrderJson(const BuddyAllocator& memory);
// "double_free", "never_allocated", "still_allocated": the `problem` of an error event.
std::string_view tagProblemName(TagProblem problem);
// "unusable_index": per order, the kernel's unusable free space index as a fraction (3 decimals).
OutputJson unusableIndexJson(const BuddyAllocator& memory);

}  // namespace oslens::engine::buddy

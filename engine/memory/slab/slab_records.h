#pragma once

#include "engine/core/json_reader.h"
#include "engine/memory/slab/slab_model.h"

namespace oslens::engine::slab {

// The slab model plus its JSON. Step records: `result` (the object handed out as {"cache",
// "slab", "object", "address"}, a large kmalloc as {"pfn", "order"}, null for a failure, a free
// or a shrink), `lists` (the three lists of the cache the op concerned), `free_pages`. Summary:
// `slabinfo` (per cache the /proc/slabinfo columns and the three list lengths), `free_pages` and
// more (docs/scenarios.md). These names are a public interface.
struct SlabReportingModel : SlabModel {
  static OutputJson opJson(const State& state, const Op& op);
  static OutputJson eventJson(const State& state, const Event& event);
  static void addRecordFields(const State& after, const Op& op, const std::vector<Event>& events, OutputJson& record);
  static OutputJson summaryJson(const State& state);
};

std::string_view slabListName(SlabList list);  // "slabs_full", "slabs_partial", "slabs_free", or "" for None
// One cache's line of /proc/slabinfo, with its geometry.
OutputJson slabinfoJson(const SlabState& state, CacheId cache);
// {"cache", "slabs_full", "slabs_partial", "slabs_free"}: each list's slabs by first pfn, head first.
OutputJson cacheListsJson(const SlabState& state, CacheId cache);

}  // namespace oslens::engine::slab

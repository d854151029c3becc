#pragma once

#include <optional>
#include <string_view>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/memory/slab/slab_model.h"

namespace oslens::engine::slab {

// What the slab events' describe() names (and the buddy events' under them): tags (a slab's own
// pages have none: null), caches (kNoCache, a large kmalloc: null), zones.
struct SlabJsonNames {
  const SlabState& state;
  std::optional<std::string_view> tag(TagId id) const {
    return id == kNoTag ? std::nullopt : std::optional<std::string_view>(state.tagName(id));
  }
  std::optional<std::string_view> cache(CacheId id) const {
    return id == kNoCache ? std::nullopt : std::optional<std::string_view>(state.cacheName(id));
  }
  const std::string& zone(buddy::ZoneIndex z) const { return state.memory.config().zones.at(z).name; }
};

// The slab model plus its JSON. Step records: `result` (the object handed out as {"cache",
// "slab", "object", "address"}, a large kmalloc as {"pfn", "order"}, null for a failure, a free
// or a shrink), `lists` (the three lists of the cache the op concerned), `free_pages`. Summary:
// `slabinfo` (per cache the /proc/slabinfo columns and the three list lengths), `free_pages` and
// more (docs/scenarios.md). These names are a public interface.
struct SlabReportingModel : SlabModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static SlabJsonNames jsonNames(const State& state) { return {state}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

// One cache's line of /proc/slabinfo, with its geometry.
OutputJson slabinfoJson(const SlabState& state, CacheId cache);

}  // namespace oslens::engine::slab

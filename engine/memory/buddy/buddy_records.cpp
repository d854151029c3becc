#include "engine/memory/buddy/buddy_records.h"

#include "engine/memory/buddy/buddy_metrics.h"

namespace oslens::engine::buddy {

namespace {
double thousandths(int permille) { return static_cast<double>(permille) / 1000.0; }
}  // namespace

OutputJson unusableIndexJson(const BuddyAllocator& memory) {
  OutputJson out = OutputJson::array();
  for (int order = 0; order < memory.config().maxOrder; ++order)
    out.push_back(thousandths(unusableIndexPermille(memory, static_cast<Order>(order))));
  return out;
}

void BuddyReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  out.beginObject();
  if (const auto* a = std::get_if<AllocOp>(&op)) {
    out.key("alloc");
    out.beginObject();
    if (a->bytes > 0) out.field("bytes", a->bytes);
    else out.field("order", a->order);
    out.field("tag", s.tagName(a->tag));
    if (s.memory.config().zones.size() > 1) out.field("zone", s.memory.config().zones.at(a->zone).name);
    out.endObject();
  } else {
    out.field("free", s.tagName(std::get<FreeOp>(op).tag));
  }
  out.endObject();
}

void BuddyReportingModel::writeRecordFields(const State& s, const Op&, const std::vector<Event>& events,
                                            JsonOut& out) {
  Pfn result = kNoPfn;
  for (const auto& e : events)
    if (const auto* allocated = std::get_if<BlockAllocated>(&e)) result = allocated->pfn;
  const auto& zones = s.memory.config().zones;
  out.field("result", nullIf(result, kNoPfn));
  if (result == kNoPfn) out.field("zone", nullptr);
  else out.field("zone", zones.at(s.memory.zoneOf(result)).name);
  out.key("free_area");
  out.beginArray();
  for (int order = 0; order < s.memory.config().maxOrder; ++order)
    out.value(s.memory.freeBlocksByAddress(static_cast<Order>(order)));
  out.endArray();
  out.field("free_pages", s.memory.freePages());
  out.field("largest_free_order", nullIf(s.memory.largestFreeOrder(), -1));
}

OutputJson BuddyReportingModel::summaryJson(const State& s) {
  const BuddyConfig& config = s.memory.config();
  OutputJson summary{{"pages", config.pages},
                     {"max_order", config.maxOrder},
                     {"pick", pickRuleName(config.pick)},
                     {"free_pages", s.memory.freePages()},
                     {"used_pages", s.memory.usedPages()},
                     {"largest_free_order", s.memory.largestFreeOrder() < 0 ? OutputJson(nullptr) : OutputJson(s.memory.largestFreeOrder())},
                     {"buddyinfo", buddyinfo(s.memory)},
                     {"unusable_index", unusableIndexJson(s.memory)},
                     {"internal_fragmentation_bytes", s.wastedBytes},
                     {"allocations", s.allocations},
                     {"failures", s.failures},
                     {"frees", s.frees}};
  OutputJson zones = OutputJson::array();
  for (ZoneIndex z = 0; z < config.zones.size(); ++z)
    zones.push_back({{"name", config.zones[z].name},
                     {"start_pfn", config.zones[z].startPfn},
                     {"pages", config.zones[z].pages},
                     {"free_pages", s.memory.zoneFreePages(z)},
                     {"buddyinfo", buddyinfo(s.memory, z)}});
  summary["zones"] = std::move(zones);
  return summary;
}

}  // namespace oslens::engine::buddy

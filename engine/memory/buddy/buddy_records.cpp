#include "engine/memory/buddy/buddy_records.h"

#include <cmath>

#include "engine/core/overloaded.h"
#include "engine/memory/buddy/buddy_metrics.h"

namespace oslens::engine::buddy {

namespace {
std::string_view mergeStopName(MergeStop reason) {
  switch (reason) {
    case MergeStop::BuddyInUse: return "buddy_in_use";
    case MergeStop::BuddySplit: return "buddy_split";
    case MergeStop::OutsideZone: return "outside_zone";
    case MergeStop::LargestOrder: return "largest_order";
  }
  return "";
}

OutputJson pfnJson(Pfn pfn) { return pfn == kNoPfn ? OutputJson(nullptr) : OutputJson(pfn); }
double thousandths(int permille) { return static_cast<double>(permille) / 1000.0; }
}  // namespace

std::string_view tagProblemName(TagProblem problem) {
  switch (problem) {
    case TagProblem::DoubleFree: return "double_free";
    case TagProblem::NeverAllocated: return "never_allocated";
    case TagProblem::StillAllocated: return "still_allocated";
  }
  return "";
}

OutputJson freeAreaJson(const BuddyAllocator& memory) {
  OutputJson out = OutputJson::array();
  for (int order = 0; order < memory.config().maxOrder; ++order)
    out.push_back(memory.freeBlocksByAddress(static_cast<Order>(order)));
  return out;
}

OutputJson largestFreeOrderJson(const BuddyAllocator& memory) {
  const int order = memory.largestFreeOrder();
  return order < 0 ? OutputJson(nullptr) : OutputJson(order);
}

OutputJson unusableIndexJson(const BuddyAllocator& memory) {
  OutputJson out = OutputJson::array();
  for (int order = 0; order < memory.config().maxOrder; ++order)
    out.push_back(thousandths(unusableIndexPermille(memory, static_cast<Order>(order))));
  return out;
}

OutputJson buddyEventJson(const BuddyEvent& event, const BuddyConfig& config,
                          const std::function<OutputJson(TagId)>& tagName) {
  auto zone = [&](ZoneIndex z) { return config.zones.at(z).name; };
  return std::visit(
      Overloaded{
          [&](const AllocRequested& e) {
            OutputJson j{{"type", "alloc_request"}, {"tag", tagName(e.tag)}, {"order", e.order}};
            if (e.bytes > 0) j["bytes"] = e.bytes;
            j["zone"] = zone(e.zone);
            return j;
          },
          [&](const OrderSearched& e) {
            return OutputJson{{"type", "search"}, {"zone", zone(e.zone)}, {"order", e.order}, {"nr_free", e.nrFree}};
          },
          [&](const ZoneFallback& e) {
            return OutputJson{{"type", "zone_fallback"}, {"from", zone(e.from)}, {"to", zone(e.to)}};
          },
          [&](const BlockTaken& e) {
            return OutputJson{{"type", "take"}, {"zone", zone(e.zone)}, {"pfn", e.pfn}, {"order", e.order}};
          },
          [&](const BlockSplit& e) {
            return OutputJson{{"type", "split"}, {"pfn", e.pfn}, {"order", e.order}, {"upper_pfn", e.upperPfn}};
          },
          [&](const BlockAllocated& e) {
            return OutputJson{{"type", "allocated"}, {"tag", tagName(e.tag)}, {"pfn", e.pfn},
                              {"order", e.order},    {"wasted_bytes", e.wastedBytes}};
          },
          [&](const AllocFailed& e) {
            return OutputJson{{"type", "alloc_failed"}, {"tag", tagName(e.tag)},   {"order", e.order},
                              {"free_pages", e.freePages}, {"largest_free_order", e.largestFreeOrder < 0 ? OutputJson(nullptr) : OutputJson(e.largestFreeOrder)}};
          },
          [&](const FreeRequested& e) {
            return OutputJson{{"type", "free_request"}, {"tag", tagName(e.tag)}, {"pfn", e.pfn}, {"order", e.order}};
          },
          [&](const BuddiesMerged& e) {
            return OutputJson{{"type", "merge"}, {"pfn", e.pfn}, {"buddy", e.buddy}, {"order", e.order}};
          },
          [&](const MergeStopped& e) {
            return OutputJson{{"type", "merge_stop"}, {"pfn", e.pfn},        {"order", e.order},
                              {"buddy", pfnJson(e.buddy)}, {"reason", mergeStopName(e.reason)}};
          },
          [&](const BlockFreed& e) {
            return OutputJson{{"type", "freed"}, {"zone", zone(e.zone)}, {"pfn", e.pfn}, {"order", e.order}};
          },
          [&](const TagError& e) {
            return OutputJson{{"type", "error"}, {"tag", tagName(e.tag)}, {"problem", tagProblemName(e.problem)}};
          },
      },
      event);
}

OutputJson BuddyReportingModel::opJson(const State& s, const Op& op) {
  return std::visit(Overloaded{
                        [&](const AllocOp& a) {
                          OutputJson request = OutputJson::object();
                          if (a.bytes > 0) request["bytes"] = a.bytes;
                          else request["order"] = a.order;
                          request["tag"] = s.tagName(a.tag);
                          if (s.memory.config().zones.size() > 1) request["zone"] = s.memory.config().zones.at(a.zone).name;
                          return OutputJson{{"alloc", std::move(request)}};
                        },
                        [&](const FreeOp& f) { return OutputJson{{"free", s.tagName(f.tag)}}; },
                    },
                    op);
}

OutputJson BuddyReportingModel::eventJson(const State& s, const Event& event) {
  return buddyEventJson(event, s.memory.config(), [&](TagId tag) { return OutputJson(s.tagName(tag)); });
}

void BuddyReportingModel::addRecordFields(const State& s, const Op&, const std::vector<Event>& events,
                                          OutputJson& record) {
  Pfn result = kNoPfn;
  for (const auto& e : events)
    if (const auto* allocated = std::get_if<BlockAllocated>(&e)) result = allocated->pfn;
  record["result"] = pfnJson(result);
  record["zone"] = result == kNoPfn ? OutputJson(nullptr) : OutputJson(s.memory.config().zones.at(s.memory.zoneOf(result)).name);
  record["free_area"] = freeAreaJson(s.memory);
  record["free_pages"] = s.memory.freePages();
  record["largest_free_order"] = largestFreeOrderJson(s.memory);
}

OutputJson BuddyReportingModel::summaryJson(const State& s) {
  const BuddyConfig& config = s.memory.config();
  OutputJson summary{{"pages", config.pages},
                     {"max_order", config.maxOrder},
                     {"pick", pickRuleName(config.pick)},
                     {"free_pages", s.memory.freePages()},
                     {"used_pages", s.memory.usedPages()},
                     {"largest_free_order", largestFreeOrderJson(s.memory)},
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

#include "engine/memory/paging/paging_records.h"

#include <type_traits>

#include "engine/core/overloaded.h"

namespace oslens::engine::paging {

namespace {

OutputJson nextUseJson(std::uint64_t step) { return step == kNever ? OutputJson(nullptr) : OutputJson(step); }
}  // namespace

OutputJson PagingReportingModel::opJson(const State&, const Op& op) {
  OutputJson j = {{"access", op.page}};
  if (op.write) j["write"] = true;
  return j;
}

OutputJson PagingReportingModel::eventJson(const State&, const Event& event) {
  return std::visit(
      Overloaded{
          [](const PageHit& e) { return OutputJson{{"type", "hit"}, {"page", e.page}, {"frame", e.frame}}; },
          [](const PageFault& e) { return OutputJson{{"type", "fault"}, {"page", e.page}, {"write", e.write}}; },
          [](const SecondChance& e) {
            return OutputJson{{"type", "second_chance"}, {"page", e.page}, {"frame", e.frame}};
          },
          [](const VictimChosen& e) {
            return OutputJson{{"type", "victim"},          {"page", e.page},
                        {"frame", e.frame},          {"policy", policyName(e.policy)},
                        {"loaded_at", e.loadedAt},   {"last_used_at", e.lastUsedAt},
                        {"next_use_at", nextUseJson(e.nextUseAt)}, {"use_count", e.useCount}};
          },
          [](const PageEvicted& e) {
            return OutputJson{{"type", "evict"}, {"page", e.page}, {"frame", e.frame}, {"dirty", e.dirty}};
          },
          [](const PageLoaded& e) {
            return OutputJson{{"type", "load"}, {"page", e.page}, {"frame", e.frame}, {"free_frame", e.freeFrame}};
          },
          [](const DirtyBitSet& e) { return OutputJson{{"type", "dirty"}, {"page", e.page}, {"frame", e.frame}}; },
      },
      event);
}

void PagingReportingModel::addRecordFields(const State& s, const Op& op, const std::vector<Event>& events,
                                           OutputJson& record) {
  bool hit = false, writeback = false;
  OutputJson evicted = nullptr;
  for (const auto& e : events) {
    if (std::holds_alternative<PageHit>(e)) hit = true;
    if (const auto* ev = std::get_if<PageEvicted>(&e)) {
      evicted = ev->page;
      writeback = ev->dirty;
    }
  }
  OutputJson frames = OutputJson::array(), dirty = OutputJson::array();
  for (const Frame& f : s.frames) {
    frames.push_back(f.empty() ? OutputJson(nullptr) : OutputJson(f.page));
    dirty.push_back(f.dirty);
  }
  record["ref"] = op.page;
  record["write"] = op.write;
  record["hit"] = hit;
  record["evicted"] = evicted;
  record["frames"] = std::move(frames);
  record["writeback"] = writeback;
  record["dirty"] = std::move(dirty);
  if (s.config.policy == Policy::Clock) {
    OutputJson referenced = OutputJson::array();
    for (const Frame& f : s.frames) referenced.push_back(f.referenced);
    record["referenced"] = std::move(referenced);
    record["hand"] = s.clockHand;
  }
}

OutputJson PagingReportingModel::summaryJson(const State& s) {
  return OutputJson{{"policy", policyName(s.config.policy)},
              {"frames", s.config.frames},
              {"references", s.step},
              {"hits", s.hits},
              {"faults", s.faults},
              {"writebacks", s.writebacks},
              {"hit_rate", s.hitRate()}};
}

}  // namespace oslens::engine::paging

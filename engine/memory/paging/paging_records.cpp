#include "engine/memory/paging/paging_records.h"

namespace oslens::engine::paging {

void PagingReportingModel::writeOp(const State&, const Op& op, JsonOut& out) {
  out.beginObject();
  out.field("access", op.page);
  if (op.write) out.field("write", true);
  out.endObject();
}

void PagingReportingModel::writeRecordFields(const State& s, const Op& op, const std::vector<Event>& events,
                                             JsonOut& out) {
  bool hit = false, writeback = false;
  std::optional<Page> evicted;
  for (const auto& e : events) {
    if (std::holds_alternative<PageHit>(e)) hit = true;
    if (const auto* ev = std::get_if<PageEvicted>(&e)) {
      evicted = ev->page;
      writeback = ev->dirty;
    }
  }
  out.field("ref", op.page);
  out.field("write", op.write);
  out.field("hit", hit);
  out.field("evicted", evicted);
  out.field("frames", jsonArrayOf(s.frames, [](const Frame& f) { return f.empty() ? std::nullopt : std::optional(f.page); }));
  out.field("writeback", writeback);
  out.field("dirty", jsonArrayOf(s.frames, [](const Frame& f) { return f.dirty; }));
  if (s.config.policy == Policy::Clock) {
    out.field("referenced", jsonArrayOf(s.frames, [](const Frame& f) { return f.referenced; }));
    out.field("hand", s.clockHand);
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

#include "engine/memory/translation/translation_records.h"

#include "engine/core/overloaded.h"

namespace oslens::engine::translation {

double effectiveAccessTimeNs(const Latencies& l, double hitRatio, int levels) {
  return hitRatio * (l.tlbNs + l.memoryNs) + (1 - hitRatio) * (l.tlbNs + (levels + 1) * l.memoryNs);
}

void TranslationReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  const TranslationNames names{s.names};
  out.beginObject();
  std::visit(Overloaded{
                 [&](const AccessOp& a) {
                   out.key(s.imageMode() ? "translate" : "access");
                   out.beginObject();
                   if (!s.imageMode()) out.field("process", names.process(a.process));
                   out.field("va", hexText(a.va));
                   out.field("write", a.write);
                   out.endObject();
                 },
                 [&](const ForkOp& f) {
                   out.key("fork");
                   out.beginObject();
                   out.field("parent", names.process(f.parent));
                   out.field("child", names.process(f.child));
                   out.endObject();
                 },
                 [&](const ExitOp& e) { out.field("exit", names.process(e.process)); },
                 [&](const SwitchOp& w) { out.field("switch", names.process(w.process)); },
                 [&](const MmapOp& o) {
                   out.key("mmap");
                   out.beginObject();
                   out.field("process", names.process(o.process));
                   out.field("name", o.region.name);
                   out.field("start", hexText(o.region.startVpn * s.config.format.pageSize));
                   out.field("pages", o.region.pages);
                   out.field("perm", o.region.perm());
                   out.endObject();
                 },
                 [&](const MunmapOp& o) {
                   out.key("munmap");
                   out.beginObject();
                   out.field("process", names.process(o.process));
                   out.field("name", o.region);
                   out.endObject();
                 },
             },
             op);
  out.endObject();
}

void TranslationReportingModel::writeRecordFields(const State& s, const Op& op, const std::vector<Event>& events, JsonOut& out) {
  const TranslationNames names{s.names};
  const auto* access = std::get_if<AccessOp>(&op);
  std::optional<std::string> tlb;
  std::optional<std::string> fault;
  std::optional<std::string> pa;
  std::optional<FrameNumber> frame;
  std::optional<int> value;
  const PageEvicted* evicted = nullptr;
  bool major = false;
  std::vector<const EntryRead*> walk;
  for (const Event& e : events)
    std::visit(Overloaded{
                   [&](const TlbLookedUp& t) { tlb = t.hit ? "hit" : "miss"; },
                   [&](const EntryRead& r) { walk.push_back(&r); },
                   [&](const Faulted& f) { fault = std::string(faultName(f.fault)); },
                   [&](const ProcessKilled& k) {
                     if (!fault) fault = std::string(faultName(k.fault));
                   },
                   [&](const PageEvicted& p) { evicted = &p; },
                   [&](const PageMapped& m) {
                     frame = m.frame;
                     major = m.major;
                   },
                   [&](const CowResolved& c) { frame = c.to; },
                   [&](const Translated& t) {
                     pa = hexText(t.pa);
                     if (t.frame) frame = *t.frame;
                     if (s.imageMode() && s.config.image->pageContents)
                       value = s.config.image->memory.readByte(t.pa);
                   },
                   [](const auto&) {},
               },
               e);
  const AddressFormat& f = s.config.format;
  if (access) {
    out.field("va", hexText(access->va));
    out.field("indices", f.indicesOf(access->va));
    out.field("offset", f.offsetOf(access->va));
  } else {
    out.field("va", nullptr);
    out.field("indices", nullptr);
    out.field("offset", nullptr);
  }
  out.field("tlb", tlb);
  out.key("walk");
  out.beginArray();
  for (const EntryRead* r : walk) {
    out.beginObject();
    out.field("level", r->step.level);
    out.field("index", r->step.index);
    out.field("entry", hexText(r->step.entry));
    out.field("present", r->step.present);
    out.endObject();
  }
  out.endArray();
  out.field("fault", fault);
  out.field("pa", pa);
  out.field("value", value);
  if (s.imageMode()) return;
  const auto* fork = std::get_if<ForkOp>(&op);
  const ProcessIndex process = fork ? fork->child : actorOf(op);
  out.field("process", names.process(process));
  out.field("frame", frame);
  if (evicted) {
    out.key("evicted");
    out.beginObject();
    out.field("process", names.process(evicted->page.process));
    out.field("vpn", hexText(evicted->page.vpn));
    out.field("frame", evicted->frame);
    out.field("writeback", evicted->writeback);
    out.endObject();
  } else {
    out.field("evicted", nullptr);
  }
  out.field("major", major);
}

OutputJson TranslationReportingModel::summaryJson(const State& s) {
  const ManagedState& m = s.managed;
  OutputJson summary{{"mode", s.imageMode() ? "image" : "managed"}};
  if (!s.config.preset.empty()) summary["preset"] = s.config.preset;
  if (s.imageMode()) {
    summary["translations"] = s.translations;
    summary["faults"] = OutputJson{{"not_present", s.notPresent}, {"protection", s.protection}, {"non_canonical", s.nonCanonical}, {"reserved", s.reserved}};
    return summary;
  }
  const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
  summary["tlb_hits"] = m.tlbHits;
  summary["tlb_misses"] = m.tlbMisses;
  const double hitRatio = lookups == 0 ? 0.0 : static_cast<double>(m.tlbHits) / static_cast<double>(lookups);
  if (m.tlb) summary["tlb_hit_rate"] = hitRatio;
  else summary["tlb_hit_rate"] = nullptr;  // no TLB: no rate to speak of
  if (m.tlb) summary["effective_access_ns"] = effectiveAccessTimeNs(s.config.latencies, hitRatio, s.config.format.levelCount());
  summary["faults"] = OutputJson{{"minor", m.faults.minor}, {"major", m.faults.major}, {"cow", m.faults.cow},
                                 {"protection", m.faults.protection}, {"segfault", m.faults.segfault}};
  summary["swap_ins"] = m.swapIns;
  summary["swap_outs"] = m.swapOuts;
  OutputJson processes = OutputJson::array();
  for (ProcessIndex p = 0; p < m.processes.size(); ++p)
    processes.push_back(OutputJson{{"name", m.processes[p].name},
                                   {"resident", m.residentPages(p)},
                                   {"swapped", m.swappedPages(p)},
                                   {"state", processStateName(m.processes[p].state)},
                                   {"killed", m.processes[p].killedBy == Fault::None ? OutputJson() : OutputJson(faultName(m.processes[p].killedBy))}});
  summary["processes"] = std::move(processes);
  return summary;
}

}  // namespace oslens::engine::translation

#include "engine/memory/translation/translation_model.h"

#include <algorithm>
#include <cstdio>

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/memory/translation/managed_ops.h"

namespace oslens::engine::translation {

std::string hexText(std::uint64_t value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value));
  return buffer;
}

namespace {
template <class Steps>
void logWalk(const Steps& walk, EventLog<TranslationEvent>& log) {
  for (const WalkStep& step : walk) log.add(EntryRead{step});
}

// Image mode: the walk over the given memory, nothing changes but the counts.
void translateImage(TranslationState& s, const AccessOp& op, EventLog<TranslationEvent>& log) {
  const ImageSetup& image = *s.config.image;
  const WalkResult r = image.entries == EntryFormat::OstepLinear ? walkLinear(s.config.format, image.linearTable, op.va, op.write)
                                                                  : walkTables(s.config.format, image.entries, image.memory, image.root, op.va, op.write);
  ++s.translations;
  logWalk(r.walk, log);
  switch (r.fault) {
    case Fault::None: break;
    case Fault::NotPresent: ++s.notPresent; break;
    case Fault::Protection: ++s.protection; break;
    case Fault::NonCanonical: ++s.nonCanonical; break;
    case Fault::Reserved: ++s.reserved; break;
    case Fault::Cow:
    case Fault::Segfault: break;  // managed mode only
  }
  if (r.fault != Fault::None) log.add(Faulted{r.fault, r.faultLevel});
  if (r.pa) log.add(Translated{*r.pa, std::nullopt});
}

// Managed mode: the outcome of the access, told as events in the order things happened.
void logAccess(const ManagedState& s, const AccessOutcome& o, EventLog<TranslationEvent>& log) {
  if (!log.recording()) return;  // a seek's replay: the outcome is in the state already
  if (o.switched) log.add(ContextSwitched{o.switchedFrom, o.process, o.switchFlushed});
  const std::uint64_t vpn = s.config.format.vpnOf(o.va);
  if (o.tlbHit) {
    const std::uint32_t set = s.tlb ? s.tlb->setOf(vpn) : 0;
    log.add(TlbLookedUp{*o.tlbHit, set, *o.tlbHit && o.tlbSlot ? std::optional<std::uint64_t>(*o.tlbSlot) : std::nullopt});
  }
  logWalk(o.walk, log);
  if (o.fault != Fault::None) log.add(Faulted{o.fault, o.faultLevel});
  for (const auto& table : o.tablesMade) log.add(TableAllocated{table.level, table.frame});
  if (o.evicted)
    log.add(PageEvicted{*o.evicted, o.evictedFrame, o.writeback, o.evictedSlot == kNone ? std::nullopt : std::optional(o.evictedSlot)});
  if (o.fault == Fault::NotPresent && o.frame != kNone)
    log.add(PageMapped{o.frame, o.major, o.swapInSlot == kNone ? std::nullopt : std::optional(o.swapInSlot)});
  if (o.fault == Fault::Cow && o.frame != kNone) log.add(CowResolved{o.cowFrom, o.frame});
  const bool killed = s.processes[o.process].state == ProcessState::Exited;
  if (killed) log.add(ProcessKilled{o.process, s.processes[o.process].killedBy});
  if (!killed && o.tlbHit == false && o.tlbSlot)
    log.add(TlbFilled{*o.tlbSlot, o.tlbEvicted ? std::optional(o.tlbEvicted->tag) : std::nullopt,
                      o.tlbEvicted ? std::optional(o.tlbEvicted->asid) : std::nullopt});
  if (o.pa) log.add(Translated{*o.pa, o.frame});
}

void stepManaged(TranslationState& s, const TranslationOp& op, EventLog<TranslationEvent>& log) {
  ManagedState& m = s.managed;
  const ProcessIndex actor = actorOf(op);
  if (m.processes[actor].state == ProcessState::Exited) {
    log.add(ProcessGone{actor});
    if (const auto* f = std::get_if<ForkOp>(&op)) {  // the child's index stays taken: names are by index
      Process child;
      child.name = (*s.names)[f->child];
      child.state = ProcessState::Exited;
      m.processes.push_back(std::move(child));
    }
    return;
  }
  std::visit(Overloaded{
                 [&](const AccessOp& a) { logAccess(m, access(m, a.process, a.va, a.write), log); },
                 [&](const ForkOp& f) {
                   const ForkOutcome out = fork(m, f.parent, (*s.names)[f.child]);
                   log.add(Forked{f.parent, out.child, out.sharedPages, out.cowPages, out.tableFrames.size(), out.flushed, out.failed});
                 },
                 [&](const ExitOp& e) {
                   const ExitOutcome out = exitProcess(m, e.process);
                   log.add(Exited{e.process, out.freedFrames, out.freedSlots, out.flushed});
                 },
                 [&](const SwitchOp& w) {
                   const ProcessIndex from = m.current;
                   const std::size_t flushed = switchTo(m, w.process);
                   log.add(ContextSwitched{from, w.process, flushed});
                 },
                 [&](const MmapOp& o) {
                   mapRegion(m, o.process, o.region);
                   log.add(RegionMapped{o.process, o.region, s.config.format.pageSize});
                 },
                 [&](const MunmapOp& o) {
                   const bool found = std::any_of(m.processes[o.process].regions.begin(), m.processes[o.process].regions.end(),
                                                  [&](const Region& r) { return r.name == o.region; });
                   const UnmapOutcome out = unmapRegion(m, o.process, o.region);
                   log.add(RegionUnmapped{o.process, o.region, found, out.mappedPages, out.freedFrames, out.freedSlots, out.flushed, out.freedTables});
                 },
             },
             op);
}
}  // namespace

ProcessIndex actorOf(const TranslationOp& op) {
  return std::visit(Overloaded{[](const AccessOp& a) { return a.process; }, [](const ForkOp& f) { return f.parent; },
                               [](const ExitOp& e) { return e.process; }, [](const SwitchOp& w) { return w.process; },
                               [](const MmapOp& o) { return o.process; }, [](const MunmapOp& o) { return o.process; }},
                    op);
}

TranslationState TranslationModel::initialState(const TranslationConfig& config, std::vector<Process> processes, ProcessNames names) {
  TranslationState s;
  s.config = config;
  s.names = std::move(names);
  if (!config.image) {
    ManagedConfig managed = config.managed;
    managed.format = config.format;
    s.managed = initialManagedState(managed, std::move(processes));
  }
  return s;
}

void TranslationModel::step(State& s, const Op& op, EventLog<Event>& log) {
  ++s.step;
  if (s.imageMode()) {
    if (const auto* a = std::get_if<AccessOp>(&op)) translateImage(s, *a, log);
    return;
  }
  stepManaged(s, op, log);
}

std::uint64_t TranslationModel::hash(const State& s) {
  StateHasher h;
  h.add(s.step);
  h.add(s.translations);
  h.add(s.notPresent);
  h.add(s.protection);
  h.add(s.nonCanonical);
  h.add(s.reserved);
  const ManagedState& m = s.managed;
  for (const Process& p : m.processes) {
    h.add(p.name);
    h.add(p.state);
    h.add(p.killedBy);
    h.add(p.asid);
    for (const PageTable& t : p.tables) {
      h.add(t.frame);
      for (const Pte& e : t.entries) {
        h.add(e.kind);
        h.add(e.target);
        h.add((e.writable ? 1 : 0) | (e.accessed ? 2 : 0) | (e.dirty ? 4 : 0));
      }
    }
  }
  for (const PhysicalFrame& f : m.frames) {
    h.add(f.use);
    h.add(f.owner);
    h.add(f.dirty);
    h.add(f.loadedAt);
    h.add(f.lastUsedAt);
    h.add(f.useCount);
    h.add(f.referenced);
    for (const Mapper& mapper : f.mappers) {
      h.add(mapper.process);
      h.add(mapper.vpn);
    }
  }
  for (std::uint32_t refs : m.swapRefs) h.add(refs);
  if (m.tlb)
    for (const TlbEntry& e : m.tlb->entries()) {
      h.add(e.valid);
      h.add(e.asid);
      h.add(e.tag);
      h.add(e.frameBase);
      h.add(e.usedAt);
      h.add(e.filledAt);
      h.add((e.writable ? 1 : 0) | (e.dirty ? 2 : 0));
    }
  h.add(m.current);
  h.add(m.clockHand);
  h.add(m.tick);
  h.add(m.nextAsid);
  for (auto word : m.rng.rawState()) h.add(word);
  h.add(m.tlbHits);
  h.add(m.tlbMisses);
  h.add(m.swapIns);
  h.add(m.swapOuts);
  h.add(m.faults.minor);
  h.add(m.faults.major);
  h.add(m.faults.cow);
  h.add(m.faults.protection);
  h.add(m.faults.segfault);
  return h.value();
}

std::size_t TranslationModel::footprintBytes(const State& s) {
  const ManagedState& m = s.managed;
  std::size_t bytes = sizeof(State) + m.frames.size() * (sizeof(PhysicalFrame) + sizeof(Mapper)) + m.swapRefs.size() * 4;
  for (const Process& p : m.processes) {
    bytes += sizeof(Process) + p.regions.size() * (sizeof(Region) + 16);
    for (const PageTable& t : p.tables) bytes += sizeof(PageTable) + t.entries.size() * sizeof(Pte);
  }
  if (m.tlb) bytes += m.tlb->entries().size() * sizeof(TlbEntry);
  return bytes;
}

std::vector<std::string> TranslationModel::checkInvariants(const State& s) {
  if (s.imageMode()) {
    std::vector<std::string> problems;
    if (s.notPresent + s.protection + s.nonCanonical + s.reserved > s.translations) problems.push_back("more faults than translations");
    return problems;
  }
  return managedInvariantProblems(s.managed);
}

}  // namespace oslens::engine::translation

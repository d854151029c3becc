#include "engine/memory/translation/managed_ops.h"

#include <algorithm>

#include "engine/memory/paging/replacement_policy.h"

namespace oslens::engine::translation {

const Region* Process::regionOf(std::uint64_t vpn) const {
  for (const Region& r : regions)
    if (r.contains(vpn)) return &r;
  return nullptr;
}

std::uint32_t ManagedState::freeFrames() const {
  return static_cast<std::uint32_t>(std::count_if(frames.begin(), frames.end(), [](const PhysicalFrame& f) { return f.use == PhysicalFrame::Use::Free; }));
}

std::uint32_t ManagedState::tlbAsid(ProcessIndex process) const {
  return tlb && tlb->config().asid ? processes[process].asid : 0;
}

namespace {
using Use = PhysicalFrame::Use;

// Bits of the virtual page number below `level`'s index.
int bitsBelow(const AddressFormat& f, int level) { return f.shiftOf(level) - f.offsetBits(); }

// Where a leaf PTE lives: its table and index.
struct LeafPlace {
  std::size_t table = 0;
  std::uint64_t index = 0;
};

std::optional<LeafPlace> findLeaf(const ManagedState& s, ProcessIndex p, std::uint64_t vpn) {
  const AddressFormat& f = s.config.format;
  const Process& proc = s.processes[p];
  if (proc.tables.empty()) return std::nullopt;
  std::size_t t = 0;
  for (int level = 0; level < f.levelCount(); ++level) {
    const std::uint64_t index = (vpn >> bitsBelow(f, level)) & ((std::uint64_t{1} << f.levels[static_cast<std::size_t>(level)]) - 1);
    if (level == f.levelCount() - 1) return LeafPlace{t, index};
    const Pte& e = proc.tables[t].entries[index];
    if (e.kind != Pte::Kind::Present) return std::nullopt;
    t = e.target;
  }
  return std::nullopt;
}

Pte& leafAt(ManagedState& s, ProcessIndex p, const LeafPlace& at) { return s.processes[p].tables[at.table].entries[at.index]; }

VirtualAddress vaOfVpn(const ManagedState& s, std::uint64_t vpn) { return vpn << s.config.format.offsetBits(); }

// Without ASIDs the TLB holds the running process's entries only: another's have none to drop.
bool invalidateTlb(ManagedState& s, ProcessIndex p, std::uint64_t vpn) {
  if (!s.tlb || (!s.tlb->config().asid && p != s.current)) return false;
  return s.tlb->invalidate(s.tlbAsid(p), vaOfVpn(s, vpn), s.pageShifts());
}

void freeFrame(ManagedState& s, FrameNumber f) {
  s.frames[f] = PhysicalFrame{};
  s.freeHint = std::min(s.freeHint, f);
}

// A frame can go when it holds a page and is not the one the fault works on; a dirty page needs a
// free swap slot to go to.
bool evictable(const ManagedState& s, FrameNumber f, FrameNumber pinned, bool slotFree) {
  const PhysicalFrame& frame = s.frames[f];
  return frame.use == Use::Data && f != pinned && (!frame.dirty || slotFree);
}

// The policies of engine/memory/paging over the frames that hold pages (table pages stay, as
// Linux never swaps page tables).
FrameNumber chooseVictim(ManagedState& s, FrameNumber pinned, bool slotFree) {
  const auto n = static_cast<FrameNumber>(s.frames.size());
  std::vector<FrameNumber> candidates;
  for (FrameNumber f = 0; f < n; ++f)
    if (evictable(s, f, pinned, slotFree)) candidates.push_back(f);
  if (candidates.empty()) return kNone;
  const paging::Policy policy = s.config.replacement;
  if (policy == paging::Policy::Random) return candidates[s.rng.below(candidates.size())];
  if (policy == paging::Policy::Clock) {
    // The hand sweeps every frame, passing over those that cannot go; a set reference bit is
    // cleared once (the second chance), so two turns always find a victim.
    for (;;) {
      const FrameNumber f = s.clockHand;
      s.clockHand = (s.clockHand + 1) % n;
      if (!evictable(s, f, pinned, slotFree)) continue;
      if (!s.frames[f].referenced) return f;
      s.frames[f].referenced = false;
    }
  }
  const auto key = [&](FrameNumber f) {
    paging::Frame view;
    view.loadedAt = s.frames[f].loadedAt;
    view.lastUsedAt = s.frames[f].lastUsedAt;
    view.useCount = s.frames[f].useCount;
    return paging::victimKey(policy, view);
  };
  return *std::min_element(candidates.begin(), candidates.end(), [&](FrameNumber a, FrameNumber b) { return key(a) < key(b); });
}

// The victim leaves: a dirty page is written to a swap slot and every PTE that mapped it holds
// the slot; a clean one (never written since it was zero-filled) is dropped, to be zero-filled
// again. Every mapping's TLB entry goes.
void evict(ManagedState& s, FrameNumber f, AccessOutcome* outcome) {
  PhysicalFrame& frame = s.frames[f];
  SlotNumber slot = kNone;
  if (frame.dirty) {
    slot = static_cast<SlotNumber>(std::find(s.swapRefs.begin(), s.swapRefs.end(), 0u) - s.swapRefs.begin());
    ++s.swapOuts;
  }
  for (const Mapper& m : frame.mappers) {
    const auto at = findLeaf(s, m.process, m.vpn);
    Pte& pte = leafAt(s, m.process, *at);
    pte = Pte{};
    if (slot != kNone) {
      pte.kind = Pte::Kind::Swapped;
      pte.target = slot;
      ++s.swapRefs[slot];
    }
    invalidateTlb(s, m.process, m.vpn);
  }
  if (outcome && !frame.mappers.empty()) {
    outcome->evicted = frame.mappers.front();
    outcome->evictedFrame = f;
    outcome->writeback = slot != kNone;
    outcome->evictedSlot = slot;
  }
  freeFrame(s, f);
}

// A free frame (the lowest), else one a victim leaves; kNone when no frame can be had.
FrameNumber takeFrame(ManagedState& s, FrameNumber pinned, AccessOutcome* outcome) {
  // No frame below the hint is free (every frame freed lowers it), so the search starts there.
  for (FrameNumber f = s.freeHint; f < s.frames.size(); ++f)
    if (s.frames[f].use == Use::Free) {
      s.freeHint = f + 1;
      return f;
    }
  s.freeHint = static_cast<FrameNumber>(s.frames.size());
  const bool slotFree = std::find(s.swapRefs.begin(), s.swapRefs.end(), 0u) != s.swapRefs.end();
  const FrameNumber victim = chooseVictim(s, pinned, slotFree);
  if (victim != kNone) evict(s, victim, outcome);
  return victim;
}

// A table page for `process` at `level`, covering the pages from `firstVpn`; its index, or kNone.
std::uint32_t newTable(ManagedState& s, ProcessIndex p, int level, std::uint64_t firstVpn, AccessOutcome* outcome) {
  const FrameNumber f = takeFrame(s, kNone, outcome);
  if (f == kNone) return kNone;
  s.frames[f].use = Use::Table;
  s.frames[f].owner = p;
  PageTable table;
  table.frame = f;
  table.level = level;
  table.firstVpn = firstVpn;
  table.entries.resize(std::size_t{1} << s.config.format.levels[static_cast<std::size_t>(level)]);
  s.processes[p].tables.push_back(std::move(table));
  if (outcome) outcome->tablesMade.push_back({level, f});
  return static_cast<std::uint32_t>(s.processes[p].tables.size() - 1);
}

void touchFrame(ManagedState& s, FrameNumber f, bool write) {
  PhysicalFrame& frame = s.frames[f];
  frame.lastUsedAt = s.tick;
  ++frame.useCount;
  frame.referenced = true;
  if (write) frame.dirty = true;
}

void mapData(ManagedState& s, FrameNumber f, ProcessIndex p, std::uint64_t vpn, bool dirty) {
  PhysicalFrame& frame = s.frames[f];
  frame = PhysicalFrame{};
  frame.use = Use::Data;
  frame.mappers = {Mapper{p, vpn}};
  frame.dirty = dirty;
  frame.loadedAt = s.tick;
  frame.lastUsedAt = s.tick;
  frame.useCount = 1;
  frame.referenced = true;
}

ExitOutcome releaseProcess(ManagedState& s, ProcessIndex p) {
  ExitOutcome out;
  Process& proc = s.processes[p];
  const int leafLevel = s.config.format.levelCount() - 1;
  for (const PageTable& table : proc.tables) {
    if (table.level == leafLevel)
      for (std::size_t i = 0; i < table.entries.size(); ++i) {
        const Pte& e = table.entries[i];
        if (e.kind == Pte::Kind::Present) {
          auto& mappers = s.frames[e.target].mappers;
          std::erase(mappers, Mapper{p, table.firstVpn + i});
          if (mappers.empty()) {
            freeFrame(s, e.target);
            ++out.freedFrames;
          }
        } else if (e.kind == Pte::Kind::Swapped) {
          out.freedSlots += --s.swapRefs[e.target] == 0 ? 1 : 0;
        }
      }
    freeFrame(s, table.frame);
    ++out.freedFrames;
  }
  proc.tables.clear();
  if (s.tlb) {
    if (s.tlb->config().asid) out.flushed = s.tlb->flushAsid(proc.asid);
    else if (s.current == p) out.flushed = s.tlb->flushAll();
  }
  proc.state = ProcessState::Exited;
  if (s.current == p) s.current = kNone;
  return out;
}

void kill(ManagedState& s, ProcessIndex p, Fault why) {
  s.processes[p].killedBy = why;
  releaseProcess(s, p);
}

// The translation the retried instruction finds: the PTE's A (and on a write D) bit, and the TLB.
void completeAccess(ManagedState& s, AccessOutcome& o, Pte& pte, bool write, bool faulted) {
  pte.accessed = true;
  if (write) pte.dirty = true;
  touchFrame(s, pte.target, write);
  o.frame = pte.target;
  if (!faulted) o.pa = std::uint64_t{pte.target} * s.config.format.pageSize + o.offset;
  if (s.tlb) {
    TlbEntry e;
    e.asid = s.tlbAsid(o.process);
    e.pageShift = s.config.format.offsetBits();
    e.tag = s.config.format.vpnOf(o.va);
    e.frameBase = std::uint64_t{pte.target} * s.config.format.pageSize;
    e.writable = pte.writable;
    e.user = true;
    e.dirty = pte.dirty;
    // A TLB hit that faulted (a write through a read-only entry) left its entry: replace it. After
    // a miss there is none to replace.
    if (o.tlbHit == true) s.tlb->invalidate(e.asid, o.va, s.pageShifts());
    const Tlb::Fill fill = s.tlb->fill(e, s.tick);
    o.tlbSlot = fill.slot;
    o.tlbEvicted = fill.evicted;
  }
}

constexpr std::uint64_t kSwapMarker = 0x200;  // bit 9: the not-present entry holds a swap slot

// The walk the MMU does, as recorded: the entries read, down to the leaf or the first that is
// not present. Entries are written as x86-64 lays them out (P bit 0, R/W 1, U/S 2, A 5, D 6, the
// frame from bit 12; a swapped-out page keeps its slot there with P clear).
std::uint64_t entryValue(const ManagedState& s, const Process& proc, const Pte& e, bool leaf) {
  std::uint64_t value = 0;
  if (e.kind == Pte::Kind::Present) {
    const FrameNumber frame = leaf ? e.target : proc.tables[e.target].frame;
    value = (std::uint64_t{frame} << 12) | 0x1 | 0x4 | ((e.writable || !leaf) ? 0x2 : 0) | (e.accessed ? 0x20 : 0) | (e.dirty ? 0x40 : 0);
  } else if (e.kind == Pte::Kind::Swapped) {
    value = (std::uint64_t{e.target} << 12) | kSwapMarker;
  }
  (void)s;
  return value;
}

}  // namespace

int managedEntryBytes(const AddressFormat& f, int level) {
  const std::uint64_t entries = std::uint64_t{1} << f.levels[static_cast<std::size_t>(level)];
  return static_cast<int>(std::clamp<std::uint64_t>(f.pageSize / entries, 1, 8));
}

namespace {
// Reads the tables for `vpn`: the leaf's place when every table on the way is present.
std::optional<LeafPlace> walk(const ManagedState& s, AccessOutcome& o, std::uint64_t vpn) {
  const AddressFormat& f = s.config.format;
  const Process& proc = s.processes[o.process];
  std::size_t t = 0;
  for (int level = 0; level < f.levelCount(); ++level) {
    const std::uint64_t index = o.indices[static_cast<std::size_t>(level)];
    const Pte& e = proc.tables[t].entries[index];
    const bool leaf = level == f.levelCount() - 1;
    const auto bytes = static_cast<std::uint64_t>(managedEntryBytes(f, level));
    o.walk.push_back(WalkStep{level, index, std::uint64_t{proc.tables[t].frame} * f.pageSize + index * bytes, entryValue(s, proc, e, leaf),
                              e.kind == Pte::Kind::Present});
    if (e.kind != Pte::Kind::Present) {
      o.faultLevel = level;
      return std::nullopt;
    }
    if (leaf) return LeafPlace{t, index};
    t = e.target;
  }
  (void)vpn;
  return std::nullopt;
}

bool permitted(const Region* region, bool write) { return region && (write ? region->write : region->read); }

// A page fault on a page that is not present: map it, or kill the process.
void handleNotPresent(ManagedState& s, AccessOutcome& o, std::uint64_t vpn) {
  const ProcessIndex p = o.process;
  const Region* region = s.processes[p].regionOf(vpn);
  if (!permitted(region, o.write)) {
    o.fault = Fault::Segfault;
    ++s.faults.segfault;
    kill(s, p, Fault::Segfault);
    return;
  }
  const bool writable = region->write;
  o.fault = Fault::NotPresent;
  const AddressFormat& f = s.config.format;
  // The tables on the way, allocated as the kernel's __pte_alloc and friends do.
  std::size_t t = 0;
  for (int level = 0; level + 1 < f.levelCount(); ++level) {
    const std::uint64_t index = o.indices[static_cast<std::size_t>(level)];
    if (s.processes[p].tables[t].entries[index].kind != Pte::Kind::Present) {
      const int shift = bitsBelow(f, level + 1) + f.levels[static_cast<std::size_t>(level + 1)];
      const std::uint32_t table = newTable(s, p, level + 1, (vpn >> shift) << shift, &o);
      if (table == kNone) return kill(s, p, Fault::NotPresent);  // out of memory
      Pte& e = s.processes[p].tables[t].entries[index];
      e = Pte{};
      e.kind = Pte::Kind::Present;
      e.target = table;
      e.writable = true;
    }
    t = s.processes[p].tables[t].entries[index].target;
  }
  const LeafPlace at{t, o.indices.back()};
  const Pte before = leafAt(s, p, at);
  const FrameNumber frame = takeFrame(s, kNone, &o);
  if (frame == kNone) return kill(s, p, Fault::NotPresent);
  if (before.kind == Pte::Kind::Swapped) {
    // Read back from swap (a major fault); the page stays dirty, as its slot may be freed now
    // (mm/memory.c do_swap_page frees the slot it no longer needs).
    o.major = true;
    o.swapInSlot = before.target;
    ++s.faults.major;
    ++s.swapIns;
    --s.swapRefs[before.target];
    mapData(s, frame, p, vpn, true);
  } else {
    ++s.faults.minor;  // a zero-filled page (mm/memory.c do_anonymous_page)
    mapData(s, frame, p, vpn, false);
  }
  Pte& pte = leafAt(s, p, at);
  pte = Pte{};
  pte.kind = Pte::Kind::Present;
  pte.target = frame;
  pte.writable = writable;
  completeAccess(s, o, pte, o.write, true);
}

// A write to a present page its PTE makes read-only: copy-on-write in a writable region (a copy
// of the frame, or just the PTE made writable again when no one else maps it, as
// mm/memory.c do_wp_page's reuse does), a protection fault (SIGSEGV) elsewhere.
void handleWriteFault(ManagedState& s, AccessOutcome& o, std::uint64_t vpn, LeafPlace at) {
  const ProcessIndex p = o.process;
  const Region* region = s.processes[p].regionOf(vpn);
  if (!region || !region->write) {
    o.fault = Fault::Protection;
    ++s.faults.protection;
    kill(s, p, Fault::Protection);
    return;
  }
  o.fault = Fault::Cow;
  ++s.faults.cow;
  const FrameNumber shared = leafAt(s, p, at).target;
  o.cowFrom = shared;
  if (s.frames[shared].mappers.size() > 1) {
    const FrameNumber copy = takeFrame(s, shared, &o);
    if (copy == kNone) return kill(s, p, Fault::Cow);
    std::erase(s.frames[shared].mappers, Mapper{p, vpn});
    mapData(s, copy, p, vpn, true);
    leafAt(s, p, at).target = copy;
  }
  Pte& pte = leafAt(s, p, at);
  pte.writable = true;
  completeAccess(s, o, pte, true, true);  // its TLB entry replaced by the writable one
}
}  // namespace

ManagedState initialManagedState(const ManagedConfig& config, std::vector<Process> processes) {
  ManagedState s;
  s.config = config;
  s.frames.resize(config.frames);
  s.swapRefs.assign(config.swapSlots, 0);
  if (config.tlb) s.tlb.emplace(*config.tlb);
  s.rng = Rng(config.seed);
  s.processes = std::move(processes);
  for (ProcessIndex p = 0; p < s.processes.size(); ++p) {
    s.processes[p].asid = s.nextAsid++;
    s.processes[p].state = ProcessState::Ready;
    s.processes[p].tables.clear();
    newTable(s, p, 0, 0, nullptr);
  }
  if (!s.processes.empty()) {
    s.current = 0;
    s.processes[0].state = ProcessState::Running;
  }
  return s;
}

std::size_t switchTo(ManagedState& s, ProcessIndex p) {
  if (s.current == p) return 0;
  const std::size_t flushed = s.tlb && !s.tlb->config().asid ? s.tlb->flushAll() : 0;
  if (s.current != kNone && s.processes[s.current].state == ProcessState::Running) s.processes[s.current].state = ProcessState::Ready;
  s.current = p;
  s.processes[p].state = ProcessState::Running;
  return flushed;
}

AccessOutcome access(ManagedState& s, ProcessIndex p, VirtualAddress va, bool write) {
  const AddressFormat& f = s.config.format;
  AccessOutcome o;
  o.process = p;
  o.va = va;
  o.write = write;
  // The indices from the last level up: one shift each.
  o.indices.resize(static_cast<std::size_t>(f.levelCount()), boost::container::default_init);  // each set below
  int shift = f.offsetBits();
  for (int level = f.levelCount(); level-- > 0;) {
    const int width = f.levels[static_cast<std::size_t>(level)];
    o.indices[static_cast<std::size_t>(level)] = (va >> shift) & lowBitsMask(width);
    shift += width;
  }
  o.offset = f.offsetOf(va);
  ++s.tick;
  if (s.current != p) {
    o.switched = true;
    o.switchedFrom = s.current;
    o.switchFlushed = switchTo(s, p);
  }
  if (!f.isCanonical(va) || !f.fitsVirtual(va)) {
    // x86-64: a general-protection fault before any lookup; Linux sends SIGSEGV.
    o.fault = Fault::NonCanonical;
    ++s.faults.segfault;
    kill(s, p, Fault::NonCanonical);
    return o;
  }
  const std::uint64_t vpn = f.vpnOf(va);
  if (s.tlb) {
    const auto slot = s.tlb->lookup(s.tlbAsid(p), va, s.pageShifts(), s.tick);
    o.tlbHit = slot.has_value();
    ++(slot ? s.tlbHits : s.tlbMisses);
    if (slot) {
      o.tlbSlot = *slot;
      const TlbEntry e = s.tlb->entries()[*slot];
      if (!write || e.writable) {
        // The PTE's A bit was set when the entry was filled; only a first write (D clear in the
        // entry) goes back to the PTE, to set D there, as the CPU does.
        if (write && !e.dirty) {
          s.tlb->setDirty(*slot);
          leafAt(s, p, *findLeaf(s, p, vpn)).dirty = true;
        }
        const auto frame = static_cast<FrameNumber>(e.frameBase / f.pageSize);
        touchFrame(s, frame, write);
        o.frame = frame;
        o.pa = e.frameBase + o.offset;
        return o;
      }
      const auto at = findLeaf(s, p, vpn);
      // A write the TLB entry does not allow: a page fault, and the kernel reads the PTE.
      return handleWriteFault(s, o, vpn, *at), o;
    }
  }
  const auto at = walk(s, o, vpn);
  if (!at) {
    handleNotPresent(s, o, vpn);
    return o;
  }
  if (write && !leafAt(s, p, *at).writable) {
    handleWriteFault(s, o, vpn, *at);
    return o;
  }
  completeAccess(s, o, leafAt(s, p, *at), write, false);
  return o;
}

ForkOutcome fork(ManagedState& s, ProcessIndex parent, const std::string& childName) {
  ForkOutcome out;
  const auto child = static_cast<ProcessIndex>(s.processes.size());
  out.child = child;
  Process proc;
  proc.name = childName;
  proc.regions = s.processes[parent].regions;
  proc.asid = s.nextAsid++;
  s.processes.push_back(std::move(proc));
  // Frames for the child's tables first (taking one may evict a page of the parent), then the
  // copies (kernel/fork.c dup_mmap -> copy_page_range).
  std::vector<FrameNumber> frames;
  for (std::size_t t = 0; t < s.processes[parent].tables.size(); ++t) {
    AccessOutcome evicted;
    const FrameNumber f = takeFrame(s, kNone, &evicted);
    if (evicted.evicted) out.evicted.push_back(*evicted.evicted);
    if (f == kNone) {  // no memory for the tables: fork fails (-ENOMEM) and the child never runs
      for (FrameNumber g : frames) freeFrame(s, g);
      s.processes[child].state = ProcessState::Exited;
      s.processes[child].killedBy = Fault::NotPresent;
      out.failed = true;
      return out;
    }
    s.frames[f].use = Use::Table;
    s.frames[f].owner = child;
    frames.push_back(f);
  }
  const int leafLevel = s.config.format.levelCount() - 1;
  std::vector<PageTable> tables = s.processes[parent].tables;
  for (std::size_t t = 0; t < tables.size(); ++t) {
    tables[t].frame = frames[t];
    if (tables[t].level != leafLevel) continue;
    for (std::size_t i = 0; i < tables[t].entries.size(); ++i) {
      Pte& mine = tables[t].entries[i];
      const std::uint64_t vpn = tables[t].firstVpn + i;
      if (mine.kind == Pte::Kind::Swapped) ++s.swapRefs[mine.target];
      if (mine.kind != Pte::Kind::Present) continue;
      s.frames[mine.target].mappers.push_back(Mapper{child, vpn});
      ++out.sharedPages;
      // Private writable pages: read-only on both sides until someone writes (copy-on-write;
      // mm/memory.c copy_present_pte, is_cow_mapping). Pages of a read-only region are just shared.
      const Region* region = s.processes[child].regionOf(vpn);
      if (region && region->write) ++out.cowPages;
      Pte& theirs = s.processes[parent].tables[t].entries[i];
      theirs.writable = mine.writable = false;
      mine.accessed = false;  // the child's copy starts old (copy_present_pte: pte_mkold)
    }
  }
  s.processes[child].tables = std::move(tables);
  s.processes[child].state = ProcessState::Ready;
  out.tableFrames = frames;
  // The parent's translations may allow writes no longer allowed: flush them (dup_mmap ends with
  // flush_tlb_mm of the parent).
  if (s.tlb) {
    if (s.tlb->config().asid) out.flushed = s.tlb->flushAsid(s.processes[parent].asid);
    else if (s.current == parent) out.flushed = s.tlb->flushAll();
  }
  return out;
}

ExitOutcome exitProcess(ManagedState& s, ProcessIndex p) { return releaseProcess(s, p); }

void mapRegion(ManagedState& s, ProcessIndex p, Region region) { s.processes[p].regions.push_back(std::move(region)); }

// The page-table pages whose range no region of the process reaches any more go too, their
// parents' entries cleared (mm/memory.c free_pgtables, called by unmap_region for the span between
// the neighbouring mappings); the top table stays. The tables left are renumbered in order.
void freeUnreachedTables(ManagedState& s, ProcessIndex p, UnmapOutcome& out) {
  Process& proc = s.processes[p];
  const AddressFormat& f = s.config.format;
  std::vector<std::uint32_t> newIndex(proc.tables.size(), kNone);
  std::vector<PageTable> kept;
  for (std::size_t t = 0; t < proc.tables.size(); ++t) {
    PageTable& table = proc.tables[t];
    const std::uint64_t first = table.firstVpn;
    const std::uint64_t count = std::uint64_t{1} << (bitsBelow(f, table.level) + f.levels[static_cast<std::size_t>(table.level)]);
    const bool reached = table.level == 0 || std::any_of(proc.regions.begin(), proc.regions.end(), [&](const Region& r) {
                           return r.startVpn < first + count && first < r.startVpn + r.pages;
                         });
    if (reached) {
      newIndex[t] = static_cast<std::uint32_t>(kept.size());
      kept.push_back(std::move(table));
    } else {
      freeFrame(s, table.frame);
      ++out.freedTables;
    }
  }
  const int leafLevel = f.levelCount() - 1;
  for (PageTable& table : kept)
    if (table.level != leafLevel)
      for (Pte& e : table.entries)
        if (e.kind == Pte::Kind::Present) {
          if (newIndex[e.target] == kNone) e = Pte{};
          else e.target = newIndex[e.target];
        }
  proc.tables = std::move(kept);
}

UnmapOutcome unmapRegion(ManagedState& s, ProcessIndex p, const std::string& name) {
  UnmapOutcome out;
  auto& regions = s.processes[p].regions;
  const auto it = std::find_if(regions.begin(), regions.end(), [&](const Region& r) { return r.name == name; });
  if (it == regions.end()) return out;
  const Region region = *it;
  regions.erase(it);
  for (std::uint64_t vpn = region.startVpn; vpn < region.startVpn + region.pages; ++vpn) {
    const auto at = findLeaf(s, p, vpn);
    if (!at) continue;  // no table for it: never touched
    Pte& pte = leafAt(s, p, *at);
    if (pte.kind == Pte::Kind::Present) {
      ++out.mappedPages;
      auto& mappers = s.frames[pte.target].mappers;
      std::erase(mappers, Mapper{p, vpn});
      if (mappers.empty()) {
        freeFrame(s, pte.target);
        ++out.freedFrames;
      }
      if (invalidateTlb(s, p, vpn)) ++out.flushed;
    } else if (pte.kind == Pte::Kind::Swapped) {
      out.freedSlots += --s.swapRefs[pte.target] == 0 ? 1 : 0;
    }
    pte = Pte{};
  }
  freeUnreachedTables(s, p, out);
  return out;
}

std::uint64_t managedEntryValue(const ManagedState& s, ProcessIndex p, std::size_t table, std::size_t index) {
  const Process& proc = s.processes[p];
  const PageTable& t = proc.tables[table];
  return entryValue(s, proc, t.entries[index], t.level == s.config.format.levelCount() - 1);
}

std::optional<std::size_t> tableInFrame(const ManagedState& s, ProcessIndex p, FrameNumber frame) {
  const auto& tables = s.processes[p].tables;
  for (std::size_t t = 0; t < tables.size(); ++t)
    if (tables[t].frame == frame) return t;
  return std::nullopt;
}

std::vector<std::string> managedInvariantProblems(const ManagedState& s) {
  std::vector<std::string> problems;
  const auto fail = [&](std::string what) { problems.push_back(std::move(what)); };
  const AddressFormat& f = s.config.format;
  const int leafLevel = f.levelCount() - 1;
  std::vector<std::vector<Mapper>> mappersSeen(s.frames.size());
  std::vector<std::uint32_t> swapSeen(s.swapRefs.size(), 0);
  std::vector<int> tableOwners(s.frames.size(), -1);
  for (ProcessIndex p = 0; p < s.processes.size(); ++p) {
    const Process& proc = s.processes[p];
    if (proc.state == ProcessState::Exited && !proc.tables.empty()) fail(proc.name + " has exited but keeps tables");
    for (const PageTable& table : proc.tables) {
      if (table.frame >= s.frames.size() || s.frames[table.frame].use != Use::Table || s.frames[table.frame].owner != p)
        fail(proc.name + ": a table's frame is not a table page of it");
      else if (tableOwners[table.frame] != -1) fail("frame " + std::to_string(table.frame) + " holds two tables");
      else tableOwners[table.frame] = static_cast<int>(p);
      for (std::size_t i = 0; i < table.entries.size(); ++i) {
        const Pte& e = table.entries[i];
        if (table.level != leafLevel) {
          if (e.kind == Pte::Kind::Swapped) fail(proc.name + ": a table entry is swapped");
          if (e.kind == Pte::Kind::Present && (e.target >= proc.tables.size() || proc.tables[e.target].level != table.level + 1))
            fail(proc.name + ": a table entry points to no table of the next level");
          continue;
        }
        const std::uint64_t vpn = table.firstVpn + i;
        if (e.kind == Pte::Kind::Present) {
          if (e.target >= s.frames.size() || s.frames[e.target].use != Use::Data)
            fail(proc.name + ": page " + std::to_string(vpn) + " maps a frame that holds no page");
          else mappersSeen[e.target].push_back(Mapper{p, vpn});
          if (!proc.regionOf(vpn)) fail(proc.name + ": page " + std::to_string(vpn) + " is mapped outside its regions");
        } else if (e.kind == Pte::Kind::Swapped) {
          if (e.target >= swapSeen.size()) fail(proc.name + ": page " + std::to_string(vpn) + " is in a swap slot that does not exist");
          else ++swapSeen[e.target];
        }
      }
    }
  }
  for (FrameNumber fr = 0; fr < s.frames.size(); ++fr) {
    const PhysicalFrame& frame = s.frames[fr];
    const std::string name = "frame " + std::to_string(fr);
    if (frame.use == Use::Table && tableOwners[fr] == -1) fail(name + " is a table page of no table");
    if (frame.use == Use::Free && (!frame.mappers.empty() || tableOwners[fr] != -1)) fail(name + " is free and in use");
    if (frame.use == Use::Data) {
      auto seen = mappersSeen[fr], listed = frame.mappers;
      const auto order = [](const Mapper& a, const Mapper& b) { return std::pair(a.process, a.vpn) < std::pair(b.process, b.vpn); };
      std::sort(seen.begin(), seen.end(), order);
      std::sort(listed.begin(), listed.end(), order);
      if (seen != listed || listed.empty())
        fail(name + ": its reference count " + std::to_string(listed.size()) + " is not its " + std::to_string(seen.size()) + " mappings");
    }
  }
  if (swapSeen != s.swapRefs) fail("a swap slot's count is not the number of PTEs that hold it");
  for (FrameNumber fr = 0; fr < s.freeHint && fr < s.frames.size(); ++fr)
    if (s.frames[fr].use == Use::Free) fail("frame " + std::to_string(fr) + " is free below the free-frame hint");
  if (s.tlb) {
    for (const TlbEntry& e : s.tlb->entries()) {
      if (!e.valid) continue;
      // The process the entry belongs to: by its ASID, or the one running without ASIDs.
      ProcessIndex owner = kNone;
      for (ProcessIndex p = 0; p < s.processes.size(); ++p)
        if (s.tlb->config().asid ? s.processes[p].asid == e.asid : p == s.current) owner = p;
      const std::string name = "the TLB entry of page " + std::to_string(e.tag);
      if (owner == kNone || s.processes[owner].state == ProcessState::Exited) {
        fail(name + " belongs to no live process");
        continue;
      }
      const auto at = findLeaf(s, owner, e.tag);
      const Pte* pte = at ? &s.processes[owner].tables[at->table].entries[at->index] : nullptr;
      if (!pte || pte->kind != Pte::Kind::Present || std::uint64_t{pte->target} * f.pageSize != e.frameBase || (e.writable && !pte->writable))
        fail(name + " disagrees with the page tables of " + s.processes[owner].name);
    }
  }
  return problems;
}

const Pte* ManagedState::leafOf(ProcessIndex process, std::uint64_t vpn) const {
  const auto at = findLeaf(*this, process, vpn);
  return at ? &processes[process].tables[at->table].entries[at->index] : nullptr;
}

std::uint64_t ManagedState::residentPages(ProcessIndex process) const {
  std::uint64_t n = 0;
  for (const PhysicalFrame& frame : frames)
    for (const Mapper& m : frame.mappers) n += m.process == process ? 1 : 0;
  return n;
}

std::uint64_t ManagedState::swappedPages(ProcessIndex process) const {
  std::uint64_t n = 0;
  const int leafLevel = config.format.levelCount() - 1;
  for (const PageTable& table : processes[process].tables)
    if (table.level == leafLevel)
      for (const Pte& e : table.entries) n += e.kind == Pte::Kind::Swapped ? 1 : 0;
  return n;
}

}  // namespace oslens::engine::translation

#include "engine/memory/translation/page_walk.h"

#include <algorithm>

namespace oslens::engine::translation {

std::string_view faultName(Fault fault) {
  switch (fault) {
    case Fault::None: return "";
    case Fault::NotPresent: return "not_present";
    case Fault::Protection: return "protection";
    case Fault::Cow: return "cow";
    case Fault::Segfault: return "segfault";
    case Fault::NonCanonical: return "non_canonical";
    case Fault::Reserved: return "reserved";
  }
  return "";
}

namespace {
WalkResult startWalk(const AddressFormat& format, VirtualAddress va) {
  WalkResult r;
  r.indices = format.indicesOf(va);
  r.offset = format.offsetOf(va);
  r.writable = r.user = true;
  return r;
}

// x86-64's reserved bits of a present entry (Intel SDM Vol. 3A 4.5, tables 4-14 to 4-20): the
// address bits from MAXPHYADDR (`physical_bits`) to 51, and PS where no large page can be (the
// PML4; in the PT bit 7 is PAT, not PS). Set, the walk stops with a page fault (RSVD, SDM 4.7).
bool reservedBitsSet(const AddressFormat& format, std::uint64_t entry, int level, bool last) {
  const std::uint64_t addressBits = entry & 0x000f'ffff'ffff'f000ull;
  if (format.physicalBits < 52 && (addressBits >> format.physicalBits) != 0) return true;
  const bool ps = (entry >> 7) & 1;
  return ps && !last && std::find(format.largePageLevels.begin(), format.largePageLevels.end(), level) == format.largePageLevels.end();
}

// The page found: its address, and the write check.
void finish(WalkResult& r, const AddressFormat& format, int leafLevel, PhysicalAddress base, VirtualAddress va, bool write) {
  r.leafLevel = leafLevel;
  r.pageBytes = format.bytesMappedAt(leafLevel);
  if (write && !r.writable) {
    r.fault = Fault::Protection;
    r.faultLevel = leafLevel;
    return;
  }
  const std::uint64_t within = r.pageBytes - 1;
  r.pa = (base & ~within) | (va & within);
}
}  // namespace

WalkResult walkTables(const AddressFormat& format, EntryFormat entries, const PhysicalMemory& memory, PhysicalAddress root,
                      VirtualAddress va, bool write) {
  WalkResult r = startWalk(format, va);
  if (!format.isCanonical(va)) {
    r.fault = Fault::NonCanonical;
    return r;
  }
  const int bytes = entryBytes(entries);
  PhysicalAddress table = root;
  for (int level = 0; level < format.levelCount(); ++level) {
    WalkStep step;
    step.level = level;
    step.index = r.indices[static_cast<std::size_t>(level)];
    step.entryAddress = table + step.index * static_cast<std::uint64_t>(bytes);
    step.entry = memory.readValue(step.entryAddress, bytes);
    const DecodedEntry e = decodeEntry(entries, step.entry, format.pageSize);
    step.present = e.present;
    r.walk.push_back(step);
    if (!e.present) {
      r.fault = Fault::NotPresent;
      r.faultLevel = level;
      return r;
    }
    const bool last = level == format.levelCount() - 1;
    if (entries == EntryFormat::X86_64 && reservedBitsSet(format, step.entry, level, last)) {
      r.fault = Fault::Reserved;
      r.faultLevel = level;
      return r;
    }
    r.writable = r.writable && e.writable;
    r.user = r.user && e.user;
    const bool large = !last && e.largePage &&
                       std::find(format.largePageLevels.begin(), format.largePageLevels.end(), level) != format.largePageLevels.end();
    if (last || large) {
      r.dirty = e.dirty;
      finish(r, format, level, e.base, va, write);
      return r;
    }
    table = e.base;
  }
  return r;
}

WalkResult walkLinear(const AddressFormat& format, const std::vector<std::uint64_t>& table, VirtualAddress va, bool write) {
  WalkResult r = startWalk(format, va);
  WalkStep step;
  step.index = format.vpnOf(va);
  step.entryAddress = step.index * static_cast<std::uint64_t>(entryBytes(EntryFormat::OstepLinear));
  step.entry = step.index < table.size() ? table[step.index] : 0;
  const DecodedEntry e = decodeEntry(EntryFormat::OstepLinear, step.entry, format.pageSize);
  step.present = e.present;
  r.walk.push_back(step);
  if (!e.present) {
    r.fault = Fault::NotPresent;
    r.faultLevel = 0;
    return r;
  }
  finish(r, format, format.levelCount() - 1, e.base, va, write);
  return r;
}

}  // namespace oslens::engine::translation

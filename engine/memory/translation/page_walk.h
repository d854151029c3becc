#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/memory/translation/address_format.h"
#include "engine/memory/translation/page_table_entry.h"
#include "engine/memory/translation/physical_memory.h"

// The hardware's page walk over tables in physical memory: what the MMU reads, level by level,
// and where it stops.
namespace oslens::engine::translation {

// Why a translation did not produce a physical address.
enum class Fault {
  None,
  NotPresent,    // an entry on the way has its present (valid) bit clear: a page fault
  Protection,    // a write through an entry that is read-only (x86-64 R/W = 0, with CR0.WP set)
  Cow,           // a write to a page shared copy-on-write (managed mode)
  Segfault,      // outside every region, or against its permissions (managed mode)
  NonCanonical,  // x86-64: a general-protection fault before any walk (Intel SDM Vol. 3A 3.3.7.1)
  Reserved,      // x86-64: a present entry with a reserved bit set, a page fault with RSVD (SDM 4.7)
};
// "not_present", "protection", "cow", "segfault", "non_canonical", "reserved"; None has no name.
std::string_view faultName(Fault fault);

// One entry the walk read.
struct WalkStep {
  int level = 0;
  std::uint64_t index = 0;
  PhysicalAddress entryAddress = 0;
  std::uint64_t entry = 0;
  bool present = false;
  bool operator==(const WalkStep&) const = default;
};

struct WalkResult {
  std::vector<std::uint64_t> indices;  // one per level, for every address
  std::uint64_t offset = 0;            // within a base page
  std::vector<WalkStep> walk;          // the entries read, top level first; empty if non-canonical
  Fault fault = Fault::None;
  int faultLevel = -1;       // the level whose entry stopped the walk
  int leafLevel = -1;        // the level whose entry mapped the page (above the last: a large page)
  std::uint64_t pageBytes = 0;  // the size of the page mapped
  std::optional<PhysicalAddress> pa;
  bool writable = false;  // every entry on the way allows writes
  bool user = false;      // every entry on the way allows user access
  bool dirty = false;     // the leaf's D bit
};

// Walks the tables that start at byte address `root` (the top table: OSTEP's PDBR × page size,
// x86-64's CR3 bits 51:12). A write through a read-only entry is a protection fault once the walk
// has found the page (the present check comes first at every level, as the SDM's 4.7 orders it).
WalkResult walkTables(const AddressFormat& format, EntryFormat entries, const PhysicalMemory& memory, PhysicalAddress root,
                      VirtualAddress va, bool write);

// A one-level table given as a list (OSTEP paging-linear-translate.py): entry `vpn` maps the
// page; entries past the list read as zero, not valid.
WalkResult walkLinear(const AddressFormat& format, const std::vector<std::uint64_t>& table, VirtualAddress va, bool write);

}  // namespace oslens::engine::translation

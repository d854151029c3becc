#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "engine/memory/translation/address_format.h"

// The page-table entry formats a walk reads, each bit where its source puts it.
namespace oslens::engine::translation {

enum class EntryFormat {
  // OSTEP paging-multilevel-translate.py: 1-byte entries, bit 7 valid, bits 6..0 the PFN.
  Ostep,
  // OSTEP paging-linear-translate.py: 32-bit entries, bit 31 valid, the rest the PFN.
  OstepLinear,
  // x86-64 4-level paging (Intel SDM Vol. 3A 4.5, Tables 4-14 to 4-20): 8-byte little-endian
  // entries; P bit 0, R/W 1, U/S 2, A 5, D 6, PS 7, the address in bits 51:12, XD (NX) bit 63.
  X86_64,
};

std::string_view entryFormatName(EntryFormat format);
std::optional<EntryFormat> entryFormatFromName(std::string_view name);
int entryBytes(EntryFormat format);
// The widest value an entry holds (a scenario's entry must fit).
std::uint64_t entryMask(EntryFormat format);

// An entry as its bits say. Formats without a bit read it as the permissive value (OSTEP's
// entries have no R/W: every page is writable).
struct DecodedEntry {
  bool present = false;
  // Where the next table or the page starts: a byte address (PFN × page size; for x86-64 the
  // entry's bits 51:12, of which a large page uses its own high part).
  PhysicalAddress base = 0;
  bool writable = true;
  bool user = true;
  bool accessed = false;
  bool dirty = false;
  bool largePage = false;  // PS: this entry maps a page itself
  bool noExecute = false;
  bool operator==(const DecodedEntry&) const = default;
};

DecodedEntry decodeEntry(EntryFormat format, std::uint64_t raw, std::uint64_t pageSize);
// The entry whose bits say `entry` (its base must be page-aligned for the format).
std::uint64_t encodeEntry(EntryFormat format, const DecodedEntry& entry, std::uint64_t pageSize);

}  // namespace oslens::engine::translation

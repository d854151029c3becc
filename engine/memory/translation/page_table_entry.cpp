#include "engine/memory/translation/page_table_entry.h"

namespace oslens::engine::translation {
namespace {
constexpr std::uint64_t bit(int n) { return std::uint64_t{1} << n; }
// x86-64: bits 51:12 of an entry hold a physical address (Intel SDM Vol. 3A Table 4-20).
constexpr std::uint64_t kX86AddressBits = 0x000F'FFFF'FFFF'F000ull;
constexpr std::uint64_t kOstepValid = bit(7), kOstepFrame = 0x7f;
constexpr std::uint64_t kLinearValid = bit(31), kLinearFrame = bit(31) - 1;
}  // namespace

std::string_view entryFormatName(EntryFormat format) {
  switch (format) {
    case EntryFormat::Ostep: return "ostep";
    case EntryFormat::OstepLinear: return "ostep_linear";
    case EntryFormat::X86_64: return "x86_64";
  }
  return "ostep";
}

std::optional<EntryFormat> entryFormatFromName(std::string_view name) {
  for (EntryFormat f : {EntryFormat::Ostep, EntryFormat::OstepLinear, EntryFormat::X86_64})
    if (entryFormatName(f) == name) return f;
  return std::nullopt;
}

int entryBytes(EntryFormat format) {
  switch (format) {
    case EntryFormat::Ostep: return 1;
    case EntryFormat::OstepLinear: return 4;
    case EntryFormat::X86_64: return 8;
  }
  return 1;
}

std::uint64_t entryMask(EntryFormat format) {
  const int bytes = entryBytes(format);
  return bytes >= 8 ? ~std::uint64_t{0} : bit(8 * bytes) - 1;
}

DecodedEntry decodeEntry(EntryFormat format, std::uint64_t raw, std::uint64_t pageSize) {
  DecodedEntry e;
  switch (format) {
    case EntryFormat::Ostep:
      e.present = (raw & kOstepValid) != 0;
      e.base = (raw & kOstepFrame) * pageSize;
      break;
    case EntryFormat::OstepLinear:
      e.present = (raw & kLinearValid) != 0;
      e.base = (raw & kLinearFrame) * pageSize;
      break;
    case EntryFormat::X86_64:
      e.present = (raw & bit(0)) != 0;
      e.writable = (raw & bit(1)) != 0;
      e.user = (raw & bit(2)) != 0;
      e.accessed = (raw & bit(5)) != 0;
      e.dirty = (raw & bit(6)) != 0;
      e.largePage = (raw & bit(7)) != 0;
      e.noExecute = (raw & bit(63)) != 0;
      e.base = raw & kX86AddressBits;
      break;
  }
  return e;
}

std::uint64_t encodeEntry(EntryFormat format, const DecodedEntry& e, std::uint64_t pageSize) {
  switch (format) {
    case EntryFormat::Ostep: return (e.present ? kOstepValid : 0) | ((e.base / pageSize) & kOstepFrame);
    case EntryFormat::OstepLinear: return (e.present ? kLinearValid : 0) | ((e.base / pageSize) & kLinearFrame);
    case EntryFormat::X86_64:
      return (e.present ? bit(0) : 0) | (e.writable ? bit(1) : 0) | (e.user ? bit(2) : 0) | (e.accessed ? bit(5) : 0) |
             (e.dirty ? bit(6) : 0) | (e.largePage ? bit(7) : 0) | (e.noExecute ? bit(63) : 0) | (e.base & kX86AddressBits);
  }
  return 0;
}

}  // namespace oslens::engine::translation

#include "engine/memory/translation/address_format.h"

#include <bit>
#include <numeric>

namespace oslens::engine::translation {
int AddressFormat::offsetBits() const { return std::countr_zero(pageSize); }

int AddressFormat::shiftOf(int level) const {
  int shift = offsetBits();
  for (int l = levelCount() - 1; l > level; --l) shift += levels[static_cast<std::size_t>(l)];
  return shift;
}

std::uint64_t AddressFormat::indexAt(VirtualAddress va, int level) const {
  return (va >> shiftOf(level)) & lowBitsMask(levels[static_cast<std::size_t>(level)]);
}

std::vector<std::uint64_t> AddressFormat::indicesOf(VirtualAddress va) const {
  std::vector<std::uint64_t> out;
  for (int level = 0; level < levelCount(); ++level) out.push_back(indexAt(va, level));
  return out;
}

std::uint64_t AddressFormat::vpnOf(VirtualAddress va) const { return (va >> offsetBits()) & lowBitsMask(vaBits - offsetBits()); }

std::uint64_t AddressFormat::bytesMappedAt(int level) const { return std::uint64_t{1} << shiftOf(level); }

bool AddressFormat::isCanonical(VirtualAddress va) const {
  if (!signExtended || vaBits >= 64) return true;
  // Bits 63..va_bits-1 all equal.
  const std::uint64_t high = va >> (vaBits - 1);
  return high == 0 || high == lowBitsMask(64 - vaBits + 1);
}

bool AddressFormat::fitsVirtual(VirtualAddress va) const { return signExtended || vaBits >= 64 || (va >> vaBits) == 0; }

bool AddressFormat::fitsPhysical(PhysicalAddress pa) const { return physicalBits >= 64 || (pa >> physicalBits) == 0; }

std::optional<AddressFormat> presetFormat(std::string_view name) {
  AddressFormat f;
  if (name == "x86_64") {
    // 4-level paging: PML4, PDPT, PD, PT of 512 8-byte entries; MAXPHYADDR is at most 52
    // (Intel SDM Vol. 3A 4.1.4, 4.5).
    f.vaBits = 48, f.pageSize = 4096, f.levels = {9, 9, 9, 9}, f.physicalBits = 52;
    f.signExtended = true, f.largePageLevels = {1, 2};
  } else if (name == "x86_32") {
    // 32-bit paging: a page directory and page tables of 1024 4-byte entries (Intel SDM Vol. 3A
    // 4.3); 4 MiB pages (PSE) are not modelled.
    f.vaBits = 32, f.pageSize = 4096, f.levels = {10, 10}, f.physicalBits = 32;
  } else if (name == "sv39") {
    // RISC-V Sv39: three levels of 512 entries, 56-bit physical addresses (privileged spec 4.4).
    f.vaBits = 39, f.pageSize = 4096, f.levels = {9, 9, 9}, f.physicalBits = 56, f.signExtended = true;
  } else if (name == "ostep") {
    // OSTEP chapter 20's homework (paging-multilevel-translate.py): 32-byte pages, a 32 KiB
    // address space, a page directory and page tables of 32 one-byte entries, 4 KiB of memory.
    f.vaBits = 15, f.pageSize = 32, f.levels = {5, 5}, f.physicalBits = 12;
  } else {
    return std::nullopt;
  }
  return f;
}

std::vector<std::string> presetNames() { return {"x86_64", "x86_32", "sv39", "ostep"}; }

std::optional<std::string> formatProblem(const AddressFormat& f) {
  if (f.pageSize < 2 || !std::has_single_bit(f.pageSize))
    return "page_size must be a power of two of at least 2 bytes, not " + std::to_string(f.pageSize);
  if (f.vaBits < 2 || f.vaBits > 64) return "va_bits must be between 2 and 64, not " + std::to_string(f.vaBits);
  if (f.physicalBits < f.offsetBits() || f.physicalBits > 64)
    return "physical_bits must be between the offset's " + std::to_string(f.offsetBits()) + " bits and 64, not " +
           std::to_string(f.physicalBits);
  if (f.levels.empty()) return "levels must name at least one index width";
  for (int width : f.levels)
    if (width < 1 || width > 20) return "each index width in levels must be between 1 and 20 bits, not " + std::to_string(width);
  const int indexBits = std::accumulate(f.levels.begin(), f.levels.end(), 0);
  if (indexBits + f.offsetBits() != f.vaBits)
    return "the index widths (" + std::to_string(indexBits) + " bits) and the offset (" + std::to_string(f.offsetBits()) +
           " bits of a " + std::to_string(f.pageSize) + "-byte page) must add up to va_bits " + std::to_string(f.vaBits) +
           ", not " + std::to_string(indexBits + f.offsetBits());
  for (int level : f.largePageLevels)
    if (level < 0 || level >= f.levelCount() - 1) return "a large page can only be mapped above the last level";
  return std::nullopt;
}

}  // namespace oslens::engine::translation

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How a virtual address is cut into page-table indices and an offset: the shape every walk, TLB
// and picture of the translation module follows.
namespace oslens::engine::translation {

using VirtualAddress = std::uint64_t;
using PhysicalAddress = std::uint64_t;

// The lowest `bits` bits set (all 64 for 64 and more).
constexpr std::uint64_t lowBitsMask(int bits) { return bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1; }

struct AddressFormat {
  int vaBits = 15;
  std::uint64_t pageSize = 32;  // bytes, a power of two
  std::vector<int> levels{5, 5};  // index widths, top level first
  int physicalBits = 12;
  // x86-64 and RISC-V Sv39 require the bits above the top index to copy its highest bit
  // ("canonical" addresses; Intel SDM Vol. 3A 3.3.7.1, RISC-V privileged spec 4.4.1).
  bool signExtended = false;
  // Levels whose entries may map a page themselves (the PS bit of x86-64: a PDPTE maps 1 GiB and
  // a PDE 2 MiB; Intel SDM Vol. 3A 4.5.4, Tables 4-16 and 4-18). Top level = 0.
  std::vector<int> largePageLevels;
  bool operator==(const AddressFormat&) const = default;

  int offsetBits() const;
  int levelCount() const { return static_cast<int>(levels.size()); }
  // The lowest bit of `level`'s index in the address.
  int shiftOf(int level) const;
  std::uint64_t indexAt(VirtualAddress va, int level) const;
  std::vector<std::uint64_t> indicesOf(VirtualAddress va) const;
  std::uint64_t offsetOf(VirtualAddress va) const { return va & (pageSize - 1); }
  // The virtual page number: every index together.
  std::uint64_t vpnOf(VirtualAddress va) const;
  // Bytes one entry at `level` maps when it maps a page itself (the page size at the last level).
  std::uint64_t bytesMappedAt(int level) const;
  bool isCanonical(VirtualAddress va) const;
  // The largest address: 2^va_bits - 1, or, sign-extended, all 64 bits.
  bool fitsVirtual(VirtualAddress va) const;
  bool fitsPhysical(PhysicalAddress pa) const;
};

// The presets a scenario names: "x86_64", "x86_32", "sv39", "ostep".
std::optional<AddressFormat> presetFormat(std::string_view name);
std::vector<std::string> presetNames();

// What is wrong with a format a scenario spells out, or nothing: the words say what was expected.
std::optional<std::string> formatProblem(const AddressFormat& format);

}  // namespace oslens::engine::translation

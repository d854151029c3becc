// Cutting virtual addresses into indices and offsets, for each preset, with the cross-checks the
// Linux x86-64 memory map gives (Documentation/arch/x86/x86_64/mm.rst: the kernel text mapping
// starts at 0xffffffff80000000, the direct map at 0xffff888000000000).
#include <gtest/gtest.h>

#include "engine/memory/translation/address_format.h"

namespace oslens::engine::translation {
namespace {

AddressFormat preset(const char* name) {
  const auto f = presetFormat(name);
  EXPECT_TRUE(f) << name;
  return f.value_or(AddressFormat{});
}

TEST(AddressFormat, EveryPresetIsConsistent) {
  for (const std::string& name : presetNames()) EXPECT_EQ(formatProblem(preset(name.c_str())), std::nullopt) << name;
}

TEST(AddressFormat, X86_64KernelAddressesLandWhereLinuxSays) {
  const AddressFormat f = preset("x86_64");
  // __START_KERNEL_map: PML4 entry 511, PDPT entry 510 (arch/x86/kernel/head_64.S maps it there).
  EXPECT_EQ(f.indicesOf(0xffffffff80000000ull), (std::vector<std::uint64_t>{511, 510, 0, 0}));
  // The direct map of all physical memory (page_offset_base without KASLR): PML4 entry 273.
  EXPECT_EQ(f.indexAt(0xffff888000000000ull, 0), 273u);
  EXPECT_EQ(f.offsetOf(0x7ffff7dd1a3cull), 0xa3cu);
  EXPECT_EQ(f.shiftOf(0), 39);
  EXPECT_EQ(f.bytesMappedAt(1), 1ull << 30);  // a PDPTE with PS maps 1 GiB
  EXPECT_EQ(f.bytesMappedAt(2), 1ull << 21);  // a PDE with PS maps 2 MiB
}

TEST(AddressFormat, CanonicalAddressesCopyBit47) {
  const AddressFormat f = preset("x86_64");
  EXPECT_TRUE(f.isCanonical(0x00007fffffffffffull));
  EXPECT_TRUE(f.isCanonical(0xffff800000000000ull));
  EXPECT_FALSE(f.isCanonical(0x0000800000000000ull));
  EXPECT_FALSE(f.isCanonical(0xfff0000000000000ull));
  EXPECT_TRUE(preset("ostep").isCanonical(0x7fff));  // no sign extension there
  EXPECT_FALSE(preset("sv39").isCanonical(1ull << 38));
}

// OSTEP chapter 20's homework format: 15-bit addresses, 5 bits of page directory index, 5 of page
// table index, 5 of offset (paging-multilevel-translate.py's PDE_MASK 0x7c00, PTE_MASK 0x03e0).
TEST(AddressFormat, OstepSplitsFifteenBits) {
  const AddressFormat f = preset("ostep");
  EXPECT_EQ(f.indicesOf(0x611c), (std::vector<std::uint64_t>{0x18, 0x08}));
  EXPECT_EQ(f.offsetOf(0x611c), 0x1cu);
  EXPECT_EQ(f.vpnOf(0x611c), 0x308u);
}

TEST(AddressFormat, ProblemsSayWhatWasExpected) {
  AddressFormat f = preset("ostep");
  f.levels = {5, 4};
  ASSERT_TRUE(formatProblem(f));
  EXPECT_NE(formatProblem(f)->find("must add up to va_bits 15, not 14"), std::string::npos) << *formatProblem(f);
  f = preset("ostep");
  f.pageSize = 48;
  EXPECT_NE(formatProblem(f)->find("power of two"), std::string::npos);
  f = preset("ostep");
  f.levels = {};
  EXPECT_TRUE(formatProblem(f));
  f = preset("ostep");
  f.largePageLevels = {1};  // the last level maps pages already
  EXPECT_TRUE(formatProblem(f));
  EXPECT_FALSE(presetFormat("x86_65"));
}

}  // namespace
}  // namespace oslens::engine::translation

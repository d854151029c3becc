// Walks written out by hand: OSTEP's two-level homework format, OSTEP's linear table, and x86-64
// 4-level paging with 4 KiB, 2 MiB and 1 GiB pages (Intel SDM Vol. 3A 4.5).
#include <gtest/gtest.h>

#include "engine/memory/translation/page_walk.h"

namespace oslens::engine::translation {
namespace {

// The first address of OSTEP's vm-smalltables/paging-multilevel-translate.py -s 0 -c (run and
// read off its answer): PDBR 108; VA 0x611c: PDE index 0x18 holds 0xa1 (valid, PFN 0x21); PTE index 0x8 of page 0x21
// holds 0xb5 (valid, PFN 0x35); PA 0x35 << 5 | 0x1c = 0x6bc, which holds 0x08.
struct OstepImage {
  AddressFormat format = *presetFormat("ostep");
  PhysicalMemory memory{32};
  PhysicalAddress root = 108 * 32;
  OstepImage() {
    for (std::uint64_t i = 0; i < 32; ++i) memory.writeByte(root + i, 0x7f);  // not valid, as OSTEP fills them
    memory.writeByte(root + 0x18, 0xa1);
    memory.writeByte(0x21 * 32 + 0x8, 0xb5);
    memory.writeByte(0x21 * 32 + 0x9, 0x7f);
    memory.writeByte(0x6bc, 0x08);
  }
};

TEST(PageWalk, OstepTwoLevelExample) {
  const OstepImage image;
  const WalkResult r = walkTables(image.format, EntryFormat::Ostep, image.memory, image.root, 0x611c, false);
  EXPECT_EQ(r.fault, Fault::None);
  ASSERT_EQ(r.walk.size(), 2u);
  EXPECT_EQ(r.walk[0], (WalkStep{0, 0x18, 108 * 32 + 0x18, 0xa1, true}));
  EXPECT_EQ(r.walk[1], (WalkStep{1, 0x08, 0x21 * 32 + 0x8, 0xb5, true}));
  ASSERT_TRUE(r.pa);
  EXPECT_EQ(*r.pa, 0x6bcu);
  EXPECT_EQ(image.memory.readByte(*r.pa), 0x08);
  EXPECT_EQ(r.pageBytes, 32u);
}

TEST(PageWalk, OstepFaultsAtTheLevelWhoseEntryIsNotValid) {
  const OstepImage image;
  // PDE index 0 holds 0x7f: not valid, the walk stops at the directory.
  const WalkResult atDirectory = walkTables(image.format, EntryFormat::Ostep, image.memory, image.root, 0x0000, false);
  EXPECT_EQ(atDirectory.fault, Fault::NotPresent);
  EXPECT_EQ(atDirectory.faultLevel, 0);
  EXPECT_EQ(atDirectory.walk.size(), 1u);
  EXPECT_FALSE(atDirectory.pa);
  // PDE 0x18 is valid, PTE 0x9 of its table is not.
  const WalkResult atTable = walkTables(image.format, EntryFormat::Ostep, image.memory, image.root, (0x18 << 10) | (0x9 << 5), true);
  EXPECT_EQ(atTable.fault, Fault::NotPresent);
  EXPECT_EQ(atTable.faultLevel, 1);
  EXPECT_EQ(atTable.walk.size(), 2u);
}

// OSTEP vm-paging: a 16 KiB address space of 4 KiB pages; entries 0x8000000c (valid, PFN 12),
// 0, 0x80000006 (valid, PFN 6), 0.
TEST(PageWalk, OstepLinearTable) {
  AddressFormat f;
  f.vaBits = 14, f.pageSize = 4096, f.levels = {2}, f.physicalBits = 16;
  ASSERT_EQ(formatProblem(f), std::nullopt);
  const std::vector<std::uint64_t> table{0x8000000c, 0, 0x80000006, 0};
  const WalkResult valid = walkLinear(f, table, 0x2010, false);
  ASSERT_TRUE(valid.pa);
  EXPECT_EQ(*valid.pa, 0x6010u);
  EXPECT_EQ(valid.indices, std::vector<std::uint64_t>{2});
  const WalkResult first = walkLinear(f, table, 0x0fff, false);
  EXPECT_EQ(*first.pa, 0xcfffu);
  const WalkResult invalid = walkLinear(f, table, 0x3229, false);
  EXPECT_EQ(invalid.fault, Fault::NotPresent);
  EXPECT_FALSE(invalid.pa);
  EXPECT_EQ(walkLinear(f, {0x8000000c}, 0x1000, false).fault, Fault::NotPresent);  // past the list: zero
}

// x86-64 tables built by hand: CR3 = 0x1000; PML4[1] -> 0x2000; PDPT[2] -> 0x3000;
// PD[3] -> 0x4000; PT[4] -> the page at 0x5000. Entries: P | R/W | U/S = 0x7.
struct X86Image {
  AddressFormat format = *presetFormat("x86_64");
  PhysicalMemory memory{4096};
  static constexpr PhysicalAddress kRoot = 0x1000;
  static constexpr VirtualAddress va(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d, std::uint64_t offset) {
    return (a << 39) | (b << 30) | (c << 21) | (d << 12) | offset;
  }
  void set(PhysicalAddress table, std::uint64_t index, std::uint64_t entry) { memory.writeValue(table + index * 8, entry, 8); }
  X86Image() {
    set(0x1000, 1, 0x2000 | 0x7);
    set(0x2000, 2, 0x3000 | 0x7);
    set(0x3000, 3, 0x4000 | 0x7);
    set(0x4000, 4, 0x5000 | 0x5);  // read-only: R/W clear
  }
};

TEST(PageWalk, X86_64FourLevelsToA4KiBPage) {
  const X86Image image;
  const VirtualAddress va = X86Image::va(1, 2, 3, 4, 0x123);
  const WalkResult r = walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, false);
  ASSERT_TRUE(r.pa);
  EXPECT_EQ(*r.pa, 0x5123u);
  ASSERT_EQ(r.walk.size(), 4u);
  EXPECT_EQ(r.walk[0].entryAddress, 0x1008u);
  EXPECT_EQ(r.walk[3].entryAddress, 0x4020u);
  EXPECT_EQ(r.leafLevel, 3);
  EXPECT_FALSE(r.writable);
  // A write through the read-only PTE: a protection fault, after the whole walk.
  const WalkResult write = walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, true);
  EXPECT_EQ(write.fault, Fault::Protection);
  EXPECT_EQ(write.walk.size(), 4u);
  EXPECT_FALSE(write.pa);
}

TEST(PageWalk, X86_64LargePagesEndTheWalkEarly) {
  X86Image image;
  image.set(0x3000, 5, 0x40000000 | 0x80 | 0x7);   // PD[5]: a 2 MiB page at 1 GiB
  image.set(0x2000, 3, 0xC0000000 | 0x80 | 0x7);   // PDPT[3]: a 1 GiB page at 3 GiB
  const WalkResult twoMiB =
      walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, X86Image::va(1, 2, 5, 0x1ab, 0x123), true);
  ASSERT_TRUE(twoMiB.pa);
  EXPECT_EQ(*twoMiB.pa, 0x40000000u | (0x1abu << 12) | 0x123u);
  EXPECT_EQ(twoMiB.walk.size(), 3u);
  EXPECT_EQ(twoMiB.pageBytes, 2u << 20);
  const WalkResult oneGiB =
      walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, X86Image::va(1, 3, 0x155, 0x1ab, 0x123), false);
  ASSERT_TRUE(oneGiB.pa);
  EXPECT_EQ(*oneGiB.pa, 0xC0000000u | (0x155u << 21) | (0x1abu << 12) | 0x123u);
  EXPECT_EQ(oneGiB.walk.size(), 2u);
  EXPECT_EQ(oneGiB.leafLevel, 1);
}

TEST(PageWalk, X86_64NonCanonicalAddressesAreNotWalked) {
  const X86Image image;
  const WalkResult r = walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, 0x0000800000000000ull, false);
  EXPECT_EQ(r.fault, Fault::NonCanonical);
  EXPECT_TRUE(r.walk.empty());
  EXPECT_EQ(r.indices.size(), 4u);  // the indices are still the address's
}

// Reserved bits stop the walk with a page fault (Intel SDM 4.5, 4.7): PS in a PML4 entry, and an
// address bit at or above MAXPHYADDR; PAT (bit 7) in a PT entry is not PS and walks on.
TEST(PageWalk, X86_64ReservedBitsFault) {
  X86Image image;
  image.format.physicalBits = 36;
  const VirtualAddress va = X86Image::va(1, 2, 3, 4, 0x123);
  ASSERT_TRUE(walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, false).pa);
  image.set(0x4000, 4, 0x5000 | 0x85);  // PAT in the PT: fine
  EXPECT_TRUE(walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, false).pa);

  image.set(0x1000, 1, 0x2000 | 0x87);  // PS in the PML4
  WalkResult r = walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, false);
  EXPECT_EQ(r.fault, Fault::Reserved);
  EXPECT_EQ(r.faultLevel, 0);
  EXPECT_FALSE(r.pa);

  image.set(0x1000, 1, 0x2000 | 0x7);
  image.set(0x2000, 2, (std::uint64_t{1} << 36) | 0x3000 | 0x7);  // bit 36: past 36 physical bits
  r = walkTables(image.format, EntryFormat::X86_64, image.memory, X86Image::kRoot, va, false);
  EXPECT_EQ(r.fault, Fault::Reserved);
  EXPECT_EQ(r.faultLevel, 1);
  EXPECT_EQ(faultName(r.fault), "reserved");
}

TEST(PageWalk, X86_64EntriesDecodeEveryBit) {
  const DecodedEntry e = decodeEntry(EntryFormat::X86_64, 0x8000'0000'1234'5067ull, 4096);
  EXPECT_TRUE(e.present);
  EXPECT_TRUE(e.writable);
  EXPECT_TRUE(e.user);
  EXPECT_TRUE(e.accessed);
  EXPECT_TRUE(e.dirty);
  EXPECT_FALSE(e.largePage);
  EXPECT_TRUE(e.noExecute);
  EXPECT_EQ(e.base, 0x12345000u);
  EXPECT_EQ(encodeEntry(EntryFormat::X86_64, e, 4096), 0x8000'0000'1234'5067ull);
  EXPECT_EQ(encodeEntry(EntryFormat::Ostep, decodeEntry(EntryFormat::Ostep, 0xb5, 32), 32), 0xb5u);
  EXPECT_EQ(decodeEntry(EntryFormat::OstepLinear, 0x8000000c, 4096).base, 0xc000u);
  EXPECT_EQ(entryFormatFromName("x86_64"), EntryFormat::X86_64);
}

TEST(PhysicalMemory, ValuesAreLittleEndianAndUnwrittenMemoryIsZero) {
  PhysicalMemory memory(4096);
  memory.writeValue(0xffe, 0x1122334455667788ull, 8);  // across a page boundary
  EXPECT_EQ(memory.readByte(0xffe), 0x88);
  EXPECT_EQ(memory.readByte(0x1005), 0x11);
  EXPECT_EQ(memory.readValue(0xffe, 8), 0x1122334455667788ull);
  EXPECT_EQ(memory.readValue(0xfff'ffff'f000ull, 8), 0u);
  EXPECT_EQ(memory.storedFrames(), (std::vector<std::uint64_t>{0, 1}));
}

}  // namespace
}  // namespace oslens::engine::translation

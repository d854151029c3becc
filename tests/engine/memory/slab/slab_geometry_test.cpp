// How SLAB lays out a cache, computed by hand the way mm/slab.c does it (__kmem_cache_create,
// cache_estimate, calculate_slab_order, set_objfreelist_slab_cache), and kmalloc's size classes
// (mm/slab_common.c: kmalloc_info[], size_index[], create_kmalloc_caches). 4 KiB pages throughout,
// so with SLAB's KMALLOC_MIN_SIZE of 32 the freelist index is one byte.
#include <gtest/gtest.h>

#include "slab_test_support.h"

namespace oslens::engine::slab {
namespace {

using testing::cacheOf;
using testing::geometryOf;
using testing::zoneOf;

SlabOptions onSlab() {
  SlabOptions options;
  options.freelist = FreelistLayout::OnSlab;
  return options;
}

struct Layout {
  std::uint32_t size;
  std::uint32_t num;
  std::uint32_t leftOver;
  FreelistLayout freelist;
  bool operator==(const Layout&) const = default;
};

Layout layoutOf(const CacheGeometry& g) { return {g.size, g.num, g.leftOver, g.freelist}; }

TEST(SlabGeometry, ObjectsPerSlabInTheObjectAndOnTheSlab) {
  // 128 bytes: in_object 4096 / 128 = 32, left 0 (the 32-byte freelist fits in one object);
  //            on_slab   4096 / (128 + 1) = 31, left 4096 - 31 * 129 = 97.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 128))), (Layout{128, 32, 0, FreelistLayout::InObject}));
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 128), onSlab())), (Layout{128, 31, 97, FreelistLayout::OnSlab}));
  // 256 bytes: 16, left 0; on_slab 4096 / 257 = 15, left 4096 - 3855 = 241.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 256))), (Layout{256, 16, 0, FreelistLayout::InObject}));
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 256), onSlab())), (Layout{256, 15, 241, FreelistLayout::OnSlab}));
  // 1000 bytes (already a multiple of 8): 4, left 96; on_slab 4096 / 1001 = 4, left 92.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 1000))), (Layout{1000, 4, 96, FreelistLayout::InObject}));
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 1000), onSlab())), (Layout{1000, 4, 92, FreelistLayout::OnSlab}));
}

TEST(SlabGeometry, SmallObjectsCannotHoldTheirSlabsFreelistSoTheyKeepItOnTheSlab) {
  // 32 bytes: in_object would be 128 objects, but their 128-byte freelist does not fit in a
  // 32-byte object (set_objfreelist_slab_cache refuses): on_slab, 4096 / 33 = 124, left 4.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 32))), (Layout{32, 124, 4, FreelistLayout::OnSlab}));
  // 20 bytes are rounded up to the word, 24: 4096 / 25 = 163, left 4096 - 4075 = 21.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 20))), (Layout{24, 163, 21, FreelistLayout::OnSlab}));
  // 8 bytes become SLAB_OBJ_MIN_SIZE, 16, so that a one-byte index can count a page's objects:
  // 4096 / 16 = 256 is one too many for it (SLAB_OBJ_MAX_NUM 255), so on_slab: 4096 / 17 = 240, left 16.
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 8))), (Layout{16, 240, 16, FreelistLayout::OnSlab}));
}

TEST(SlabGeometry, AlignmentRoundsTheSizeAndSetsTheColourUnit) {
  // 100 bytes aligned to 64: 128 per object; the colour unit is max(cache line 64, align).
  auto g = geometryOf(cacheOf("c", 100, 64));
  EXPECT_EQ(g.align, 64u);
  EXPECT_EQ(g.size, 128u);
  EXPECT_EQ(g.colourOff, 64u);
  g = geometryOf(cacheOf("c", 100, 256));
  EXPECT_EQ(g.size, 256u);
  EXPECT_EQ(g.colourOff, 256u);
  // An alignment below the word is the word.
  EXPECT_EQ(geometryOf(cacheOf("c", 100, 2)).align, 8u);
}

TEST(SlabGeometry, ColoursAreTheLeftOverInCacheLines) {
  // 1200 bytes: 3 objects, left 4096 - 3600 = 496 = 7 * 64 + 48: colours 0..6.
  auto g = geometryOf(cacheOf("c", 1200));
  EXPECT_EQ(g.num, 3u);
  EXPECT_EQ(g.leftOver, 496u);
  EXPECT_EQ(g.colour, 7u);
  // No left-over, no colouring.
  EXPECT_EQ(geometryOf(cacheOf("c", 1024)).colour, 0u);
}

TEST(SlabGeometry, TheSlabOrderIsTheSmallestThatHoldsAnObjectUpToSlabMaxOrder) {
  // 5000 bytes do not fit one page: order 1 (8192 bytes), 1 object.
  auto g = geometryOf(cacheOf("c", 5000));
  EXPECT_EQ(g.order, 1);
  EXPECT_EQ(g.num, 1u);
  // 3000 bytes at order 0 leave 1096 bytes, more than an eighth of the page. With
  // slab_max_order 0 (up to 32 MiB of memory) the kernel keeps order 0 anyway; with 1 it takes
  // order 1: 2 objects, left 2192 (still more than an eighth, but order 1 is the limit).
  g = geometryOf(cacheOf("c", 3000));
  EXPECT_EQ(g.order, 0);
  EXPECT_EQ(g.num, 1u);
  SlabOptions bigger;
  bigger.slabMaxOrder = 1;
  g = geometryOf(cacheOf("c", 3000), bigger);
  EXPECT_EQ(g.order, 1);
  EXPECT_EQ(g.num, 2u);
  EXPECT_EQ(g.leftOver, 2192u);
  // A slab_order the scenario asks for is kept: 4 pages of 1000-byte objects, 16 of them.
  g = geometryOf(cacheOf("c", 1000, 0, 2));
  EXPECT_EQ(g.order, 2);
  EXPECT_EQ(g.num, 16u);
}

TEST(SlabGeometry, ASlabOrderThatHoldsNoObjectOrTooManyIsRefused) {
  const auto constants = SlabConstants::of(4096, 32);
  auto result = makeGeometry(cacheOf("c", 5000, 0, 0), constants, 0, 10);
  EXPECT_EQ(result.problem, GeometryProblem::OrderTooSmall);
  EXPECT_EQ(result.lowestOrder, 1);
  // 16-byte objects: order 0 holds 240 on_slab; order 1 would hold 481, more than a byte counts.
  result = makeGeometry(cacheOf("c", 16, 0, 1), constants, 0, 10);
  EXPECT_EQ(result.problem, GeometryProblem::OrderTooLarge);
  EXPECT_EQ(result.highestOrder, 0);
  // A whole 4-page zone on_slab: the freelist's byte leaves room for 16383 bytes at most.
  CacheRequest whole = cacheOf("c", 16384);
  whole.freelist = FreelistLayout::OnSlab;
  result = makeGeometry(whole, constants, 0, 2);
  EXPECT_EQ(result.problem, GeometryProblem::DoesNotFit);
  EXPECT_EQ(result.largestObjectSize, 16376u);  // 16383 rounded down to the word
}

TEST(SlabGeometry, TheFreelistIndexIsOneByteOnlyWhenObjectsAreAtLeastAPage256th) {
  // FREELIST_BYTE_INDEX: PAGE_SIZE / 256 <= SLAB_OBJ_MIN_SIZE (min(KMALLOC_MIN_SIZE, 16)).
  EXPECT_EQ(SlabConstants::of(4096, 32).indexBytes, 1u);
  EXPECT_EQ(SlabConstants::of(4096, 32).objMaxNum, 255u);
  EXPECT_EQ(SlabConstants::of(8192, 32).indexBytes, 2u);
  EXPECT_EQ(SlabConstants::of(4096, 8).indexBytes, 2u);  // SLUB's kmalloc-8 would need a short index
  EXPECT_EQ(SlabConstants::of(4096, 8).objMaxNum, 65535u);
  // With two-byte indices 8-byte objects stay 8 bytes: on_slab 4096 / 10 = 409, left 6.
  SlabOptions slubSizes;
  slubSizes.kmallocMinSize = 8;
  EXPECT_EQ(layoutOf(geometryOf(cacheOf("c", 8), slubSizes)), (Layout{8, 409, 6, FreelistLayout::OnSlab}));
}

std::optional<std::uint32_t> classFor(std::uint64_t bytes, std::uint32_t kmallocMinSize = kSlabKmallocMinSize) {
  SlabOptions options;
  options.kmallocMinSize = kmallocMinSize;
  const KmallocTable table(SlabConstants::of(4096, kmallocMinSize), options, 10);
  return table.classFor(bytes);
}

TEST(SlabKmalloc, SizesGoToTheSmallestClassThatHoldsThemWithKmalloc96And192) {
  // KMALLOC_MIN_SIZE 8 (SLUB's table, kmalloc-8 … kmalloc-8k).
  EXPECT_EQ(classFor(1, 8), 8u);
  EXPECT_EQ(classFor(8, 8), 8u);
  EXPECT_EQ(classFor(9, 8), 16u);
  EXPECT_EQ(classFor(17, 8), 32u);
  EXPECT_EQ(classFor(65, 8), 96u);
  EXPECT_EQ(classFor(96, 8), 96u);
  EXPECT_EQ(classFor(100, 8), 128u);
  EXPECT_EQ(classFor(129, 8), 192u);
  EXPECT_EQ(classFor(193, 8), 256u);
  EXPECT_EQ(classFor(4097, 8), 8192u);
  EXPECT_EQ(classFor(8192, 8), 8192u);
  EXPECT_EQ(classFor(8193, 8), std::nullopt);  // kmalloc_large: straight to the buddy allocator
}

TEST(SlabKmalloc, SlabsSmallestClassIsKmalloc32) {
  // CONFIG_SLAB: KMALLOC_SHIFT_LOW 5; setup_kmalloc_cache_index_table sends 1..31 to kmalloc-32.
  EXPECT_EQ(classFor(1), 32u);
  EXPECT_EQ(classFor(9), 32u);
  EXPECT_EQ(classFor(33), 64u);
  EXPECT_EQ(classFor(65), 96u);
  EXPECT_EQ(classFor(8192), 8192u);
  // A KMALLOC_MIN_SIZE of 64 drops kmalloc-96, of 128 kmalloc-192 as well.
  EXPECT_EQ(classFor(65, 64), 128u);
  EXPECT_EQ(classFor(129, 64), 192u);
  EXPECT_EQ(classFor(129, 128), 256u);
}

TEST(SlabKmalloc, TheClassesAndTheirNamesAreKmallocInfos) {
  SlabOptions options;
  const KmallocTable table(SlabConstants::of(4096, 32), options, 10);
  EXPECT_EQ(table.names(), (std::vector<std::string>{"kmalloc-32", "kmalloc-64", "kmalloc-96", "kmalloc-128",
                                                     "kmalloc-192", "kmalloc-256", "kmalloc-512", "kmalloc-1k",
                                                     "kmalloc-2k", "kmalloc-4k", "kmalloc-8k"}));
  EXPECT_TRUE(isKmallocCacheName("kmalloc-2M"));
  EXPECT_FALSE(isKmallocCacheName("kmalloc-48"));
  // A zone whose largest block is one page has no room for kmalloc-8k's two-page slabs.
  const KmallocTable small(SlabConstants::of(4096, 32), options, 0);
  EXPECT_EQ(small.largestClass(), 4096u);
  EXPECT_EQ(small.classFor(5000), std::nullopt);
}

TEST(SlabKmalloc, Kmalloc96HoldsCacheLineAlignedObjectsOf128Bytes) {
  // SLAB creates kmalloc's caches with SLAB_HWCACHE_ALIGN: 96 is aligned to the 64-byte line.
  auto g = geometryOf({"kmalloc-96", 96, 0, std::nullopt, FreelistLayout::InObject, true});
  EXPECT_EQ(g.align, 64u);
  EXPECT_EQ(g.size, 128u);
  EXPECT_EQ(g.num, 32u);
  g = geometryOf({"kmalloc-192", 192, 0, std::nullopt, FreelistLayout::InObject, true});
  EXPECT_EQ(g.size, 192u);
  EXPECT_EQ(g.num, 21u);  // 4096 / 192 = 21, left 64: one colour
  EXPECT_EQ(g.colour, 1u);
  // Powers of two are naturally aligned: kmalloc-8k is one object in an order-1 slab.
  g = geometryOf({"kmalloc-8k", 8192, 0, std::nullopt, FreelistLayout::InObject, true});
  EXPECT_EQ(g.align, 8192u);
  EXPECT_EQ(g.order, 1);
  EXPECT_EQ(g.num, 1u);
  EXPECT_EQ(g.colour, 0u);
}

}  // namespace
}  // namespace oslens::engine::slab

#include "engine/memory/slab/slab_geometry.h"

#include <algorithm>
#include <array>
#include <bit>

namespace oslens::engine::slab {

namespace {
std::uint64_t alignUp(std::uint64_t value, std::uint64_t align) { return (value + align - 1) / align * align; }

struct OrderChoice {
  Order order;
  Estimate estimate;
};

// mm/slab.c: calculate_slab_order. The smallest order that holds an object, unless its left-over
// is more than an eighth of the slab and a bigger order is allowed (up to slab_max_order).
std::optional<OrderChoice> calculateSlabOrder(std::uint32_t size, FreelistLayout layout, const SlabConstants& constants,
                                              int slabMaxOrder, Order largestOrder) {
  std::optional<OrderChoice> chosen;
  for (int order = 0; order <= largestOrder; ++order) {
    const auto o = static_cast<Order>(order);
    const Estimate e = cacheEstimate(o, size, layout, constants);
    if (e.num == 0) continue;
    if (e.num > constants.objMaxNum) break;  // the freelist index could not count them
    chosen = OrderChoice{o, e};
    if (order >= slabMaxOrder) break;  // "very large slabs are currently bad for the gfp()s"
    if (std::uint64_t{e.leftOver} * 8 <= (std::uint64_t{constants.pageSize} << order)) break;  // acceptable waste
  }
  return chosen;
}

// A layout is usable at an order when the slab holds at least one object, no more than the index
// can count, and, in_object, when the freelist array fits in one object
// (set_objfreelist_slab_cache: cachep->num * sizeof(freelist_idx_t) > cachep->object_size fails).
bool usable(const Estimate& e, FreelistLayout layout, std::uint32_t objectSize, const SlabConstants& constants) {
  if (e.num == 0 || e.num > constants.objMaxNum) return false;
  return layout != FreelistLayout::InObject || std::uint64_t{e.num} * constants.indexBytes <= objectSize;
}

CacheGeometry finish(const CacheRequest& request, std::uint32_t align, std::uint32_t size, Order order,
                     const Estimate& e, FreelistLayout layout, const SlabConstants& constants) {
  CacheGeometry g;
  g.name = request.name;
  g.objectSize = request.objectSize;
  g.align = align;
  g.size = size;
  g.order = order;
  g.num = e.num;
  g.leftOver = e.leftOver;
  // __kmem_cache_create: "Offset must be a multiple of the alignment."
  g.colourOff = std::max(kCacheLineSize, align);
  g.colour = e.leftOver / g.colourOff;  // set_objfreelist_slab_cache / set_on_slab_cache
  g.freelist = layout;
  g.freelistBytes = layout == FreelistLayout::OnSlab ? e.num * constants.indexBytes : 0;
  g.kmalloc = request.kmalloc;
  return g;
}

// mm/slab_common.c: size_index[], the kmalloc_info[] index of each size 1..192 in steps of 8.
// Index 1 is kmalloc-96, 2 is kmalloc-192, k >= 3 is kmalloc-2^k.
constexpr std::array<std::uint8_t, 24> kSizeIndex = {3, 4, 5, 5, 6, 6, 6, 6, 1, 1, 1, 1,
                                                     7, 7, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2};

std::uint32_t sizeOfIndex(unsigned index) {
  if (index == 1) return 96;
  if (index == 2) return 192;
  return 1u << index;
}
}  // namespace

Estimate cacheEstimate(Order order, std::uint32_t size, FreelistLayout layout, const SlabConstants& constants) {
  // mm/slab.c: cache_estimate. On-slab, each object costs its size plus its freelist index; the
  // freelist needs no alignment of its own, since it sits at the end of the slab.
  const std::uint64_t slabBytes = std::uint64_t{constants.pageSize} << order;
  const std::uint64_t perObject = std::uint64_t{size} + (layout == FreelistLayout::OnSlab ? constants.indexBytes : 0);
  const std::uint64_t num = slabBytes / perObject;
  return {static_cast<std::uint32_t>(std::min<std::uint64_t>(num, UINT32_MAX)),
          static_cast<std::uint32_t>(slabBytes % perObject)};
}

std::uint32_t cacheAlignment(std::uint32_t objectSize, std::uint32_t align, bool kmalloc) {
  std::uint64_t a = align;
  if (kmalloc) {
    // create_boot_cache: ARCH_KMALLOC_MINALIGN (8), and "for power of two sizes, guarantee
    // natural alignment for kmalloc caches".
    a = 8;
    if (std::has_single_bit(objectSize)) a = std::max<std::uint64_t>(a, objectSize);
    // calculate_alignment with SLAB_HWCACHE_ALIGN (mm/slab.c: ARCH_KMALLOC_FLAGS): a cache line,
    // halved while the object fits in half of it. So kmalloc-96 is aligned to 64 and its objects
    // take 128 bytes, which is why Linux 2.6 had no size-96 cache with 64-byte cache lines.
    std::uint64_t ralign = kCacheLineSize;
    while (objectSize <= ralign / 2) ralign /= 2;
    a = std::max(a, ralign);
  }
  a = std::max<std::uint64_t>(a, 8);  // arch_slab_minalign(): __alignof__(unsigned long long)
  return static_cast<std::uint32_t>(alignUp(a, BYTES_PER_WORD));
}

namespace {
// makeGeometry without the search for the smallest object size that would fit.
GeometryResult tryGeometry(const CacheRequest& request, const SlabConstants& constants, int slabMaxOrder,
                           Order largestOrder) {
  GeometryResult result;
  const std::uint32_t align = cacheAlignment(request.objectSize, request.align, request.kmalloc);
  // __kmem_cache_create: the size in words, then aligned; with a one-byte freelist index no
  // object is smaller than SLAB_OBJ_MIN_SIZE, so that a page never holds more than 256 of them.
  std::uint64_t size = alignUp(alignUp(request.objectSize, BYTES_PER_WORD), align);
  if (constants.indexBytes == 1 && size < constants.objMinSize) size = alignUp(constants.objMinSize, align);
  const std::uint64_t largestSlab = std::uint64_t{constants.pageSize} << largestOrder;
  if (size > largestSlab) size = largestSlab + 1;  // fits nowhere; keeps the arithmetic in range
  const auto objectBytes = static_cast<std::uint32_t>(size);

  // Linux tries OBJFREELIST_SLAB first (set_objfreelist_slab_cache), then an off-slab freelist
  // (set_off_slab_cache, not modelled: it only wins for caches with a constructor or a tiny
  // object under a huge alignment), then on-slab (set_on_slab_cache).
  std::vector<FreelistLayout> layouts;
  if (request.freelist == FreelistLayout::InObject) layouts.push_back(FreelistLayout::InObject);
  layouts.push_back(FreelistLayout::OnSlab);

  if (!request.slabOrder) {
    for (FreelistLayout layout : layouts) {
      auto choice = calculateSlabOrder(objectBytes, layout, constants, slabMaxOrder, largestOrder);
      if (choice && usable(choice->estimate, layout, request.objectSize, constants)) {
        result.geometry = finish(request, align, objectBytes, choice->order, choice->estimate, layout, constants);
        return result;
      }
    }
  } else {
    for (FreelistLayout layout : layouts) {
      const Estimate e = cacheEstimate(*request.slabOrder, objectBytes, layout, constants);
      if (usable(e, layout, request.objectSize, constants)) {
        result.geometry = finish(request, align, objectBytes, *request.slabOrder, e, layout, constants);
        return result;
      }
    }
    // The orders at which some layout works, to say which slab_order would do.
    int lowest = -1, highest = -1;
    for (int order = 0; order <= largestOrder; ++order)
      for (FreelistLayout layout : layouts)
        if (usable(cacheEstimate(static_cast<Order>(order), objectBytes, layout, constants), layout,
                   request.objectSize, constants)) {
          if (lowest < 0) lowest = order;
          highest = order;
        }
    if (lowest >= 0) {
      result.problem = *request.slabOrder < lowest ? GeometryProblem::OrderTooSmall : GeometryProblem::OrderTooLarge;
      result.lowestOrder = static_cast<Order>(lowest);
      result.highestOrder = static_cast<Order>(highest);
      return result;
    }
  }
  // Nothing fits: the biggest object that would, in the layout of last resort (on_slab).
  result.problem = GeometryProblem::DoesNotFit;
  const std::uint64_t room = largestSlab - constants.indexBytes;
  result.largestObjectSize = static_cast<std::uint32_t>(std::min<std::uint64_t>(room / align * align, UINT32_MAX));
  return result;
}

}  // namespace

GeometryResult makeGeometry(const CacheRequest& request, const SlabConstants& constants, int slabMaxOrder,
                            Order largestOrder) {
  GeometryResult result = tryGeometry(request, constants, slabMaxOrder, largestOrder);
  if (result.problem != GeometryProblem::DoesNotFit) return result;
  // Or the object is too small: an order-0 slab would hold more objects than the freelist index
  // can count (1 MiB pages of 8-byte objects). Then the smallest size that works is the bound.
  const std::uint32_t align = cacheAlignment(request.objectSize, request.align, request.kmalloc);
  const std::uint64_t size = alignUp(alignUp(request.objectSize, BYTES_PER_WORD), align);
  if (size <= constants.pageSize &&
      cacheEstimate(0, static_cast<std::uint32_t>(size), FreelistLayout::OnSlab, constants).num > constants.objMaxNum) {
    CacheRequest bigger = request;
    bigger.slabOrder.reset();
    for (std::uint64_t candidate = request.objectSize + 1; candidate <= result.largestObjectSize; ++candidate) {
      bigger.objectSize = static_cast<std::uint32_t>(candidate);
      if (tryGeometry(bigger, constants, slabMaxOrder, largestOrder).geometry) {
        result.smallestObjectSize = bigger.objectSize;
        break;
      }
    }
  }
  return result;
}

KmallocTable::KmallocTable(const SlabConstants& constants, const SlabOptions& options, Order largestOrder)
    : m_constants(constants) {
  // mm/slab_common.c: create_kmalloc_caches, KMALLOC_SHIFT_LOW .. KMALLOC_SHIFT_HIGH, with
  // kmalloc-96 after kmalloc-64 when KMALLOC_MIN_SIZE <= 32 and kmalloc-192 after kmalloc-128
  // when KMALLOC_MIN_SIZE <= 64.
  const int shiftLow = std::countr_zero(constants.kmallocMinSize);
  const int shiftHigh = std::countr_zero(static_cast<std::uint32_t>(constants.kmallocMaxCacheSize()));
  std::vector<std::uint32_t> candidates;
  for (int shift = shiftLow; shift <= shiftHigh; ++shift) {
    candidates.push_back(1u << shift);
    if (constants.kmallocMinSize <= 32 && shift == 6) candidates.push_back(96);
    if (constants.kmallocMinSize <= 64 && shift == 7) candidates.push_back(192);
  }
  for (std::uint32_t size : candidates) {
    CacheRequest request{kmallocCacheName(size), size, 0, std::nullopt, options.freelist, true};
    if (makeGeometry(request, constants, options.slabMaxOrder, largestOrder).geometry) m_sizes.push_back(size);
  }
}

std::optional<std::uint32_t> KmallocTable::classFor(std::uint64_t bytes) const {
  std::uint32_t size = 0;
  if (bytes <= 192) {
    // kmalloc_slab: size_index[size_index_elem(size)], as setup_kmalloc_cache_index_table patches
    // it for KMALLOC_MIN_SIZE: sizes below it go to the smallest cache, and kmalloc-96 / -192
    // are skipped when the minimum alignment is 64 / 128.
    const std::size_t elem = (bytes == 0 ? 0 : (bytes - 1) / 8);
    const std::uint64_t step = (elem + 1) * 8;
    const std::uint32_t min = m_constants.kmallocMinSize;
    unsigned index = kSizeIndex[elem];
    if (step < min) index = static_cast<unsigned>(std::countr_zero(min));
    else if (min >= 64 && step >= 72 && step <= 96) index = 7;
    else if (min >= 128 && step >= 136 && step <= 192) index = 8;
    size = sizeOfIndex(index);
  } else {
    if (bytes > largestClass()) return std::nullopt;
    size = static_cast<std::uint32_t>(std::bit_ceil(bytes));  // kmalloc_index: fls(size - 1)
  }
  // A class whose slab cannot be built is left out of the table (kmalloc-8 with 1 MiB pages would
  // need more than 65535 objects a slab): its requests go to the next class that exists.
  // No kernel configuration reaches this; it keeps every request within the table.
  const auto fits = std::find_if(m_sizes.begin(), m_sizes.end(), [size](std::uint32_t s) { return s >= size; });
  if (fits == m_sizes.end()) return std::nullopt;
  return *fits;
}

std::vector<std::string> KmallocTable::names() const {
  std::vector<std::string> out;
  for (std::uint32_t size : m_sizes) out.push_back(kmallocCacheName(size));
  return out;
}

std::string kmallocCacheName(std::uint32_t size) {
  if (size >= (1u << 20) && size % (1u << 20) == 0) return "kmalloc-" + std::to_string(size >> 20) + "M";
  if (size >= 1024 && size % 1024 == 0) return "kmalloc-" + std::to_string(size >> 10) + "k";
  return "kmalloc-" + std::to_string(size);
}

bool isKmallocCacheName(const std::string& name) {
  if (name == "kmalloc-96" || name == "kmalloc-192") return true;
  for (std::uint32_t size = 8; size <= (1u << 21); size <<= 1)  // kmalloc_info[]: up to kmalloc-2M
    if (name == kmallocCacheName(size)) return true;
  return false;
}

}  // namespace oslens::engine::slab

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/memory/slab/slab_types.h"

// How a cache is laid out, computed the way __kmem_cache_create does it in mm/slab.c: the object
// size rounded up to the alignment, the objects per slab and the left-over bytes (cache_estimate),
// the slab order (calculate_slab_order), the freelist layout (set_objfreelist_slab_cache,
// set_on_slab_cache) and the colours. Also kmalloc's size classes (mm/slab_common.c).
namespace oslens::engine::slab {

// cache_estimate: how many objects of `size` bytes a slab of 2^order pages holds, and the bytes
// left over (after the freelist too, for on_slab).
struct Estimate {
  std::uint32_t num = 0;
  std::uint32_t leftOver = 0;
  bool operator==(const Estimate&) const = default;
};
Estimate cacheEstimate(Order order, std::uint32_t size, FreelistLayout layout, const SlabConstants& constants);

// A cache to create: a named cache of the scenario or one of kmalloc's size classes.
struct CacheRequest {
  std::string name;
  std::uint32_t objectSize = 0;
  std::uint32_t align = 0;            // 0: none asked (word alignment)
  std::optional<Order> slabOrder;     // none: chosen as calculate_slab_order does
  FreelistLayout freelist = FreelistLayout::InObject;
  bool kmalloc = false;
};

// Why a cache cannot be made.
enum class GeometryProblem : std::uint8_t {
  None,
  DoesNotFit,    // no slab of any order up to the largest holds one object, or even an order-0
                 // slab holds more than SLAB_OBJ_MAX_NUM of them (an object too small)
  OrderTooSmall,  // the slab_order asked for holds no object
  OrderTooLarge,  // the slab_order asked for holds more than SLAB_OBJ_MAX_NUM objects
};

struct GeometryResult {
  std::optional<CacheGeometry> geometry;
  GeometryProblem problem = GeometryProblem::None;
  // For OrderTooSmall / OrderTooLarge: the orders that would work.
  Order lowestOrder = 0;
  Order highestOrder = 0;
  // For DoesNotFit: the object sizes that would fit.
  std::uint32_t smallestObjectSize = 1;
  std::uint32_t largestObjectSize = 0;
};

// `largestOrder` is the buddy allocator's (max_order - 1); KMALLOC_MAX_ORDER plays that part in
// calculate_slab_order.
GeometryResult makeGeometry(const CacheRequest& request, const SlabConstants& constants, int slabMaxOrder,
                            Order largestOrder);

// The alignment a cache gets (mm/slab_common.c: calculate_alignment; create_boot_cache for
// kmalloc's caches, which SLAB creates with SLAB_HWCACHE_ALIGN).
std::uint32_t cacheAlignment(std::uint32_t objectSize, std::uint32_t align, bool kmalloc);

// kmalloc's size classes: kmalloc_info[] in mm/slab_common.c from KMALLOC_SHIFT_LOW to
// KMALLOC_SHIFT_HIGH, with kmalloc-96 and kmalloc-192 (create_kmalloc_caches), ascending.
// Classes whose slab would not fit in the largest buddy block are left out: their sizes go to
// the page allocator like any request above the largest class.
class KmallocTable {
 public:
  KmallocTable(const SlabConstants& constants, const SlabOptions& options, Order largestOrder);

  const std::vector<std::uint32_t>& sizes() const { return m_sizes; }
  std::uint32_t largestClass() const { return m_sizes.empty() ? 0 : m_sizes.back(); }
  // The class of a kmalloc of `bytes` (1 or more), or nullopt when it is bigger than the largest
  // class and goes straight to the buddy allocator (kmalloc_large).
  std::optional<std::uint32_t> classFor(std::uint64_t bytes) const;
  std::vector<std::string> names() const;

 private:
  SlabConstants m_constants;
  std::vector<std::uint32_t> m_sizes;
};

// "kmalloc-96", "kmalloc-1k", "kmalloc-2M": the names INIT_KMALLOC_INFO gives (mm/slab_common.c).
std::string kmallocCacheName(std::uint32_t size);
// True for every name kmalloc_info[] has (kmalloc-8 … kmalloc-2M): a scenario's own caches may
// not take them.
bool isKmallocCacheName(const std::string& name);

}  // namespace oslens::engine::slab

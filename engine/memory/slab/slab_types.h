#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/memory/buddy/buddy_types.h"

// The SLAB allocator of Linux's mm/slab.c (Bonwick 1994; Linux 2.2 to 6.7, removed in 6.8 when
// SLUB became the only one), on top of the buddy allocator. The names and rules below follow
// mm/slab.c as of v6.7; each rule cites the function it comes from. A SLUB mode would be another
// value of an `allocator` option beside these: the buddy side, the ops and the JSON stay the same.
namespace oslens::engine::slab {

using buddy::Order;
using buddy::Pfn;
using buddy::TagId;
using buddy::kNoPfn;

// Index of a cache in SlabSetup::caches: the named caches in file order, then kmalloc's.
using CacheId = std::uint16_t;
inline constexpr CacheId kNoCache = UINT16_MAX;
// Index of a slab in its cache's slot table. Internal: the JSON and the views name a slab by
// its first page frame, which is unique while the slab exists.
using SlabSlot = std::uint32_t;
inline constexpr SlabSlot kNoSlot = UINT32_MAX;
// Index of an object within its slab (freelist_idx_t: one or two bytes, see SlabConstants).
using ObjectIndex = std::uint16_t;

// mm/slab.c: BYTES_PER_WORD is sizeof(void *); the engine models a 64-bit machine.
inline constexpr std::uint32_t BYTES_PER_WORD = 8;
// cache_line_size() on x86-64 (L1_CACHE_BYTES = 64): the colour unit and SLAB_HWCACHE_ALIGN.
inline constexpr std::uint32_t kCacheLineSize = 64;

// Where a slab keeps its freelist, the array of free object indices.
enum class FreelistLayout : std::uint8_t {
  // OBJFREELIST_SLAB (Linux >= 4.6, set_objfreelist_slab_cache): the array lives inside a free
  // object, so the slab spends no bytes on it: num = slab bytes / size. Linux uses it for every
  // cache without a constructor whose array fits in one object; otherwise it falls back to on_slab.
  InObject,
  // The classic on-slab management: one freelist_idx_t per object, stored in the slab itself (at
  // its end since Linux 4.6, alloc_slabmgmt): num = slab bytes / (size + sizeof(freelist_idx_t)).
  OnSlab,
};

// When a new slab takes its colour (the offset of its first object).
enum class ColourRule : std::uint8_t {
  // mm/slab.c since 4.6 (cache_grow_begin, after the pages are allocated): advance colour_next,
  // then use it. With colours 0..2 the slabs get 1, 2, 0, 1, 2, 0, ...
  Linux,
  // Bonwick 1994 and Linux up to 4.5 (cache_grow, before the pages are allocated): use
  // colour_next, then advance it: 0, 1, 2, 0, 1, 2, ...
  Classic,
};

std::string_view freelistLayoutName(FreelistLayout layout);
std::optional<FreelistLayout> freelistLayoutFromName(std::string_view name);
std::vector<std::string> freelistLayoutNames();
std::string_view colourRuleName(ColourRule rule);
std::optional<ColourRule> colourRuleFromName(std::string_view name);
std::vector<std::string> colourRuleNames();

// SLAB's build-time constants for one page size and KMALLOC_MIN_SIZE (include/linux/slab.h,
// mm/slab.c). With 4 KiB pages and SLAB's KMALLOC_MIN_SIZE of 32 the freelist index is one byte,
// objects are at least 16 bytes and a slab holds at most 255 of them.
struct SlabConstants {
  std::uint32_t pageSize = buddy::kDefaultPageSize;
  std::uint32_t kmallocMinSize = 32;  // KMALLOC_MIN_SIZE = 1 << KMALLOC_SHIFT_LOW
  std::uint32_t objMinSize = 16;      // SLAB_OBJ_MIN_SIZE = min(KMALLOC_MIN_SIZE, 16)
  std::uint32_t indexBytes = 1;       // sizeof(freelist_idx_t): FREELIST_BYTE_INDEX ? 1 : 2
  std::uint32_t objMaxNum = 255;      // SLAB_OBJ_MAX_NUM = 2^(8 * sizeof(freelist_idx_t)) - 1

  static SlabConstants of(std::uint32_t pageSize, std::uint32_t kmallocMinSize);
  // KMALLOC_MAX_CACHE_SIZE = 1 << KMALLOC_SHIFT_HIGH, KMALLOC_SHIFT_HIGH = PAGE_SHIFT + 1 (SLAB
  // since Linux 6.1): kmalloc of more than two pages goes straight to the page allocator.
  std::uint64_t kmallocMaxCacheSize() const { return std::uint64_t{pageSize} * 2; }
};

// CONFIG_SLAB's KMALLOC_SHIFT_LOW is 5 (include/linux/slab.h): its smallest kmalloc cache is
// kmalloc-32. SLUB, the allocator of today's kernels, starts at kmalloc-8 (KMALLOC_SHIFT_LOW 3).
inline constexpr std::uint32_t kSlabKmallocMinSize = 32;

// The scenario-wide options (docs/scenarios.md, module `slab`).
struct SlabOptions {
  FreelistLayout freelist = FreelistLayout::InObject;
  ColourRule colouring = ColourRule::Linux;
  std::uint32_t kmallocMinSize = kSlabKmallocMinSize;
  // calculate_slab_order does not go above this order unless no object fits: the kernel's
  // slab_max_order, 1 (SLAB_MAX_ORDER_HI) on machines with more than 32 MiB, else 0
  // (kmem_cache_init).
  int slabMaxOrder = 0;
};

// What one kmem_cache is, fixed when it is created (kmem_cache_create, create_kmalloc_caches).
struct CacheGeometry {
  std::string name;
  std::uint32_t objectSize = 0;  // cachep->object_size: what its user asked for
  std::uint32_t align = 0;       // cachep->align
  std::uint32_t size = 0;        // cachep->size: the bytes each object takes in a slab (slabinfo objsize)
  Order order = 0;               // cachep->gfporder: each slab is 2^order pages
  std::uint32_t num = 0;         // cachep->num: objects per slab
  std::uint32_t leftOver = 0;    // bytes of a slab that neither objects nor the freelist use
  std::uint32_t colourOff = 0;   // cachep->colour_off: the colour unit in bytes
  std::uint32_t colour = 0;      // cachep->colour: the number of colours, left_over / colour_off
  FreelistLayout freelist = FreelistLayout::InObject;  // the layout the cache got (may differ from asked)
  std::uint32_t freelistBytes = 0;  // cachep->freelist_size, at the end of each slab (on_slab only)
  bool kmalloc = false;             // one of kmalloc's size classes

  std::uint64_t slabBytes(std::uint32_t pageSize) const { return std::uint64_t{pageSize} << order; }
};

}  // namespace oslens::engine::slab

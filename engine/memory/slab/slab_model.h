#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/memory/buddy/buddy_allocator.h"
#include "engine/memory/slab/slab_events.h"
#include "engine/memory/slab/slab_types.h"

namespace oslens::engine::slab {

// {"cache_alloc": {"cache": NAME, "tag": T}}: kmem_cache_alloc.
struct CacheAllocOp {
  TagId tag = 0;
  CacheId cache = 0;
  bool operator==(const CacheAllocOp&) const = default;
};

// {"cache_free": T} or {"cache_free": {"cache": NAME, "tag": T}}: kmem_cache_free. `cache` is the
// cache the op names, kNoCache when it names none (then the object's own cache is meant).
struct CacheFreeOp {
  TagId tag = 0;
  CacheId cache = kNoCache;
  bool operator==(const CacheFreeOp&) const = default;
};

// {"kmalloc": {"bytes": N, "tag": T}}. `cache` is the size class (kmalloc_slab), kNoCache above
// the largest class, when `order` (get_order(bytes)) is what the buddy allocator is asked for.
struct KmallocOp {
  TagId tag = 0;
  std::uint64_t bytes = 0;
  CacheId cache = kNoCache;
  Order order = 0;
  bool operator==(const KmallocOp&) const = default;
};

// {"kfree": T}: frees a slab object of any cache, or a large kmalloc.
struct KfreeOp {
  TagId tag = 0;
  bool operator==(const KfreeOp&) const = default;
};

// {"shrink": NAME}: kmem_cache_shrink.
struct ShrinkOp {
  CacheId cache = 0;
  bool operator==(const ShrinkOp&) const = default;
};

using SlabOp = std::variant<CacheAllocOp, CacheFreeOp, KmallocOp, KfreeOp, ShrinkOp>;

// What does not change during a run: the options, the constants and every cache's geometry.
// Shared (immutable) by every copy of the state, like the tag names.
struct SlabSetup {
  SlabOptions options;
  SlabConstants constants;
  std::vector<CacheGeometry> caches;  // the named caches in file order, then kmalloc's by size
  // Per cache, the most slabs it can ever hold at once (at most one per allocating op, and no
  // more than memory holds): what footprintBytes() promises the timeline. Empty: memory's bound.
  std::vector<std::uint32_t> maxSlabs;
};

// One slab: 2^order pages of a cache, on one of its three lists.
struct Slab {
  Pfn pfn = kNoPfn;           // first page frame; kNoPfn while the slot holds no slab
  SlabSlot prev = kNoSlot;    // links in its list (slab->slab_list)
  SlabSlot next = kNoSlot;
  std::uint32_t active = 0;   // slab->active: objects in use; freelist[active..num) are the free ones
  std::uint32_t colour = 0;   // its objects start colour * colour_off bytes into the slab
  SlabList list = SlabList::None;
  bool operator==(const Slab&) const = default;
};

struct SlabListHead {
  SlabSlot head = kNoSlot;
  SlabSlot tail = kNoSlot;
  std::uint32_t count = 0;
  bool operator==(const SlabListHead&) const = default;
};

// A kmem_cache's kmem_cache_node (one NUMA node): its slabs and three lists. The per-CPU array
// caches (struct array_cache) and the shared array that sit in front of these lists in Linux are
// not modelled: every allocation and free goes straight to the slab lists, as cache_alloc_refill
// and free_block would do for a batch of one.
struct CacheState {
  std::vector<Slab> slabs;              // slots; a given-back slab's slot is reused by the next grow
  std::vector<ObjectIndex> freelist;    // slot s owns [s * num, (s + 1) * num): the slab's freelist
  std::vector<SlabSlot> unusedSlots;    // a stack of free slots
  std::array<SlabListHead, 3> lists{};  // slabs_full, slabs_partial, slabs_free (SlabList order)
  std::uint32_t colourNext = 0;         // n->colour_next
  std::uint64_t activeObjs = 0;
  std::uint64_t grown = 0;      // slabs made (cache_grow_begin)
  std::uint64_t destroyed = 0;  // slabs given back (slab_destroy)

  const SlabListHead& list(SlabList which) const { return lists[static_cast<std::size_t>(which)]; }
  std::uint64_t slabCount() const { return slabs.size() - unusedSlots.size(); }
  bool operator==(const CacheState&) const = default;
};

// What a scenario's tag names now.
struct TagSlot {
  enum class Status : std::uint8_t { Unused, Live, Freed, Failed };
  Status status = Status::Unused;
  bool large = false;         // a large kmalloc: pages straight from the buddy allocator
  CacheId cache = kNoCache;   // slab object: its cache, slab slot and index
  SlabSlot slot = kNoSlot;
  ObjectIndex index = 0;
  Pfn pfn = kNoPfn;           // the slab's first page, or the large block's
  Order order = 0;            // large only
  std::uint64_t wastedBytes = 0;  // kmalloc: what rounding the request up to its class wastes
  bool operator==(const TagSlot&) const = default;
};

struct SlabState {
  buddy::BuddyAllocator memory;
  std::shared_ptr<const SlabSetup> setup;
  std::shared_ptr<const std::vector<std::string>> tagNames;
  std::vector<CacheState> caches;  // parallel to setup->caches
  std::vector<TagSlot> tags;

  std::uint64_t step = 0;
  std::uint64_t allocations = 0;  // requests granted (objects and large kmallocs)
  std::uint64_t failures = 0;     // requests refused for want of pages
  std::uint64_t frees = 0;
  std::uint64_t wastedBytes = 0;  // internal fragmentation of the live kmallocs
  std::uint64_t largePages = 0;   // pages held by live large kmallocs

  const std::string& tagName(TagId tag) const;
  const CacheGeometry& geometry(CacheId cache) const { return setup->caches[cache]; }
  const std::string& cacheName(CacheId cache) const { return setup->caches[cache].name; }
  std::optional<CacheId> cacheNamed(const std::string& name) const;

  // The slabs on one list, head first, as slots of the cache.
  std::vector<SlabSlot> slabsOn(CacheId cache, SlabList list) const;
  const Slab& slab(CacheId cache, SlabSlot slot) const { return caches[cache].slabs[slot]; }
  // The slot of the slab that starts at `pfn`, or kNoSlot.
  SlabSlot slotOf(CacheId cache, Pfn pfn) const;
  // The free objects of a slab in the order allocations will take them (freelist[active..num)).
  std::vector<ObjectIndex> freeObjects(CacheId cache, SlabSlot slot) const;
  // in_object caches: the free object whose bytes hold the freelist array, freelist[num - 1]
  // (cache_init_objs starts it in the last object; slab_put_obj moves it into the first object
  // freed in a full slab). None for a full slab or an on_slab cache.
  std::optional<ObjectIndex> freelistHolder(CacheId cache, SlabSlot slot) const;
  // Physical address of an object: first page * page size + colour offset + index * size.
  std::uint64_t objectAddress(CacheId cache, SlabSlot slot, ObjectIndex index) const;
  std::uint64_t slabPages() const;  // pages held by all slabs of all caches

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const SlabState&) const = default;
};

// For SlabSetup::maxSlabs: the most slabs each cache can hold at once during `ops`. A cache grows
// only when all its slabs are full, so it never holds more than ceil(live objects / num) slabs;
// the live objects are counted as if no allocation failed (which can only overcount).
std::vector<std::uint32_t> slabBounds(const SlabSetup& setup, std::uint32_t pages, const std::vector<SlabOp>& ops);

// The SLAB allocator driven by a scenario's ops, one op per step.
struct SlabModel {
  using State = SlabState;
  using Op = SlabOp;
  using Event = SlabEvent;

  static State initialState(const buddy::BuddyConfig& config, std::shared_ptr<const SlabSetup> setup,
                            std::shared_ptr<const std::vector<std::string>> tagNames);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::slab

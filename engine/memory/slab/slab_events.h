#pragma once

#include <cstdint>
#include <variant>

#include "engine/memory/buddy/buddy_events.h"
#include "engine/memory/slab/slab_types.h"

// The events of one slab operation, in the order mm/slab.c does the work: get_first_slab,
// cache_grow_begin (with the buddy allocator's own events inside), slab_get_obj and
// fixup_slab_list for an allocation; slab_put_obj and free_block's list moves for a free;
// drain_freelist and slab_destroy for a shrink. views/slab animates and narrates them; the JSON
// output lists them under "events".
namespace oslens::engine::slab {

using buddy::kNoTag;

// The three lists of a cache's kmem_cache_node. Linux calls the list of empty slabs slabs_free;
// textbooks (and /proc/slabinfo's column) call those slabs "empty". None: not on a list (a slab
// just grown, or one given back to the buddy allocator).
enum class SlabList : std::uint8_t { Full, Partial, Free, None };
// The three lists of a cache (kmem_cache_node's slabs_full, slabs_partial, slabs_free), in the
// order the diagram and the tables show them.
inline constexpr SlabList kSlabLists[] = {SlabList::Full, SlabList::Partial, SlabList::Free};

// kmem_cache_alloc(cache): an object of `cache` for `tag`.
struct CacheAllocRequested {
  TagId tag;
  CacheId cache;
  bool operator==(const CacheAllocRequested&) const = default;
};

// kmalloc(bytes): from the size class `cache`, or, above the largest class (kNoCache), straight
// from the buddy allocator as 2^order pages (kmalloc_large).
struct KmallocRequested {
  TagId tag;
  std::uint64_t bytes;
  CacheId cache;
  Order order;  // for kNoCache only
  bool operator==(const KmallocRequested&) const = default;
};

// get_first_slab: the head of slabs_partial, or, with no partial slab, the head of slabs_free.
struct SlabTaken {
  CacheId cache;
  Pfn slab;
  SlabList from;
  bool operator==(const SlabTaken&) const = default;
};

// cache_grow_begin: no slab has a free object, so the cache takes 2^order pages from the buddy
// allocator (its events come before this one) and makes a slab of them, its objects starting
// `colourOffset` = colour * colour_off bytes into the first page.
struct SlabGrown {
  CacheId cache;
  Pfn slab;
  Order order;
  std::uint32_t colour;
  std::uint32_t colourOffset;
  bool operator==(const SlabGrown&) const = default;
};

// The buddy allocator had no block of the cache's order: the cache cannot grow.
struct GrowFailed {
  CacheId cache;
  Order order;
  bool operator==(const GrowFailed&) const = default;
};

// slab_get_obj: the object at freelist[active] is handed out (active then counts one more).
struct ObjectAllocated {
  TagId tag;
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  std::uint64_t address;
  bool operator==(const ObjectAllocated&) const = default;
};

// A slab changes list, or place in its list: fixup_slab_list after an allocation (list_add: the
// head), free_block after a free (an empty slab to the head of slabs_free, any other to the
// tail of slabs_partial), drain_freelist in a shrink (to None).
struct SlabMoved {
  CacheId cache;
  Pfn slab;
  SlabList from;
  SlabList to;
  bool atTail;
  bool operator==(const SlabMoved&) const = default;
};

// The request got nothing: the cache could not grow, or the buddy allocator had no block for a
// large kmalloc (cache kNoCache).
struct AllocFailed {
  TagId tag;
  CacheId cache;
  bool operator==(const AllocFailed&) const = default;
};

// kmem_cache_free / kfree of a slab object.
struct FreeRequested {
  TagId tag;
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  bool operator==(const FreeRequested&) const = default;
};

// slab_put_obj: the object's index goes back on the freelist at freelist[--active], so the next
// allocation from this slab takes it again (last freed, first reused). `active` is the count after.
struct ObjectFreed {
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  std::uint32_t active;
  bool operator==(const ObjectFreed&) const = default;
};

// kfree of a large kmalloc: not a slab page, so its pages go back to the buddy allocator
// (free_large_kmalloc); the buddy events follow.
struct LargeFreed {
  TagId tag;
  Pfn pfn;
  Order order;
  bool operator==(const LargeFreed&) const = default;
};

// kmem_cache_free(named, object) where the object belongs to `actual`: with
// CONFIG_SLAB_FREELIST_HARDENED, cache_from_obj (mm/slab.h) warns "Wrong slab cache" and frees
// the object into its own cache, which this model does too. actual == kNoCache: the object is no
// slab object at all (a large kmalloc); the kernel warns and frees nothing.
struct WrongCache {
  TagId tag;
  CacheId named;
  CacheId actual;
  bool operator==(const WrongCache&) const = default;
};

// kmem_cache_shrink(cache): drain_freelist gives back every slab on slabs_free, tail first.
struct ShrinkRequested {
  CacheId cache;
  std::uint32_t freeSlabs;
  bool operator==(const ShrinkRequested&) const = default;
};

// slab_destroy: the slab's 2^order pages go back to the buddy allocator (its events follow).
struct SlabDestroyed {
  CacheId cache;
  Pfn slab;
  Order order;
  bool operator==(const SlabDestroyed&) const = default;
};

// An op the allocator refuses, reported instead of undefined behaviour: the same three misuses of
// a tag as in the buddy model (a double free, a free after a failed request, a reused live tag).
using buddy::TagProblem;

struct TagError {
  TagId tag;
  TagProblem problem;
  bool operator==(const TagError&) const = default;
};

// One event of the buddy allocator underneath, when a slab or a large kmalloc takes or gives
// back pages. Its tag is kNoTag for a slab's pages, the kmalloc's tag for a large kmalloc.
struct PageAllocatorEvent {
  buddy::BuddyEvent event;
  bool operator==(const PageAllocatorEvent&) const = default;
};

using SlabEvent = std::variant<CacheAllocRequested, KmallocRequested, SlabTaken, SlabGrown, GrowFailed, ObjectAllocated,
                               SlabMoved, AllocFailed, FreeRequested, ObjectFreed, LargeFreed, WrongCache,
                               ShrinkRequested, SlabDestroyed, TagError, PageAllocatorEvent>;

}  // namespace oslens::engine::slab

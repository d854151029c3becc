#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "engine/core/event_json.h"
#include "engine/memory/buddy/buddy_events.h"
#include "engine/memory/slab/slab_types.h"

// The events of one slab operation, in the order mm/slab.c does the work: get_first_slab,
// cache_grow_begin (with the buddy allocator's own events inside), slab_get_obj and
// fixup_slab_list for an allocation; slab_put_obj and free_block's list moves for a free;
// drain_freelist and slab_destroy for a shrink. views/slab animates and narrates them; the JSON
// output lists them under "events" (engine/core/event_json.h), naming tags, caches and zones
// with SlabJsonNames (a slab's own pages have no tag: null).
namespace oslens::engine::slab {

using buddy::kNoTag;

// The three lists of a cache's kmem_cache_node. Linux calls the list of empty slabs slabs_free;
// textbooks (and /proc/slabinfo's column) call those slabs "empty". None: not on a list (a slab
// just grown, or one given back to the buddy allocator).
enum class SlabList : std::uint8_t { Full, Partial, Free, None };
// The three lists of a cache (kmem_cache_node's slabs_full, slabs_partial, slabs_free), in the
// order the diagram and the tables show them.
inline constexpr SlabList kSlabLists[] = {SlabList::Full, SlabList::Partial, SlabList::Free};

// "slabs_full", "slabs_partial", "slabs_free", or "" for None.
constexpr std::string_view slabListName(SlabList list) {
  switch (list) {
    case SlabList::Full: return "slabs_full";
    case SlabList::Partial: return "slabs_partial";
    case SlabList::Free: return "slabs_free";
    case SlabList::None: return "";
  }
  return "";
}
// In the JSON, None is null.
constexpr std::optional<std::string_view> slabListJson(SlabList list) {
  return list == SlabList::None ? std::nullopt : std::optional(slabListName(list));
}

// kmem_cache_alloc(cache): an object of `cache` for `tag`.
struct CacheAllocRequested {
  TagId tag;
  CacheId cache;
  static constexpr std::string_view kJsonType = "cache_alloc_request";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("cache", names.cache(cache));
  }
  bool operator==(const CacheAllocRequested&) const = default;
};

// kmalloc(bytes): from the size class `cache`, or, above the largest class (kNoCache), straight
// from the buddy allocator as 2^order pages (kmalloc_large).
struct KmallocRequested {
  TagId tag;
  std::uint64_t bytes;
  CacheId cache;
  Order order;  // for kNoCache only
  static constexpr std::string_view kJsonType = "kmalloc_request";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("bytes", bytes);
    out.field("cache", names.cache(cache));
    if (cache == kNoCache) out.field("order", order);
  }
  bool operator==(const KmallocRequested&) const = default;
};

// get_first_slab: the head of slabs_partial, or, with no partial slab, the head of slabs_free.
struct SlabTaken {
  CacheId cache;
  Pfn slab;
  SlabList from;
  static constexpr std::string_view kJsonType = "slab_taken";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("list", slabListJson(from));
  }
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
  static constexpr std::string_view kJsonType = "cache_grow";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("order", order);
    out.field("colour", colour);
    out.field("colour_offset", colourOffset);
  }
  bool operator==(const SlabGrown&) const = default;
};

// The buddy allocator had no block of the cache's order: the cache cannot grow.
struct GrowFailed {
  CacheId cache;
  Order order;
  static constexpr std::string_view kJsonType = "grow_failed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("order", order);
  }
  bool operator==(const GrowFailed&) const = default;
};

// slab_get_obj: the object at freelist[active] is handed out (active then counts one more).
struct ObjectAllocated {
  TagId tag;
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  std::uint64_t address;
  static constexpr std::string_view kJsonType = "object_allocated";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("object", index);
    out.field("address", address);
  }
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
  static constexpr std::string_view kJsonType = "slab_moved";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("from", slabListJson(from));
    out.field("to", slabListJson(to));
    out.field("at", atTail ? "tail" : "head");
  }
  bool operator==(const SlabMoved&) const = default;
};

// The request got nothing: the cache could not grow, or the buddy allocator had no block for a
// large kmalloc (cache kNoCache).
struct AllocFailed {
  TagId tag;
  CacheId cache;
  static constexpr std::string_view kJsonType = "alloc_failed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("cache", names.cache(cache));
  }
  bool operator==(const AllocFailed&) const = default;
};

// kmem_cache_free / kfree of a slab object.
struct FreeRequested {
  TagId tag;
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  static constexpr std::string_view kJsonType = "free_request";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("object", index);
  }
  bool operator==(const FreeRequested&) const = default;
};

// slab_put_obj: the object's index goes back on the freelist at freelist[--active], so the next
// allocation from this slab takes it again (last freed, first reused). `active` is the count after.
struct ObjectFreed {
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
  std::uint32_t active;
  static constexpr std::string_view kJsonType = "object_freed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("object", index);
    out.field("active", active);
  }
  bool operator==(const ObjectFreed&) const = default;
};

// kfree of a large kmalloc: not a slab page, so its pages go back to the buddy allocator
// (free_large_kmalloc); the buddy events follow.
struct LargeFreed {
  TagId tag;
  Pfn pfn;
  Order order;
  static constexpr std::string_view kJsonType = "kfree_large";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("pfn", pfn);
    out.field("order", order);
  }
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
  static constexpr std::string_view kJsonType = "wrong_cache";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("named", names.cache(named));
    out.field("actual", names.cache(actual));
  }
  bool operator==(const WrongCache&) const = default;
};

// kmem_cache_shrink(cache): drain_freelist gives back every slab on slabs_free, tail first.
struct ShrinkRequested {
  CacheId cache;
  std::uint32_t freeSlabs;
  static constexpr std::string_view kJsonType = "shrink";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("free_slabs", freeSlabs);
  }
  bool operator==(const ShrinkRequested&) const = default;
};

// slab_destroy: the slab's 2^order pages go back to the buddy allocator (its events follow).
struct SlabDestroyed {
  CacheId cache;
  Pfn slab;
  Order order;
  static constexpr std::string_view kJsonType = "slab_destroyed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("cache", names.cache(cache));
    out.field("slab", slab);
    out.field("order", order);
  }
  bool operator==(const SlabDestroyed&) const = default;
};

// An op the allocator refuses, reported instead of undefined behaviour: the same three misuses of
// a tag as in the buddy model (a double free, a free after a failed request, a reused live tag).
using buddy::TagProblem;
using buddy::tagProblemName;

struct TagError {
  TagId tag;
  TagProblem problem;
  static constexpr std::string_view kJsonType = "error";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("problem", tagProblemName(problem));
  }
  bool operator==(const TagError&) const = default;
};

// One event of the buddy allocator underneath, when a slab or a large kmalloc takes or gives
// back pages. Its tag is kNoTag for a slab's pages, the kmalloc's tag for a large kmalloc.
struct PageAllocatorEvent {
  buddy::BuddyEvent event;
  static constexpr std::string_view kJsonType = "buddy";
  // {"type": "buddy", "event": the buddy event, its tags and zones named by the slab's names}
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.key("event");
    writeEventJson(out, event, names);
  }
  bool operator==(const PageAllocatorEvent&) const = default;
};

using SlabEvent = std::variant<CacheAllocRequested, KmallocRequested, SlabTaken, SlabGrown, GrowFailed, ObjectAllocated,
                               SlabMoved, AllocFailed, FreeRequested, ObjectFreed, LargeFreed, WrongCache,
                               ShrinkRequested, SlabDestroyed, TagError, PageAllocatorEvent>;

}  // namespace oslens::engine::slab

#include <vector>

#include "engine/memory/slab/slab_model.h"

// SlabModel::checkInvariants: the rules of the issue ("an object is in exactly one state; list
// membership matches the slab's use count; every slab's pages are allocated in the buddy
// allocator"), checked from the freelists, the lists and the tags independently, so that a
// broken one cannot hide behind another.
namespace oslens::engine::slab {

namespace {
std::string slabText(const SlabState& s, CacheId cache, SlabSlot slot) {
  return s.cacheName(cache) + " slab at pfn " + std::to_string(s.caches[cache].slabs[slot].pfn);
}

std::string_view listName(SlabList list) {
  switch (list) {
    case SlabList::Full: return "slabs_full";
    case SlabList::Partial: return "slabs_partial";
    case SlabList::Free: return "slabs_free";
    case SlabList::None: return "no list";
  }
  return "";
}
}  // namespace

std::vector<std::string> SlabModel::checkInvariants(const State& s) {
  std::vector<std::string> problems = s.memory.checkInvariants();
  auto fail = [&](std::string what) { problems.push_back(std::move(what)); };
  if (s.caches.size() != s.setup->caches.size()) {
    fail("the state has " + std::to_string(s.caches.size()) + " caches, the setup " +
         std::to_string(s.setup->caches.size()));
    return problems;
  }

  // used[cache][slot * num + index]: 0 free, 1 in use (from the freelist), 2 in use and tagged.
  std::vector<std::vector<std::uint8_t>> used(s.caches.size());
  std::uint64_t slabPages = 0;
  for (CacheId id = 0; id < s.caches.size(); ++id) {
    const CacheState& c = s.caches[id];
    const CacheGeometry& g = s.geometry(id);
    if (c.freelist.size() != c.slabs.size() * std::size_t{g.num}) {
      fail(g.name + ": the freelist table does not have num entries per slot");
      continue;
    }
    used[id].assign(c.freelist.size(), 1);

    // Unused slots are listed once each and hold no slab.
    std::vector<bool> unused(c.slabs.size(), false);
    for (SlabSlot slot : c.unusedSlots) {
      if (slot >= c.slabs.size() || unused[slot]) {
        fail(g.name + ": a slot is listed as unused twice or does not exist");
        continue;
      }
      unused[slot] = true;
      if (c.slabs[slot].pfn != kNoPfn || c.slabs[slot].list != SlabList::None)
        fail(g.name + ": an unused slot still holds a slab");
    }

    std::uint64_t active = 0;
    std::vector<std::uint32_t> onList(3, 0);
    for (SlabSlot slot = 0; slot < c.slabs.size(); ++slot) {
      if (unused[slot]) {
        for (std::size_t i = 0; i < g.num; ++i) used[id][std::size_t{slot} * g.num + i] = 0;
        continue;
      }
      const Slab& slab = c.slabs[slot];
      auto where = [&] { return slabText(s, id, slot); };  // worded only when something is wrong
      // Every slab's pages are one block the buddy allocator holds as allocated.
      if (!s.memory.isAllocatedBlock(slab.pfn, g.order))
        fail(where() + ": its 2^" + std::to_string(g.order) + " pages are not an allocated buddy block");
      slabPages += std::uint64_t{1} << g.order;
      if (slab.active > g.num) {
        fail(where() + ": more objects in use than the slab holds");
        continue;
      }
      // The freelist stack holds each free index once: freelist[active..num) are distinct.
      for (std::uint32_t pos = slab.active; pos < g.num; ++pos) {
        const ObjectIndex index = c.freelist[std::size_t{slot} * g.num + pos];
        if (index >= g.num) {
          fail(where() + ": the freelist names object " + std::to_string(index) + ", past the slab's end");
          continue;
        }
        std::uint8_t& state = used[id][std::size_t{slot} * g.num + index];
        if (state == 0) fail(where() + ": object " + std::to_string(index) + " is on the freelist twice");
        state = 0;
      }
      active += slab.active;
      // List membership matches the use count: 0 on slabs_free, num on slabs_full, else partial.
      const SlabList expected = slab.active == 0 ? SlabList::Free : slab.active == g.num ? SlabList::Full
                                                                                          : SlabList::Partial;
      if (slab.list != expected)
        fail(where() + ": " + std::to_string(slab.active) + " of " + std::to_string(g.num) +
             " objects in use, but on " + std::string(listName(slab.list)) + " instead of " +
             std::string(listName(expected)));
      if (slab.list != SlabList::None) ++onList[static_cast<std::size_t>(slab.list)];
      if (slab.colour > 0 && slab.colour >= g.colour) fail(where() + ": its colour is past the cache's colours");
    }
    if (active != c.activeObjs) fail(g.name + ": the count of objects in use is stale");
    if (g.colour > 0 ? c.colourNext >= g.colour : c.colourNext != 0) fail(g.name + ": colour_next is out of range");

    // Each list is well linked, its count right, and it holds exactly the slabs that say they are on it.
    for (std::size_t l = 0; l < 3; ++l) {
      const SlabListHead& head = c.lists[l];
      auto where = [&] { return g.name + " " + std::string(listName(static_cast<SlabList>(l))); };
      std::uint32_t count = 0;
      SlabSlot previous = kNoSlot;
      for (SlabSlot slot = head.head; slot != kNoSlot; slot = c.slabs[slot].next) {
        if (slot >= c.slabs.size() || count > c.slabs.size()) {
          fail(where() + ": the list leaves the slab table or loops");
          break;
        }
        if (c.slabs[slot].list != static_cast<SlabList>(l)) fail(where() + ": lists a slab that is on another list");
        if (c.slabs[slot].prev != previous) fail(where() + ": a wrong back link");
        previous = slot;
        ++count;
      }
      if (count != head.count || count != onList[l]) fail(where() + ": its count differs from its slabs");
      if (head.tail != previous) fail(where() + ": the tail is stale");
    }
  }

  // Tags: each live object tag names an object in use, and each object in use has exactly one tag.
  std::uint64_t largePages = 0;
  std::uint64_t wasted = 0;
  for (TagId tag = 0; tag < s.tags.size(); ++tag) {
    const TagSlot& t = s.tags[tag];
    if (t.status != TagSlot::Status::Live) continue;
    wasted += t.wastedBytes;
    if (t.large) {
      largePages += std::uint64_t{1} << t.order;
      if (!s.memory.isAllocatedBlock(t.pfn, t.order))
        fail("tag " + s.tagName(tag) + " names a large kmalloc the buddy allocator does not hold as allocated");
      continue;
    }
    if (t.cache >= s.caches.size() || t.slot >= s.caches[t.cache].slabs.size() ||
        t.index >= s.geometry(t.cache).num || used[t.cache].empty()) {
      fail("tag " + s.tagName(tag) + " names no object");
      continue;
    }
    std::uint8_t& state = used[t.cache][std::size_t{t.slot} * s.geometry(t.cache).num + t.index];
    if (state == 0) fail("tag " + s.tagName(tag) + " names a free object");
    else if (state == 2) fail("tag " + s.tagName(tag) + " names an object another tag holds");
    state = 2;
    if (s.caches[t.cache].slabs[t.slot].pfn != t.pfn) fail("tag " + s.tagName(tag) + " remembers a stale slab");
  }
  for (CacheId id = 0; id < used.size(); ++id)
    for (std::uint8_t state : used[id])
      if (state == 1) {
        fail(s.cacheName(id) + ": an object is in use but no tag holds it");
        break;
      }
  if (largePages != s.largePages) fail("the count of large kmalloc pages is stale");
  if (wasted != s.wastedBytes) fail("the internal fragmentation total is stale");
  // The buddy allocator's used pages are exactly the slabs' pages and the large kmallocs'.
  if (s.memory.usedPages() != slabPages + largePages)
    fail("the buddy allocator has " + std::to_string(s.memory.usedPages()) +
         " pages in use, slabs and large kmallocs " + std::to_string(slabPages + largePages));
  return problems;
}

}  // namespace oslens::engine::slab

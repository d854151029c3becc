#include "engine/memory/slab/slab_model.h"

#include <algorithm>
#include <utility>

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"

namespace oslens::engine::slab {

const std::string& SlabState::tagName(TagId tag) const {
  static const std::string kNone;
  return tagNames && tag < tagNames->size() ? (*tagNames)[tag] : kNone;
}

std::optional<CacheId> SlabState::cacheNamed(const std::string& name) const {
  for (CacheId c = 0; c < setup->caches.size(); ++c)
    if (setup->caches[c].name == name) return c;
  return std::nullopt;
}

std::vector<SlabSlot> SlabState::slabsOn(CacheId cache, SlabList list) const {
  const CacheState& c = caches[cache];
  std::vector<SlabSlot> out;
  out.reserve(c.list(list).count);
  for (SlabSlot s = c.list(list).head; s != kNoSlot && out.size() <= c.slabs.size(); s = c.slabs[s].next)
    out.push_back(s);
  return out;
}

SlabSlot SlabState::slotOf(CacheId cache, Pfn pfn) const {
  const auto& slabs = caches[cache].slabs;
  for (SlabSlot s = 0; s < slabs.size(); ++s)
    if (slabs[s].pfn == pfn) return s;
  return kNoSlot;
}

std::vector<ObjectIndex> SlabState::freeObjects(CacheId cache, SlabSlot slot) const {
  const CacheState& c = caches[cache];
  const std::uint32_t num = geometry(cache).num;
  const auto first = c.freelist.begin() + static_cast<std::ptrdiff_t>(std::size_t{slot} * num);
  return {first + c.slabs[slot].active, first + num};
}

std::optional<ObjectIndex> SlabState::freelistHolder(CacheId cache, SlabSlot slot) const {
  const CacheGeometry& g = geometry(cache);
  if (g.freelist != FreelistLayout::InObject || caches[cache].slabs[slot].active == g.num) return std::nullopt;
  return caches[cache].freelist[std::size_t{slot} * g.num + g.num - 1];
}

std::uint64_t SlabState::objectAddress(CacheId cache, SlabSlot slot, ObjectIndex index) const {
  const CacheGeometry& g = geometry(cache);
  const Slab& s = caches[cache].slabs[slot];
  // mm/slab.c: alloc_slabmgmt sets s_mem = page address + colour offset; index_to_obj adds
  // size * index. The on-slab freelist sits at the end of the slab, so it moves no object.
  return std::uint64_t{s.pfn} * setup->constants.pageSize + std::uint64_t{s.colour} * g.colourOff +
         std::uint64_t{index} * g.size;
}

std::uint64_t SlabState::slabPages() const {
  std::uint64_t pages = 0;
  for (CacheId c = 0; c < caches.size(); ++c) pages += caches[c].slabCount() << geometry(c).order;
  return pages;
}

SlabState SlabModel::initialState(const buddy::BuddyConfig& config, std::shared_ptr<const SlabSetup> setup,
                                  std::shared_ptr<const std::vector<std::string>> tagNames) {
  SlabState s{buddy::BuddyAllocator(config), std::move(setup), std::move(tagNames), {}, {}};
  s.caches.resize(s.setup->caches.size());
  s.tags.resize(s.tagNames ? s.tagNames->size() : 0);
  return s;
}

namespace {

CacheState& cacheOf(SlabState& s, CacheId id) { return s.caches[id]; }
SlabListHead& headOf(CacheState& c, SlabList list) { return c.lists[static_cast<std::size_t>(list)]; }

// list_add (atTail = false) and list_add_tail.
void listAdd(CacheState& c, SlabSlot slot, SlabList list, bool atTail) {
  SlabListHead& head = headOf(c, list);
  Slab& slab = c.slabs[slot];
  slab.list = list;
  if (atTail) {
    slab.prev = head.tail;
    slab.next = kNoSlot;
    (head.tail == kNoSlot ? head.head : c.slabs[head.tail].next) = slot;
    head.tail = slot;
  } else {
    slab.next = head.head;
    slab.prev = kNoSlot;
    (head.head == kNoSlot ? head.tail : c.slabs[head.head].prev) = slot;
    head.head = slot;
  }
  ++head.count;
}

// list_del.
void listDel(CacheState& c, SlabSlot slot) {
  Slab& slab = c.slabs[slot];
  if (slab.list == SlabList::None) return;
  SlabListHead& head = headOf(c, slab.list);
  (slab.prev == kNoSlot ? head.head : c.slabs[slab.prev].next) = slab.next;
  (slab.next == kNoSlot ? head.tail : c.slabs[slab.next].prev) = slab.prev;
  slab.prev = slab.next = kNoSlot;
  slab.list = SlabList::None;
  --head.count;
}

// Runs the buddy allocator with its own event log and hands its events on, wrapped, so that a
// slab step shows the pages being taken and given back.
void forward(EventLog<buddy::BuddyEvent>& pages, EventLog<SlabEvent>& log) {
  if (!log.recording()) return;
  for (auto& e : pages.take()) log.add(PageAllocatorEvent{std::move(e)});
}

// kmem_getpages / kmalloc_large: 2^order pages from the zone GFP_KERNEL asks for. The
// AllocRequested / BlockAllocated / AllocFailed events are the caller's, as in BuddyModel.
Pfn takePages(SlabState& s, Order order, TagId tag, std::uint64_t bytes, EventLog<SlabEvent>& log) {
  EventLog<buddy::BuddyEvent> pages(log.recording());
  const buddy::ZoneIndex zone = s.memory.config().defaultZone;
  pages.add(buddy::AllocRequested{tag, order, bytes, zone});
  const Pfn pfn = s.memory.allocate(order, zone, pages);
  if (pfn == kNoPfn) {
    if (pages.recording())
      pages.add(buddy::AllocFailed{tag, order, s.memory.freePages(), s.memory.largestFreeOrder()});
  } else {
    const std::uint64_t blockBytes = std::uint64_t{s.memory.config().pageSize} << order;
    pages.add(buddy::BlockAllocated{tag, pfn, order, bytes == 0 ? 0 : blockBytes - bytes});
  }
  forward(pages, log);
  return pfn;
}

// kmem_freepages / free_large_kmalloc: __free_pages(page, order).
void givePages(SlabState& s, Pfn pfn, Order order, TagId tag, EventLog<SlabEvent>& log) {
  EventLog<buddy::BuddyEvent> pages(log.recording());
  pages.add(buddy::FreeRequested{tag, pfn, order});
  s.memory.free(pfn, order, pages);
  forward(pages, log);
}

// mm/slab.c: cache_grow_begin + cache_init_objs. The new slab's freelist is 0, 1, ..., num - 1
// (no CONFIG_SLAB_FREELIST_RANDOM), so its objects go out in address order.
SlabSlot grow(SlabState& s, CacheId id, EventLog<SlabEvent>& log) {
  const CacheGeometry& g = s.geometry(id);
  const ColourRule rule = s.setup->options.colouring;
  std::uint32_t colour = 0;
  if (rule == ColourRule::Classic) {  // Linux <= 4.5: take the colour before asking for pages
    colour = cacheOf(s, id).colourNext;
    if (++cacheOf(s, id).colourNext >= g.colour) cacheOf(s, id).colourNext = 0;
  }
  const Pfn pfn = takePages(s, g.order, kNoTag, 0, log);
  if (pfn == kNoPfn) {
    log.add(GrowFailed{id, g.order});
    return kNoSlot;
  }
  CacheState& c = cacheOf(s, id);
  if (rule == ColourRule::Linux) {  // since 4.6: advance colour_next once the pages are there
    if (++c.colourNext >= g.colour) c.colourNext = 0;
    colour = c.colourNext;
  }
  SlabSlot slot;
  if (!c.unusedSlots.empty()) {
    slot = c.unusedSlots.back();
    c.unusedSlots.pop_back();
  } else {
    slot = static_cast<SlabSlot>(c.slabs.size());
    c.slabs.emplace_back();
    c.freelist.resize(c.freelist.size() + g.num);
  }
  c.slabs[slot] = Slab{pfn, kNoSlot, kNoSlot, 0, colour, SlabList::None};
  const auto first = c.freelist.begin() + static_cast<std::ptrdiff_t>(std::size_t{slot} * g.num);
  for (std::uint32_t i = 0; i < g.num; ++i) first[i] = static_cast<ObjectIndex>(i);  // set_free_obj(slab, i, i)
  ++c.grown;
  log.add(SlabGrown{id, pfn, g.order, colour, colour * g.colourOff});
  return slot;
}

// One object of cache `id` for `tag` (____cache_alloc_node, which is what cache_alloc_refill does
// for a batch of one): get_first_slab, else grow; slab_get_obj; fixup_slab_list.
void allocateObject(SlabState& s, TagId tag, CacheId id, std::uint64_t wasted, EventLog<SlabEvent>& log) {
  SlabList from = SlabList::Partial;
  SlabSlot slot = cacheOf(s, id).list(SlabList::Partial).head;
  if (slot == kNoSlot) {
    from = SlabList::Free;
    slot = cacheOf(s, id).list(SlabList::Free).head;
  }
  if (slot != kNoSlot) {
    log.add(SlabTaken{id, cacheOf(s, id).slabs[slot].pfn, from});
  } else {
    from = SlabList::None;
    slot = grow(s, id, log);
    if (slot == kNoSlot) {
      log.add(AllocFailed{tag, id});
      s.tags[tag] = {TagSlot::Status::Failed};
      ++s.failures;
      return;
    }
  }
  const CacheGeometry& g = s.geometry(id);
  CacheState& c = cacheOf(s, id);
  Slab& slab = c.slabs[slot];
  const ObjectIndex index = c.freelist[std::size_t{slot} * g.num + slab.active];  // slab_get_obj
  ++slab.active;
  ++c.activeObjs;
  log.add(ObjectAllocated{tag, id, slab.pfn, index, s.objectAddress(id, slot, index)});

  // fixup_slab_list (cache_grow_end calls it for a new slab, which already holds this object):
  // list_del, then list_add to the head of slabs_full or slabs_partial.
  const SlabList to = slab.active == g.num ? SlabList::Full : SlabList::Partial;
  if (from != to) {
    listDel(c, slot);
    listAdd(c, slot, to, /*atTail=*/false);
    log.add(SlabMoved{id, slab.pfn, from, to, false});
  }
  s.tags[tag] = {TagSlot::Status::Live, false, id, slot, index, slab.pfn, 0, wasted};
  s.wastedBytes += wasted;
  ++s.allocations;
}

// kmem_cache_free without the per-CPU array: free_block for one object.
void freeObject(SlabState& s, TagId tag, EventLog<SlabEvent>& log) {
  TagSlot& t = s.tags[tag];
  const CacheGeometry& g = s.geometry(t.cache);
  CacheState& c = cacheOf(s, t.cache);
  Slab& slab = c.slabs[t.slot];
  log.add(FreeRequested{tag, t.cache, slab.pfn, t.index});
  --slab.active;
  c.freelist[std::size_t{t.slot} * g.num + slab.active] = t.index;  // slab_put_obj
  --c.activeObjs;
  log.add(ObjectFreed{t.cache, slab.pfn, t.index, slab.active});
  // free_block: an empty slab goes to the head of slabs_free; any other slab "unconditionally"
  // to the tail of slabs_partial, to give its other objects the most time to be freed too.
  // (Linux then destroys empty slabs while the node's free objects exceed n->free_limit, and
  // cache_reap trims slabs_free every few seconds; here only `shrink` gives slabs back.)
  const SlabList from = slab.list;
  const bool empty = slab.active == 0;
  listDel(c, t.slot);
  listAdd(c, t.slot, empty ? SlabList::Free : SlabList::Partial, /*atTail=*/!empty);
  log.add(SlabMoved{t.cache, slab.pfn, from, empty ? SlabList::Free : SlabList::Partial, !empty});
  s.wastedBytes -= t.wastedBytes;
  t.status = TagSlot::Status::Freed;
  ++s.frees;
}

void freeLarge(SlabState& s, TagId tag, EventLog<SlabEvent>& log) {
  TagSlot& t = s.tags[tag];
  log.add(LargeFreed{tag, t.pfn, t.order});
  givePages(s, t.pfn, t.order, tag, log);
  s.wastedBytes -= t.wastedBytes;
  s.largePages -= std::uint64_t{1} << t.order;
  t.status = TagSlot::Status::Freed;
  ++s.frees;
}

// A free of a tag that holds nothing: say why, change nothing. True when the tag is live.
bool checkLive(SlabState& s, TagId tag, EventLog<SlabEvent>& log) {
  switch (s.tags[tag].status) {
    case TagSlot::Status::Live: return true;
    case TagSlot::Status::Freed: log.add(TagError{tag, TagProblem::DoubleFree}); return false;
    case TagSlot::Status::Failed:
    case TagSlot::Status::Unused: log.add(TagError{tag, TagProblem::NeverAllocated}); return false;
  }
  return false;
}

bool refuseLiveTag(SlabState& s, TagId tag, EventLog<SlabEvent>& log) {
  if (s.tags[tag].status != TagSlot::Status::Live) return false;
  log.add(TagError{tag, TagProblem::StillAllocated});
  return true;
}

void cacheAlloc(SlabState& s, const CacheAllocOp& op, EventLog<SlabEvent>& log) {
  log.add(CacheAllocRequested{op.tag, op.cache});
  if (!refuseLiveTag(s, op.tag, log)) allocateObject(s, op.tag, op.cache, 0, log);
}

// mm/slab_common.c: kmalloc -> kmalloc_slab(size) -> the class's cache, or kmalloc_large for
// sizes above KMALLOC_MAX_CACHE_SIZE.
void kmalloc(SlabState& s, const KmallocOp& op, EventLog<SlabEvent>& log) {
  log.add(KmallocRequested{op.tag, op.bytes, op.cache, op.order});
  if (refuseLiveTag(s, op.tag, log)) return;
  if (op.cache != kNoCache) {
    allocateObject(s, op.tag, op.cache, s.geometry(op.cache).size - op.bytes, log);
    return;
  }
  const Pfn pfn = takePages(s, op.order, op.tag, op.bytes, log);
  if (pfn == kNoPfn) {
    log.add(AllocFailed{op.tag, kNoCache});
    s.tags[op.tag] = {TagSlot::Status::Failed};
    ++s.failures;
    return;
  }
  const std::uint64_t wasted = (std::uint64_t{s.memory.config().pageSize} << op.order) - op.bytes;
  s.tags[op.tag] = {TagSlot::Status::Live, true, kNoCache, kNoSlot, 0, pfn, op.order, wasted};
  s.wastedBytes += wasted;
  s.largePages += std::uint64_t{1} << op.order;
  ++s.allocations;
}

void cacheFree(SlabState& s, const CacheFreeOp& op, EventLog<SlabEvent>& log) {
  if (!checkLive(s, op.tag, log)) return;
  const TagSlot& t = s.tags[op.tag];
  if (t.large) {  // kmem_cache_free on a page that is no slab: a warning, nothing freed
    log.add(WrongCache{op.tag, op.cache, kNoCache});
    return;
  }
  if (op.cache != kNoCache && op.cache != t.cache) log.add(WrongCache{op.tag, op.cache, t.cache});
  freeObject(s, op.tag, log);
}

// kfree finds the cache from the object's page (virt_to_slab), so it frees any slab object, and
// gives a large kmalloc's pages back to the buddy allocator.
void kfree(SlabState& s, const KfreeOp& op, EventLog<SlabEvent>& log) {
  if (!checkLive(s, op.tag, log)) return;
  if (s.tags[op.tag].large) freeLarge(s, op.tag, log);
  else freeObject(s, op.tag, log);
}

// mm/slab.c: __kmem_cache_shrink -> drain_freelist(cachep, n, INT_MAX): take the last slab of
// slabs_free until the list is empty, and slab_destroy each (kmem_freepages).
void shrink(SlabState& s, const ShrinkOp& op, EventLog<SlabEvent>& log) {
  const Order order = s.geometry(op.cache).order;
  log.add(ShrinkRequested{op.cache, cacheOf(s, op.cache).list(SlabList::Free).count});
  while (true) {
    CacheState& c = cacheOf(s, op.cache);
    const SlabSlot slot = c.list(SlabList::Free).tail;
    if (slot == kNoSlot) break;
    const Pfn pfn = c.slabs[slot].pfn;
    listDel(c, slot);
    c.slabs[slot].pfn = kNoPfn;
    c.unusedSlots.push_back(slot);
    ++c.destroyed;
    log.add(SlabDestroyed{op.cache, pfn, order});
    givePages(s, pfn, order, kNoTag, log);
  }
}

}  // namespace

void SlabModel::step(State& s, const Op& op, EventLog<Event>& log) {
  std::visit(Overloaded{
                 [&](const CacheAllocOp& o) { cacheAlloc(s, o, log); },
                 [&](const CacheFreeOp& o) { cacheFree(s, o, log); },
                 [&](const KmallocOp& o) { kmalloc(s, o, log); },
                 [&](const KfreeOp& o) { kfree(s, o, log); },
                 [&](const ShrinkOp& o) { shrink(s, o, log); },
             },
             op);
  ++s.step;
}

std::vector<std::uint32_t> slabBounds(const SlabSetup& setup, std::uint32_t pages, const std::vector<SlabOp>& ops) {
  constexpr CacheId kLarge = kNoCache;
  std::vector<CacheId> liveIn;  // per tag: the cache of its live object, or kNoCache
  std::vector<std::uint64_t> live(setup.caches.size(), 0);
  std::vector<std::uint64_t> peak(setup.caches.size(), 0);
  auto allocate = [&](TagId tag, CacheId cache) {
    if (tag >= liveIn.size()) liveIn.resize(std::size_t{tag} + 1, kNoCache);
    if (liveIn[tag] != kNoCache || cache == kLarge) return;
    liveIn[tag] = cache;
    peak[cache] = std::max(peak[cache], ++live[cache]);
  };
  auto release = [&](TagId tag) {
    if (tag < liveIn.size() && liveIn[tag] != kNoCache) --live[std::exchange(liveIn[tag], kNoCache)];
  };
  for (const SlabOp& op : ops)
    std::visit(Overloaded{
                   [&](const CacheAllocOp& o) { allocate(o.tag, o.cache); },
                   [&](const KmallocOp& o) { allocate(o.tag, o.cache); },
                   [&](const CacheFreeOp& o) { release(o.tag); },
                   [&](const KfreeOp& o) { release(o.tag); },
                   [](const ShrinkOp&) {},
               },
               op);
  std::vector<std::uint32_t> out;
  for (std::size_t c = 0; c < setup.caches.size(); ++c) {
    const CacheGeometry& g = setup.caches[c];
    const std::uint64_t slabs = g.num == 0 ? 0 : (peak[c] + g.num - 1) / g.num;
    out.push_back(static_cast<std::uint32_t>(std::min<std::uint64_t>(slabs, pages >> g.order)));
  }
  return out;
}

std::uint64_t SlabModel::hash(const State& s) {
  StateHasher h;
  s.memory.addToHash(h);
  for (const CacheState& c : s.caches) {
    for (const Slab& slab : c.slabs) {
      h.add(slab.pfn);
      h.add(slab.prev);
      h.add(slab.next);
      h.add(slab.active);
      h.add(slab.colour);
      h.add(slab.list);
    }
    for (ObjectIndex index : c.freelist) h.add(index);
    for (SlabSlot slot : c.unusedSlots) h.add(slot);
    for (const SlabListHead& list : c.lists) {
      h.add(list.head);
      h.add(list.tail);
      h.add(list.count);
    }
    h.add(c.colourNext);
    h.add(c.activeObjs);
    h.add(c.grown);
    h.add(c.destroyed);
  }
  for (const TagSlot& t : s.tags) {
    h.add(t.status);
    h.add(t.large);
    h.add(t.cache);
    h.add(t.slot);
    h.add(t.index);
    h.add(t.pfn);
    h.add(t.order);
    h.add(t.wastedBytes);
  }
  h.add(s.step);
  h.add(s.allocations);
  h.add(s.failures);
  h.add(s.frees);
  h.add(s.wastedBytes);
  h.add(s.largePages);
  return h.value();
}

std::size_t SlabModel::footprintBytes(const State& s) {
  // An upper bound over the whole run, not the size now: the timeline spaces its checkpoints by
  // the initial state's footprint, and slabs only appear later.
  std::size_t bytes = sizeof(SlabState) + s.memory.footprintBytes() + s.tags.size() * sizeof(TagSlot);
  const SlabSetup& setup = *s.setup;
  for (CacheId id = 0; id < s.caches.size(); ++id) {
    const CacheState& c = s.caches[id];
    const CacheGeometry& g = setup.caches[id];
    const std::size_t perSlab = sizeof(Slab) + sizeof(SlabSlot) + std::size_t{g.num} * sizeof(ObjectIndex);
    const std::size_t bound = id < setup.maxSlabs.size() ? setup.maxSlabs[id]
                                                         : static_cast<std::size_t>(s.memory.totalPages() >> g.order);
    bytes += sizeof(CacheState) + std::max<std::size_t>(c.slabs.capacity(), bound) * perSlab;
  }
  return bytes;
}

}  // namespace oslens::engine::slab

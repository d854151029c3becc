#include "engine/memory/slab/slab_records.h"

#include "engine/core/overloaded.h"
#include "engine/memory/buddy/buddy_records.h"

namespace oslens::engine::slab {

namespace {
// The cache an op is about, as the state after it knows it.
CacheId cacheOfOp(const SlabState& s, const SlabOp& op) {
  return std::visit(Overloaded{
                        [](const CacheAllocOp& o) { return o.cache; },
                        [](const KmallocOp& o) { return o.cache; },
                        [](const ShrinkOp& o) { return o.cache; },
                        [&](const CacheFreeOp& o) { return s.tags[o.tag].cache; },
                        [&](const KfreeOp& o) { return s.tags[o.tag].cache; },
                    },
                    op);
}

// {"cache", "slabs_full", "slabs_partial", "slabs_free"}: each list's slabs by first pfn, head first.
void writeCacheLists(const SlabState& s, CacheId cache, JsonOut& out) {
  out.beginObject();
  out.field("cache", s.cacheName(cache));
  for (SlabList list : {SlabList::Full, SlabList::Partial, SlabList::Free})
    out.field(slabListName(list), jsonArrayOf(s.slabsOn(cache, list), [&](SlabSlot slot) { return s.slab(cache, slot).pfn; }));
  out.endObject();
}
}  // namespace

OutputJson slabinfoJson(const SlabState& s, CacheId cache) {
  const CacheGeometry& g = s.geometry(cache);
  const CacheState& c = s.caches[cache];
  const std::uint64_t slabs = c.slabCount();
  // mm/slab.c: get_slabinfo. num_objs = total_slabs * num; active_slabs = total - free slabs.
  return OutputJson{{"name", g.name},
                    {"active_objs", c.activeObjs},
                    {"num_objs", slabs * g.num},
                    {"objsize", g.size},
                    {"objperslab", g.num},
                    {"pagesperslab", std::uint64_t{1} << g.order},
                    {"full", c.list(SlabList::Full).count},
                    {"partial", c.list(SlabList::Partial).count},
                    {"empty", c.list(SlabList::Free).count},
                    {"active_slabs", slabs - c.list(SlabList::Free).count},
                    {"num_slabs", slabs},
                    {"object_size", g.objectSize},
                    {"align", g.align},
                    {"order", g.order},
                    {"left_over", g.leftOver},
                    {"colour_off", g.colourOff},
                    {"colours", g.colour},
                    {"freelist", freelistLayoutName(g.freelist)},
                    {"kmalloc", g.kmalloc}};
}

void SlabReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  // {"cache": ..., "tag": ...}
  auto cacheAndTag = [&](CacheId cache, TagId tag) {
    out.beginObject();
    out.field("cache", s.cacheName(cache));
    out.field("tag", s.tagName(tag));
    out.endObject();
  };
  out.beginObject();
  std::visit(Overloaded{
                 [&](const CacheAllocOp& o) {
                   out.key("cache_alloc");
                   cacheAndTag(o.cache, o.tag);
                 },
                 [&](const CacheFreeOp& o) {
                   out.key("cache_free");
                   if (o.cache == kNoCache) out.value(s.tagName(o.tag));
                   else cacheAndTag(o.cache, o.tag);
                 },
                 [&](const KmallocOp& o) {
                   out.key("kmalloc");
                   out.beginObject();
                   out.field("bytes", o.bytes);
                   out.field("tag", s.tagName(o.tag));
                   out.endObject();
                 },
                 [&](const KfreeOp& o) { out.field("kfree", s.tagName(o.tag)); },
                 [&](const ShrinkOp& o) { out.field("shrink", s.cacheName(o.cache)); },
             },
             op);
  out.endObject();
}

void SlabReportingModel::writeRecordFields(const State& s, const Op& op, const std::vector<Event>& events,
                                           JsonOut& out) {
  // The last object or large kmalloc the op got, if any.
  const ObjectAllocated* object = nullptr;
  const buddy::BlockAllocated* block = nullptr;
  for (const auto& e : events) {
    if (const auto* o = std::get_if<ObjectAllocated>(&e)) {
      object = o;
      block = nullptr;
    } else if (const auto* pages = std::get_if<PageAllocatorEvent>(&e)) {
      const auto* b = std::get_if<buddy::BlockAllocated>(&pages->event);
      if (b && b->tag != kNoTag) {
        block = b;
        object = nullptr;
      }
    }
  }
  out.key("result");
  if (object) {
    out.beginObject();
    out.field("cache", s.cacheName(object->cache));
    out.field("slab", object->slab);
    out.field("object", object->index);
    out.field("address", object->address);
    out.endObject();
  } else if (block) {
    out.beginObject();
    out.field("pfn", block->pfn);
    out.field("order", block->order);
    out.endObject();
  } else {
    out.null();
  }
  const CacheId cache = cacheOfOp(s, op);
  out.key("lists");
  if (cache == kNoCache) out.null();
  else writeCacheLists(s, cache, out);
  out.field("free_pages", s.memory.freePages());
}

OutputJson SlabReportingModel::summaryJson(const State& s) {
  const buddy::BuddyConfig& config = s.memory.config();
  const SlabOptions& options = s.setup->options;
  OutputJson slabinfo = OutputJson::array();
  for (CacheId c = 0; c < s.caches.size(); ++c) slabinfo.push_back(slabinfoJson(s, c));
  return OutputJson{{"pages", config.pages},
                    {"page_size", config.pageSize},
                    {"max_order", config.maxOrder},
                    {"freelist", freelistLayoutName(options.freelist)},
                    {"colouring", colourRuleName(options.colouring)},
                    {"kmalloc_min_size", options.kmallocMinSize},
                    {"slab_max_order", options.slabMaxOrder},
                    {"free_pages", s.memory.freePages()},
                    {"used_pages", s.memory.usedPages()},
                    {"slab_pages", s.slabPages()},
                    {"large_kmalloc_pages", s.largePages},
                    {"allocations", s.allocations},
                    {"failures", s.failures},
                    {"frees", s.frees},
                    {"internal_fragmentation_bytes", s.wastedBytes},
                    {"slabinfo", std::move(slabinfo)}};
}

}  // namespace oslens::engine::slab

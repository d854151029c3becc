#include "engine/memory/slab/slab_records.h"

#include "engine/core/overloaded.h"
#include "engine/memory/buddy/buddy_records.h"

namespace oslens::engine::slab {

namespace {
OutputJson listJson(SlabList list) {
  return list == SlabList::None ? OutputJson(nullptr) : OutputJson(slabListName(list));
}

OutputJson cacheJson(const SlabState& s, CacheId cache) {
  return cache == kNoCache ? OutputJson(nullptr) : OutputJson(s.cacheName(cache));
}

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
}  // namespace

std::string_view slabListName(SlabList list) {
  switch (list) {
    case SlabList::Full: return "slabs_full";
    case SlabList::Partial: return "slabs_partial";
    case SlabList::Free: return "slabs_free";
    case SlabList::None: return "";
  }
  return "";
}

OutputJson cacheListsJson(const SlabState& s, CacheId cache) {
  OutputJson out{{"cache", s.cacheName(cache)}};
  for (SlabList list : {SlabList::Full, SlabList::Partial, SlabList::Free}) {
    OutputJson pfns = OutputJson::array();
    for (SlabSlot slot : s.slabsOn(cache, list)) pfns.push_back(s.slab(cache, slot).pfn);
    out[std::string(slabListName(list))] = std::move(pfns);
  }
  return out;
}

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

OutputJson SlabReportingModel::opJson(const State& s, const Op& op) {
  return std::visit(
      Overloaded{
          [&](const CacheAllocOp& o) {
            return OutputJson{{"cache_alloc", {{"cache", s.cacheName(o.cache)}, {"tag", s.tagName(o.tag)}}}};
          },
          [&](const CacheFreeOp& o) {
            if (o.cache == kNoCache) return OutputJson{{"cache_free", s.tagName(o.tag)}};
            return OutputJson{{"cache_free", {{"cache", s.cacheName(o.cache)}, {"tag", s.tagName(o.tag)}}}};
          },
          [&](const KmallocOp& o) { return OutputJson{{"kmalloc", {{"bytes", o.bytes}, {"tag", s.tagName(o.tag)}}}}; },
          [&](const KfreeOp& o) { return OutputJson{{"kfree", s.tagName(o.tag)}}; },
          [&](const ShrinkOp& o) { return OutputJson{{"shrink", s.cacheName(o.cache)}}; },
      },
      op);
}

OutputJson SlabReportingModel::eventJson(const State& s, const Event& event) {
  auto tag = [&](TagId t) { return t == kNoTag ? OutputJson(nullptr) : OutputJson(s.tagName(t)); };
  auto cache = [&](CacheId c) { return cacheJson(s, c); };
  return std::visit(
      Overloaded{
          [&](const CacheAllocRequested& e) {
            return OutputJson{{"type", "cache_alloc_request"}, {"tag", tag(e.tag)}, {"cache", cache(e.cache)}};
          },
          [&](const KmallocRequested& e) {
            OutputJson j{
                {"type", "kmalloc_request"}, {"tag", tag(e.tag)}, {"bytes", e.bytes}, {"cache", cache(e.cache)}};
            if (e.cache == kNoCache) j["order"] = e.order;
            return j;
          },
          [&](const SlabTaken& e) {
            return OutputJson{
                {"type", "slab_taken"}, {"cache", cache(e.cache)}, {"slab", e.slab}, {"list", listJson(e.from)}};
          },
          [&](const SlabGrown& e) {
            return OutputJson{{"type", "cache_grow"}, {"cache", cache(e.cache)},  {"slab", e.slab},
                              {"order", e.order},     {"colour", e.colour},      {"colour_offset", e.colourOffset}};
          },
          [&](const GrowFailed& e) {
            return OutputJson{{"type", "grow_failed"}, {"cache", cache(e.cache)}, {"order", e.order}};
          },
          [&](const ObjectAllocated& e) {
            return OutputJson{{"type", "object_allocated"}, {"tag", tag(e.tag)}, {"cache", cache(e.cache)},
                              {"slab", e.slab},              {"object", e.index},  {"address", e.address}};
          },
          [&](const SlabMoved& e) {
            return OutputJson{{"type", "slab_moved"}, {"cache", cache(e.cache)}, {"slab", e.slab},
                              {"from", listJson(e.from)}, {"to", listJson(e.to)}, {"at", e.atTail ? "tail" : "head"}};
          },
          [&](const AllocFailed& e) {
            return OutputJson{{"type", "alloc_failed"}, {"tag", tag(e.tag)}, {"cache", cache(e.cache)}};
          },
          [&](const FreeRequested& e) {
            return OutputJson{{"type", "free_request"}, {"tag", tag(e.tag)}, {"cache", cache(e.cache)},
                              {"slab", e.slab},          {"object", e.index}};
          },
          [&](const ObjectFreed& e) {
            return OutputJson{{"type", "object_freed"}, {"cache", cache(e.cache)}, {"slab", e.slab},
                              {"object", e.index},        {"active", e.active}};
          },
          [&](const LargeFreed& e) {
            return OutputJson{{"type", "kfree_large"}, {"tag", tag(e.tag)}, {"pfn", e.pfn}, {"order", e.order}};
          },
          [&](const WrongCache& e) {
            return OutputJson{
                {"type", "wrong_cache"}, {"tag", tag(e.tag)}, {"named", cache(e.named)}, {"actual", cache(e.actual)}};
          },
          [&](const ShrinkRequested& e) {
            return OutputJson{{"type", "shrink"}, {"cache", cache(e.cache)}, {"free_slabs", e.freeSlabs}};
          },
          [&](const SlabDestroyed& e) {
            return OutputJson{
                {"type", "slab_destroyed"}, {"cache", cache(e.cache)}, {"slab", e.slab}, {"order", e.order}};
          },
          [&](const TagError& e) {
            return OutputJson{{"type", "error"}, {"tag", tag(e.tag)}, {"problem", buddy::tagProblemName(e.problem)}};
          },
          [&](const PageAllocatorEvent& e) {
            return OutputJson{{"type", "buddy"}, {"event", buddy::buddyEventJson(e.event, s.memory.config(), tag)}};
          },
      },
      event);
}

void SlabReportingModel::addRecordFields(const State& s, const Op& op, const std::vector<Event>& events,
                                         OutputJson& record) {
  OutputJson result = nullptr;
  for (const auto& e : events) {
    if (const auto* object = std::get_if<ObjectAllocated>(&e)) {
      result = OutputJson{{"cache", s.cacheName(object->cache)},
                          {"slab", object->slab},
                          {"object", object->index},
                          {"address", object->address}};
    } else if (const auto* pages = std::get_if<PageAllocatorEvent>(&e)) {
      const auto* block = std::get_if<buddy::BlockAllocated>(&pages->event);
      if (block && block->tag != kNoTag) result = OutputJson{{"pfn", block->pfn}, {"order", block->order}};
    }
  }
  record["result"] = std::move(result);
  const CacheId cache = cacheOfOp(s, op);
  record["lists"] = cache == kNoCache ? OutputJson(nullptr) : cacheListsJson(s, cache);
  record["free_pages"] = s.memory.freePages();
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

#pragma once

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/core/name_table.h"
#include "engine/memory/slab/slab_geometry.h"
#include "engine/memory/slab/slab_model.h"

// Helpers shared by the slab tests: a model run with named tags and caches that checks the
// invariants after every step, and a cache's three lists written the way a student draws them.
namespace oslens::engine::slab::testing {

inline buddy::BuddyConfig zoneOf(std::uint32_t pages, int maxOrder = buddy::kClassicMaxOrder) {
  buddy::BuddyConfig config;
  config.pages = pages;
  config.maxOrder = maxOrder;
  config.zones = {{"Normal", 0, pages}};
  return config;
}

inline CacheRequest cacheOf(std::string name, std::uint32_t objectSize, std::uint32_t align = 0,
                            std::optional<Order> slabOrder = std::nullopt) {
  return {std::move(name), objectSize, align, slabOrder, FreelistLayout::InObject, false};
}

// The geometry a cache would get under `options` in a zone of `config`.
inline CacheGeometry geometryOf(CacheRequest request, const SlabOptions& options = {},
                                const buddy::BuddyConfig& config = zoneOf(16)) {
  request.freelist = options.freelist;
  const auto constants = SlabConstants::of(config.pageSize, options.kmallocMinSize);
  auto result = makeGeometry(request, constants, options.slabMaxOrder, config.largestOrder());
  EXPECT_TRUE(result.geometry.has_value()) << request.name << " does not fit";
  return result.geometry.value_or(CacheGeometry{});
}

// A cache's lists by the first pfn of each slab, head first.
struct Lists {
  std::vector<Pfn> full;
  std::vector<Pfn> partial;
  std::vector<Pfn> free;
  bool operator==(const Lists&) const = default;
};

inline void PrintTo(const Lists& lists, std::ostream* out) {
  auto print = [&](const char* name, const std::vector<Pfn>& pfns) {
    *out << name << " [";
    for (std::size_t i = 0; i < pfns.size(); ++i) *out << (i ? ", " : "") << pfns[i];
    *out << "] ";
  };
  print("full", lists.full);
  print("partial", lists.partial);
  print("free", lists.free);
}

// Drives SlabModel with tags and caches by name; every step checks the invariants and keeps its
// events. kmalloc's caches are the classes listed in `kmallocSizes`, after the named caches.
class SlabRun {
 public:
  SlabRun(const buddy::BuddyConfig& config, std::vector<CacheRequest> caches, SlabOptions options = {},
          std::vector<std::uint32_t> kmallocSizes = {})
      : m_config(config), m_kmalloc(SlabConstants::of(config.pageSize, options.kmallocMinSize), options,
                                    config.largestOrder()) {
    auto setup = std::make_shared<SlabSetup>();
    setup->options = options;
    setup->constants = SlabConstants::of(config.pageSize, options.kmallocMinSize);
    for (auto& request : caches) setup->caches.push_back(geometryOf(request, options, config));
    for (std::uint32_t size : kmallocSizes)
      setup->caches.push_back(geometryOf({kmallocCacheName(size), size, 0, std::nullopt, options.freelist, true},
                                         options, config));
    m_setup = setup;
    m_state = SlabModel::initialState(config, m_setup, m_names.names());
  }

  std::vector<SlabEvent> alloc(const std::string& tag, const std::string& cache) {
    return run(CacheAllocOp{idOf(tag), cacheId(cache)});
  }
  std::vector<SlabEvent> free(const std::string& tag, const std::string& cache = "") {
    return run(CacheFreeOp{idOf(tag), cache.empty() ? kNoCache : cacheId(cache)});
  }
  std::vector<SlabEvent> kmalloc(const std::string& tag, std::uint64_t bytes) {
    KmallocOp op{idOf(tag), bytes, kNoCache, 0};
    if (auto size = m_kmalloc.classFor(bytes)) op.cache = cacheId(kmallocCacheName(*size));
    else op.order = buddy::orderForBytes(bytes, m_config.pageSize);
    return run(op);
  }
  std::vector<SlabEvent> kfree(const std::string& tag) { return run(KfreeOp{idOf(tag)}); }
  std::vector<SlabEvent> shrink(const std::string& cache) { return run(ShrinkOp{cacheId(cache)}); }

  const SlabState& state() const { return m_state; }
  const buddy::BuddyAllocator& memory() const { return m_state.memory; }
  CacheId cacheId(const std::string& name) const {
    auto id = m_state.cacheNamed(name);
    EXPECT_TRUE(id.has_value()) << "no cache " << name;
    return id.value_or(0);
  }
  const CacheGeometry& geometry(const std::string& cache) const { return m_state.geometry(cacheId(cache)); }
  Lists lists(const std::string& cache) const {
    const CacheId id = cacheId(cache);
    auto pfns = [&](SlabList list) {
      std::vector<Pfn> out;
      for (SlabSlot slot : m_state.slabsOn(id, list)) out.push_back(m_state.slab(id, slot).pfn);
      return out;
    };
    return {pfns(SlabList::Full), pfns(SlabList::Partial), pfns(SlabList::Free)};
  }
  const TagSlot& tag(const std::string& name) { return m_state.tags.at(idOf(name)); }
  // "slab 3, object 1": where a tag's object lives.
  std::pair<Pfn, ObjectIndex> where(const std::string& name) { return {tag(name).pfn, tag(name).index}; }
  TagId idOf(const std::string& tag) {
    const TagId id = m_names.intern(tag);
    if (m_state.tags.size() <= id) {
      m_state.tags.resize(id + 1);
      m_state.tagNames = m_names.names();
    }
    return id;
  }

 private:
  std::vector<SlabEvent> run(const SlabOp& op) {
    EventLog<SlabEvent> log;
    SlabModel::step(m_state, op, log);
    const auto problems = SlabModel::checkInvariants(m_state);
    EXPECT_TRUE(problems.empty()) << "after step " << m_state.step << ": " << problems.front();
    return log.take();
  }

  buddy::BuddyConfig m_config;
  KmallocTable m_kmalloc;
  NameTable m_names;
  std::shared_ptr<const SlabSetup> m_setup;
  SlabState m_state;
};

template <class E>
std::vector<E> eventsOf(const std::vector<SlabEvent>& events) {
  std::vector<E> out;
  for (const auto& e : events)
    if (const auto* typed = std::get_if<E>(&e)) out.push_back(*typed);
  return out;
}

// The buddy allocator's events inside a slab step.
template <class E>
std::vector<E> pageEventsOf(const std::vector<SlabEvent>& events) {
  std::vector<E> out;
  for (const auto& e : events)
    if (const auto* pages = std::get_if<PageAllocatorEvent>(&e))
      if (const auto* typed = std::get_if<E>(&pages->event)) out.push_back(*typed);
  return out;
}

}  // namespace oslens::engine::slab::testing

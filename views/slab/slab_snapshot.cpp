#include "views/slab/slab_snapshot.h"

#include <algorithm>
#include <map>

namespace oslens::views {

using namespace engine::slab;

bool SlabSnapshot::isShown(const SlabState& state, CacheId cache, CacheId focus) {
  return !state.geometry(cache).kmalloc || state.caches[cache].grown > 0 || cache == focus;
}

SlabSnapshot::SlabSnapshot(const SlabState& state, CacheId focus, std::size_t shown, std::size_t maxCaches,
                           std::optional<CacheId> expanded)
    : m_shown(shown) {
  std::vector<CacheId> ids;
  for (CacheId c = 0; c < state.caches.size(); ++c)
    (isShown(state, c, focus) ? ids : m_unusedKmalloc).push_back(c);
  if (ids.size() > maxCaches) {
    m_hidden = ids.size() - maxCaches;
    // The step's cache and the expanded one stay in view, in their places among the first others.
    std::vector<CacheId> keep;
    for (CacheId k : {focus, expanded.value_or(kNoCache)})
      if (k != kNoCache && std::find(ids.begin(), ids.end(), k) != ids.end() && std::find(keep.begin(), keep.end(), k) == keep.end())
        keep.push_back(k);
    std::size_t others = maxCaches - std::min(maxCaches, keep.size());
    std::vector<CacheId> kept;
    for (CacheId id : ids) {
      const bool keeper = std::find(keep.begin(), keep.end(), id) != keep.end();
      if (keeper || others > 0) kept.push_back(id);
      if (!keeper && others > 0) --others;
    }
    kept.resize(std::min(kept.size(), maxCaches));
    ids = std::move(kept);
  }

  // The drawn slabs (only the heads of long lists are walked), then one pass over the tags for the
  // names of their objects' holders.
  struct Where {
    std::size_t row, list, index;
  };
  std::map<std::pair<CacheId, SlabSlot>, Where> drawn;
  m_caches.resize(ids.size());
  for (std::size_t row = 0; row < ids.size(); ++row) {
    Cache& cache = m_caches[row];
    cache.id = ids[row];
    cache.expanded = !expanded || *expanded == cache.id;
    const CacheState& c = state.caches[cache.id];
    for (SlabList which : kSlabLists) {
      const auto l = static_cast<std::size_t>(which);
      List& list = cache.lists[l];
      list.count = c.list(which).count;
      for (SlabSlot slot = cache.expanded ? c.list(which).head : kNoSlot; slot != kNoSlot && list.slabs.size() < shown;
           slot = c.slabs[slot].next) {
        drawn[{cache.id, slot}] = Where{row, l, list.slabs.size()};
        list.slabs.push_back(SlabStrip::of(state, cache.id, slot));
      }
    }
  }
  if (drawn.empty()) return;
  for (TagId t = 0; t < state.tags.size(); ++t) {
    const TagSlot& tag = state.tags[t];
    if (tag.status != TagSlot::Status::Live || tag.large) continue;
    if (const auto it = drawn.find({tag.cache, tag.slot}); it != drawn.end()) {
      const Where& w = it->second;
      m_caches[w.row].lists[w.list].slabs[w.index].tags[tag.index] = QString::fromStdString(state.tagName(t));
    }
  }
}

int SlabSnapshot::rowOf(CacheId cache) const {
  for (std::size_t row = 0; row < m_caches.size(); ++row)
    if (m_caches[row].id == cache) return static_cast<int>(row);
  return -1;
}

std::optional<SlabSnapshot::Place> SlabSnapshot::find(CacheId cache, Pfn slab) const {
  const int row = rowOf(cache);
  if (row < 0) return std::nullopt;
  for (SlabList which : kSlabLists) {
    const List& l = list(row, which);
    for (std::size_t i = 0; i < l.slabs.size(); ++i)
      if (l.slabs[i].pfn == slab) return Place{row, which, static_cast<int>(i)};
  }
  return std::nullopt;
}

const SlabStrip* SlabSnapshot::strip(CacheId cache, Pfn slab) const {
  const auto place = find(cache, slab);
  return place ? &list(place->row, place->list).slabs[static_cast<std::size_t>(place->slot)] : nullptr;
}

}  // namespace oslens::views

#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/memory/slab/slab_model.h"
#include "views/slab/slab_strip.h"

namespace oslens::views {

// What the diagram draws of a slab state: the caches it shows, in the engine's order, and for each
// its three lists with their first slabs, head first. Named caches are always shown; a kmalloc
// cache only once it has held a slab, or while the step is about it (a kmalloc scenario need not
// show every size class). Long lists end in "+k more", and at most `maxCaches` caches are shown
// (the step's own among them), so a huge state costs a bounded number of items. When the table
// folds (SlabFolding), every cache but `expanded` is a summary: its lists' counts, no slabs. A
// value, cheap to keep for the state before a step so the step can be animated between the two.
class SlabSnapshot {
 public:
  static constexpr std::size_t kListCount = 3;  // slabs_full, slabs_partial, slabs_free

  struct List {
    std::vector<SlabStrip> slabs;  // at most `shown`, head first
    std::uint64_t count = 0;
  };
  struct Cache {
    engine::slab::CacheId id = 0;
    std::array<List, kListCount> lists;
    bool expanded = true;  // false: a one-line summary, `lists` hold counts only
  };
  // Where a slab is drawn: its cache's row, list and place in the list.
  struct Place {
    int row = 0;
    engine::slab::SlabList list = engine::slab::SlabList::Full;
    int slot = 0;
  };

  SlabSnapshot() = default;
  // `focus`: the cache the step is about (kNoCache: none). `expanded`: when set, the one cache
  // drawn in full (SlabFolding::expandedAt); every other is a summary.
  SlabSnapshot(const engine::slab::SlabState& state, engine::slab::CacheId focus, std::size_t shown, std::size_t maxCaches,
               std::optional<engine::slab::CacheId> expanded = std::nullopt);

  const std::vector<Cache>& caches() const { return m_caches; }
  // Caches that would be shown but for `maxCaches`.
  std::size_t hiddenCaches() const { return m_hidden; }
  // kmalloc caches not shown because they have never held a slab.
  const std::vector<engine::slab::CacheId>& unusedKmalloc() const { return m_unusedKmalloc; }
  std::size_t shown() const { return m_shown; }
  int rowOf(engine::slab::CacheId cache) const;
  // Where the slab is drawn, or nothing when it is not (one of the "+k more", or on no list).
  std::optional<Place> find(engine::slab::CacheId cache, engine::slab::Pfn slab) const;
  // The drawn slab, or null likewise.
  const SlabStrip* strip(engine::slab::CacheId cache, engine::slab::Pfn slab) const;
  const List& list(int row, engine::slab::SlabList which) const {
    return m_caches[static_cast<std::size_t>(row)].lists[static_cast<std::size_t>(which)];
  }

  // True for the caches a view shows when nothing caps them (see the class comment).
  static bool isShown(const engine::slab::SlabState& state, engine::slab::CacheId cache, engine::slab::CacheId focus);

 private:
  std::vector<Cache> m_caches;
  std::size_t m_hidden = 0;
  std::vector<engine::slab::CacheId> m_unusedKmalloc;
  std::size_t m_shown = 0;
};

}  // namespace oslens::views

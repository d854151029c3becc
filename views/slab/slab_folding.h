#pragma once

#include <QtGlobal>
#include <cstddef>
#include <optional>
#include <vector>

#include "engine/memory/slab/slab_model.h"

namespace oslens::views {

// Which caches the slab diagram draws in full. A table of every cache in full is the lecture's
// picture, but eight kmalloc caches of 124-object slabs do not fit a slide: then the table folds,
// every cache a one-line summary ("kmalloc-64 · 40 of 128 in use", its lists' counts) but the one
// the step is about.
//
// The rule keeps the picture still from step to step as far as a changing focus allows:
// - Whether the table folds is decided once per run, from the setup and the ops (every named
//   cache, and every kmalloc cache an op will use, drawn in full would be taller than kRoomBudget,
//   or more than SlabLayout::kMaxCaches), never from one step's state: a scenario that fits never
//   folds, and one that does not is folded at every step.
// - The expanded cache after `position` ops is the one op `position` was about (its cache_alloc,
//   cache_free, kmalloc size class, the cache of the object a kfree frees, the cache it shrinks);
//   an op about no cache (a large kmalloc or its kfree) keeps the cache of the latest op before it
//   that was about one, and the start shows the first op's, so a step that does not touch a cache
//   changes nothing in the table. It is a function of the position alone, so a jump, a step back
//   and a fresh view agree.
// - A folded table keeps the room of its tallest expanded row (expandedRoom), so the memory bar
//   under it stays put whichever cache is expanded.
class SlabFolding {
 public:
  // The height of the table drawn in full beyond which it folds: with the header and the bar, a
  // diagram about as tall as a 16:9 slide is for the width of the table.
  static constexpr qreal kRoomBudget = 560;

  SlabFolding() = default;
  SlabFolding(const engine::slab::SlabState& initial, const std::vector<engine::slab::SlabOp>& ops);

  bool folds() const { return m_folds; }
  // The cache drawn in full after `position` ops when the table folds; nothing when every cache
  // is drawn in full. kNoCache when no op is about a cache.
  std::optional<engine::slab::CacheId> expandedAt(std::size_t position) const;
  qreal expandedRoom() const { return m_folds ? m_room : 0; }

 private:
  std::vector<engine::slab::CacheId> m_expanded;  // per op, as expandedAt
  bool m_folds = false;
  qreal m_room = 0;
};

}  // namespace oslens::views

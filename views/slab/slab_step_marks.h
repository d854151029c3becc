#pragma once

#include <optional>
#include <vector>

#include "engine/memory/slab/slab_events.h"

namespace oslens::views {

// What a step did, for the diagram and the tables to mark: the cache it was about, the slab it
// worked on and the object it handed out or took back, and whether it failed.
struct SlabStepMarks {
  engine::slab::CacheId cache = engine::slab::kNoCache;
  std::optional<engine::slab::Pfn> slab;
  std::optional<engine::slab::ObjectIndex> object;
  bool failed = false;

  static SlabStepMarks of(const std::vector<engine::slab::SlabEvent>& events);
};

}  // namespace oslens::views

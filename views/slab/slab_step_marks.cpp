#include "views/slab/slab_step_marks.h"

namespace oslens::views {

using namespace engine::slab;

SlabStepMarks SlabStepMarks::of(const std::vector<SlabEvent>& events) {
  SlabStepMarks marks;
  auto about = [&](CacheId cache) {
    if (marks.cache == kNoCache) marks.cache = cache;
  };
  for (const auto& e : events) {
    if (const auto* r = std::get_if<CacheAllocRequested>(&e)) about(r->cache);
    if (const auto* r = std::get_if<KmallocRequested>(&e)) about(r->cache);
    if (const auto* r = std::get_if<FreeRequested>(&e)) about(r->cache);
    if (const auto* r = std::get_if<ShrinkRequested>(&e)) about(r->cache);
    if (const auto* a = std::get_if<ObjectAllocated>(&e)) {
      marks.slab = a->slab;
      marks.object = a->index;
    }
    if (const auto* f = std::get_if<ObjectFreed>(&e)) {
      marks.slab = f->slab;
      marks.object = f->index;
    }
    marks.failed = marks.failed || std::holds_alternative<AllocFailed>(e) || std::holds_alternative<TagError>(e);
  }
  return marks;
}

}  // namespace oslens::views

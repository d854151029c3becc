#pragma once

#include <set>
#include <utility>
#include <vector>

#include "engine/memory/slab/slab_events.h"
#include "views/kit/flight_player.h"
#include "views/slab/slab_layout.h"
#include "views/slab/slab_snapshot.h"

namespace oslens::views {

// How one slab step moves on the diagram, worked out from its events and what is drawn before and
// after it, in the order mm/slab.c does the work: a new slab rises from its pages on the memory
// bar into its list (cache_grow_begin); the object handed out or freed lights up (slab_get_obj,
// slab_put_obj); slabs that change list or place slide to their new place (fixup_slab_list,
// free_block); destroyed slabs sink into the bar and fade (slab_destroy); a large kmalloc's block
// lights up on the bar. When a kmalloc cache comes into view (or leaves it), the rows under it
// move at once, strips and names together. Played backwards, the same plan undoes the step.
struct SlabStepPlan {
  using SlabKey = std::pair<engine::slab::CacheId, engine::slab::Pfn>;

  std::vector<Flight> flights;
  // The slabs in flight: their strips on the diagram are hidden until the flight lands.
  std::set<SlabKey> moving;
  int phases = 0;

  // `shown`: the layout on the screen (before or after), whose memory bar slabs rise from and sink
  // into.
  static SlabStepPlan build(const SlabLayout& beforeLayout, const SlabSnapshot& before, const SlabLayout& afterLayout,
                            const SlabSnapshot& after, const SlabLayout& shown,
                            const std::vector<engine::slab::SlabEvent>& events);
};

}  // namespace oslens::views

#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "engine/memory/buddy/buddy_events.h"
#include "views/buddy/buddy_layout.h"
#include "views/kit/flight_player.h"
#include "views/buddy/free_area_rows.h"

namespace oslens::views {

// How one buddy step moves on the diagram, worked out from its events and the free lists before
// and after it. An allocation: the search climbs the orders (a cursor), the block leaves its list,
// each split breaks it into two buddies and sends the upper one to the list below, and the kept
// block drops onto the memory bar. A free: the block rises from the bar, joins each free buddy and
// moves up a row, and lands on its list. The same plan played backwards undoes the step.
struct BuddyStepPlan {
  std::vector<Flight> flights;
  // The pages that are in flight: blank on the bar while the block moves.
  std::optional<std::pair<engine::buddy::Pfn, std::uint64_t>> ghost;
  int phases = 0;

  using TagNamer = std::function<QString(engine::buddy::TagId)>;
  static BuddyStepPlan build(const BuddyLayout& layout, const FreeAreaRows& before, const FreeAreaRows& after,
                             const std::vector<engine::buddy::BuddyEvent>& events, const TagNamer& tagName);
};

}  // namespace oslens::views

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/memory/paging/paging_events.h"
#include "engine/memory/paging/paging_state.h"

namespace oslens::engine::paging {

// Demand paging with page replacement, one memory reference per step. Frames are filled in order
// while any is free (nothing frees a frame in this module), then the policy picks victims.
struct PagingModel {
  using State = PagingState;
  using Op = PagingOp;
  using Event = PagingEvent;

  // The state before the first reference. `refs` is the whole reference string: OPT needs it.
  static State initialState(const PagingConfig& config, const std::vector<Op>& refs);

  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  // Every broken rule, in words; empty when the state is consistent.
  static std::vector<std::string> checkInvariants(const State& state);
};

// Index of the next reference to the same page after each reference (kNever if none).
std::vector<std::uint64_t> computeNextUse(const std::vector<PagingOp>& refs);

}  // namespace oslens::engine::paging

#pragma once

#include "engine/core/event_log.h"
#include "engine/memory/paging/paging_events.h"
#include "engine/memory/paging/paging_state.h"

// How each policy picks the page to evict when every frame is taken.
namespace oslens::engine::paging {

// FIFO, LRU, OPT and LFU order resident pages by a key in an indexed heap; Clock walks its hand
// and Random draws from the scenario's seeded generator.
bool usesVictimHeap(Policy policy);
VictimKey victimKey(Policy policy, const Frame& frame);

// Picks the victim frame of a full memory, emitting the events that explain the choice
// (Clock's second chances, then VictimChosen). Moves Clock's hand past the victim.
FrameIndex chooseVictim(PagingState& state, EventLog<PagingEvent>& log);

}  // namespace oslens::engine::paging

#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/core/timeline.h"

namespace oslens::engine {

// One step of a timeline as a view animates it: the state before the step, the op, the events it
// produced, and the state after. A view moving one step forwards plays before → after; one step
// back plays the same frame in reverse. Values, not references into the timeline, so an animation
// may keep the frame while the timeline moves on (docs/architecture.md, "The step frame").
template <SimulationModel M>
struct StepFrame {
  std::size_t step = 0;  // 1-based: `after` is the state after `step` ops
  typename M::State before;
  typename M::Op op;
  std::vector<typename M::Event> events;
  typename M::State after;
};

// The events of step `step` (1..size()) alone, without moving the timeline: free for the step
// that produced the current state, one step from the nearest checkpoint otherwise.
template <SimulationModel M>
std::vector<typename M::Event> stepEvents(const Timeline<M>& timeline, std::size_t step) {
  if (step == timeline.position()) return timeline.lastEvents();
  std::vector<typename M::Event> events;
  timeline.visitSteps(step, step, [&](const auto&, const auto&, const auto& stepEvents) { events = stepEvents; });
  return events;
}

// The frame of step `step` (1..size()), without moving the timeline: the state before it comes
// from the nearest checkpoint (Timeline::stateAt); the step is run once more with its events
// recorded, unless it is the step that produced the current state. The model is deterministic,
// so `after` and `events` are exactly what seek(step) makes. It copies the state twice: a view
// that needs only one side (the other state and the events) takes stateAt and stepEvents.
template <SimulationModel M>
StepFrame<M> stepFrame(const Timeline<M>& timeline, std::size_t step) {
  typename M::State before = timeline.stateAt(step - 1);
  const typename M::Op& op = timeline.ops().at(step - 1);
  if (step == timeline.position()) return {step, std::move(before), op, timeline.lastEvents(), timeline.state()};
  typename M::State after = before;
  EventLog<typename M::Event> log(true);
  M::step(after, op, log);
  return {step, std::move(before), op, log.take(), std::move(after)};
}

// The frame of the one-step move from position `from` to `to` (|to - from| == 1): the step
// between them, whichever way the move goes.
template <SimulationModel M>
StepFrame<M> stepFrameOfMove(const Timeline<M>& timeline, int from, int to) {
  return stepFrame(timeline, static_cast<std::size_t>(to > from ? to : from));
}

}  // namespace oslens::engine

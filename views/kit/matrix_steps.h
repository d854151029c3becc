#pragma once

#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include "views/kit/matrix_player.h"

namespace oslens::views {

// Shows step `to` of a deadlock simulation on the matrices view: the table as it was before the
// step, then the step's events one beat each (animated) or all at once (a jump, a step back,
// an export), so the resting picture keeps the step's Work, Finish and verdict. `Matrices` is
// BankerMatrices or DetectionMatrices.
template <class Matrices, class Simulation>
void showMatrixStep(MatrixPlayer& player, const Simulation& simulation, int to, bool animate) {
  const auto& timeline = simulation.timeline();
  using State = std::decay_t<decltype(timeline.state())>;
  using Event = typename std::decay_t<decltype(timeline.lastEvents())>::value_type;
  if (to <= 0) {
    player.play(Matrices::tableOf(timeline.state()), 0, {}, {}, false);
    return;
  }
  MatrixTable before = Matrices::tableOf(timeline.stateAt(static_cast<std::size_t>(to - 1)));
  if (!animate) {  // played within this call: the timeline's own state and events will do
    const State& after = timeline.state();
    const std::vector<Event>& events = timeline.lastEvents();
    player.play(
        std::move(before), events.size(), [&](MatrixTable& table, std::size_t i) { Matrices::apply(table, after, events[i]); },
        [&](std::size_t i) { return Matrices::caption(after, events[i]); }, false);
    return;
  }
  // The beats may run after the timeline moves on: they keep their own copy of the step.
  auto step = std::make_shared<const std::pair<State, std::vector<Event>>>(timeline.state(), timeline.lastEvents());
  player.play(
      std::move(before), step->second.size(),
      [step](MatrixTable& table, std::size_t i) { Matrices::apply(table, step->first, step->second[i]); },
      [step](std::size_t i) { return Matrices::caption(step->first, step->second[i]); }, true);
}

}  // namespace oslens::views

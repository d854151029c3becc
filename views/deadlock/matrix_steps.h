#pragma once

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "views/deadlock/matrix_player.h"

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
    player.play(Matrices::tableOf(timeline.state()), 0, {}, false);
    return;
  }
  std::optional<State> before;
  if (to == 1) before = timeline.initialState();
  else timeline.visitSteps(static_cast<std::size_t>(to - 1), static_cast<std::size_t>(to - 1),
                           [&](const State& s, const auto&, const auto&) { before = s; });
  // The beats may run after the timeline moves on: they keep their own copy of the step.
  auto step = std::make_shared<const std::pair<State, std::vector<Event>>>(timeline.state(), timeline.lastEvents());
  player.play(Matrices::tableOf(*before), step->second.size(),
              [step](MatrixTable& table, std::size_t i) { Matrices::apply(table, step->first, step->second[i]); }, animate);
}

}  // namespace oslens::views

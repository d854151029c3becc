#pragma once

#include <cstddef>
#include <memory>

#include "engine/core/step_frame.h"
#include "views/core/module_view.h"
#include "views/kit/matrix_player.h"

namespace oslens::views {

// Shows step `to` of a deadlock simulation on the matrices view: the table as it was before the
// step, then the step's events one beat each (animated) or all at once (a jump, a step back,
// an export), so the resting picture keeps the step's Work, Finish and verdict. `Matrices` is
// BankerMatrices or DetectionMatrices.
template <class Matrices, class Simulation>
void showMatrixStep(MatrixPlayer& player, const Simulation& simulation, int to, bool animate) {
  const auto& timeline = simulation.timeline();
  if (to <= 0) {
    player.play(Matrices::tableOf(timeline.state()), 0, {}, {}, false);
    return;
  }
  // The beats may run after the timeline moves on: they share the frame, which owns its states.
  const auto frame = std::make_shared<const decltype(engine::stepFrame(timeline, 1))>(
      engine::stepFrame(timeline, static_cast<std::size_t>(to)));
  player.play(
      Matrices::tableOf(frame->before), frame->events.size(),
      [frame](MatrixTable& table, std::size_t i) { Matrices::apply(table, frame->after, frame->events[i]); },
      [frame](std::size_t i) { return Matrices::caption(frame->after, frame->events[i]); }, animate);
}

// How a matrices scene follows a deadlock simulation (ModuleView::addScene): one step forwards
// plays its beats; anything else shows the step's resting picture.
template <class Matrices, class Simulation>
ModuleView::SceneHooks matrixStepHooks(MatrixPlayer* player, const Simulation* simulation) {
  return {.showPosition = [=](int from, int to, bool animate) {
            showMatrixStep<Matrices>(*player, *simulation, to, animate && to == from + 1);
          },
          .finishAnimations = [=] { player->finish(); },
          .retranslate = [=] { showMatrixStep<Matrices>(*player, *simulation, static_cast<int>(simulation->position()), false); },
          .setAnimationSpeed = [=](double speed) { player->setSpeed(speed); },
          .isAnimating = [=] { return player->running(); }};
}

}  // namespace oslens::views

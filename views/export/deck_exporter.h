#pragma once

#include <QString>

#include "engine/core/simulation.h"

namespace oslens::views {

// Writes every step of a scenario, from the start to the end, as one page each of a PDF: a deck
// to present from or print. Uses its own copy of the simulation's view, so the caller's display
// does not move. Returns an empty string on success, else a translated reason.
QString exportStepDeck(engine::Simulation& simulation, const QString& viewName, const QString& path);

}  // namespace oslens::views

#pragma once

#include <QString>

#include "engine/core/simulation.h"
#include "views/export/slide.h"

namespace oslens::views {

// Every step of a scenario, from the start to the end, as slides: one page each of a PDF (a deck
// to present from or print), or one SVG or PNG file each in a folder (for slide programs that take
// images). Every slide has the same size and the picture the same scale, so that stepping through
// them does not jump. Uses its own copy of the simulation's view, so the caller's display does not
// move. Each returns an empty string on success, else a translated reason.
QString exportStepDeck(engine::Simulation& simulation, const QString& viewName, const QString& path,
                       SlideShape shape = SlideShape::Wide16x9);
// Files `<folder>/step-007.png` (as many digits as the last step needs, at least three). `suffix`
// is svg or png; `scale` multiplies PNG pixels. The folder is made if missing.
QString exportStepImages(engine::Simulation& simulation, const QString& viewName, const QString& folder,
                         const QString& suffix, double scale, SlideShape shape = SlideShape::Wide16x9);

}  // namespace oslens::views

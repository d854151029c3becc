#pragma once

#include <QColor>

namespace oslens::views {

// WCAG 2.x relative luminance of an opaque colour: 0 for black, 1 for white
// (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance, sRGB linearised).
double relativeLuminance(const QColor& colour);

// WCAG 2.x contrast ratio, 1 (none) to 21 (black on white). Text needs 4.5 (success criterion
// 1.4.3, AA), large text 3.
double contrastRatio(const QColor& a, const QColor& b);

// Black or white, whichever reads better on `fill`: one of the two always reaches 4.5:1, since the
// worst fill for both (relative luminance about 0.18) still gives 4.58:1.
QColor readableInkOn(const QColor& fill);

}  // namespace oslens::views

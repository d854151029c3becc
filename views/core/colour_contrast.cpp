#include "views/core/colour_contrast.h"

#include <algorithm>
#include <cmath>

namespace oslens::views {

namespace {
double linearised(double channel) {
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
}  // namespace

double relativeLuminance(const QColor& colour) {
  const QColor c = colour.toRgb();
  return 0.2126 * linearised(c.redF()) + 0.7152 * linearised(c.greenF()) + 0.0722 * linearised(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
  const double la = relativeLuminance(a), lb = relativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableInkOn(const QColor& fill) {
  const QColor black(Qt::black), white(Qt::white);
  return contrastRatio(fill, white) >= contrastRatio(fill, black) ? white : black;
}

}  // namespace oslens::views

#pragma once

#include <QColor>
#include <QFont>

namespace oslens::views {

// Colours and type shared by every diagram, chosen to read on a projector and in print:
// strong hues only for what changed, greys for the rest.
struct ViewPalette {
  static QColor ink();          // text and outlines
  static QColor muted();        // future steps, captions
  static QColor grid();         // cell borders
  static QColor fault();        // misses, victims
  static QColor faultFill();
  static QColor hit();
  static QColor hitFill();
  static QColor current();      // the step being shown
  static QColor dirty();
  static QColor referenced();
  static QColor panel();        // boxes' background

  static QFont font(qreal pointSize, bool bold = false);
};

}  // namespace oslens::views

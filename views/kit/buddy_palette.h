#pragma once

#include <QColor>

#include "views/core/view_palette.h"

namespace oslens::views {

// The buddy diagram's colours on top of ViewPalette: free memory green, allocated memory blue,
// the block a step works on amber (ViewPalette::current), a failure red (ViewPalette::fault).
// Free and used differ in hue and in lightness, so they stay apart in grey print too. In the
// high-contrast theme the fills are stronger (no pastel that a projector washes out).
struct BuddyPalette {
  static QColor freeFill() { return pick(QColor(0xd4, 0xee, 0xd4), QColor(0x8f, 0xd1, 0x8f)); }
  static QColor freeLine() { return pick(QColor(0x2e, 0x7d, 0x32), QColor(0x00, 0x5a, 0x00)); }
  static QColor usedFill() { return pick(QColor(0x9e, 0xc2, 0xee), QColor(0x7f, 0xa8, 0xe6)); }
  static QColor usedLine() { return pick(QColor(0x0d, 0x47, 0xa1), QColor(0x00, 0x2a, 0x80)); }
  static QColor workFill() { return pick(QColor(0xff, 0xe7, 0xb0), QColor(0xff, 0xd2, 0x4d)); }
  static QColor requestedBand() { return pick(QColor(0xff, 0xf1, 0xcc), QColor(0xff, 0xd2, 0x4d)); }
  static QColor searchedBand() { return pick(QColor(0xff, 0xf8, 0xe6), QColor(0xff, 0xe9, 0xa6)); }
  static QColor stripe() { return pick(QColor(0xf6, 0xf7, 0xf9), Qt::white); }
  // A span of many blocks too small to draw one by one: between used and free by its free share.
  static QColor mixed(double freeShare) {
    const QColor a = usedFill(), b = freeFill();
    auto mix = [&](int x, int y) { return static_cast<int>(x + (y - x) * freeShare); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
  }

 private:
  static QColor pick(QColor standard, QColor highContrast) {
    return ViewPalette::theme() == Theme::HighContrast ? highContrast : standard;
  }
};

}  // namespace oslens::views

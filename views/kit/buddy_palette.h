#pragma once

#include <QColor>

#include "views/core/view_palette.h"

namespace oslens::views {

// The buddy diagram's colours on top of ViewPalette: free memory green, allocated memory blue,
// the block a step works on amber (ViewPalette::current), a failure red (ViewPalette::fault).
// Free and used differ in hue and in lightness, so they stay apart in grey print too.
struct BuddyPalette {
  static QColor freeFill() { return QColor(0xd4, 0xee, 0xd4); }
  static QColor freeLine() { return QColor(0x2e, 0x7d, 0x32); }
  static QColor usedFill() { return QColor(0x9e, 0xc2, 0xee); }
  static QColor usedLine() { return QColor(0x0d, 0x47, 0xa1); }
  static QColor workFill() { return QColor(0xff, 0xe7, 0xb0); }
  static QColor requestedBand() { return QColor(0xff, 0xf1, 0xcc); }
  static QColor searchedBand() { return QColor(0xff, 0xf8, 0xe6); }
  static QColor stripe() { return QColor(0xf6, 0xf7, 0xf9); }
  // A span of many blocks too small to draw one by one: between used and free by its free share.
  static QColor mixed(double freeShare) {
    const QColor a = usedFill(), b = freeFill();
    auto mix = [&](int x, int y) { return static_cast<int>(x + (y - x) * freeShare); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
  }
};

}  // namespace oslens::views

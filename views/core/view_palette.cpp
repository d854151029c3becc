#include "views/core/view_palette.h"

namespace oslens::views {

QColor ViewPalette::ink() { return QColor(0x20, 0x24, 0x2a); }
// 4.8:1 on white, above WCAG 2.1 AA's 4.5:1 for normal text (success criterion 1.4.3): notes such
// as "loaded at step 7" read on a washed-out projector. (The earlier #9aa0a6 was 2.6:1.)
QColor ViewPalette::muted() { return QColor(0x6b, 0x72, 0x80); }
QColor ViewPalette::grid() { return QColor(0xc8, 0xcc, 0xd0); }
QColor ViewPalette::fault() { return QColor(0xc6, 0x28, 0x28); }
QColor ViewPalette::faultFill() { return QColor(0xfd, 0xe0, 0xdc); }
QColor ViewPalette::hit() { return QColor(0x2e, 0x7d, 0x32); }
QColor ViewPalette::hitFill() { return QColor(0xdc, 0xf1, 0xdc); }
QColor ViewPalette::current() { return QColor(0xf5, 0x9e, 0x0b); }
QColor ViewPalette::dirty() { return QColor(0x6a, 0x1b, 0x9a); }
QColor ViewPalette::referenced() { return QColor(0x15, 0x65, 0xc0); }
QColor ViewPalette::panel() { return QColor(0xf7, 0xf8, 0xfa); }

QFont ViewPalette::font(qreal pointSize, bool bold) {
  // Noto Sans CJK covers Latin and Chinese with one design; Qt falls back if it is missing.
  QFont f(QStringLiteral("Noto Sans CJK SC"));
  f.setStyleHint(QFont::SansSerif);
  f.setPointSizeF(pointSize);
  f.setBold(bold);
  return f;
}

}  // namespace oslens::views

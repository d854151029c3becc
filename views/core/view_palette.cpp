#include "views/core/view_palette.h"

#include <algorithm>

namespace oslens::views {

namespace {
Theme g_theme = Theme::Standard;

bool high() { return g_theme == Theme::HighContrast; }

// In high contrast every text colour is at least 7:1 on white (WCAG 2.1 AAA, success criterion
// 1.4.6) and every fill is saturated enough to stay visible on a washed-out projector, while
// black text on it keeps 7:1.
QColor pick(QColor standard, QColor highContrast) { return high() ? highContrast : standard; }
}  // namespace

Theme ViewPalette::theme() { return g_theme; }
void ViewPalette::setTheme(Theme theme) { g_theme = theme; }

std::optional<Theme> ViewPalette::themeFromName(const QString& name) {
  if (name == QLatin1String("standard")) return Theme::Standard;
  if (name == QLatin1String("high-contrast")) return Theme::HighContrast;
  return std::nullopt;
}

QString ViewPalette::themeName(Theme theme) {
  return theme == Theme::HighContrast ? QStringLiteral("high-contrast") : QStringLiteral("standard");
}

QStringList ViewPalette::themeNames() { return {QStringLiteral("standard"), QStringLiteral("high-contrast")}; }

QColor ViewPalette::ink() { return pick(QColor(0x20, 0x24, 0x2a), Qt::black); }
// 5.9:1 on white and at least 4.5:1 on every light fill of the palette, WCAG 2.1 AA for normal
// text (success criterion 1.4.3): notes such as "loaded at step 7" read on a washed-out
// projector. (The earlier #9aa0a6 was 2.6:1.)
QColor ViewPalette::muted() { return pick(QColor(0x5c, 0x63, 0x6e), QColor(0x4d, 0x4d, 0x4d)); }
QColor ViewPalette::grid() { return pick(QColor(0xc8, 0xcc, 0xd0), QColor(0x55, 0x55, 0x55)); }
QColor ViewPalette::fault() { return pick(QColor(0xc6, 0x28, 0x28), QColor(0xa0, 0x00, 0x00)); }
QColor ViewPalette::faultFill() { return pick(QColor(0xfd, 0xe0, 0xdc), QColor(0xff, 0xb3, 0xaa)); }
// Text in this colour sits on hitFill: 6.6:1 there.
QColor ViewPalette::hit() { return pick(QColor(0x1b, 0x5e, 0x20), QColor(0x00, 0x5a, 0x00)); }
QColor ViewPalette::hitFill() { return pick(QColor(0xdc, 0xf1, 0xdc), QColor(0x7e, 0xd6, 0x7e)); }
QColor ViewPalette::current() { return pick(QColor(0xf5, 0x9e, 0x0b), QColor(0xb3, 0x47, 0x00)); }
QColor ViewPalette::currentInk() { return pick(QColor(0xb4, 0x53, 0x09), QColor(0x8a, 0x3c, 0x00)); }
QColor ViewPalette::currentFill() { return pick(QColor(0xff, 0xf4, 0xd6), QColor(0xff, 0xd2, 0x4d)); }
QColor ViewPalette::changedFill() { return pick(QColor(0xff, 0xec, 0xb3), QColor(0xff, 0xd2, 0x4d)); }
QColor ViewPalette::stripe() { return pick(QColor(0xf2, 0xf3, 0xf5), Qt::white); }
QColor ViewPalette::dirty() { return pick(QColor(0x6a, 0x1b, 0x9a), QColor(0x4a, 0x00, 0x80)); }
QColor ViewPalette::referenced() { return pick(QColor(0x15, 0x65, 0xc0), QColor(0x00, 0x3c, 0x9e)); }
QColor ViewPalette::referencedFill() { return pick(QColor(0xe3, 0xf0, 0xfd), QColor(0x9d, 0xc3, 0xff)); }
QColor ViewPalette::panel() { return pick(QColor(0xf7, 0xf8, 0xfa), Qt::white); }

qreal ViewPalette::lineWidth(qreal width) {
  if (!high() || width == 0) return width;
  // Hairlines become real lines; others grow by three quarters.
  return std::max<qreal>(2.0, width * 1.75);
}

QPen ViewPalette::pen(const QColor& color, qreal width, Qt::PenStyle style, Qt::PenCapStyle cap) {
  QPen pen(color, lineWidth(width), style, cap);
  return pen;
}

QFont ViewPalette::font(qreal pointSize, bool bold) {
  // Noto Sans CJK covers Latin and Chinese with one design; Qt falls back if it is missing.
  QFont f(QStringLiteral("Noto Sans CJK SC"));
  f.setStyleHint(QFont::SansSerif);
  f.setPointSizeF(pointSize);
  f.setBold(bold);
  return f;
}

}  // namespace oslens::views

#include "views/kit/duration_text.h"

#include <QLocale>
#include <cmath>
#include <cstdlib>

namespace oslens::views {

QString durationText(std::int64_t ns, int extraDigits) {
  const double magnitude = std::abs(static_cast<double>(ns));
  auto scaled = [&](double unit, const char* symbol) {
    const double value = static_cast<double>(ns) / unit;
    const double size = std::abs(value);
    const int decimals = (size >= 100 ? 0 : (size >= 10 ? 1 : 2)) + extraDigits;
    QString text = QString::number(value, 'f', decimals);
    // 4.50 -> 4.5, 3.00 -> 3: trailing zeros say nothing.
    if (text.contains(QLatin1Char('.'))) {
      while (text.endsWith(QLatin1Char('0'))) text.chop(1);
      if (text.endsWith(QLatin1Char('.'))) text.chop(1);
    }
    return text + QStringLiteral(" ") + QString::fromUtf8(symbol);
  };
  if (magnitude >= 1e9) return scaled(1e9, "s");
  if (magnitude >= 1e6) return scaled(1e6, "ms");
  if (magnitude >= 1e3) return scaled(1e3, "µs");
  return QString::number(ns) + QStringLiteral(" ns");
}

std::pair<QString, QString> distinctDurationTexts(std::int64_t a, std::int64_t b) {
  for (int extra = 0; extra <= 7; ++extra) {
    QString ta = durationText(a, extra), tb = durationText(b, extra);
    if (ta != tb || a == b) return {ta, tb};
  }
  return {QString::number(a) + QStringLiteral(" ns"), QString::number(b) + QStringLiteral(" ns")};
}

}  // namespace oslens::views

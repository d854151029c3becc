#include "views/kit/duration_text.h"

#include <QLocale>
#include <cmath>
#include <cstdlib>

namespace oslens::views {

QString durationText(std::int64_t ns, int extraDigits) {
  // Zero needs no unit, and "0 ns" beside "5 ms, 10 ms" on an axis, or "t = 0 ns" in a run
  // counted in seconds, reads as a different scale.
  if (ns == 0) return QStringLiteral("0");
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

namespace {
// The step durationText rounds `ns` to: 1 ms for "123 ms", 0.01 ms for "4.52 ms".
double roundingStep(std::int64_t ns) {
  const double magnitude = std::abs(static_cast<double>(ns));
  if (magnitude < 1e3) return 1;
  const double unit = magnitude >= 1e9 ? 1e9 : magnitude >= 1e6 ? 1e6 : 1e3;
  const double size = magnitude / unit;
  return unit / std::pow(10.0, size >= 100 ? 0 : (size >= 10 ? 1 : 2));
}
}  // namespace

std::pair<QString, QString> distinctDurationTexts(std::int64_t a, std::int64_t b) {
  for (int extra = 0; extra <= 2; ++extra) {
    QString ta = durationText(a, extra), tb = durationText(b, extra);
    if (ta != tb || a == b) return {ta, tb};
  }
  // Close times: each as a round time and the rest, the rests told apart the same way (they are
  // at least a thousand times smaller, so this ends within two rounds).
  const double step = roundingStep(std::max(std::abs(a), std::abs(b)));
  auto roundOf = [&](std::int64_t ns) { return static_cast<std::int64_t>(std::llround(static_cast<double>(ns) / step) * step); };
  const std::int64_t roundA = roundOf(a), roundB = roundOf(b);
  const std::int64_t restA = a - roundA, restB = b - roundB;
  const auto [restTextA, restTextB] = distinctDurationTexts(std::abs(restA), std::abs(restB));
  auto write = [](std::int64_t round, std::int64_t rest, const QString& restText) {
    if (rest == 0) return durationText(round);
    return durationText(round) + (rest > 0 ? QStringLiteral(" + ") : QStringLiteral(" − ")) + restText;
  };
  return {write(roundA, restA, restTextA), write(roundB, restB, restTextB)};
}

}  // namespace oslens::views

#include "views/translation/address_bits.h"

#include <QFontMetricsF>
#include <QStringList>

namespace oslens::views {

namespace {
QStringList groups(std::uint64_t value, int width) {
  QString digits;
  for (int bit = width - 1; bit >= 0; --bit) digits += (value >> bit) & 1 ? QLatin1Char('1') : QLatin1Char('0');
  if (width <= 6) return {digits};
  QStringList out;
  for (int end = static_cast<int>(digits.size()); end > 0; end -= 4) out.prepend(digits.mid(std::max(0, end - 4), end - std::max(0, end - 4)));
  return out;
}
}  // namespace

QString binaryDigits(std::uint64_t value, int width) { return groups(value, width).join(QLatin1Char(' ')); }

QString fittedBinaryDigits(std::uint64_t value, int width, const QFont& font, qreal maxWidth) {
  const QStringList all = groups(value, width);
  const QFontMetricsF metrics(font);
  QString text = all.join(QLatin1Char(' '));
  // Drop groups from the middle, keeping the first and the last, until the text fits.
  for (qsizetype kept = all.size() - 1; metrics.horizontalAdvance(text) > maxWidth && kept >= 2; --kept) {
    const qsizetype head = (kept + 1) / 2, tail = kept - head;
    text = QStringList(all.mid(0, head)).join(QLatin1Char(' ')) + QStringLiteral(" … ") + QStringList(all.mid(all.size() - tail)).join(QLatin1Char(' '));
  }
  return text;
}

}  // namespace oslens::views

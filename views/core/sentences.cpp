#include "views/core/sentences.h"

#include <QRegularExpression>

namespace oslens::views {

namespace {
// CJK Symbols and Punctuation (U+3000–U+303F) and the full-width forms (U+FF00–U+FFEF): the marks
// Chinese text ends and opens sentences with, which carry their own spacing.
bool isFullWidthMark(QChar c) {
  const char16_t u = c.unicode();
  return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}
}  // namespace

QString appendSentence(const QString& text, const QString& sentence) {
  if (text.isEmpty()) return sentence;
  if (sentence.isEmpty()) return text;
  const bool tight = isFullWidthMark(text.back()) || isFullWidthMark(sentence.front());
  return tight ? text + sentence : text + QLatin1Char(' ') + sentence;
}

QString bindNumbersToUnits(const QString& text) {
  // A number (not the end of a name such as "P1") followed by a unit that is a word of its own.
  static const QRegularExpression kNumberThenUnit(QStringLiteral(
      "(?<![\\p{L}_\\d.,])(\\d+(?:[.,]\\d+)*) (ns|µs|us|ms|s|KiB|MiB|GiB|KB|MB|GB|bytes?|pages?|frames?|%)(?![\\p{L}\\d])"));
  QString out = text;
  out.replace(kNumberThenUnit, QStringLiteral("\\1\u00A0\\2"));
  return out;
}

QString joinSentences(const QStringList& sentences) {
  QString out;
  for (const QString& sentence : sentences) out = appendSentence(out, sentence);
  return out;
}

}  // namespace oslens::views

#include "views/core/sentences.h"

#include <QCoreApplication>
#include <algorithm>

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

QStringList splitSentences(const QString& text) {
  QStringList out;
  QString current;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    current += c;
    auto closing = [&](qsizetype at) {
      return at < text.size() && (text[at] == QChar(0x201D) || text[at] == QChar(0xFF09) || text[at] == QLatin1Char(')') ||
                                  text[at] == QChar(0x2019) || text[at] == QLatin1Char('"'));
    };
    const bool fullWidthEnd = c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
    bool latinEnd = false;
    if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
      // The mark, then closing quotes or brackets, then a space: "stop.” Then" ends after ”.
      qsizetype after = i + 1;
      while (closing(after)) ++after;
      // Not after the usual abbreviations ("e.g. the", "Fig. 3", "et al. 10e").
      static const QStringList kAbbreviations{QStringLiteral("e.g."), QStringLiteral("i.e."), QStringLiteral("al."),
                                              QStringLiteral("Fig."), QStringLiteral("ch."), QStringLiteral("cf."),
                                              QStringLiteral("vs.")};
      const bool abbreviation =
          c == QLatin1Char('.') && std::any_of(kAbbreviations.begin(), kAbbreviations.end(), [&](const QString& a) {
            return current == a || current.endsWith(QLatin1Char(' ') + a) || current.endsWith(QLatin1Char('(') + a);
          });
      latinEnd = after < text.size() && text[after].isSpace() && !abbreviation;
    }
    if (!fullWidthEnd && !latinEnd) continue;
    // A closing quote or bracket right after the mark belongs to the sentence.
    while (closing(i + 1)) current += text[++i];
    if (!current.trimmed().isEmpty()) out << current.trimmed();
    current.clear();
  }
  if (!current.trimmed().isEmpty()) out << current.trimmed();
  return out;
}

QString listText(const QStringList& items) {
  return items.join(QCoreApplication::translate("oslens::views::Sentences", ", ", "between the names of a list"));
}

QString joinSentences(const QStringList& sentences) {
  QString out;
  for (const QString& sentence : sentences) out = appendSentence(out, sentence);
  return out;
}

}  // namespace oslens::views

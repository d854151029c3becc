#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The Chinese typesetting convention (views/core/chinese_typesetting.h, docs/architecture.md
// "Languages") as a check of finished text, written out here with regular expressions of its own
// so that the tests do not grade the function with itself. Each problem names the rule and quotes
// the place.
namespace oslens::test {

// Han characters; full-width marks (CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms,
// and the Chinese quotation marks “ ”; Han wins for 〇 and 々); Latin letters or digits. `sc:` is
// the Unicode Script property: PCRE2's plain \p{Han} means Script_Extensions, which counts "。"
// and "·" as Han.
#define OSLENS_HAN "\\p{sc:Han}"
#define OSLENS_MARK "(?:(?!\\p{sc:Han})[\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}\\x{201C}\\x{201D}])"
#define OSLENS_LATIN "[\\p{sc:Latin}\\p{sc:Greek}\\p{sc:Cyrillic}\\x{B5}0-9]"
// A number as the convention means it: digits and the marks numbers are written with, not
// touching a letter (the word joiner is what rule 4 puts after a range's dash).
#define OSLENS_NUMBER "[0-9][0-9.,/:%\\x{2013}\\x{2060}-]*"
#define OSLENS_SPACE "[ \\x{A0}]"

enum class ChineseCheck {
  Spacing,         // rules 1–3: no space between Han, none by a full-width mark, one between Han and Latin
  SpacingAndBreaks  // and rule 4: a counter ("第 1 页", "第 0–15 页") has no break opportunity
};

inline QStringList chineseTextProblems(const QString& text, ChineseCheck check = ChineseCheck::SpacingAndBreaks) {
  QStringList problems;
  static const QRegularExpression kHan(QStringLiteral(OSLENS_HAN));
  if (!kHan.match(text).hasMatch()) return problems;  // the convention is for Chinese text only
  auto find = [&](const QRegularExpression& pattern, const QString& what) {
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
      const auto match = it.next();
      const qsizetype from = std::max<qsizetype>(0, match.capturedStart() - 8);
      QString place = text.mid(from, match.capturedLength() + 16);
      place.replace(QChar(0xA0), QStringLiteral("⍽"));
      place.remove(QChar(0x2060));
      problems << what + QStringLiteral(": \"") + place + QStringLiteral("\"");
    }
  };
  static const QRegularExpression kSpaceBetweenHan(QStringLiteral(OSLENS_HAN OSLENS_SPACE "+" OSLENS_HAN));
  static const QRegularExpression kSpaceByMark(
      QStringLiteral(OSLENS_MARK OSLENS_SPACE "|" OSLENS_SPACE OSLENS_MARK));
  static const QRegularExpression kNoSpace(QStringLiteral(OSLENS_HAN OSLENS_LATIN "|" OSLENS_LATIN OSLENS_HAN));
  static const QRegularExpression kTwoSpaces(
      QStringLiteral(OSLENS_HAN OSLENS_SPACE "{2,}" OSLENS_LATIN "|" OSLENS_LATIN OSLENS_SPACE "{2,}" OSLENS_HAN));
  find(kSpaceBetweenHan, QStringLiteral("a space between Chinese characters"));
  find(kSpaceByMark, QStringLiteral("a space next to a full-width mark"));
  find(kNoSpace, QStringLiteral("no space between Chinese and a Latin letter or digit"));
  find(kTwoSpaces, QStringLiteral("more than one space between Chinese and a Latin letter or digit"));
  if (check == ChineseCheck::Spacing) return problems;

  // A counter: Han, a breakable space, a number, and the number ends there; or the other way.
  static const QRegularExpression kBreakBeforeNumber(
      QStringLiteral(OSLENS_HAN " " OSLENS_NUMBER "(?=" OSLENS_SPACE "|" OSLENS_HAN "|" OSLENS_MARK "|$)"));
  static const QRegularExpression kBreakAfterNumber(
      QStringLiteral("(?:^|(?<=" OSLENS_SPACE "|" OSLENS_HAN "|" OSLENS_MARK "))" OSLENS_NUMBER " " OSLENS_HAN));
  // A range in a counter: the en dash is a break opportunity (UAX #14 class BA) unless joined.
  static const QRegularExpression kBreakInRange(
      QStringLiteral(OSLENS_HAN OSLENS_SPACE "[0-9]+\\x{2013}[0-9]|[0-9]\\x{2013}[0-9]+" OSLENS_SPACE OSLENS_HAN));
  find(kBreakBeforeNumber, QStringLiteral("a breakable space before a number"));
  find(kBreakAfterNumber, QStringLiteral("a breakable space after a number"));
  find(kBreakInRange, QStringLiteral("a breakable dash in a counter"));
  return problems;
}

#undef OSLENS_HAN
#undef OSLENS_MARK
#undef OSLENS_LATIN
#undef OSLENS_NUMBER
#undef OSLENS_SPACE

}  // namespace oslens::test

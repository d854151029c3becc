#include "views/core/chinese_typesetting.h"

#include <QChar>
#include <vector>

namespace oslens::views {

namespace {
constexpr char32_t kSpace = U' ';
constexpr char32_t kNoBreakSpace = U'\u00A0';
constexpr char32_t kWordJoiner = U'\u2060';
constexpr char32_t kEnDash = U'\u2013';

// What a character is to the spacing rules (see the header).
enum class Kind { Han, Mark, Latin, Other };

// A Latin letter or a digit, as the style guides mean "Western" text: letters of the Latin, Greek
// and Cyrillic scripts (µ in "µs" is of the Common script, hence the Latin-1 range) and digits.
bool isLatinOrDigit(char32_t c) {
  if (QChar::isDigit(c)) return true;
  if (!QChar::isLetter(c)) return false;
  switch (QChar::script(c)) {
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
      return true;
    default:
      return c < 0x0250;
  }
}

Kind kindOf(char32_t c) {
  if (isHanCharacter(c)) return Kind::Han;
  if (isFullWidthPunctuation(c)) return Kind::Mark;
  if (isLatinOrDigit(c)) return Kind::Latin;
  return Kind::Other;
}

bool isSpace(char32_t c) { return c == kSpace || c == kNoBreakSpace; }

// The marks a number is written with besides its digits: 3.5, 1,024, 0–15, 1024/1359, 75.3%.
bool isNumberMark(char32_t c) {
  return c == U'.' || c == U',' || c == kEnDash || c == U'-' || c == U'/' || c == U':' || c == U'%' ||
         c == kWordJoiner;
}

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// The word that starts at `from` and runs in direction `step` (+1 or -1) up to a space, a Han
// character or a full-width mark: is it a number ("3", "0–15", "75.3%"), not a name ("P1", "0x40")?
bool isNumberWord(const std::vector<char32_t>& text, std::ptrdiff_t from, std::ptrdiff_t step) {
  bool digits = false;
  for (std::ptrdiff_t i = from; i >= 0 && i < static_cast<std::ptrdiff_t>(text.size()); i += step) {
    const char32_t c = text[static_cast<std::size_t>(i)];
    if (isSpace(c) || c == U'\n' || kindOf(c) == Kind::Han || kindOf(c) == Kind::Mark) break;
    if (isDigit(c))
      digits = true;
    else if (!isNumberMark(c))
      return false;
  }
  return digits;
}

bool hasHan(const QString& text) {
  for (const uint c : text.toUcs4())
    if (isHanCharacter(c)) return true;
  return false;
}
}  // namespace

bool isHanCharacter(char32_t c) { return QChar::script(c) == QChar::Script_Han; }

bool isFullWidthPunctuation(char32_t c) {
  if (isHanCharacter(c)) return false;  // 〇 and 々 sit in the CJK Symbols block
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == U'\u201C' || c == U'\u201D';
}

QString typesetChinese(const QString& text) {
  if (!hasHan(text)) return text;
  const QList<uint> in = text.toUcs4();  // whole code points: some ideographs take two UTF-16 units
  const auto n = in.size();

  // Rules 1–3: the spaces between two characters, by what the two are.
  std::vector<char32_t> out;
  out.reserve(static_cast<std::size_t>(n) + 16);
  for (qsizetype i = 0; i < n;) {
    const char32_t c = in[i];
    if (isSpace(c)) {
      qsizetype end = i;
      while (end < n && isSpace(in[end])) ++end;
      if (out.empty() || end == n) {  // leading and trailing spaces are the caller's
        out.insert(out.end(), in.begin() + i, in.begin() + end);
        i = end;
        continue;
      }
      const Kind before = kindOf(out.back());
      const Kind after = kindOf(in[end]);
      if (before == Kind::Mark || after == Kind::Mark || (before == Kind::Han && after == Kind::Han)) {
        // no space: rules 1 and 2
      } else if ((before == Kind::Han && after == Kind::Latin) || (before == Kind::Latin && after == Kind::Han)) {
        out.push_back(kSpace);  // exactly one: rule 3 (rule 4 below picks which space)
      } else {
        out.insert(out.end(), in.begin() + i, in.begin() + end);
      }
      i = end;
      continue;
    }
    if (!out.empty()) {
      const Kind before = kindOf(out.back());
      const Kind here = kindOf(c);
      if ((before == Kind::Han && here == Kind::Latin) || (before == Kind::Latin && here == Kind::Han))
        out.push_back(kSpace);  // rule 3: "第0页" -> "第 0 页"
    }
    out.push_back(c);
    ++i;
  }

  // Rule 4: a space between Han and a number does not break, nor does the dash of a range in it.
  const auto size = static_cast<std::ptrdiff_t>(out.size());
  std::vector<bool> joinAfterDash(out.size(), false);
  for (std::ptrdiff_t i = 1; i + 1 < size; ++i) {
    if (!isSpace(out[i])) continue;
    const char32_t before = out[i - 1];
    const char32_t after = out[i + 1];
    bool number = false;
    std::ptrdiff_t from = 0;
    std::ptrdiff_t step = 0;
    if (kindOf(before) == Kind::Han && isDigit(after)) {
      number = isNumberWord(out, i + 1, +1);
      from = i + 1;
      step = +1;
    } else if ((isDigit(before) || before == U'%') && kindOf(after) == Kind::Han) {
      number = isNumberWord(out, i - 1, -1);
      from = i - 1;
      step = -1;
    }
    if (!number && !(kindOf(before) == Kind::Han && kindOf(after) == Kind::Latin) &&
        !(kindOf(before) == Kind::Latin && kindOf(after) == Kind::Han))
      continue;  // not a space between Chinese and Latin ("75.3% 的" is, as a number): leave it
    out[i] = number ? kNoBreakSpace : kSpace;
    if (!number) continue;
    for (std::ptrdiff_t j = from; j >= 0 && j < size && !isSpace(out[j]) && kindOf(out[j]) != Kind::Han; j += step)
      if (out[j] == kEnDash && j + 1 < size && isDigit(out[j + 1])) joinAfterDash[j] = true;
  }

  QString result;
  result.reserve(static_cast<qsizetype>(out.size()) + 4);
  for (std::size_t i = 0; i < out.size(); ++i) {
    result.append(QChar::fromUcs4(out[i]));
    if (joinAfterDash[i]) result.append(QChar(kWordJoiner));
  }
  return result;
}

}  // namespace oslens::views

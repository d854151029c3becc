// typesetChinese: the one convention for Chinese text (views/core/chinese_typesetting.h). No space
// between two Chinese characters or next to a full-width mark, one space between Chinese and a
// Latin letter or digit, and a counter ("第 1 页") that a line never breaks inside: checked on the
// strings, and with QTextLayout, Qt's own line breaker, at a width that would split it otherwise.
#include <QFont>
#include <QTextLayout>

#include "support/chinese_text_checks.h"
#include "support/qt_test_main.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/sentences.h"

using oslens::test::chineseTextProblems;
using oslens::views::typesetChinese;

namespace {
const QChar kNbsp(0xA0);
const QChar kJoiner(0x2060);

// Shows no-break spaces and word joiners, for failure messages and expected values.
QString visible(QString text) {
  text.replace(kNbsp, QStringLiteral("⍽"));
  text.replace(kJoiner, QStringLiteral("⁀"));
  return text;
}

// The lines QTextLayout makes of `text` at `width` pixels, as the narration panel and a wrapped
// scene caption lay it out.
QStringList linesAt(const QString& text, qreal width) {
  QTextLayout layout(text, QFont(QStringLiteral("Noto Sans CJK SC"), 12));
  QTextOption option;
  option.setWrapMode(QTextOption::WordWrap);
  layout.setTextOption(option);
  layout.beginLayout();
  QStringList lines;
  for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
    line.setLineWidth(width);
    lines << text.mid(line.textStart(), line.textLength());
  }
  layout.endLayout();
  return lines;
}

// Every width from a few characters up to the whole text, in steps of 2 px.
template <class Check>
void atEveryWidth(const QString& text, Check check) {
  for (qreal width = 20; width < 400; width += 2) check(width, linesAt(text, width));
}
}  // namespace

class ChineseTypesettingTest : public QObject {
  Q_OBJECT

 private slots:
  // A description written as one text comes apart into its sentences in both languages, and
  // joins back to itself.
  void splitSentencesBreaksAfterEachSentence() {
    using oslens::views::joinSentences;
    using oslens::views::splitSentences;
    const QString english = QStringLiteral("Two locks, taken in opposite orders (Silberschatz 8.3). All four hold! Why? See 2.5 ms.");
    QCOMPARE(splitSentences(english), (QStringList{QStringLiteral("Two locks, taken in opposite orders (Silberschatz 8.3)."),
                                                  QStringLiteral("All four hold!"), QStringLiteral("Why?"),
                                                  QStringLiteral("See 2.5 ms.")}));
    QCOMPARE(joinSentences(splitSentences(english)), english);
    const QString chinese = QStringLiteral("两把锁，以相反的顺序获取。四个条件都成立！为什么？（见第 8.3 节。）最后一句");
    QCOMPARE(splitSentences(chinese), (QStringList{QStringLiteral("两把锁，以相反的顺序获取。"), QStringLiteral("四个条件都成立！"),
                                                  QStringLiteral("为什么？"), QStringLiteral("（见第 8.3 节。）"),
                                                  QStringLiteral("最后一句")}));
    QCOMPARE(joinSentences(splitSentences(chinese)), chinese);
    // A quote closes its sentence; abbreviations do not end one; a word ending in "al." does.
    QCOMPARE(splitSentences(QStringLiteral("He said “stop.” Then it ran.")),
             (QStringList{QStringLiteral("He said “stop.”"), QStringLiteral("Then it ran.")}));
    QCOMPARE(splitSentences(QStringLiteral("Orders, e.g. the third, split (OSTEP ch. 17). It is normal. Next")),
             (QStringList{QStringLiteral("Orders, e.g. the third, split (OSTEP ch. 17)."), QStringLiteral("It is normal."),
                          QStringLiteral("Next")}));
    QCOMPARE(splitSentences(QString()), QStringList());
  }

  void putsTheConventionsSpacesWhereTheTextHasOthers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // ⍽ = U+00A0 no-break space, ⁀ = U+2060 word joiner
    // %1 put a Chinese phrase between the spaces meant for a Latin name.
    QTest::newRow("Han space Han") << QStringLiteral("把 第 0–15 页 挂到 free_area[3]。")
                                   << QStringLiteral("把第⍽0–⁀15⍽页挂到 free_area[3]。");
    QTest::newRow("space after a full stop") << QStringLiteral("已运行 750 µs。 可运行的任务")
                                             << QStringLiteral("已运行⍽750 µs。可运行的任务");
    QTest::newRow("space before a comma and in brackets")
        << QStringLiteral("缓存 kmalloc-32 ，（ 1 页 ）") << QStringLiteral("缓存 kmalloc-32，（1⍽页）");
    QTest::newRow("Chinese quotation marks") << QStringLiteral("未知的键 “ frames ” 。")
                                             << QStringLiteral("未知的键“frames”。");
    // %1 put a Latin name where the translation had no spaces, meant for a Chinese phrase.
    QTest::newRow("Han then Latin") << QStringLiteral("把kmalloc-32挂到free_area[3]")
                                    << QStringLiteral("把 kmalloc-32 挂到 free_area[3]");
    QTest::newRow("Han then a digit") << QStringLiteral("第0页和第12页") << QStringLiteral("第⍽0⍽页和第⍽12⍽页");
    QTest::newRow("two spaces") << QStringLiteral("缓存  inode  增长") << QStringLiteral("缓存 inode 增长");
    QTest::newRow("a counter after a name") << QStringLiteral("P1 等待 3 个 A") << QStringLiteral("P1 等待⍽3⍽个 A");
    QTest::newRow("names are not numbers") << QStringLiteral("地址 0x40 的 P2 和 kmalloc-32 中")
                                           << QStringLiteral("地址 0x40 的 P2 和 kmalloc-32 中");
    QTest::newRow("a percentage and a fraction") << QStringLiteral("得到 1024/1359 = 75.3% 的 CPU")
                                                 << QStringLiteral("得到⍽1024/1359 = 75.3%⍽的 CPU");
    QTest::newRow("a number then a unit") << QStringLiteral("运行 15 ms 后") << QStringLiteral("运行⍽15 ms 后");
    QTest::newRow("Greek") << QStringLiteral("每个µs都") << QStringLiteral("每个 µs 都");
    QTest::newRow("a no-break space between Han") << QStringLiteral("页\u00A0框") << QStringLiteral("页框");
    QTest::newRow("other marks keep their spacing") << QStringLiteral("P1 -> L2 → 等待 · 完成 …")
                                                    << QStringLiteral("P1 -> L2 → 等待 · 完成 …");
    QTest::newRow("lines keep their ends") << QStringLiteral("  第 1 步\n  第 2 步 ")
                                           << QStringLiteral("  第⍽1⍽步\n  第⍽2⍽步 ");
    QTest::newRow("a rare ideograph (two UTF-16 units)") << QStringLiteral("𠀀 A 𠀀")
                                                        << QStringLiteral("𠀀 A 𠀀");
  }

  void putsTheConventionsSpacesWhereTheTextHasOthers() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString typeset = typesetChinese(text);
    QCOMPARE(visible(typeset), expected);
    QCOMPARE(typesetChinese(typeset), typeset);  // once is enough
    QVERIFY2(chineseTextProblems(typeset).isEmpty(), qPrintable(chineseTextProblems(typeset).join('\n')));
  }

  // English, or anything without a Han character, is never changed, however it is spaced.
  void leavesTextWithoutChineseAlone_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("English") << QStringLiteral("Put pages 0–15 on free_area[3] .  Then  P1 waits.");
    QTest::newRow("full-width marks alone") << QStringLiteral("A ， B 。 “ C ”");
    QTest::newRow("empty") << QString();
  }

  void leavesTextWithoutChineseAlone() {
    QFETCH(QString, text);
    QCOMPARE(typesetChinese(text), text);
  }

  // The check the conformance tests use finds each broken rule: it must fail on these.
  // A number keeps its unit on its line, in any language.
  void aNumberKeepsItsUnit() {
    QCOMPARE(oslens::views::bindNumbersToUnits(QStringLiteral("ran 15 ms, then 4 KiB and 8 pages; 3 sets")),
             QStringLiteral("ran 15\u00A0ms, then 4\u00A0KiB and 8\u00A0pages; 3 sets"));
    QCOMPARE(oslens::views::bindNumbersToUnits(QStringLiteral("P1 s 10 msx")), QStringLiteral("P1 s 10 msx"));
  }

  void theCheckFindsEveryBrokenRule_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("rule 1") << QStringLiteral("把 第") << QStringLiteral("between Chinese characters");
    QTest::newRow("rule 1, no-break space") << QStringLiteral("把\u00A0第") << QStringLiteral("between Chinese characters");
    QTest::newRow("rule 2, after") << QStringLiteral("完成。 P1") << QStringLiteral("full-width mark");
    QTest::newRow("rule 2, before") << QStringLiteral("P1 ，完成") << QStringLiteral("full-width mark");
    QTest::newRow("rule 2, quotes") << QStringLiteral("键“ frames”") << QStringLiteral("full-width mark");
    QTest::newRow("rule 3, Han Latin") << QStringLiteral("缓存inode") << QStringLiteral("no space");
    QTest::newRow("rule 3, digit Han") << QStringLiteral("1页的 slab") << QStringLiteral("no space");
    QTest::newRow("rule 3, two spaces") << QStringLiteral("缓存  inode") << QStringLiteral("more than one");
    QTest::newRow("rule 4, before") << QStringLiteral("第 1\u00A0页") << QStringLiteral("before a number");
    QTest::newRow("rule 4, after") << QStringLiteral("第\u00A01 页") << QStringLiteral("after a number");
    QTest::newRow("rule 4, range") << QStringLiteral("第\u00A00–15\u00A0页") << QStringLiteral("dash");
  }

  void theCheckFindsEveryBrokenRule() {
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QStringList problems = chineseTextProblems(text);
    QVERIFY2(!problems.isEmpty() && problems.join('\n').contains(problem), qPrintable(problems.join('\n')));
    QVERIFY2(chineseTextProblems(typesetChinese(text)).isEmpty(), qPrintable(visible(typesetChinese(text))));
  }

  // What rule 4 is for: Qt breaks lines at spaces and between ideographs (UAX #14), so with
  // ordinary spaces "第 1 页" splits at some width; typeset, it never does, nor "第 0–15 页" at its
  // dash, while the line still breaks between the other Chinese characters.
  void aCounterIsNeverSplitAcrossLines() {
    const QString plain = QStringLiteral("把第 1 页和第 0–15 页挂到 free_area[3] 的链表头。");
    bool plainSplits = false;
    atEveryWidth(plain, [&](qreal, const QStringList& lines) { plainSplits = plainSplits || splitsACounter(lines); });
    QVERIFY2(plainSplits, "ordinary spaces were expected to split a counter at some width");

    const QString typeset = typesetChinese(plain);
    atEveryWidth(typeset, [&](qreal width, const QStringList& lines) {
      QVERIFY2(!splitsACounter(lines),
               qPrintable(QStringLiteral("at %1 px: %2").arg(width).arg(visible(lines.join(QStringLiteral(" | "))))));
    });
    // Not one unbreakable line: the layout still breaks between other Chinese characters.
    QVERIFY(linesAt(typeset, 60).size() > 3);
  }

 private:
  // A line ends inside "第 1 页" or "第 0–15 页": the end of one line and the start of the next are
  // both parts of it (trailing ordinary spaces are where a line may end).
  static bool splitsACounter(const QStringList& lines) {
    auto inNumber = [](QChar c) { return c.isDigit() || c == kNbsp || c == QChar(0x2013) || c == kJoiner; };
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
      QString end = lines[i];
      while (end.endsWith(QLatin1Char(' '))) end.chop(1);
      if (end.isEmpty() || lines[i + 1].isEmpty()) continue;
      const QChar a = end.back();
      const QChar b = lines[i + 1].front();
      if ((inNumber(a) || a == QChar(u'第')) && (inNumber(b) || b == QChar(u'页'))) return true;
    }
    return false;
  }
};

OSLENS_QTEST_MAIN(ChineseTypesettingTest)
#include "chinese_typesetting_test.moc"

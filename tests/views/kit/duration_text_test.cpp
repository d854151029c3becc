// Times as a teacher writes them (views/kit/duration_text.h), and two times that differ by a few
// ns (the kernel's fixed-point slices, kernel/sched/fair.c __calc_delta) told apart without a
// string of digits a class reads as noise.
#include <QtTest>

#include "support/qt_test_main.h"
#include "views/kit/duration_text.h"

using oslens::views::distinctDurationTexts;
using oslens::views::durationText;

class DurationTextTest : public QObject {
  Q_OBJECT

 private slots:
  void writesThreeSignificantDigits() {
    QCOMPARE(durationText(750'000), QStringLiteral("750 µs"));
    QCOMPARE(durationText(4'520'000), QStringLiteral("4.52 ms"));
    QCOMPARE(durationText(3'000'000), QStringLiteral("3 ms"));
    QCOMPARE(durationText(1'200'000'000), QStringLiteral("1.2 s"));
    QCOMPARE(durationText(12), QStringLiteral("12 ns"));
    QCOMPARE(durationText(0), QStringLiteral("0"));  // no unit: not "0 ns" on a scale in ms
  }

  void tellsTwoTimesApart() {
    // A digit or two more where that is enough.
    QCOMPARE(distinctDurationTexts(13'860'000, 13'950'000), std::make_pair(QStringLiteral("13.86 ms"), QStringLiteral("13.95 ms")));
    // A few ns: a round time and the rest.
    QCOMPARE(distinctDurationTexts(3'000'000, 2'999'998), std::make_pair(QStringLiteral("3 ms"), QStringLiteral("3 ms − 2 ns")));
    QCOMPARE(distinctDurationTexts(6'999'997, 6'999'998), std::make_pair(QStringLiteral("7 ms − 3 ns"), QStringLiteral("7 ms − 2 ns")));
    QCOMPARE(distinctDurationTexts(2'000'001'500, 2'000'000'000), std::make_pair(QStringLiteral("2 s + 1.5 µs"), QStringLiteral("2 s")));
    // Equal times are written once, alike.
    QCOMPARE(distinctDurationTexts(5'000'000, 5'000'000), std::make_pair(QStringLiteral("5 ms"), QStringLiteral("5 ms")));
    // Whatever the two, the texts differ when the times do.
    for (std::int64_t a : {999'999LL, 1'000'000LL, 123'456'789LL, 99'999'999'999LL})
      for (std::int64_t d : {1LL, 7LL, 999LL, 1'000LL, 123'456LL}) {
        const auto [x, y] = distinctDurationTexts(a, a + d);
        QVERIFY2(x != y, qPrintable(x));
      }
  }
};

OSLENS_QTEST_MAIN(DurationTextTest)
#include "duration_text_test.moc"

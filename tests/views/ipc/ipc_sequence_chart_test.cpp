// The IPC message sequence chart: rows only up to the step shown, arrows pointing the way the
// data goes with their labels, a blocked lifeline that ends where the completion arrives, type
// that never shrinks on a long run, and a chart reached by steps or jumps equal to a fresh one.
// Offscreen QtTest.
#include <QTest>
#include <algorithm>
#include <cmath>

#include "engine/ipc/ipc_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/ipc/ipc_sequence_chart.h"

using namespace oslens;
using engine::ipc::IpcSimulation;
using views::IpcSequenceChart;
using Kind = views::SequenceEntry::Kind;

namespace {

std::unique_ptr<engine::Simulation> load(const QString& config) {
  const QString text = QStringLiteral(R"({"oslens": 1, "module": "ipc", "title": "t", "config": %1})").arg(config);
  auto simulation = engine::loadSimulation(text.toStdString());
  if (!simulation) qFatal("scenario did not load: %s", qPrintable(config));
  return simulation;
}

const IpcSimulation& ipc(const engine::Simulation& s) { return dynamic_cast<const IpcSimulation&>(s); }

// writer: write "hello"; reader: read 5. The schedule given, so the test says who goes first.
QString writeRead(const QString& schedule) {
  return QStringLiteral(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}],
    "processes": [{"name": "writer", "program": [{"write": {"pipe": "p", "data": "hello"}}]},
                  {"name": "reader", "program": [{"read": {"pipe": "p", "bytes": 5}}]}],
    "schedule": %1})")
      .arg(schedule);
}

std::vector<const IpcSequenceChart::DrawnArrow*> arrowsOf(const IpcSequenceChart& chart, std::size_t step) {
  std::vector<const IpcSequenceChart::DrawnArrow*> out;
  for (const auto& a : chart.drawnArrows())
    if (a.step == step) out.push_back(&a);
  return out;
}

QString describe(const IpcSequenceChart& chart) {
  QStringList out;
  for (const auto& a : chart.drawnArrows())
    out << QStringLiteral("%1 %2→%3 [%4] %5 %6").arg(a.step).arg(a.from, a.to, a.label).arg(a.fromX).arg(a.y);
  for (const auto& b : chart.blockedBars()) out << QStringLiteral("blocked %1 %2–%3").arg(b.process).arg(b.top).arg(b.bottom);
  QStringList texts = chart.texts();
  texts.sort();
  out << texts;
  return out.join(QLatin1Char('\n'));
}

}  // namespace

class IpcSequenceChartTest : public QObject {
  Q_OBJECT

 private slots:
  // Nothing from the future: at step n the rows are those of steps ..n, and at step 0 none.
  void rowsAppearOnlyUpToTheCurrentStep() {
    auto simulation = load(writeRead(QStringLiteral(R"(["writer", "reader"])")));
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    QVERIFY(chart.drawnSteps().empty());
    QVERIFY(chart.drawnArrows().empty());
    const int steps = static_cast<int>(simulation->stepCount());
    QCOMPARE(steps, 2);
    for (int step = 1; step <= steps; ++step) {
      simulation->seek(static_cast<std::size_t>(step));
      chart.showPosition(step - 1, step, false);
      QCOMPARE(chart.drawnSteps().back(), static_cast<std::size_t>(step));
      for (const auto& a : chart.drawnArrows()) QVERIFY2(a.step <= static_cast<std::size_t>(step), qPrintable(describe(chart)));
    }
    simulation->seek(1);
    chart.showPosition(2, 1, false);
    QVERIFY(arrowsOf(chart, 2).empty());
  }

  // write: an arrow from the writer to the pipe with the data and the count; read: an arrow
  // from the pipe to the reader with what it got. The writer stands left of the pipe, the
  // reader right of it.
  void aWriteThenAReadPointTheWayTheBytesGo() {
    auto simulation = load(writeRead(QStringLiteral(R"(["writer", "reader"])")));
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    simulation->seek(2);
    chart.showPosition(0, 2, false);
    const auto write = arrowsOf(chart, 1);
    QCOMPARE(write.size(), std::size_t{1});
    QCOMPARE(write[0]->kind, Kind::Call);
    QCOMPARE(write[0]->from, QStringLiteral("writer"));
    QCOMPARE(write[0]->to, QStringLiteral("p"));
    QCOMPARE(write[0]->label, QStringLiteral("write \"hello\" (5)"));
    QVERIFY(write[0]->fromX < write[0]->toX);
    const auto read = arrowsOf(chart, 2);
    QCOMPARE(read.size(), std::size_t{1});
    QCOMPARE(read[0]->kind, Kind::Reply);
    QCOMPARE(read[0]->from, QStringLiteral("p"));
    QCOMPARE(read[0]->to, QStringLiteral("reader"));
    QCOMPARE(read[0]->label, QStringLiteral("read 5 → \"hello\" (5)"));
    QVERIFY(read[0]->fromX < read[0]->toX);
    QVERIFY(read[0]->y > write[0]->y);  // time runs down
  }

  // The reader goes first and blocks on the empty pipe; the write wakes it in step 2. Its
  // lifeline is a blocked bar from its blocked call down to the arrow that completes it.
  void aBlockedLifelineEndsWhereTheWakingArrowArrives() {
    auto simulation = load(writeRead(QStringLiteral(R"(["reader", "writer"])")));
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    simulation->seek(1);
    chart.showPosition(0, 1, false);
    const auto blocked = arrowsOf(chart, 1);
    QCOMPARE(blocked.size(), std::size_t{1});
    QCOMPARE(blocked[0]->kind, Kind::Blocked);
    QCOMPARE(blocked[0]->from, QStringLiteral("reader"));
    QCOMPARE(blocked[0]->to, QStringLiteral("p"));
    QVERIFY2(blocked[0]->label.contains(QStringLiteral("blocks")), qPrintable(blocked[0]->label));
    QCOMPARE(chart.blockedBars().size(), std::size_t{1});
    QCOMPARE(chart.blockedBars()[0].top, blocked[0]->y);

    simulation->seek(2);
    chart.showPosition(1, 2, false);
    const auto woken = arrowsOf(chart, 2);
    const auto completion = std::find_if(woken.begin(), woken.end(), [](const auto* a) { return a->to == QStringLiteral("reader"); });
    QVERIFY2(completion != woken.end(), qPrintable(describe(chart)));
    QCOMPARE((*completion)->kind, Kind::Reply);
    QCOMPARE((*completion)->label, QStringLiteral("read 5 → \"hello\" (5)"));
    QCOMPARE(chart.blockedBars().size(), std::size_t{1});
    const auto& bar = chart.blockedBars()[0];
    QCOMPARE(bar.process, QStringLiteral("reader"));
    QCOMPARE(bar.top, arrowsOf(chart, 1)[0]->y);
    QVERIFY2(bar.bottom == (*completion)->y, qPrintable(describe(chart)));
    QVERIFY(bar.bottom >= chart.rowTop(2) && bar.bottom <= chart.rowBottom(2));
  }

  // 600 steps: the chart shows the latest rows that fit with a note for the rest, and no text
  // under 12 px at 1x.
  void aLongRunShowsAWindowAndKeepsItsType() {
    auto simulation = load(QStringLiteral(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}],
      "processes": [{"name": "writer", "program": [{"write": {"pipe": "p", "data": "ab"}}], "repeat": 300},
                    {"name": "reader", "program": [{"read": {"pipe": "p", "bytes": 2}}], "repeat": 300}]})"));
    const std::size_t last = simulation->stepCount();
    QVERIFY(last >= 600);
    simulation->seek(last);
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    QCOMPARE(chart.drawnSteps().back(), last);
    QVERIFY(chart.drawnSteps().front() > 1);
    QVERIFY2(chart.windowNote().contains(QString::number(chart.drawnSteps().front() - 1)), qPrintable(chart.windowNote()));
    for (const auto& shown : test::shownTexts(chart)) QVERIFY2(shown.pixels >= 12, qPrintable(shown.text));
    // Everything drawn stays inside the scene's rect: the window never grows the picture.
    QVERIFY2(chart.sceneRect().contains(chart.itemsBoundingRect()), qPrintable(QStringLiteral("%1 %2").arg(chart.sceneRect().bottom()).arg(chart.itemsBoundingRect().bottom())));
  }

  // Every step forward (animated, then finished) and every step back (snapped) draws what a fresh
  // chart at that step draws.
  void stepsAndJumpsDrawWhatAFreshChartDraws() {
    auto simulation = load(QStringLiteral(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}],
      "processes": [{"name": "writer", "program": [{"write": {"pipe": "p", "data": "hello"}}, {"write": {"pipe": "p", "data": "world!"}},
                                                    {"close": {"pipe": "p", "end": "write"}}]},
                    {"name": "reader", "program": [{"compute": 2}, {"read": {"pipe": "p", "bytes": 3}}, {"read": {"pipe": "p", "bytes": 20}},
                                                    {"read": {"pipe": "p", "bytes": 20}}]}]})"));
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    chart.setAnimationSpeed(1.0);
    const int steps = static_cast<int>(simulation->stepCount());
    // A chart made fresh at the simulation's position, as a rewind makes one.
    const auto compare = [&](int step) {
      QCOMPARE(static_cast<int>(simulation->position()), step);
      IpcSequenceChart fresh(ipc(*simulation), nullptr);
      QCOMPARE(describe(chart), describe(fresh));
    };
    for (int step = 1; step <= steps; ++step) {
      simulation->seek(static_cast<std::size_t>(step));
      chart.showPosition(step - 1, step, true);
      QVERIFY(chart.isAnimating());
      chart.finishAnimations();
      QVERIFY(!chart.isAnimating());
      compare(step);
      if (QTest::currentTestFailed()) return;
    }
    for (int step = steps - 1; step >= 0; --step) {
      simulation->seek(static_cast<std::size_t>(step));
      chart.showPosition(step + 1, step, true);
      QVERIFY(!chart.isAnimating());  // backwards snaps
      compare(step);
      if (QTest::currentTestFailed()) return;
    }
    simulation->seek(static_cast<std::size_t>(steps));
    chart.showPosition(0, steps, true);  // a jump snaps
    QVERIFY(!chart.isAnimating());
    compare(steps);
  }

  // Two semaphores taken in opposite orders: the run ends in a band that names the cycle.
  void aDeadlockEndsInABandNamingTheCycle() {
    auto simulation = load(QStringLiteral(R"({"objects": [{"semaphore": "S", "value": 1}, {"semaphore": "Q", "value": 1}],
      "processes": [{"name": "A", "program": [{"sem_wait": "S"}, {"sem_wait": "Q"}, {"sem_post": "Q"}, {"sem_post": "S"}]},
                    {"name": "B", "program": [{"sem_wait": "Q"}, {"sem_wait": "S"}, {"sem_post": "S"}, {"sem_post": "Q"}]}],
      "schedule": ["A", "B", "A", "B"]})"));
    const std::size_t last = simulation->stepCount();
    simulation->seek(last);
    IpcSequenceChart chart(ipc(*simulation), nullptr);
    const QStringList texts = chart.texts();
    const auto band = std::find_if(texts.begin(), texts.end(), [](const QString& t) { return t.startsWith(QStringLiteral("Deadlock")); });
    QVERIFY2(band != texts.end(), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(band->contains(QStringLiteral("A → B → A")) || band->contains(QStringLiteral("B → A → B")), qPrintable(*band));
    QCOMPARE(chart.blockedBars().size(), std::size_t{2});
  }
};

OSLENS_QTEST_MAIN(IpcSequenceChartTest)
#include "ipc_sequence_chart_test.moc"

// The IPC pictures: the processes picture and the state diagram follow a run forwards and backwards
// (animated and snapped) and land on the state; a step shows nothing before the beat that
// produces it (a process turns blocked on the last beat, the bytes a read returns arrive with
// their flight); what a step moves flies in order; 30 processes on 10 pipes degrade to one-row
// lanes and "+N more" rows without a text over another. Offscreen QtTest.
#include <QGraphicsSimpleTextItem>
#include <QtTest>

#include "engine/ipc/ipc_scenario.h"
#include "engine/modules.h"
#include "ipc_test_scenarios.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/language.h"
#include "views/ipc/ipc_scene.h"
#include "views/ipc/ipc_view.h"
#include "views/kit/task_state_diagram.h"

using namespace oslens;
using engine::ipc::IpcSimulation;

namespace {
const IpcSimulation& asIpc(const engine::Simulation& s) { return dynamic_cast<const IpcSimulation&>(s); }

bool anyContains(const QStringList& texts, const QString& part) {
  return std::any_of(texts.begin(), texts.end(), [&](const QString& t) { return t.contains(part); });
}

// Pairs of visible texts drawn over each other (their ink boxes share more than a sliver).
QStringList overlaps(QGraphicsScene& scene) {
  std::vector<std::pair<QRectF, QString>> shown;
  for (QGraphicsItem* item : scene.items()) {
    auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
    if (!text || !text->isVisible() || text->opacity() == 0 || text->text().trimmed().isEmpty()) continue;
    QRectF box = text->sceneBoundingRect();
    box.adjust(0, box.height() * 0.2, 0, -box.height() * 0.2);
    shown.emplace_back(box, text->text());
  }
  QStringList out;
  for (std::size_t a = 0; a < shown.size(); ++a)
    for (std::size_t b = a + 1; b < shown.size(); ++b) {
      const QRectF both = shown[a].first.intersected(shown[b].first);
      const double smaller = std::min(shown[a].first.width() * shown[a].first.height(), shown[b].first.width() * shown[b].first.height());
      if (!both.isEmpty() && both.width() * both.height() > 0.1 * smaller) out << shown[a].second + QStringLiteral(" / ") + shown[b].second;
    }
  for (QGraphicsItem* item : scene.items())
    if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible() && text->opacity() > 0 && !text->text().trimmed().isEmpty() &&
                                                                    !scene.sceneRect().adjusted(-1, -1, 1, 1).contains(text->sceneBoundingRect()))
      out << text->text() + QStringLiteral(" outside");
  return out;
}

QStringList tooSmall(QGraphicsScene& scene) {
  QStringList out;
  for (const test::ShownText& shown : test::shownTexts(scene))
    if (shown.pixels < 12 - 0.01) out << shown.text;
  return out;
}
}  // namespace

class IpcSceneTest : public QObject {
  Q_OBJECT

 private slots:
  void init() { views::Language::apply(QStringLiteral("en")); }

  // Step 3 of the pipe run: the writer's "world!" puts 3 bytes in and blocks. Before the last beat
  // nothing says so; on it the lane says "blocked on p" and the writer waits on the pipe.
  void aBlockShowsOnlyOnItsBeat() {
    auto simulation = engine::loadSimulation(test::ipc::kPipe);
    views::IpcScene scene(asIpc(*simulation));
    simulation->seek(3);
    scene.showBeat(0);
    QVERIFY(scene.beatCount() >= 3);  // lit, the 3 bytes flying, the state after
    QStringList texts = scene.texts();
    QVERIFY2(!anyContains(texts, QStringLiteral("blocked on p")), qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts.count(QStringLiteral("blocked")), 1);  // the legend's word only
    QVERIFY(anyContains(texts, QStringLiteral("running")));
    scene.showBeat(1);
    QCOMPARE(scene.flightText(), QStringLiteral("wor"));
    QVERIFY(!anyContains(scene.texts(), QStringLiteral("blocked on p")));
    scene.showBeat(scene.beatCount() - 1);
    texts = scene.texts();
    QVERIFY2(anyContains(texts, QStringLiteral("blocked on p")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.count(QStringLiteral("blocked")) >= 2);  // and the lane's mark
    QVERIFY(texts.contains(QStringLiteral("waiting:")));
    QVERIFY(scene.flightText().isEmpty());
  }

  // Step 5: the reader's 3 bytes fly out, then the woken writer's last 3 fly in; the read's
  // result ("= 3") and "woken" wait for the last beat.
  void aWakeFliesAfterTheReadAndIsMarkedLast() {
    auto simulation = engine::loadSimulation(test::ipc::kPipe);
    views::IpcScene scene(asIpc(*simulation));
    simulation->seek(5);
    scene.showBeat(0);
    QCOMPARE(scene.beatCount(), std::size_t{4});
    QVERIFY(!anyContains(scene.texts(), QStringLiteral("woken")));
    scene.showBeat(1);
    QCOMPARE(scene.flightText(), QStringLiteral("hel"));
    scene.showBeat(2);
    QCOMPARE(scene.flightText(), QStringLiteral("ld!"));
    QVERIFY(!scene.texts().contains(QStringLiteral("= 3")));
    scene.showBeat(3);
    QVERIFY(scene.texts().contains(QStringLiteral("= 3")));
    QVERIFY(anyContains(scene.texts(), QStringLiteral("woken")));
  }

  // EOF and SIGPIPE and an errno are marked in the picture, not only in the caption.
  void eofSigpipeAndErrnosAreMarkedInThePicture() {
    auto pipe = engine::loadSimulation(test::ipc::kPipe);
    views::IpcScene pipeScene(asIpc(*pipe));
    pipe->seek(8);
    pipeScene.showPosition(7, 8, false);
    QVERIFY2(anyContains(pipeScene.texts(), QStringLiteral("EOF")), qPrintable(pipeScene.texts().join(QLatin1Char('|'))));
    auto sig = engine::loadSimulation(test::ipc::kSigpipe);
    views::IpcScene sigScene(asIpc(*sig));
    sig->seek(1);
    sigScene.showPosition(0, 1, false);
    QVERIFY(anyContains(sigScene.texts(), QStringLiteral("EAGAIN")));
    sig->seek(5);
    sigScene.showPosition(4, 5, false);
    QVERIFY(anyContains(sigScene.texts(), QStringLiteral("SIGPIPE")));
    QVERIFY(anyContains(sigScene.texts(), QStringLiteral("killed by SIGPIPE")));
  }

  // The view follows every step forwards and backwards, animated and snapped, and lands on the
  // state: the diagram's chips are where the states say; the texts are large enough and apart.
  void theViewFollowsEveryStepBothWays_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("pipe") << QStringLiteral("pipe");
    QTest::newRow("sigpipe") << QStringLiteral("sigpipe");
    QTest::newRow("queue") << QStringLiteral("queue");
    QTest::newRow("deadlock") << QStringLiteral("deadlock");
    QTest::newRow("lost update") << QStringLiteral("lost update");
    QTest::newRow("30 processes") << QStringLiteral("many");
  }
  void theViewFollowsEveryStepBothWays() {
    QFETCH(QString, name);
    const std::string text = name == QLatin1String("pipe")       ? test::ipc::kPipe
                             : name == QLatin1String("sigpipe")  ? test::ipc::kSigpipe
                             : name == QLatin1String("queue")    ? test::ipc::kQueue
                             : name == QLatin1String("deadlock") ? test::ipc::kDeadlock
                             : name == QLatin1String("many")     ? test::ipc::manyProcesses()
                                                                 : test::ipc::kLostUpdate;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
      views::Language::apply(language);
      auto simulation = engine::loadSimulation(text);
      views::IpcView view(asIpc(*simulation));
      const int last = static_cast<int>(simulation->stepCount());
      const auto check = [&](int at) {
        for (const QString& scene : view.viewNames()) {
          QGraphicsScene& s = *view.scene(scene);
          const QStringList small = tooSmall(s);
          QVERIFY2(small.isEmpty(), qPrintable(QStringLiteral("%1 step %2: %3").arg(scene).arg(at).arg(small.join(QLatin1Char('|')))));
          const QStringList over = overlaps(s);
          QVERIFY2(over.isEmpty(), qPrintable(QStringLiteral("%1 %2 step %3: %4").arg(language, scene).arg(at).arg(over.join(QLatin1Char('\n')))));
        }
        const auto& state = asIpc(*simulation).timeline().state();
        for (std::size_t p = 0; p < state.processes.size(); ++p) {
          const int place = view.states()->placeOfChip(p);
          if (place < 0) continue;  // counted as "+N more"
          const auto run = state.processes[p].run;
          const bool ran = asIpc(*simulation).timeline().lastOp() && asIpc(*simulation).timeline().lastOp()->process == p;
          const auto expected = run == engine::ipc::RunState::Exited    ? engine::sched::TaskState::Exited
                                : run == engine::ipc::RunState::Blocked ? engine::sched::TaskState::Blocked
                                : ran                                   ? engine::sched::TaskState::Running
                                                                        : engine::sched::TaskState::Ready;
          QCOMPARE(place, static_cast<int>(expected));
        }
      };
      for (int step = 1; step <= last; ++step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step - 1, step, true);
        view.finishAnimations();
        check(step);
      }
      for (int step = last - 1; step >= 0; --step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step + 1, step, step % 2 == 0);
        view.finishAnimations();
        check(step);
      }
      view.setPresentation(true);
      simulation->seek(static_cast<std::size_t>(last));
      view.showPosition(0, last, false);
      check(last);
    }
    views::Language::apply(QStringLiteral("en"));
  }

  // With 30 processes and 10 pipes the lanes are one row each and the rest are counted.
  void manyProcessesDegradeToCountedRows() {
    auto simulation = engine::loadSimulation(test::ipc::manyProcesses());
    views::IpcScene scene(asIpc(*simulation));
    const auto& layout = scene.layout();
    QVERIFY(layout.hiddenLeft + layout.hiddenRight > 0);
    QVERIFY(anyContains(scene.texts(), QStringLiteral("more processes")));
    for (const auto& lane : layout.lanes)
      if (lane) QCOMPARE(lane->lines, 0);
  }
};

OSLENS_QTEST_MAIN(IpcSceneTest)
#include "ipc_scene_test.moc"

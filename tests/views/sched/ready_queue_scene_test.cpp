// The ready queue and the CPU animate a step (issue 14): the dispatched task's chip moves from
// its queue slot to the CPU, a preempted task's chip from the CPU to the queue's tail; Play waits
// for it (isAnimating), exports and jumps snap (finishAnimations), and the metrics picture keeps
// the state before the step until the chips have landed. Offscreen QtTest.
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QtTest>

#include "engine/modules.h"
#include "engine/sched/baseline/baseline_scenario.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/kit/flight_player.h"
#include "views/sched/ready_queue_scene.h"
#include "views/sched/sched_metrics_scene.h"
#include "views/sched/sched_view.h"

using namespace oslens;
using engine::baseline::BaselineSimulation;
using views::ReadyQueueScene;

namespace {
std::unique_ptr<engine::Simulation> loadBuiltin(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString() + ".oslens.json");
}

// The rect of the moving chip labelled `name` (the flight player's items sit above the scene,
// z 20), or an empty rect when none is shown.
QRectF flyingChip(const ReadyQueueScene& scene, const QString& name) {
  for (QGraphicsItem* item : scene.items()) {
    auto* box = dynamic_cast<QGraphicsRectItem*>(item);
    if (!box || box->zValue() != 20 || !box->isVisible()) continue;
    for (QGraphicsItem* child : box->childItems())
      if (auto* label = dynamic_cast<QGraphicsSimpleTextItem*>(child); label && label->text() == name) return box->rect();
  }
  return {};
}

}  // namespace

class ReadyQueueSceneTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(views::Language::apply(QStringLiteral("en"))); }

  // OSTEP 7.7, RR with a 1 s slice: at 1 s A's quantum ends; A goes from the CPU to the queue's
  // tail (behind B and C), then B goes from the queue's head to the CPU and C moves up.
  void aDispatchMovesTheChipFromTheQueueToTheCpu() {
    auto simulation = loadBuiltin(QStringLiteral("sched-rr-response-time"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    ReadyQueueScene& scene = *view.queue();
    simulation->seek(3);
    view.showPosition(0, 3, true);  // a jump snaps
    QVERIFY(!view.isAnimating());
    QCOMPARE(scene.queueTexts(), (QStringList{"B", "C"}));
    const QString statusBefore = scene.statusText();

    simulation->seek(4);
    view.showPosition(3, 4, true);
    QVERIFY(view.isAnimating());
    QVERIFY(scene.isAnimating());
    // No spoiler: the clock and the count of ready tasks are those before the step until the
    // chips have landed.
    QCOMPARE(scene.statusText(), statusBefore);
    // The chips drawn for the state after the step wait for their flights: no B on the CPU, no
    // A in the queue yet.
    QCOMPARE(scene.cpuText(), QString());
    QCOMPARE(scene.queueTexts(), QStringList());
    auto* player = scene.player();
    player->showAt(0.0);
    QCOMPARE(flyingChip(scene, "A"), scene.cpuChipRect());
    QCOMPARE(flyingChip(scene, "B"), scene.slotRect(0));
    QCOMPARE(flyingChip(scene, "C"), scene.slotRect(1));
    player->showAt(0.45);  // A has reached the tail, B waits at the head
    QCOMPARE(flyingChip(scene, "A"), scene.slotRect(2));
    QCOMPARE(flyingChip(scene, "B"), scene.slotRect(0));
    player->showAt(1.0);
    QCOMPARE(flyingChip(scene, "B"), scene.cpuChipRect());
    QCOMPARE(flyingChip(scene, "C"), scene.slotRect(0));
    QCOMPARE(flyingChip(scene, "A"), scene.slotRect(1));

    view.finishAnimations();
    QVERIFY(!view.isAnimating());
    QVERIFY(scene.statusText() != statusBefore);
    QVERIFY(flyingChip(scene, "B").isEmpty());
    QCOMPARE(scene.cpuText(), QStringLiteral("B"));
    QCOMPARE(scene.queueTexts(), (QStringList{"C", "A"}));

    // A step back plays the same moves in reverse, and runs to its end by itself.
    simulation->seek(3);
    view.showPosition(4, 3, true);
    QVERIFY(view.isAnimating());
    QCOMPARE(scene.cpuText(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 5000);
    QCOMPARE(scene.cpuText(), QStringLiteral("A"));
    QCOMPARE(scene.queueTexts(), (QStringList{"B", "C"}));
  }

  // STCF (OSTEP Figure 7.5): at 10 s C arrives and B, which arrived at the same instant, preempts
  // A: B appears in the queue and goes to the CPU, A goes from the CPU to the queue.
  void aPreemptionSendsTheRunningTaskBackToTheQueue() {
    auto simulation = loadBuiltin(QStringLiteral("sched-stcf-late-arrivals"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    ReadyQueueScene& scene = *view.queue();
    const auto& ops = dynamic_cast<const BaselineSimulation&>(*simulation).timeline().ops();
    int step = 1;
    while (ops[static_cast<std::size_t>(step - 1)].runningAfter != 1) ++step;  // the step B gets the CPU
    simulation->seek(static_cast<std::size_t>(step - 1));
    view.showPosition(0, step - 1, false);
    simulation->seek(static_cast<std::size_t>(step));
    view.showPosition(step - 1, step, true);
    QVERIFY(view.isAnimating());
    // Before: A on the CPU, B (arrived the step before) in the queue. After: B on the CPU, the
    // queue C, A (A has 90 s left, C 10 s).
    scene.player()->showAt(0.0);
    QCOMPARE(flyingChip(scene, "A"), scene.cpuChipRect());
    QCOMPARE(flyingChip(scene, "B"), scene.slotRect(0));
    scene.player()->showAt(0.45);
    QCOMPARE(flyingChip(scene, "A"), scene.slotRect(2));
    scene.player()->showAt(1.0);
    QCOMPARE(flyingChip(scene, "B"), scene.cpuChipRect());
    QCOMPARE(flyingChip(scene, "A"), scene.slotRect(1));
    QCOMPARE(flyingChip(scene, "C"), scene.slotRect(0));
    view.finishAnimations();
    QVERIFY(!view.isAnimating());
  }

  // While the chips move, the metrics show the state before the step: B's completion at 20 s
  // appears when the step has played.
  void theMetricsWaitForTheChipsToLand() {
    auto simulation = loadBuiltin(QStringLiteral("sched-stcf-late-arrivals"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    const auto& ops = dynamic_cast<const BaselineSimulation&>(*simulation).timeline().ops();
    int step = 1;
    while (ops[static_cast<std::size_t>(step - 1)].atNs < 20'000'000'000) ++step;
    simulation->seek(static_cast<std::size_t>(step - 1));
    view.showPosition(0, step - 1, false);
    simulation->seek(static_cast<std::size_t>(step));
    view.showPosition(step - 1, step, true);
    QVERIFY(view.isAnimating());
    QCOMPARE(view.metrics()->cellText(1, views::SchedMetricsScene::Completion), QStringLiteral("—"));
    view.finishAnimations();
    QCOMPARE(view.metrics()->cellText(1, views::SchedMetricsScene::Completion), QStringLiteral("20 s"));
  }

  // Speed 0 (exports, tests that want no motion) and jumps never animate.
  void noAnimationAtSpeedZeroOrForAJump() {
    auto simulation = loadBuiltin(QStringLiteral("sched-rr-response-time"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    simulation->seek(5);
    view.showPosition(0, 5, true);
    QVERIFY(!view.isAnimating());
    view.setAnimationSpeed(0);
    simulation->seek(6);
    view.showPosition(5, 6, true);
    QVERIFY(!view.isAnimating());
  }
};

OSLENS_QTEST_MAIN(ReadyQueueSceneTest)
#include "ready_queue_scene_test.moc"

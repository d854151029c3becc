// The memory picture plays what the kernel did once the walk has ended (issue 15): a copy-on-write
// break moves a copy of the shared frame to the new one and swings the writer's PTE over; an
// eviction sends the victim down to its swap slot (or fades it when clean); a swap-in brings the
// page up from its slot. While the walk plays the picture is the state before the step; when the
// moves are over (or finished at once) it is exactly what a jump to the step shows.
// Offscreen QtTest.
#include <QtTest>
#include <functional>

#include "engine/memory/translation/translation_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/kit/flight_player.h"
#include "views/translation/frames_scene.h"
#include "views/translation/memory_motion.h"
#include "views/translation/translation_narrator.h"

using namespace oslens;
using namespace oslens::engine::translation;
using views::FramesScene;
using views::MappingArrowItem;
using views::MovingCellItem;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const char* name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
}

TranslationSimulation& translation(engine::Simulation& simulation) { return dynamic_cast<TranslationSimulation&>(simulation); }

// The first step whose events satisfy `wanted`, and the event.
template <class Event>
std::pair<int, Event> firstStep(TranslationSimulation& sim, const std::function<bool(const Event&)>& wanted) {
  for (int step = 1; step <= static_cast<int>(sim.timeline().size()); ++step) {
    sim.seek(static_cast<std::size_t>(step));
    for (const TranslationEvent& event : sim.timeline().lastEvents())
      if (const auto* e = std::get_if<Event>(&event); e && wanted(*e)) return {step, *e};
  }
  return {0, Event{}};
}

QStringList sortedTexts(QGraphicsScene& scene) {
  QStringList out;
  for (const test::ShownText& shown : test::shownTexts(scene)) out << shown.text;
  out.sort();
  return out;
}

template <class Item>
std::vector<Item*> shownItems(QGraphicsScene& scene) {
  std::vector<Item*> out;
  for (QGraphicsItem* item : scene.items())
    if (item->type() == Item::Type && item->isVisible() && item->opacity() > 0.01) out.push_back(static_cast<Item*>(item));
  return out;
}

// `p` lies on the segment from `a` to `b`, strictly inside it.
bool strictlyBetween(QPointF p, QPointF a, QPointF b) {
  const QPointF ab = b - a;
  const qreal length2 = QPointF::dotProduct(ab, ab);
  if (length2 < 1) return false;
  const qreal u = QPointF::dotProduct(p - a, ab) / length2;
  const QPointF nearest = a + u * ab;
  return u > 0.05 && u < 0.95 && QLineF(nearest, p).length() < 1.0;
}

// Some moving cell is on its way from `from` to `to` at `t`.
bool cellBetween(FramesScene& scene, qreal t, const QRectF& from, const QRectF& to) {
  scene.player()->showAt(t);
  for (MovingCellItem* cell : shownItems<MovingCellItem>(scene))
    if (strictlyBetween(cell->rect().center(), from.center(), to.center())) return true;
  return false;
}

// Plays step `step` forwards and waits for the walk to end: the moves have begun.
void playUntilMoving(TranslationSimulation& sim, FramesScene& scene, int step) {
  sim.seek(static_cast<std::size_t>(step));
  scene.setAnimationSpeed(2.0);
  scene.showPosition(step - 1, step, true);
  QVERIFY(scene.isAnimating());
  QVERIFY(!scene.player()->running());  // the walk first: nothing moves yet
  QVERIFY(shownItems<MovingCellItem>(scene).empty());
  QTRY_VERIFY_WITH_TIMEOUT(scene.player()->running(), 10000);
  QVERIFY(scene.isAnimating());
}

// The same scenario jumped to `step` in a scene of its own: the state after, as exports show it.
struct Jumped {
  std::unique_ptr<engine::Simulation> simulation;
  std::unique_ptr<FramesScene> scene;
  Jumped(const char* file, int step) : simulation(loadScenario(file)) {
    translation(*simulation).seek(static_cast<std::size_t>(step));
    scene = std::make_unique<FramesScene>(translation(*simulation));
    scene->showPosition(0, step, false);
  }
};

void checkEndsAsAJump(FramesScene& scene, const char* file, int step) {
  scene.finishAnimations();
  QVERIFY(!scene.isAnimating());
  QVERIFY(shownItems<MovingCellItem>(scene).empty());
  QVERIFY(shownItems<MappingArrowItem>(scene).empty());
  Jumped jumped(file, step);
  QCOMPARE(sortedTexts(scene), sortedTexts(*jumped.scene));
  QCOMPARE(scene.sceneRect(), jumped.scene->sceneRect());
  QVERIFY(test::renderScene(scene) == test::renderScene(*jumped.scene));
}
}  // namespace

class MemoryMotionTest : public QObject {
  Q_OBJECT

 private slots:
  // The child writes to a page it shares with shell: the kernel copies the frame, then points the
  // child's PTE at the copy; the shared frame's count drops from ×2 to shell alone.
  void aCopyOnWriteBreakCopiesTheFrameAndSwingsThePte() {
    const char* file = "translation-fork-cow.oslens.json";
    auto simulation = loadScenario(file);
    auto& sim = translation(*simulation);
    const auto [step, cow] = firstStep<CowResolved>(sim, [](const CowResolved& e) { return e.from != e.to; });
    QVERIFY(step > 0);
    FramesScene scene(sim);
    // While the walk plays: the state before the step, as a jump to the step before shows it.
    sim.seek(static_cast<std::size_t>(step));
    scene.setAnimationSpeed(2.0);
    scene.showPosition(step - 1, step, true);
    QCOMPARE(sortedTexts(scene), sortedTexts(*Jumped(file, step - 1).scene));
    playUntilMoving(sim, scene, step);
    if (QTest::currentTestFailed()) return;

    const QRectF from = scene.places().frames.at(cow.from), to = scene.places().frames.at(cow.to);
    QVERIFY(cellBetween(scene, 0.25, from, to));
    // The PTE's arrow: from the writer's mark, at the shared frame, then swinging to the copy.
    const ProcessIndex writer = sim.timeline().state().managed.frames.at(cow.to).mappers.front().process;
    const QRectF mark = scene.places().processes.at(writer);
    auto arrow = [&](qreal t) -> MappingArrowItem* {
      scene.player()->showAt(t);
      const auto arrows = shownItems<MappingArrowItem>(scene);
      return arrows.size() == 1 ? arrows.front() : nullptr;
    };
    const QPointF atFrom(from.center().x(), from.top()), atTo(to.center().x(), to.top());
    QVERIFY(arrow(0.3));
    QCOMPARE(arrow(0.3)->head(), atFrom);
    QCOMPARE(arrow(0.3)->tail().x(), mark.center().x());
    QVERIFY(qAbs(arrow(0.3)->tail().y() - mark.bottom()) < 10);
    QVERIFY(strictlyBetween(arrow(0.7)->head(), atFrom, atTo));
    QCOMPARE(arrow(0.95)->head(), atTo);
    // The shared frame shows its two sharers until the PTE has moved.
    auto sharers = [&](qreal t) {
      scene.player()->showAt(t);
      for (MovingCellItem* cell : shownItems<MovingCellItem>(scene))
        if (cell->rect() == from && cell->cell().sub.startsWith(QStringLiteral("×2"))) return cell->opacity();
      return 0.0;
    };
    QCOMPARE(sharers(0.5), 1.0);
    QVERIFY(sharers(0.97) < 0.5);
    QVERIFY(scene.isAnimating());
    checkEndsAsAJump(scene, file, step);
  }

  // The last sharer writes: the frame is made writable where it is; ringed, nothing moves.
  void aReusedFrameIsRingedNotMoved() {
    const char* file = "translation-fork-cow.oslens.json";
    auto simulation = loadScenario(file);
    auto& sim = translation(*simulation);
    const auto [step, cow] = firstStep<CowResolved>(sim, [](const CowResolved& e) { return e.from == e.to; });
    QVERIFY(step > 0);
    FramesScene scene(sim);
    playUntilMoving(sim, scene, step);
    if (QTest::currentTestFailed()) return;
    const QRectF frame = scene.places().frames.at(cow.to);
    for (qreal t = 0.05; t < 1; t += 0.1) {
      scene.player()->showAt(t);
      QVERIFY(shownItems<MappingArrowItem>(scene).empty());
      for (MovingCellItem* cell : shownItems<MovingCellItem>(scene)) QCOMPARE(cell->rect(), frame);
    }
    scene.player()->showAt(0.5);
    bool ringed = false;
    for (QGraphicsItem* item : scene.items())
      if (auto* ring = qgraphicsitem_cast<QGraphicsRectItem*>(item); ring && ring->zValue() > 0 && ring->isVisible() && ring->rect().contains(frame))
        ringed = true;
    QVERIFY(ringed);
    checkEndsAsAJump(scene, file, step);
  }

  // A dirty victim goes down to its swap slot; later the page comes back up from it.
  void anEvictedPageGoesToSwapAndComesBack() {
    const char* file = "translation-swap-pressure.oslens.json";
    auto simulation = loadScenario(file);
    auto& sim = translation(*simulation);
    const auto [step, evicted] = firstStep<PageEvicted>(sim, [](const PageEvicted& e) { return e.slot.has_value(); });
    QVERIFY(step > 0);
    FramesScene scene(sim);
    playUntilMoving(sim, scene, step);
    if (QTest::currentTestFailed()) return;
    QVERIFY(cellBetween(scene, 0.4, scene.places().frames.at(evicted.frame), scene.places().swapSlots.at(*evicted.slot)));
    checkEndsAsAJump(scene, file, step);

    const auto [back, mapped] = firstStep<PageMapped>(sim, [](const PageMapped& e) { return e.major && e.slot; });
    QVERIFY(back > step);
    playUntilMoving(sim, scene, back);
    if (QTest::currentTestFailed()) return;
    bool rose = false;
    for (qreal t = 0.05; t < 1 && !rose; t += 0.05)
      rose = cellBetween(scene, t, scene.places().swapSlots.at(*mapped.slot), scene.places().frames.at(mapped.frame));
    QVERIFY(rose);
    checkEndsAsAJump(scene, file, back);
  }

  // A clean victim is dropped: it fades where it was (sinking a little) and goes to no slot.
  void aCleanVictimFadesAway() {
    const char* file = "translation-swap-pressure.oslens.json";
    auto simulation = loadScenario(file);
    auto& sim = translation(*simulation);
    const auto [step, evicted] = firstStep<PageEvicted>(sim, [](const PageEvicted& e) { return !e.slot; });
    QVERIFY(step > 0);
    FramesScene scene(sim);
    playUntilMoving(sim, scene, step);
    if (QTest::currentTestFailed()) return;
    const QRectF frame = scene.places().frames.at(evicted.frame);
    bool fading = false;
    for (qreal t = 0.05; t < 1; t += 0.05) {
      scene.player()->showAt(t);
      for (MovingCellItem* cell : shownItems<MovingCellItem>(scene)) {
        // The victim is the cell that shows its page (a page read back in the same step rises
        // from its slot to the same frame).
        const bool victim = cell->cell().main.endsWith(QLatin1Char(' ') + views::TranslationNarrator::hex(evicted.page.vpn));
        if (!victim) continue;
        QVERIFY(cell->rect().top() <= frame.center().y() + 1);  // sinks a little, towards no slot
        fading = fading || (victim && cell->opacity() < 0.9 && cell->rect().center().x() == frame.center().x() &&
                            cell->rect().top() > frame.top());
      }
    }
    QVERIFY(fading);
    checkEndsAsAJump(scene, file, step);
  }

  // A step back, a jump and speed 0 snap, as before: nothing moves.
  void backJumpsAndSpeedZeroSnap() {
    const char* file = "translation-fork-cow.oslens.json";
    auto simulation = loadScenario(file);
    auto& sim = translation(*simulation);
    const int step = firstStep<CowResolved>(sim, [](const CowResolved& e) { return e.from != e.to; }).first;
    QVERIFY(step > 1);
    FramesScene scene(sim);
    sim.seek(static_cast<std::size_t>(step - 1));
    scene.showPosition(step, step - 1, true);
    QVERIFY(!scene.isAnimating());
    sim.seek(static_cast<std::size_t>(step));
    scene.showPosition(0, step, true);
    QVERIFY(!scene.isAnimating());
    scene.setAnimationSpeed(0);
    scene.showPosition(step - 1, step, true);
    QVERIFY(!scene.isAnimating());
    QVERIFY(shownItems<MovingCellItem>(scene).empty());
    checkEndsAsAJump(scene, file, step);
  }
};

OSLENS_QTEST_MAIN(MemoryMotionTest)
#include "memory_motion_test.moc"

// The freelist views: the free list and the heap bar follow every built-in forwards and
// backwards exactly; a malloc's walk reveals one entry a beat and nothing of the outcome before
// it plays; a step back plays the beats in reverse and lands on the state; the chart marks failed
// mallocs; the table holds the blocks in use. Offscreen QtTest.
#include <QDir>
#include <QLineSeries>
#include <QScatterSeries>

#include "engine/core/rng.h"
#include "engine/core/step_frame.h"
#include "engine/memory/freelist/freelist_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/freelist/freelist_narrator.h"
#include "views/freelist/freelist_view.h"
#include "views/freelist/heap_blocks_model.h"
#include "views/freelist/heap_chart.h"
#include "views/freelist/heap_extent.h"
#include "views/freelist/heap_picture.h"
#include "views/freelist/heap_scene.h"

using namespace oslens;
using engine::freelist::FreelistSimulation;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString());
}

const FreelistSimulation& asFreelist(const engine::Simulation& s) { return dynamic_cast<const FreelistSimulation&>(s); }

QStringList builtins() {
  return QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("freelist-*.oslens.json")});
}

// The boxes the scene must draw: the state's free list, "address · size", head first.
QStringList expectedList(const FreelistSimulation& simulation) {
  QStringList out;
  for (const auto& b : simulation.timeline().state().heap.freeList)
    out << QStringLiteral("%1 · %2").arg(views::FreelistNarrator::addressText(b.addr), views::FreelistNarrator::bytesText(b.size));
  return out;
}

int verdictsShown(const views::HeapScene& scene) {
  int n = 0;
  for (const QString& v : scene.verdictLabels()) n += !v.isEmpty() && !v.startsWith(QStringLiteral("▲"));
  return n;
}
}  // namespace

class HeapSceneTest : public QObject {
  Q_OBJECT

 private slots:
  void followsEveryBuiltinForwardAndBack() {
    for (const QString& name : builtins()) {
      auto simulation = loadScenario(name);
      const auto& freelist = asFreelist(*simulation);
      views::FreelistView view(freelist);
      view.setAnimationSpeed(1.0);
      const int steps = static_cast<int>(simulation->stepCount());
      for (int step = 1; step <= steps; ++step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step - 1, step, true);
        view.finishAnimations();
        QVERIFY2(view.heap()->listLabels() == expectedList(freelist), qPrintable(name + QStringLiteral(" step %1").arg(step)));
      }
      for (int step = steps - 1; step >= 0; --step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step + 1, step, true);
        view.finishAnimations();
        QVERIFY2(view.heap()->listLabels() == expectedList(freelist), qPrintable(name + QStringLiteral(" back to %1").arg(step)));
      }
    }
  }

  // A block too narrow for its name (1 KiB in a 132 KiB heap) is named above the bar.
  void aNarrowBlockIsNamedAboveTheBar() {
    auto simulation = loadScenario(QStringLiteral("freelist-mmap.oslens.json"));
    views::HeapScene scene(asFreelist(*simulation));
    simulation->seek(1);
    scene.showPosition(0, 1, false);
    QVERIFY2(scene.barLabels().contains(QStringLiteral("A")), qPrintable(scene.barLabels().join(QStringLiteral(" | "))));
  }

  // The pointer row: a freed pointer dangles, a failed malloc's is NULL, a free of a pointer
  // malloc never returned names it.
  void thePointersShowWhatEachHolds() {
    auto simulation = loadScenario(QStringLiteral("freelist-sbrk.oslens.json"));
    views::HeapScene scene(asFreelist(*simulation));
    simulation->seek(6);
    scene.showPosition(5, 6, false);
    const QStringList chips = scene.pointerLabels();
    QVERIFY2(chips.contains(QStringLiteral("D → freed (dangling)")), qPrintable(chips.join(QStringLiteral(" | "))));
    QVERIFY2(chips.contains(QStringLiteral("E = NULL")), qPrintable(chips.join(QStringLiteral(" | "))));
    QVERIFY2(chips.contains(QStringLiteral("A → 4112")), qPrintable(chips.join(QStringLiteral(" | "))));
    // Before the step plays, E is not in the row yet.
    scene.showBeat(0);
    for (const QString& chip : scene.pointerLabels()) QVERIFY2(!chip.startsWith(QStringLiteral("E")), qPrintable(chip));
    // free(C) of a C that malloc never returned.
    auto bad = loadScenario(QStringLiteral("freelist-double-free.oslens.json"));
    views::HeapScene badScene(asFreelist(*bad));
    bad->seek(5);
    badScene.showPosition(4, 5, false);
    QVERIFY2(badScene.pointerLabels().contains(QStringLiteral("C: not from malloc")), qPrintable(badScene.pointerLabels().join(QStringLiteral(" | "))));
  }

  // A leaked block stays in use, named by the pointer that lost it, and counts as a block in use.
  void aLeakedBlockIsNamedByThePointerThatLostIt() {
    auto simulation = loadScenario(QStringLiteral("freelist-double-free.oslens.json"));
    views::HeapScene scene(asFreelist(*simulation));
    const auto last = simulation->stepCount();
    simulation->seek(last);
    scene.showPosition(static_cast<int>(last) - 1, static_cast<int>(last), false);
    QVERIFY2(scene.barLabels().contains(QStringLiteral("leaked (was E)")), qPrintable(scene.barLabels().join(QStringLiteral(" | "))));
    QVERIFY(!asFreelist(*simulation).timeline().state().leaked.empty());
  }

  // The bar's scale says nothing of the steps to come: two runs that start alike and grow
  // differently later have the same bar at the start.
  void theBarDoesNotRevealLaterGrowth() {
    const auto run = [](int laterBytes) {
      return engine::loadSimulation(QStringLiteral(R"({"oslens": 1, "module": "freelist", "title": "t",
        "config": {"base": 4096, "size": 0, "header": 16, "top_pad": 1024},
        "ops": [{"malloc": {"bytes": 100, "tag": "A"}}, {"malloc": {"bytes": %1, "tag": "B"}}]})")
                                            .arg(laterBytes)
                                            .toStdString());
    };
    auto small = run(10), large = run(100000);
    const views::HeapExtent a(asFreelist(*small)), b(asFreelist(*large));
    const auto breakAt1 = asFreelist(*small).timeline().initialState().programBreak();
    QCOMPARE(a.at(0, breakAt1), b.at(0, breakAt1));
    QCOMPARE(a.at(1, breakAt1 + 8192), b.at(1, breakAt1 + 8192));
    // Once the large one has grown, its bar is longer.
    large->seek(2);
    QVERIFY(b.at(2, asFreelist(*large).timeline().state().programBreak()) > a.at(2, breakAt1 + 8192));
  }

  // A free that trims: the block turns free, merges into the top, then a beat marks the pages
  // going back before the break moves down.
  void aTrimHasItsOwnBeat() {
    auto simulation = loadScenario(QStringLiteral("freelist-sbrk.oslens.json"));
    const auto& freelist = asFreelist(*simulation);
    auto frame = engine::stepFrame(freelist.timeline(), 5);  // free(D)
    const auto beats = views::heapBeats(frame.before, frame.events, frame.after);
    QVERIFY(beats.size() >= 3);
    const auto& trim = beats[beats.size() - 2];
    QVERIFY(trim.trimTo.has_value());
    QCOMPARE(trim.programBreak, frame.before.programBreak());
    QCOMPARE(*trim.trimTo, frame.after.programBreak());
    QVERIFY(!beats.back().trimTo);
    // Drawn: the pages going back are named.
    simulation->seek(5);
    views::HeapScene scene(freelist);
    scene.showBeat(beats.size() - 2);
    test::saveFrame(scene, QStringLiteral("freelist-trim-beat"));
    const QString bytes = views::FreelistNarrator::bytesText(frame.before.programBreak() - frame.after.programBreak());
    QVERIFY2(scene.texts().contains(QStringLiteral("trim: %1 back to the kernel").arg(bytes)), qPrintable(scene.texts().join(QStringLiteral(" | "))));
    QVERIFY(scene.pointerLabels().contains(QStringLiteral("D → freed (dangling)")));
    scene.showBeat(0);
    QVERIFY(scene.pointerLabels().contains(QStringLiteral("D → 5392")));
  }

  // Worst fit's last request: four entries examined, none large enough. Each beat reveals one
  // verdict; before the walk has played, nothing says "too small".
  void theWalkRevealsOneEntryABeat() {
    auto simulation = loadScenario(QStringLiteral("freelist-worst-fit.oslens.json"));
    views::FreelistView view(asFreelist(*simulation));
    simulation->seek(13);
    view.showPosition(12, 13, true);
    views::HeapScene& scene = *view.heap();
    QVERIFY(scene.isAnimating());
    QCOMPARE(scene.beatCount(), std::size_t{6});  // the request, four entries, the outcome
    for (std::size_t beat = 0; beat < 5; ++beat) {
      scene.showBeat(beat);
      QCOMPARE(verdictsShown(scene), static_cast<int>(beat));
    }
    scene.showBeat(5);
    QCOMPARE(scene.verdictLabels(), QStringList(4, QStringLiteral("too small")));  // a failure keeps its walk
  }

  // Best fit's G = malloc(8): the chosen block is known only once every entry has been looked at,
  // and G appears on the bar only on the last beat.
  void nothingGivesTheFitAwayBeforeItPlays() {
    auto simulation = loadScenario(QStringLiteral("freelist-best-fit.oslens.json"));
    views::FreelistView view(asFreelist(*simulation));
    simulation->seek(10);
    view.showPosition(9, 10, true);
    views::HeapScene& scene = *view.heap();
    const std::size_t beats = scene.beatCount();
    QCOMPARE(beats, std::size_t{7});  // the request, four entries, the cut, the outcome
    for (std::size_t beat = 0; beat + 1 < beats; ++beat) {
      scene.showBeat(beat);
      QVERIFY(!scene.barLabels().contains(QStringLiteral("G")));
    }
    scene.showBeat(1);
    QCOMPARE(scene.verdictLabels().value(0), QStringLiteral("best so far"));
    QVERIFY(scene.verdictLabels().value(1).isEmpty());
    scene.showBeat(beats - 2);  // the walk is over: the chosen box is outlined and the cut shown
    QVERIFY(scene.texts().contains(QStringLiteral("split here")));
    scene.showBeat(beats - 1);
    QVERIFY(scene.barLabels().contains(QStringLiteral("G")));
    QVERIFY(!scene.texts().contains(QStringLiteral("split here")));
    view.finishAnimations();
    QVERIFY(!scene.isAnimating());
  }

  // Rewind is exact: a scene moved about (jumps and animated single steps both ways) shows what a
  // scene built fresh at the same position shows.
  void steppedSceneEqualsFreshScene() {
    const QString name = QStringLiteral("freelist-realloc.oslens.json");
    auto simulation = loadScenario(name);
    views::FreelistView live(asFreelist(*simulation));
    engine::Rng rng(7);
    int position = 0;
    const int steps = static_cast<int>(simulation->stepCount());
    for (int move = 0; move < 40; ++move) {
      const int to = move % 3 == 0 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(steps) + 1))
                                   : std::clamp(position + (rng.below(2) ? 1 : -1), 0, steps);
      simulation->seek(static_cast<std::size_t>(to));
      live.showPosition(position, to, true);
      live.finishAnimations();
      position = to;
      auto fresh = loadScenario(name);
      fresh->seek(static_cast<std::size_t>(to));
      views::FreelistView rebuilt(asFreelist(*fresh));
      QCOMPARE(live.heap()->listLabels(), rebuilt.heap()->listLabels());
      QCOMPARE(live.heap()->barLabels(), rebuilt.heap()->barLabels());
      QCOMPARE(live.heap()->verdictLabels(), rebuilt.heap()->verdictLabels());
    }
  }

  // A free plays the block turning free, then each merge.
  void aFreePlaysEachMerge() {
    auto simulation = loadScenario(QStringLiteral("freelist-coalescing-on.oslens.json"));
    views::FreelistView view(asFreelist(*simulation));
    simulation->seek(6);  // free(C): B before it is free, D after it in use
    view.showPosition(5, 6, true);
    QCOMPARE(view.heap()->beatCount(), std::size_t{4});  // C highlighted, C free, the merge, the outcome
    auto twoSided = loadScenario(QStringLiteral("freelist-double-free.oslens.json"));
    views::FreelistView other(asFreelist(*twoSided));
    twoSided->seek(8);  // free(B): A's free block before it, the free top after it
    other.showPosition(7, 8, true);
    QCOMPARE(other.heap()->beatCount(), std::size_t{5});
    view.finishAnimations();
    QCOMPARE(view.heap()->listLabels(), expectedList(asFreelist(*simulation)));
  }

  void theChartMarksFailedMallocsUpToTheStepShown() {
    auto simulation = loadScenario(QStringLiteral("freelist-worst-fit.oslens.json"));
    views::HeapChart chart(asFreelist(*simulation));
    chart.waitUntilReady();
    chart.setCurrentStep(12);
    QCOMPARE(chart.failureSeries()->count(), 0);
    // Not in the legend before anything has failed.
    QVERIFY(!chart.failureSeries()->isVisible());
    chart.setCurrentStep(13);
    QCOMPARE(chart.failureSeries()->count(), 1);
    QCOMPARE(chart.failureSeries()->at(0), QPointF(13, 56));
    QVERIFY(chart.failureSeries()->isVisible());
    // External fragmentation, 1 - largest/free: at step 9, 40 of 85 free bytes in one block; its
    // level holds on for half a step so that it shows.
    chart.setCurrentStep(9);
    const auto* fragmentation = chart.fragmentationSeries();
    QCOMPARE(fragmentation->at(fragmentation->count() - 1), QPointF(9.5, 100.0 * (1.0 - 40.0 / 85.0)));
  }

  void theTableHoldsTheBlocksInUse() {
    auto simulation = loadScenario(QStringLiteral("freelist-coalescing-on.oslens.json"));
    views::HeapBlocksModel model(asFreelist(*simulation));
    simulation->seek(4);
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(1, views::HeapBlocksModel::TagColumn), Qt::DisplayRole).toString(), QStringLiteral("B"));
    QCOMPARE(model.data(model.index(1, views::HeapBlocksModel::PointerColumn), Qt::DisplayRole).toString(), QStringLiteral("1029"));
    QCOMPARE(model.data(model.index(1, views::HeapBlocksModel::OverheadColumn), Qt::DisplayRole).toULongLong(), 4ull);
  }
};

OSLENS_QTEST_MAIN(HeapSceneTest)
#include "heap_scene_test.moc"

// The slab views: the caches' three lists, their slabs' objects and the memory bar follow the
// timeline forwards and backwards exactly; an allocation lights the cell it took, a slab that
// changes list flies to its new lane, a new slab rises from its pages and a destroyed one sinks
// into them; kmalloc caches appear once they hold a slab; a huge run is drawn with a bounded
// number of items; /proc/slabinfo agrees with the JSON summary. Offscreen QtTest.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWidget>

#include "engine/core/rng.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/kit/flight_player.h"
#include "views/kit/memory_bar_item.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/export/deck_exporter.h"
#include "views/slab/live_objects_model.h"
#include "views/slab/slab_info_model.h"
#include "views/slab/slab_scene.h"
#include "views/slab/slab_strip_item.h"
#include "views/slab/slab_step_marks.h"
#include "views/slab/slab_view.h"
#include "views/core/view_palette.h"
#include "views/slab/slab_folding.h"

using namespace oslens;
using engine::slab::SlabList;
using engine::slab::SlabSimulation;

namespace {
constexpr const char* kLifecycle = "slab-cache-lifecycle.oslens.json";
constexpr const char* kKmalloc = "slab-kmalloc-mixed.oslens.json";
// Eight kmalloc caches, 32 to 1k, then a large kmalloc and frees.
constexpr const char* kEightCaches = R"({"oslens": 1, "module": "slab", "config": {"pages": 64}, "ops": [
  {"kmalloc": {"bytes": 20, "tag": "a"}}, {"kmalloc": {"bytes": 60, "tag": "b"}}, {"kmalloc": {"bytes": 90, "tag": "c"}},
  {"kmalloc": {"bytes": 120, "tag": "d"}}, {"kmalloc": {"bytes": 180, "tag": "e"}}, {"kmalloc": {"bytes": 250, "tag": "f"}},
  {"kmalloc": {"bytes": 500, "tag": "g"}}, {"kmalloc": {"bytes": 1000, "tag": "h"}}, {"kmalloc": {"bytes": 20000, "tag": "big"}},
  {"kfree": "c"}, {"kfree": "big"}, {"kmalloc": {"bytes": 24, "tag": "i"}}, {"kfree": "a"}]})";

std::unique_ptr<engine::Simulation> loadScenario(const char* name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
}

const SlabSimulation& asSlab(const engine::Simulation& s) { return dynamic_cast<const SlabSimulation&>(s); }

// Set OSLENS_SAVE_FRAMES=DIR to look at the moments of an animation.
void saveFrame(QGraphicsScene& scene, const QString& name) { test::saveFrame(scene, QStringLiteral("slab-") + name); }

void moveTo(engine::Simulation& simulation, views::SlabView& view, int from, int to, bool animate) {
  simulation.seek(static_cast<std::size_t>(to));
  view.showPosition(from, to, animate);
}

// What the diagram must show: for each cache drawn, each list's first slabs head first (the
// engine's slabs_full / slabs_partial / slabs_free), each slab's free objects as the engine has
// them, and "+k more" for the rest.
void compareWithEngine(const views::SlabScene& scene, const SlabSimulation& simulation) {
  const auto& state = simulation.timeline().state();
  for (const QString& name : scene.cacheNames()) {
    const auto cache = state.cacheNamed(name.toStdString());
    QVERIFY2(cache, qPrintable(name));
    if (scene.isFolded(name)) {
      // A folded cache is one line: its objects in use and each list's count, no slab drawn.
      const QStringList line = scene.summaryOf(name);
      QCOMPARE(line.size(), 4);
      QVERIFY2(line[0].contains(QStringLiteral("%1 of %2 in use")
                                    .arg(state.caches[*cache].activeObjs)
                                    .arg(state.caches[*cache].slabCount() * state.geometry(*cache).num)),
               qPrintable(line[0]));
      for (SlabList list : {SlabList::Full, SlabList::Partial, SlabList::Free}) {
        const auto count = state.slabsOn(*cache, list).size();
        QCOMPARE(line[1 + static_cast<int>(list)], count == 0   ? QStringLiteral("empty")
                                                   : count == 1 ? QStringLiteral("1 slab")
                                                                : QStringLiteral("%1 slabs").arg(count));
        QVERIFY(scene.listPfns(name, list).isEmpty());
      }
      continue;
    }
    for (SlabList list : {SlabList::Full, SlabList::Partial, SlabList::Free}) {
      const auto onList = state.slabsOn(*cache, list);
      QStringList expected;
      for (std::size_t i = 0; i < onList.size() && i < views::SlabLayout::kShownPerList; ++i) {
        const auto pfn = state.slab(*cache, onList[i]).pfn;
        expected << QString::number(pfn);
        const views::SlabStripItem* item = scene.stripItem(name, pfn);
        QVERIFY2(item, qPrintable(QStringLiteral("%1 slab %2").arg(name).arg(pfn)));
        const auto free = state.freeObjects(*cache, onList[i]);
        int drawnFree = 0;
        for (auto cell : item->strip().cells) drawnFree += cell != views::SlabStrip::Cell::Used;
        QCOMPARE(drawnFree, static_cast<int>(free.size()));
        for (auto index : free) QVERIFY(item->strip().cells[index] != views::SlabStrip::Cell::Used);
        QCOMPARE(item->strip().next, free.empty() ? -1 : static_cast<int>(free.front()));
      }
      QCOMPARE(scene.listPfns(name, list), expected);
      QCOMPARE(scene.moreText(name, list).isEmpty(), onList.size() <= views::SlabLayout::kShownPerList);
    }
  }
  // Small memories draw every block on the bar, each as its own span.
  const auto blocks = state.memory.blocks();
  QCOMPARE(scene.memoryBar()->spans().size(), blocks.size());
}

// A view stepped to `step` shows exactly what a view built fresh there shows.
void expectSameAsFresh(const views::SlabView& view, const char* scenario, int step) {
  auto fresh = scenario[0] == '{' ? engine::loadSimulation(scenario) : loadScenario(scenario);
  fresh->seek(static_cast<std::size_t>(step));
  views::SlabView rebuilt(asSlab(*fresh));
  QCOMPARE(view.diagram()->contentSignature(), rebuilt.diagram()->contentSignature());
}

// The flights the player has on the scene now that draw a slab.
std::vector<views::SlabStripItem*> flyingStrips(const views::SlabScene& scene) {
  std::vector<views::SlabStripItem*> out;
  for (QGraphicsItem* item : scene.items())
    if (item->type() == views::SlabStripItem::Type && item->zValue() >= 20 && item->isVisible())
      out.push_back(static_cast<views::SlabStripItem*>(item));
  return out;
}

// Random allocations and frees over several caches and kmalloc sizes, as a scenario text.
std::string randomScenario(std::uint32_t pages, int caches, int ops, std::uint64_t seed) {
  engine::Rng rng(seed);
  std::string text = R"({"oslens": 1, "module": "slab", "config": {"pages": )" + std::to_string(pages) + R"(, "caches": [)";
  for (int c = 0; c < caches; ++c)
    text += (c ? "," : "") + std::string(R"({"name": "c)") + std::to_string(c) + R"(", "object_size": )" +
            std::to_string(16 + rng.below(2000)) + "}";
  text += R"(]}, "ops": [)";
  std::vector<int> live;
  int next = 0;
  for (int i = 0; i < ops; ++i) {
    if (i) text += ',';
    if (!live.empty() && rng.below(100) < 40) {
      const std::size_t k = rng.below(live.size());
      text += R"({"kfree": "t)" + std::to_string(live[k]) + R"("})";
      live[k] = live.back();
      live.pop_back();
    } else if (rng.below(100) < 70) {
      text += R"({"cache_alloc": {"cache": "c)" + std::to_string(rng.below(static_cast<std::uint64_t>(caches))) +
              R"(", "tag": "t)" + std::to_string(next) + R"("}})";
      live.push_back(next++);
    } else {
      text += R"({"kmalloc": {"bytes": )" + std::to_string(1 + rng.below(6000)) + R"(, "tag": "t)" + std::to_string(next) + R"("}})";
      live.push_back(next++);
    }
  }
  return text + "]}";
}
}  // namespace

class SlabViewTest : public QObject {
  Q_OBJECT

 private slots:
  void theRegistryKnowsTheSlabModule() {
    auto simulation = loadScenario(kLifecycle);
    auto view = views::createModuleView(*simulation);
    QVERIFY(view);
    QCOMPARE(view->viewNames(), QStringList{QStringLiteral("memory")});
    QVERIFY(view->scene(QStringLiteral("memory")));
    simulation->seek(1);
    QVERIFY(views::narrateCurrentStep(*simulation).join(' ').contains(QStringLiteral("kmem_cache_alloc(inode)")));
  }

  void theDiagramSaysWhichSlabDesignItShows() {
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    const QString texts = view.diagram()->contentSignature().join(' ');
    QVERIFY(texts.contains(QStringLiteral("Bonwick 1994")));
    QVERIFY(texts.contains(QStringLiteral("mm/slab.c")));
    QVERIFY(texts.contains(QStringLiteral("SLUB")));
  }

  void listsAndObjectsFollowEveryStepForwardAndBack() {
    for (const char* name : {kLifecycle, kKmalloc}) {
      auto simulation = loadScenario(name);
      views::SlabView view(asSlab(*simulation));
      const int steps = static_cast<int>(simulation->stepCount());
      for (int step = 1; step <= steps; ++step) {
        moveTo(*simulation, view, step - 1, step, false);
        compareWithEngine(*view.diagram(), asSlab(*simulation));
      }
      for (int step = steps - 1; step >= 0; --step) {
        moveTo(*simulation, view, step + 1, step, false);
        compareWithEngine(*view.diagram(), asSlab(*simulation));
      }
    }
    // The lifecycle's fourth object fills the slab at page 0; the fifth grows one at page 1.
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    moveTo(*simulation, view, 0, 5, false);
    QCOMPARE(view.diagram()->listPfns(QStringLiteral("inode"), SlabList::Full), QStringList{QStringLiteral("0")});
    QCOMPARE(view.diagram()->listPfns(QStringLiteral("inode"), SlabList::Partial), QStringList{QStringLiteral("1")});
  }

  // Rewind is safe only if a scene stepped to a position shows exactly what a scene built fresh at
  // that position shows: random jumps and single animated steps both ways, compared item by item.
  void steppedSceneEqualsFreshSceneAfterRandomMoves() {
    for (const char* name : {kLifecycle, kKmalloc}) {
      auto simulation = loadScenario(name);
      views::SlabView live(asSlab(*simulation));
      live.setAnimationSpeed(1.0);
      engine::Rng rng(7);
      int position = 0;
      const int steps = static_cast<int>(simulation->stepCount());
      for (int move = 0; move < 60; ++move) {
        const int to = move % 4 == 0 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(steps) + 1))
                                     : std::clamp(position + (rng.below(2) ? 1 : -1), 0, steps);
        moveTo(*simulation, live, position, to, true);
        // Half the time the next move interrupts the animation, half the time it ends first.
        if (move % 2 == 0) live.finishAnimations();
        position = to;
        live.finishAnimations();
        expectSameAsFresh(live, name, to);
        if (QTest::currentTestFailed()) return;
      }
    }
  }

  void anAllocationLightsTheCellItTook() {
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    view.setAnimationSpeed(0.25);
    moveTo(*simulation, view, 0, 2, false);
    moveTo(*simulation, view, 2, 3, true);  // i3: object 2 of the slab at page 0
    views::SlabScene& scene = *view.diagram();
    QVERIFY(scene.isAnimating());
    scene.player()->showAt(0.5);
    saveFrame(scene, QStringLiteral("alloc-50"));
    view.finishAnimations();
    const views::SlabStripItem* slab = scene.stripItem(QStringLiteral("inode"), 0);
    QVERIFY(slab);
    QCOMPARE(slab->highlightedObject(), 2);
    QCOMPARE(slab->strip().tags[2], QStringLiteral("i3"));
    QVERIFY(scene.outcomeText().contains(QStringLiteral("i3 gets object 2 of the slab at page 0")));

    // A free lights the object it gave back: i2 was object 1.
    moveTo(*simulation, view, 3, 6, false);
    moveTo(*simulation, view, 6, 7, true);
    view.finishAnimations();
    slab = scene.stripItem(QStringLiteral("inode"), 0);
    QVERIFY(slab);
    QCOMPARE(slab->highlightedObject(), 1);
    QVERIFY(slab->strip().cells[1] != views::SlabStrip::Cell::Used);
    // ... and the object it freed is the next one handed out (slab_put_obj, LIFO).
    QCOMPARE(slab->strip().next, 1);
    // Other slabs light nothing.
    QCOMPARE(scene.stripItem(QStringLiteral("inode"), 1)->highlightedObject(), -1);
  }

  void aSlabThatChangesListFliesToItsNewLane() {
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    view.setAnimationSpeed(0.25);
    views::SlabScene& scene = *view.diagram();
    moveTo(*simulation, view, 0, 3, false);
    const QRectF partial = scene.layout().stripRect(0, SlabList::Partial, 0);
    const QRectF full = scene.layout().stripRect(0, SlabList::Full, 0);
    moveTo(*simulation, view, 3, 4, true);  // i4 fills the slab: slabs_partial -> slabs_full
    QVERIFY(scene.isAnimating());
    // The slab itself is in flight: its place on slabs_full stays empty until it lands.
    QVERIFY(!scene.stripItem(QStringLiteral("inode"), 0));
    scene.player()->showAt(0.0);
    auto flying = flyingStrips(scene);
    QCOMPARE(flying.size(), std::size_t{1});
    QCOMPARE(flying[0]->rect(), partial);
    scene.player()->showAt(0.75);
    saveFrame(scene, QStringLiteral("move-75"));
    scene.player()->showAt(1.0);
    QCOMPARE(flyingStrips(scene)[0]->rect(), full);
    view.finishAnimations();
    QVERIFY(flyingStrips(scene).empty());
    QCOMPARE(scene.stripItem(QStringLiteral("inode"), 0)->rect(), full);

    // Back: the same flight in reverse, ending on slabs_partial.
    moveTo(*simulation, view, 4, 3, true);
    QVERIFY(scene.isAnimating());
    scene.player()->showAt(1.0);
    QCOMPARE(flyingStrips(scene)[0]->rect(), full);
    view.finishAnimations();
    QCOMPARE(scene.stripItem(QStringLiteral("inode"), 0)->rect(), partial);
    compareWithEngine(scene, asSlab(*simulation));
  }

  void aNewSlabRisesFromItsPagesAndAShrunkOneSinksIntoThem() {
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    view.setAnimationSpeed(0.25);
    views::SlabScene& scene = *view.diagram();
    moveTo(*simulation, view, 0, 4, false);
    moveTo(*simulation, view, 4, 5, true);  // i5: no free object, the cache grows at page 1
    scene.player()->showAt(0.0);
    auto flying = flyingStrips(scene);
    QCOMPARE(flying.size(), std::size_t{1});
    QCOMPARE(flying[0]->rect().top(), scene.layout().barTop());  // out of its page on the memory bar
    scene.player()->showAt(0.3);
    saveFrame(scene, QStringLiteral("grow-30"));
    QVERIFY(flying[0]->rect().top() < scene.layout().barTop());
    // The slab's own place stays empty until it lands.
    QVERIFY(!scene.stripItem(QStringLiteral("inode"), 1));
    view.finishAnimations();
    QVERIFY(scene.stripItem(QStringLiteral("inode"), 1));

    moveTo(*simulation, view, 5, 12, false);
    QCOMPARE(scene.listPfns(QStringLiteral("inode"), SlabList::Free), QStringList{QStringLiteral("1")});
    moveTo(*simulation, view, 12, 13, true);  // shrink: page 1 goes back to the buddy allocator
    QVERIFY(scene.isAnimating());
    scene.player()->showAt(0.0);
    QCOMPARE(flyingStrips(scene).size(), std::size_t{1});
    scene.player()->showAt(1.0);
    QVERIFY(flyingStrips(scene).empty());  // faded out on the bar
    view.finishAnimations();
    QVERIFY(scene.listPfns(QStringLiteral("inode"), SlabList::Free).isEmpty());
    QVERIFY(scene.outcomeText().contains(QStringLiteral("1 empty slab destroyed")));
  }

  void scrubbingSnapsWithoutAnimating() {
    auto simulation = loadScenario(kKmalloc);
    views::SlabView view(asSlab(*simulation));
    view.setAnimationSpeed(1.0);
    const int end = static_cast<int>(simulation->stepCount());
    moveTo(*simulation, view, 0, end, true);
    QVERIFY(!view.diagram()->isAnimating());
    expectSameAsFresh(view, kKmalloc, end);
    moveTo(*simulation, view, end, 0, true);
    QVERIFY(!view.diagram()->isAnimating());
    expectSameAsFresh(view, kKmalloc, 0);
  }

  void kmallocCachesAppearOnceTheyHoldASlab() {
    auto simulation = loadScenario(kKmalloc);
    views::SlabView view(asSlab(*simulation));
    views::SlabScene& scene = *view.diagram();
    QVERIFY(scene.cacheNames().isEmpty());
    QVERIFY(scene.contentSignature().join(' ').contains(QStringLiteral("kmalloc-96")));  // named as not drawn yet
    moveTo(*simulation, view, 0, 1, false);  // kmalloc(10)
    QCOMPARE(scene.cacheNames(), QStringList{QStringLiteral("kmalloc-32")});
    moveTo(*simulation, view, 1, 8, false);
    QVERIFY(!scene.cacheNames().contains(QStringLiteral("kmalloc-96")));
    moveTo(*simulation, view, 8, 9, true);  // kmalloc(90): kmalloc-96's first slab
    view.finishAnimations();
    QCOMPARE(scene.cacheNames(), QStringList({QStringLiteral("kmalloc-32"), QStringLiteral("kmalloc-96"),
                                              QStringLiteral("kmalloc-128"), QStringLiteral("kmalloc-192"),
                                              QStringLiteral("kmalloc-4k")}));
    moveTo(*simulation, view, 9, 8, true);
    view.finishAnimations();
    QVERIFY(!scene.cacheNames().contains(QStringLiteral("kmalloc-96")));
    // A large kmalloc is no cache's: its pages are drawn grey with its tag.
    moveTo(*simulation, view, 8, 5, false);
    bool tableSeen = false;
    for (const auto& span : scene.memoryBar()->spans()) tableSeen = tableSeen || span.label == QStringLiteral("table");
    QVERIFY(tableSeen);
  }

  // kmalloc-96 comes into view above kmalloc-128 (a table that does not fold): the rows under it
  // move down at once, strips and names together, and the new slab rises into the room they leave.
  void rowsMakeRoomForACacheComingIntoView() {
    auto simulation = engine::loadSimulation(
        R"({"oslens": 1, "module": "slab", "config": {"pages": 16}, "ops": [{"kmalloc": {"bytes": 100, "tag": "a"}},
            {"kmalloc": {"bytes": 90, "tag": "b"}}]})");
    views::SlabView view(asSlab(*simulation));
    view.setAnimationSpeed(0.25);
    views::SlabScene& scene = *view.diagram();
    QVERIFY(!scene.folding().folds());
    moveTo(*simulation, view, 0, 1, false);
    const QRectF before = scene.stripItem(QStringLiteral("kmalloc-128"), 0)->rect();
    moveTo(*simulation, view, 1, 2, true);
    QVERIFY(scene.isAnimating());
    const QRectF after = scene.layout().stripRect(1, SlabList::Partial, 0);
    QVERIFY(after.top() > before.top());
    scene.player()->showAt(0.25);
    saveFrame(scene, QStringLiteral("room-25"));
    const auto flying = flyingStrips(scene);
    QCOMPARE(flying.size(), std::size_t{1});  // only the new slab of kmalloc-96
    QCOMPARE(flying[0]->strip().pfn, engine::slab::Pfn{1});
    QCOMPARE(scene.stripItem(QStringLiteral("kmalloc-128"), 0)->rect(), after);
    QVERIFY(!flying[0]->rect().intersects(after));
  }

  // Every object of every drawn slab, at every step of the built-ins and of random caches of 16 to
  // 2,000-byte objects (up to 255 a slab), has a cell at least 24 units wide and 20 high: room for
  // its index in 12 px type (9 pt, the smallest label the strip draws). A 124-object slab of
  // kmalloc-32 is 8 rows of 16.
  void everyObjectCellHoldsItsLabel() {
    const QFontMetricsF smallest(views::ViewPalette::font(9));
    auto check = [&](engine::Simulation& simulation, const QString& what) {
      views::SlabView view(asSlab(simulation));
      int cells = 0;
      for (int step = 0; step <= static_cast<int>(simulation.stepCount()); ++step) {
        moveTo(simulation, view, step - 1, step, false);
        for (QGraphicsItem* item : view.diagram()->items()) {
          if (item->type() != views::SlabStripItem::Type || !item->isVisible()) continue;
          const auto* strip = static_cast<const views::SlabStripItem*>(item);
          for (int i = 0; i < strip->strip().objectCount(); ++i, ++cells) {
            const QRectF cell = strip->strip().objectRect(strip->rect(), i);
            const QString where = QStringLiteral("%1 step %2 slab %3 object %4: %5 x %6")
                                      .arg(what).arg(step).arg(strip->strip().pfn).arg(i).arg(cell.width()).arg(cell.height());
            QVERIFY2(cell.width() >= 24 && cell.height() >= 20, qPrintable(where));
            QVERIFY2(smallest.horizontalAdvance(QString::number(i)) + 4 <= cell.width(), qPrintable(where));
            QVERIFY2(strip->rect().contains(cell.adjusted(0.01, 0.01, -0.01, -0.01)), qPrintable(where));
          }
        }
      }
      QVERIFY2(cells > 0, qPrintable(what));
    };
    for (const char* name : {kLifecycle, kKmalloc}) {
      auto simulation = loadScenario(name);
      check(*simulation, QString::fromLatin1(name));
    }
    auto random = engine::loadSimulation(randomScenario(256, 6, 120, 11));
    check(*random, QStringLiteral("random"));

    auto simulation = loadScenario(kKmalloc);
    simulation->seek(6);
    views::SlabView view(asSlab(*simulation));
    const views::SlabStripItem* slab = view.diagram()->stripItem(QStringLiteral("kmalloc-32"), 0);
    QVERIFY(slab);
    QCOMPARE(slab->strip().objectCount(), 124);
    QCOMPARE(slab->strip().columns, 16);
    QCOMPARE(slab->strip().rows(), 8);
    QCOMPARE(slab->strip().objectRect(slab->rect(), 17).top(), slab->strip().objectRect(slab->rect(), 1).bottom());
  }

  // Eight kmalloc caches do not fit a slide in full: the table folds, each cache a line with its
  // objects in use and its lists' counts, but the one the step is about (a large kmalloc's step
  // keeps the one before). The memory bar stays put from step to step once every cache is in view.
  void aTableOfManyCachesFoldsAllButTheStepsCache() {
    auto simulation = engine::loadSimulation(kEightCaches);
    views::SlabView view(asSlab(*simulation));
    views::SlabScene& scene = *view.diagram();
    QVERIFY(scene.folding().folds());
    auto folds = [](const engine::slab::SlabState& state, const std::vector<engine::slab::SlabOp>& ops) {
      return views::SlabFolding(state, ops).folds();
    };
    QVERIFY(!folds(asSlab(*loadScenario(kLifecycle)).timeline().initialState(), asSlab(*loadScenario(kLifecycle)).timeline().ops()));
    QString expandedBefore;
    qreal barBefore = -1;
    QStringList namesBefore;
    for (int step = 1; step <= static_cast<int>(simulation->stepCount()); ++step) {
      moveTo(*simulation, view, step - 1, step, true);
      view.finishAnimations();
      const auto& timeline = asSlab(*simulation).timeline();
      const auto marks = views::SlabStepMarks::of(timeline.lastEvents());
      QStringList expanded;
      for (const QString& name : scene.cacheNames())
        if (!scene.isFolded(name)) expanded << name;
      QCOMPARE(expanded.size(), 1);
      if (marks.cache != engine::slab::kNoCache)
        QCOMPARE(expanded[0], QString::fromStdString(timeline.state().cacheName(marks.cache)));
      else
        QCOMPARE(expanded[0], expandedBefore);  // a large kmalloc touches no cache: nothing changes
      compareWithEngine(scene, asSlab(*simulation));
      if (scene.cacheNames() == namesBefore) QCOMPARE(scene.layout().barTop(), barBefore);
      expandedBefore = expanded[0];
      barBefore = scene.layout().barTop();
      namesBefore = scene.cacheNames();
      expectSameAsFresh(view, kEightCaches, step);
    }
    QCOMPARE(scene.cacheNames().size(), 8);
    const QStringList line = scene.summaryOf(QStringLiteral("kmalloc-64"));
    QCOMPARE(line.value(0), QStringLiteral("kmalloc-64 · 1 of 64 in use"));
  }

  // The diagram is wide rather than tall, like the screen and the slide: fitted into the picture
  // area of presentation mode on a 1920x1080 projector (about 1920 x 865 under the caption), it is
  // drawn at 0.8x or more at every step of the built-ins and of eight caches, so 12 px labels show
  // at 9.6 px or more and the 15 px facts at 12 (before the slabs wrapped: 0.62x).
  void theDiagramFitsAProjectorAtEveryStep() {
    auto check = [](engine::Simulation& simulation, const QString& what) {
      views::SlabView view(asSlab(simulation));
      for (int step = 0; step <= static_cast<int>(simulation.stepCount()); ++step) {
        moveTo(simulation, view, step - 1, step, false);
        const QRectF r = view.diagram()->sceneRect();
        const qreal scale = std::min(1920 / r.width(), 865 / r.height());
        QVERIFY2(scale >= 0.8, qPrintable(QStringLiteral("%1 step %2: %3 x %4").arg(what).arg(step).arg(r.width()).arg(r.height())));
        QVERIFY(view.diagram()->itemsBoundingRect().width() <= r.width() + 1);
      }
    };
    for (const char* name : {kLifecycle, kKmalloc}) {
      auto simulation = loadScenario(name);
      check(*simulation, QString::fromLatin1(name));
    }
    auto eight = engine::loadSimulation(kEightCaches);
    check(*eight, QStringLiteral("eight caches"));
  }

  void slabinfoAgreesWithTheJsonSummary() {
    for (const char* name : {kLifecycle, kKmalloc}) {
      auto simulation = loadScenario(name);
      views::SlabView view(asSlab(*simulation));
      for (std::size_t step = 0; step <= simulation->stepCount(); ++step) {
        moveTo(*simulation, view, static_cast<int>(step) - 1, static_cast<int>(step), false);
        const auto summary = simulation->summary();
        const auto& slabinfo = summary["slabinfo"];
        views::SlabInfoModel& model = *view.slabInfo();
        QCOMPARE(static_cast<std::size_t>(model.rowCount()), slabinfo.size());
        const char* keys[] = {"name", "active_objs", "num_objs", "objsize", "objperslab", "pagesperslab", "full", "partial", "empty"};
        for (int row = 0; row < model.rowCount(); ++row)
          for (int column = 0; column < views::SlabInfoModel::ColumnCount; ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), QString::fromLatin1(keys[column]));
            const auto& expected = slabinfo[static_cast<std::size_t>(row)][keys[column]];
            const QVariant drawn = model.data(model.index(row, column), Qt::DisplayRole);
            if (column == 0) QCOMPARE(drawn.toString(), QString::fromStdString(expected.get<std::string>()));
            else QCOMPARE(drawn.toULongLong(), expected.get<qulonglong>());
          }
        QVERIFY(view.freePagesText().contains(QStringLiteral("%1 of").arg(summary["free_pages"].get<qulonglong>())));
      }
    }
  }

  void statePanelShowsTheTables() {
    auto simulation = loadScenario(kKmalloc);
    views::SlabView view(asSlab(*simulation));
    moveTo(*simulation, view, 0, 6, false);
    std::unique_ptr<QWidget> panel(view.createStateWidget(nullptr));
    panel->resize(520, 420);
    if (const QString dir = qEnvironmentVariable("OSLENS_SAVE_FRAMES"); !dir.isEmpty())
      panel->grab().save(QDir(dir).filePath(QStringLiteral("slab-state.png")));
    auto* live = view.liveObjects();
    QCOMPARE(live->rowCount(), 6);  // name, node (kmalloc-32), dentry, req, buf, table
    // By address: name is object 0 of the slab at page 0, node object 1.
    QCOMPARE(live->data(live->index(0, views::LiveObjectsModel::TagColumn), Qt::DisplayRole).toString(), QStringLiteral("name"));
    QCOMPARE(live->data(live->index(1, views::LiveObjectsModel::TagColumn), Qt::DisplayRole).toString(), QStringLiteral("node"));
    QCOMPARE(live->data(live->index(1, views::LiveObjectsModel::AddressColumn), Qt::DisplayRole).toString(), QStringLiteral("0x20"));
  }

  // 64 caches, 2^16 pages and 3·10^4 ops: lists end in "+k more", at most kMaxCaches caches are
  // drawn, the bar is gathered into spans; nothing is drawn per object or per slab of the whole.
  void aHugeRunIsDrawnWithABoundedNumberOfItems() {
    const std::string text = randomScenario(1u << 16, 64, 30'000, 3);
    auto simulation = engine::loadSimulation(text);
    simulation->seek(simulation->stepCount() * 3 / 4);
    QElapsedTimer timer;
    timer.start();
    views::SlabView view(asSlab(*simulation));
    const qint64 sceneMs = timer.restart();
    const int position = static_cast<int>(simulation->position());
    moveTo(*simulation, view, position, position + 1, true);
    view.finishAnimations();
    const qint64 stepMs = timer.restart();
    moveTo(*simulation, view, position + 1, 10, false);
    const qint64 jumpMs = timer.restart();
    moveTo(*simulation, view, 10, position + 1, false);
    qInfo("2^16 pages, 64 caches, 3·10^4 ops: view %lld ms, one animated step %lld ms, a jump back %lld ms (times are "
          "printed, not tested)", sceneMs, stepMs, jumpMs);
    views::SlabScene& scene = *view.diagram();
    QCOMPARE(static_cast<std::size_t>(scene.cacheNames().size()), views::SlabLayout::kMaxCaches);
    QVERIFY2(scene.items().size() < 1200, qPrintable(QString::number(scene.items().size())));
    QVERIFY(scene.memoryBar()->spans().size() < 1500);
    int longLists = 0;
    for (const QString& cache : scene.cacheNames())
      for (SlabList list : {SlabList::Full, SlabList::Partial, SlabList::Free}) longLists += !scene.moreText(cache, list).isEmpty();
    QVERIFY(longLists > 0);
    QVERIFY(scene.contentSignature().join(' ').contains(QStringLiteral("more caches not drawn")));
    // The step's own cache is among those drawn.
    const auto& state = asSlab(*simulation).timeline().state();
    const auto marks = views::SlabStepMarks::of(asSlab(*simulation).timeline().lastEvents());
    if (marks.cache != engine::slab::kNoCache)
      QVERIFY(scene.cacheNames().contains(QString::fromStdString(state.cacheName(marks.cache))));
    saveFrame(scene, QStringLiteral("huge"));
  }

  // kmalloc caches come into view as the steps go, so the diagram grows: every page of a deck is
  // as large as the largest step, and nothing is cut off.
  void aDeckOfAllStepsFitsTheTallestStep() {
    auto simulation = loadScenario(kKmalloc);
    qreal tallest = 0;
    {
      views::SlabView view(asSlab(*simulation));
      for (int step = 0; step <= static_cast<int>(simulation->stepCount()); ++step) {
        moveTo(*simulation, view, step - 1, step, false);
        // Without the scene's own title, as a slide draws it.
        tallest = std::max(tallest, views::SceneTitlesHidden(*view.diagram()).crop(view.diagram()->sceneRect()).height());
      }
    }
    simulation->seek(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pdf"));
    // At its own size, every page is as high as the tallest step plus the slide's title band.
    QCOMPARE(views::exportStepDeck(*simulation, QStringLiteral("memory"), path, views::SlideShape::Fit), QString());
    const double pageHeight = views::Slide::pageSize(views::SlideShape::Fit, {100, tallest}).height();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(file.readAll());
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    int pages = 0;
    for (auto it = mediaBox.globalMatch(pdf); it.hasNext(); ++pages) {
      const auto match = it.next();
      QVERIFY2(std::abs(match.captured(2).toDouble() * 96.0 / 72.0 - pageHeight) < 2, qPrintable(match.captured(0)));
    }
    QCOMPARE(pages, static_cast<int>(simulation->stepCount()) + 1);
    // As slides (the default), every page is 16:9: 13.33 x 7.5 inches.
    QCOMPARE(views::exportStepDeck(*simulation, QStringLiteral("memory"), path), QString());
    QFile slides(path);
    QVERIFY(slides.open(QIODevice::ReadOnly));
    const QString deck = QString::fromLatin1(slides.readAll());
    pages = 0;
    for (auto it = mediaBox.globalMatch(deck); it.hasNext(); ++pages) {
      const auto match = it.next();
      QCOMPARE(qRound(match.captured(1).toDouble()), 960);
      QCOMPARE(qRound(match.captured(2).toDouble()), 540);
    }
    QCOMPARE(pages, static_cast<int>(simulation->stepCount()) + 1);
  }

  void exportsAreValidFiles() {
    QTemporaryDir dir;
    auto simulation = loadScenario(kLifecycle);
    views::SlabView view(asSlab(*simulation));
    moveTo(*simulation, view, 0, 5, false);
    test::checkSceneExports(*view.scene(QStringLiteral("memory")), dir.path(), QStringLiteral("slab"));
  }
};

OSLENS_QTEST_MAIN(SlabViewTest)
#include "slab_view_test.moc"

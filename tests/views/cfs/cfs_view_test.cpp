// The CFS views: the red-black tree, the CPU, the process states and the Gantt chart follow the
// timeline forwards and backwards exactly; an insert animates its descent and fix-up with the
// textbook's case as the caption, and stepping back plays it in reverse; the charts cover the
// whole run; the narration names the rules; exports are valid. Offscreen QtTest.
#include <QChart>
#include <QValueAxis>
#include <QTemporaryDir>

#include "engine/sched/cfs/cfs_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/cfs/cfs_chart.h"
#include "views/kit/cpu_gantt.h"
#include "views/cfs/cfs_run_queue_scene.h"
#include "views/kit/task_state_diagram.h"
#include "views/cfs/cfs_tasks_model.h"
#include "views/cfs/cfs_tree_diagram.h"
#include "views/cfs/cfs_view.h"
#include "views/cfs/cpu_box.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"

#include <QLineSeries>

using namespace oslens;
using engine::cfs::CfsSimulation;
using engine::rbtree::kNil;
using engine::rbtree::NodeId;

namespace {
constexpr const char* kHogs = "cfs-interactive-vs-hogs.oslens.json";
constexpr const char* kTen = "cfs-ten-tasks-period.oslens.json";
constexpr const char* kNice = "cfs-nice-0-vs-5.oslens.json";

std::unique_ptr<engine::Simulation> loadScenario(const char* name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
}

const CfsSimulation& asCfs(const engine::Simulation& s) { return dynamic_cast<const CfsSimulation&>(s); }

void moveTo(engine::Simulation& simulation, views::CfsView& view, int from, int to, bool animate) {
  simulation.seek(static_cast<std::size_t>(to));
  view.showPosition(from, to, animate);
}

// The tree drawn must be the engine's: every queued task drawn with its colour, BST order left to
// right, parents above children, the leftmost ringed; nothing else drawn. The CPU shows `current`.
void compareWithEngine(views::CfsView& view, const CfsSimulation& simulation) {
  const auto& s = simulation.timeline().state();
  const views::CfsTreeDiagram& tree = *view.runQueue()->tree();
  for (NodeId id = 0; id < s.tasks.size(); ++id) {
    QCOMPARE(tree.nodeVisible(id), s.tree.contains(id));
    if (!s.tree.contains(id)) continue;
    QCOMPARE(tree.nodeIsRed(id), s.tree.color(id) == engine::rbtree::RbColor::Red);
    if (s.tree.parent(id) != kNil) QVERIFY(tree.nodeCenter(s.tree.parent(id)).y() < tree.nodeCenter(id).y());
    const NodeId next = s.tree.next(id);
    if (next != kNil) QVERIFY(tree.nodeCenter(id).x() < tree.nodeCenter(next).x());
  }
  QCOMPARE(tree.ringedNode(), s.tree.leftmost());
  const QString running = s.current == engine::sched::kNoTask ? QString() : QString::fromStdString(s.name(s.current));
  QCOMPARE(view.runQueue()->cpu()->taskText(), running);
  // Every chip in the place of its task's state, unless that place is full (it says "+N more").
  for (std::size_t task = 0; task < s.tasks.size(); ++task) {
    const auto state = s.tasks[task].run.state;
    const auto sharing = std::count_if(s.tasks.begin(), s.tasks.end(), [&](const auto& t) { return t.run.state == state; });
    const int place = view.states()->placeOfChip(task);
    if (place == -1 && sharing > 12) continue;
    QCOMPARE(place, static_cast<int>(state));
  }
}
}  // namespace

class CfsViewTest : public QObject {
  Q_OBJECT

 private slots:
  void theRegistryKnowsTheCfsModule() {
    auto simulation = loadScenario(kHogs);
    auto view = views::createModuleView(*simulation);
    QVERIFY(view);
    QCOMPARE(view->viewNames(), (QStringList{"runqueue", "states", "gantt", "vruntime", "share"}));
    for (const QString& name : view->viewNames()) QVERIFY(view->scene(name));
    simulation->seek(1);
    const QString sentences = views::narrateCurrentStep(*simulation).join(' ');
    QVERIFY2(sentences.contains(QStringLiteral("START_DEBIT")), qPrintable(sentences));
  }

  void everyStepForwardAndBackShowsTheEngineState() {
    for (const char* name : {kHogs, kTen, kNice}) {
      auto simulation = loadScenario(name);
      views::CfsView view(asCfs(*simulation));
      view.setAnimationSpeed(1.0);
      const int steps = static_cast<int>(simulation->stepCount());
      for (int step = 1; step <= steps; ++step) {
        moveTo(*simulation, view, step - 1, step, true);
        view.finishAnimations();
        compareWithEngine(view, asCfs(*simulation));
        if (QTest::currentTestFailed()) return qWarning("forward to step %d of %s", step, name);
      }
      for (int step = steps - 1; step >= 0; --step) {
        moveTo(*simulation, view, step + 1, step, true);
        view.finishAnimations();
        compareWithEngine(view, asCfs(*simulation));
        if (QTest::currentTestFailed()) return qWarning("back to step %d of %s", step, name);
      }
    }
  }

  void jumpsSnapToTheEngineState() {
    auto simulation = loadScenario(kTen);
    views::CfsView view(asCfs(*simulation));
    int at = 0;
    for (int target : {30, 3, 44, 0, 17}) {
      moveTo(*simulation, view, at, target, true);
      at = target;
      QVERIFY(!view.runQueue()->tree()->running());
      compareWithEngine(view, asCfs(*simulation));
    }
  }

  void anInsertDescendsAndNamesItsFixUpCase() {
    auto simulation = loadScenario(kTen);
    views::CfsView view(asCfs(*simulation));
    views::CfsTreeDiagram& tree = *view.runQueue()->tree();
    // Find a step whose tree events include a fix-up case with a rotation.
    const int steps = static_cast<int>(simulation->stepCount());
    int chosen = -1;
    for (int step = 1; step <= steps && chosen < 0; ++step) {
      simulation->seek(static_cast<std::size_t>(step));
      for (const auto& e : asCfs(*simulation).timeline().lastEvents())
        if (const auto* t = std::get_if<engine::cfs::CfsTree>(&e); t && std::holds_alternative<engine::rbtree::RbRotate>(t->change))
          chosen = step;
    }
    QVERIFY2(chosen > 0, "no step rotates the tree");
    moveTo(*simulation, view, 0, chosen - 1, false);
    moveTo(*simulation, view, chosen - 1, chosen, true);
    QVERIFY(tree.running());
    QStringList captions;
    for (int i = 1; i < 200; ++i) {
      tree.showAt(i / 200.0);
      if (captions.isEmpty() || captions.back() != tree.caption()) {
        captions << tree.caption();
        if (tree.caption().contains(QStringLiteral("Rotate")) && i % 3 == 0) test::saveFrame(*view.runQueue(), QStringLiteral("cfs-rotate"));
      }
      if (i == 60) test::saveFrame(*view.runQueue(), QStringLiteral("cfs-descend"));
    }
    const QString all = captions.join(QStringLiteral(" | "));
    QVERIFY2(all.contains(QStringLiteral("go ")), qPrintable(all));          // the descent
    QVERIFY2(all.contains(QStringLiteral("Rotate")), qPrintable(all));       // the rotation
    QVERIFY2(all.contains(QStringLiteral("case")), qPrintable(all));         // the textbook case
    test::saveFrame(*view.runQueue(), QStringLiteral("cfs-mid-insert"));
    view.finishAnimations();
    compareWithEngine(view, asCfs(*simulation));
    // And back: the reverse ends on the tree before the step.
    moveTo(*simulation, view, chosen, chosen - 1, true);
    QVERIFY(tree.running());
    view.finishAnimations();
    compareWithEngine(view, asCfs(*simulation));
  }

  void theGanttChartGrowsWithTheSteps() {
    auto simulation = loadScenario(kNice);
    views::CfsView view(asCfs(*simulation));
    const auto& ops = asCfs(*simulation).timeline().ops();
    const auto slices = views::CpuGantt::slicesUpTo(ops, ops.size());
    QVERIFY(!slices.empty());
    for (std::size_t i = 1; i < slices.size(); ++i) {
      QVERIFY(slices[i].fromNs >= slices[i - 1].toNs);
      QVERIFY(slices[i].task != slices[i - 1].task || slices[i].fromNs != slices[i - 1].toNs);  // merged
    }
    moveTo(*simulation, view, 0, 4, false);
    const int early = view.gantt()->filledColumns(0);
    moveTo(*simulation, view, 4, static_cast<int>(ops.size()), false);
    const int late = view.gantt()->filledColumns(0);
    QVERIFY(late > early);
    // A with weight 1024 against B's 335 fills about three quarters of the axis.
    const double share = static_cast<double>(late) / views::CpuGantt::kPlotWidth;
    QVERIFY2(std::abs(share - 0.75) < 0.05, qPrintable(QString::number(share)));
  }

  // The axes span the whole run from the first step; the lines reach only as far as the step
  // shown (no spoiler), and at the end they cover the run.
  void theChartsDrawTheRunSoFarOnTheWholeRunsAxes() {
    auto simulation = loadScenario(kNice);
    views::CfsView view(asCfs(*simulation));
    const auto* a = view.vruntimeChart()->taskSeries(0);
    const auto* axis = qobject_cast<QValueAxis*>(view.vruntimeChart()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis->max() >= 60.0);
    QVERIFY(a->count() <= 2);  // the run at its start: at most its first samples, at t = 0
    for (const QPointF& point : a->points()) QCOMPARE(point.x(), 0.0);
    const int steps = static_cast<int>(simulation->stepCount());
    moveTo(*simulation, view, 0, steps / 2, false);
    QVERIFY(a->count() > 2);
    const double halfway = a->at(a->count() - 1).x();
    QVERIFY2(halfway > 0 && halfway < 60.0, qPrintable(QString::number(halfway)));
    moveTo(*simulation, view, steps / 2, steps, false);
    QVERIFY(a->count() > 10);
    QCOMPARE(a->at(a->count() - 1).x(), 60.0);  // until_ns: 60 ms
    // The two vruntimes stay within a slice of each other: that is "fair".
    const auto* b = view.vruntimeChart()->taskSeries(1);
    QVERIFY(std::abs(a->at(a->count() - 1).y() - b->at(b->count() - 1).y()) < 6.0);
    const auto* share = view.shareChart()->taskSeries(0);
    QVERIFY(std::abs(share->at(share->count() - 1).y() - 1024.0 / 1359.0) < 0.03);
    // And back: a step back takes the line back with it.
    moveTo(*simulation, view, steps, steps / 2, false);
    QCOMPARE(a->at(a->count() - 1).x(), halfway);
  }

  // Step by step the run queue's picture never shrinks (it used to zoom when an insert's
  // animation ended), and a jump fits it anew.
  void theRunQueuePictureKeepsItsScaleStepByStep() {
    auto simulation = loadScenario(kTen);
    views::CfsView view(asCfs(*simulation));
    QGraphicsScene& scene = *view.runQueue();
    const int steps = static_cast<int>(simulation->stepCount());
    for (int step = 1; step <= steps; ++step) {
      const QRectF before = scene.sceneRect();
      moveTo(*simulation, view, step - 1, step, true);
      const QRectF playing = scene.sceneRect();
      view.finishAnimations();
      QVERIFY2(playing.contains(before), qPrintable(QString::number(step)));
      QVERIFY2(scene.sceneRect().contains(playing), qPrintable(QString::number(step)));
    }
    const QRectF grown = scene.sceneRect();
    moveTo(*simulation, view, steps, 0, false);
    QVERIFY(scene.sceneRect().width() * scene.sceneRect().height() < grown.width() * grown.height());
  }

  void theTasksTableFollowsTheState() {
    auto simulation = loadScenario(kHogs);
    views::CfsView view(asCfs(*simulation));
    moveTo(*simulation, view, 0, 10, false);
    auto* model = view.tasks();
    QCOMPARE(model->rowCount(), 3);
    const auto& s = asCfs(*simulation).timeline().state();
    for (int row = 0; row < 3; ++row)
      QCOMPARE(model->data(model->index(row, views::CfsTasksModel::Weight), Qt::DisplayRole).toUInt(), s.tasks[static_cast<std::size_t>(row)].weight);
  }

  void chineseFollowsEverywhere() {
    auto simulation = loadScenario(kHogs);
    views::CfsView view(asCfs(*simulation));
    moveTo(*simulation, view, 0, 8, false);
    const QString english = view.runQueue()->statusText();
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    view.retranslate();
    const QString chinese = view.runQueue()->statusText();
    QVERIFY2(chinese != english, qPrintable(chinese));
    QVERIFY(views::narrateCurrentStep(*simulation).join(' ').contains(QStringLiteral("步")));
    QTemporaryDir dir;
    test::checkSceneExports(*view.scene(QStringLiteral("states")), dir.path(), QStringLiteral("states-zh"));
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    view.retranslate();
  }

  void exportsAreValidFiles() {
    QTemporaryDir dir;
    auto simulation = loadScenario(kTen);
    views::CfsView view(asCfs(*simulation));
    moveTo(*simulation, view, 0, 20, false);
    for (const QString& name : view.viewNames()) {
      test::checkSceneExports(*view.scene(name), dir.path(), name);
      if (QTest::currentTestFailed()) return;
    }
  }
};

OSLENS_QTEST_MAIN(CfsViewTest)
#include "cfs_view_test.moc"

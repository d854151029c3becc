// The deadlock modules' views: the matrices follow the timeline both ways and end every step
// equal to the engine's state; a step played beat by beat highlights the comparisons the book
// makes; the resource-allocation graph draws one edge per held or wanted resource, keeps its
// vertices still and draws the cycle; the narration is there; exports are valid. Offscreen QtTest.
#include <QGraphicsPathItem>
#include <QTemporaryDir>

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/banker/banker_matrices.h"
#include "views/banker/banker_view.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/core/view_palette.h"
#include "views/deadlock/detection_matrices.h"
#include "views/deadlock/detection_view.h"
#include "views/kit/matrix_player.h"
#include "views/kit/matrix_scene.h"
#include "views/deadlock/resource_graph_scene.h"

using namespace oslens;
using namespace oslens::engine::deadlock;
using views::MatrixTable;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString());
}

QStringList builtIns(const QString& pattern) {
  return QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({pattern});
}

// The table the view rests on agrees with the state, and the scene draws those numbers.
void compareMatrices(const MatrixTable& table, const views::MatrixScene& scene, const std::vector<const CountMatrix*>& matrices,
                     const ResourceVector& available) {
  QCOMPARE(table.groups.size(), matrices.size());
  for (std::size_t g = 0; g < matrices.size(); ++g) QVERIFY(table.groups[g].values == *matrices[g]);
  QVERIFY(table.vectors.front().values == available);
  const std::size_t rows = matrices.front()->rows();
  for (std::size_t p = scene.firstShownRow(); p < std::min(rows, scene.firstShownRow() + views::MatrixScene::kMaxRows); ++p)
    for (std::size_t r = 0; r < matrices.front()->columns(); ++r)
      QCOMPARE(scene.cellText({0, -1, p, r}), QString::number(matrices.front()->at(p, r)));
}

void compareBanker(views::BankerView& view, const banker::BankerSimulation& simulation) {
  const auto& s = simulation.timeline().state();
  const CountMatrix need = s.needMatrix();
  compareMatrices(view.player()->table(), *view.matrices(), {&s.allocation, &s.setup->max, &need}, s.available);
}

void compareDetection(views::DetectionView& view, const detection::DetectionSimulation& simulation) {
  const auto& s = simulation.timeline().state();
  compareMatrices(view.player()->table(), *view.matrices(), {&s.allocation, &s.request}, s.available);
  std::size_t held = 0, wanted = 0;
  for (Count c : s.allocation.cells()) held += c > 0;
  for (Count c : s.request.cells()) wanted += c > 0;
  QCOMPARE(view.graph()->assignmentEdges(), held);
  QCOMPARE(view.graph()->requestEdges(), wanted);
}

// Steps forward with animation (finished at once), then back, comparing after each.
template <class View, class Simulation, class Compare>
void walkBothWays(engine::Simulation& simulation, View& view, Compare compare, const QString& name) {
  const auto& typed = dynamic_cast<const Simulation&>(simulation);
  const int steps = static_cast<int>(simulation.stepCount());
  for (int step = 1; step <= steps; ++step) {
    simulation.seek(static_cast<std::size_t>(step));
    view.showPosition(step - 1, step, true);
    view.finishAnimations();
    compare(view, typed);
    if (QTest::currentTestFailed()) return qWarning("%s, step %d", qPrintable(name), step);
  }
  for (int step = steps - 1; step >= 0; --step) {
    simulation.seek(static_cast<std::size_t>(step));
    view.showPosition(step + 1, step, true);
    view.finishAnimations();
    compare(view, typed);
    if (QTest::currentTestFailed()) return qWarning("%s, back to step %d", qPrintable(name), step);
  }
}
}  // namespace

class DeadlockViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void theRegistryKnowsBothModules() {
    auto banker = loadScenario(QStringLiteral("banker-textbook.oslens.json"));
    auto view = views::createModuleView(*banker);
    QVERIFY(view);
    QCOMPARE(view->viewNames(), QStringList{QStringLiteral("matrices")});
    banker->seek(1);
    QString sentences = views::narrateCurrentStep(*banker).join(' ');
    QVERIFY2(sentences.contains(QStringLiteral("P1: Need (1, 2, 2) ≤ Work (3, 3, 2): yes.")), qPrintable(sentences));
    QVERIFY2(sentences.contains(QStringLiteral("⟨P1, P3, P4, P0, P2⟩")), qPrintable(sentences));

    auto detection = loadScenario(QStringLiteral("deadlock-detection-textbook.oslens.json"));
    auto detectionView = views::createModuleView(*detection);
    QVERIFY(detectionView);
    for (const QString& name : detectionView->viewNames()) QVERIFY(detectionView->scene(name));
    detection->seek(3);
    sentences = views::narrateCurrentStep(*detection).join(' ');
    QVERIFY2(sentences.contains(QStringLiteral("P1, P2, P3, P4: they are deadlocked")), qPrintable(sentences));
    QVERIFY(views::summarizeSimulation(*detection).contains(QStringLiteral("deadlocked: P1, P2, P3, P4")));
  }

  void bankerMatricesFollowEveryStepBothWays() {
    for (const QString& name : builtIns(QStringLiteral("banker-*.oslens.json"))) {
      auto simulation = loadScenario(name);
      views::BankerView view(dynamic_cast<const banker::BankerSimulation&>(*simulation));
      walkBothWays<views::BankerView, banker::BankerSimulation>(*simulation, view, compareBanker, name);
      if (QTest::currentTestFailed()) return;
    }
  }

  void detectionViewsFollowEveryStepBothWays() {
    QVERIFY(builtIns(QStringLiteral("deadlock-*.oslens.json")).size() >= 3);
    for (const QString& name : builtIns(QStringLiteral("deadlock-*.oslens.json"))) {
      auto simulation = loadScenario(name);
      views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
      walkBothWays<views::DetectionView, detection::DetectionSimulation>(*simulation, view, compareDetection, name);
      if (QTest::currentTestFailed()) return;
    }
  }

  // Silberschatz 10e 8.6.3.3, the safety check of the first step, played event by event: P0 is
  // examined first and its Need for A (7) does not fit Work (3); P1 fits and Work grows to
  // (5, 3, 2); at the end Finish is true everywhere, in the order of the safe sequence.
  void aSafetyCheckPlaysComparisonByComparison() {
    auto simulation = loadScenario(QStringLiteral("banker-textbook.oslens.json"));
    simulation->seek(1);
    const auto& typed = dynamic_cast<const banker::BankerSimulation&>(*simulation);
    MatrixTable table = views::BankerMatrices::tableOf(typed.timeline().initialState());
    const int work = [&] {
      for (const auto& event : typed.timeline().lastEvents()) {
        views::BankerMatrices::apply(table, typed.timeline().state(), event);
        if (std::holds_alternative<ScanExamine>(event) && std::get<ScanExamine>(event).process == 0) break;
      }
      return MatrixTable::kWork;
    }();
    QVERIFY(work >= 0);
    QCOMPARE(table.focusRow, std::optional<ProcessId>(0));
    const auto markOf = [&](MatrixTable::Cell cell) {
      for (const auto& marked : table.marks)
        if (marked.cell == cell) return std::optional(marked.mark);
      return std::optional<MatrixTable::Mark>();
    };
    QCOMPARE(markOf({views::BankerMatrices::kNeed, -1, 0, 0}), std::optional(MatrixTable::Mark::Exceeds));
    QCOMPARE(markOf({-1, work, 0, 0}), std::optional(MatrixTable::Mark::Exceeds));
    // On to P1, whose Need (1, 2, 2) fits Work (3, 3, 2) in every column.
    const auto& events = typed.timeline().lastEvents();
    for (auto event = events.begin(); event != events.end(); ++event) {
      if (!std::holds_alternative<ScanExamine>(*event) || std::get<ScanExamine>(*event).process != 1) continue;
      views::BankerMatrices::apply(table, typed.timeline().state(), *event);
      break;
    }
    QCOMPARE(table.focusRow, std::optional<ProcessId>(1));
    views::MatrixScene moment;
    moment.show(table);
    oslens::test::saveFrame(moment, QStringLiteral("banker-step1-examine-P1"));
    QCOMPARE(moment.cellMark({views::BankerMatrices::kNeed, -1, 1, 2}), std::optional(MatrixTable::Mark::Fits));
    for (std::size_t r = 0; r < 3; ++r) {
      QCOMPARE(markOf({views::BankerMatrices::kNeed, -1, 1, r}), std::optional(MatrixTable::Mark::Fits));
      QCOMPARE(markOf({-1, work, 0, r}), std::optional(MatrixTable::Mark::Fits));
    }

    // The rest of the step through the real player and scene, animated.
    views::BankerView view(typed);
    view.setAnimationSpeed(50);
    view.showPosition(0, 1, true);
    QVERIFY(view.player()->running());
    QTRY_VERIFY_WITH_TIMEOUT(!view.player()->running(), 5000);
    const MatrixTable& end = view.player()->table();
    QVERIFY(end.scanning);
    QCOMPARE(end.vectors[MatrixTable::kWork].values, (ResourceVector{10, 5, 7}));
    QCOMPARE(end.sequence, (std::vector<ProcessId>{1, 3, 4, 0, 2}));
    QVERIFY(std::all_of(end.finish.begin(), end.finish.end(), [](bool f) { return f; }));
    QVERIFY2(view.matrices()->captionText().contains(QStringLiteral("Safe sequences")), qPrintable(view.matrices()->captionText()));
  }

  // A request step's Request row says whose request it is (on a slide, the row in focus alone
  // does not).
  void theRequestRowNamesItsProcess() {
    auto simulation = loadScenario(QStringLiteral("banker-textbook.oslens.json"));
    views::BankerView view(dynamic_cast<const banker::BankerSimulation&>(*simulation));
    simulation->seek(2);  // P1 requests (1, 0, 2)
    view.showPosition(0, 2, false);
    const MatrixTable& table = view.player()->table();
    QVERIFY(table.vectors[MatrixTable::kRequest].shown);
    QCOMPARE(table.vectors[MatrixTable::kRequest].title, QStringLiteral("Request of P1"));
  }

  // The layout is computed once: a vertex does not move between steps. The detect step of the
  // textbook example draws its cycle through the deadlocked (4 edges); the dining philosophers'
  // ring has 10.
  void theGraphStaysStillAndDrawsTheCycle() {
    auto simulation = loadScenario(QStringLiteral("deadlock-detection-textbook.oslens.json"));
    views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
    const QPointF p1 = view.graph()->vertexCenter(1);
    simulation->seek(3);
    view.showPosition(0, 3, false);
    QCOMPARE(view.graph()->vertexCenter(1), p1);
    QCOMPARE(view.graph()->cycleEdges(), std::size_t{4});  // P2 -> C -> P3 -> A -> P2
    QVERIFY(view.graph()->captionText().contains(QStringLiteral("deadlocked: P1, P2, P3, P4")));

    auto dining = loadScenario(QStringLiteral("deadlock-dining-philosophers.oslens.json"));
    views::DetectionView ring(dynamic_cast<const detection::DetectionSimulation&>(*dining));
    // Step 11: every philosopher waits for the right fork, but detection has not run: no verdict.
    dining->seek(11);
    ring.showPosition(10, 11, true);
    ring.finishAnimations();
    QCOMPARE(ring.graph()->cycleEdges(), std::size_t{0});
    QVERIFY(!ring.graph()->captionText().contains(QStringLiteral("deadlocked")));
    QVERIFY(ring.graph()->captionText().contains(QStringLiteral("detect step")));
    // Step 12 detects: while the algorithm plays in the matrices, the graph says it is running;
    // then it draws the cycle round the table.
    dining->seek(12);
    ring.showPosition(11, 12, true);
    QVERIFY(ring.player()->running());
    QVERIFY(ring.graph()->isAnimating());
    QCOMPARE(ring.graph()->cycleEdges(), std::size_t{0});
    QVERIFY(ring.graph()->captionText().contains(QStringLiteral("running")));
    ring.finishAnimations();
    QVERIFY(!ring.graph()->isAnimating());
    QCOMPARE(ring.graph()->cycleEdges(), std::size_t{10});
    QVERIFY(ring.graph()->captionText().contains(QStringLiteral("single instances")));
    // The table is round: every philosopher and fork at one distance from the centre.
    QPointF centre;
    for (VertexId v = 0; v < 10; ++v) centre += ring.graph()->vertexCenter(v) / 10;
    const QPointF first = ring.graph()->vertexCenter(0) - centre;
    for (VertexId v = 1; v < 10; ++v) {
      const QPointF d = ring.graph()->vertexCenter(v) - centre;
      QVERIFY(std::abs(std::hypot(d.x(), d.y()) - std::hypot(first.x(), first.y())) < 1.0);
    }
  }

  // A cycle through resources with several instances that is no deadlock (Silberschatz 10e,
  // figure 8.6: P4 can release an instance of R2) is not drawn as one: a colour of its own, and
  // the words say there is no deadlock.
  void aCycleThatIsNoDeadlockIsDrawnAsSuch() {
    auto simulation = engine::loadSimulation(
        "{\"oslens\": 1, \"module\": \"deadlock\", \"config\": {\"resources\": [{\"name\": \"R1\", \"total\": 2}, "
        "{\"name\": \"R2\", \"total\": 2}], \"processes\": ["
        "{\"name\": \"P1\", \"allocation\": [0, 1], \"request\": [1, 0]},"
        "{\"name\": \"P2\", \"allocation\": [1, 0], \"request\": [0, 0]},"
        "{\"name\": \"P3\", \"allocation\": [1, 0], \"request\": [0, 1]},"
        "{\"name\": \"P4\", \"allocation\": [0, 1], \"request\": [0, 0]}]}, \"ops\": [{\"detect\": true}]}");
    QVERIFY(simulation);
    views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
    simulation->seek(1);
    view.showPosition(0, 1, false);
    QVERIFY(view.graph()->cycleEdges() > 0);
    QVERIFY2(view.graph()->captionText().contains(QStringLiteral("but no deadlock")), qPrintable(view.graph()->captionText()));
    // Red only in the legend's sample; the cycle's edges in the other colour (and its sample).
    int red = 0, amber = 0;
    for (QGraphicsItem* item : view.graph()->items())
      if (auto* path = dynamic_cast<QGraphicsPathItem*>(item)) {
        red += path->pen().color() == views::ViewPalette::fault();
        amber += path->pen().color() == views::ViewPalette::currentInk();
      }
    QCOMPARE(red, 1);
    QVERIFY(amber >= static_cast<int>(view.graph()->cycleEdges()) + 1);
  }

  // A table longer than the window: the rows around the examined one are drawn.
  void aLongTableShowsTheRowsAroundTheFocus() {
    // moc reads this file too and does not follow raw strings: plain literals here.
    std::string processes;
    for (int p = 0; p < 40; ++p)
      processes += std::string(p ? "," : "") + "{\"name\": \"P" + std::to_string(p) + "\", \"max\": [" + std::to_string(41 - p) +
                   "], \"allocation\": [1]}";
    auto simulation = engine::loadSimulation("{\"oslens\": 1, \"module\": \"banker\", \"config\": {\"resources\": "
                                             "[{\"name\": \"R\", \"total\": 41}], \"processes\": [" +
                                             processes + "]}, \"ops\": [{\"safety\": true}]}");
    QVERIFY(simulation);
    views::BankerView view(dynamic_cast<const banker::BankerSimulation&>(*simulation));
    simulation->seek(1);
    view.showPosition(0, 1, false);
    // The step rests on its verdict, with no row in focus: the window starts at the top.
    QCOMPARE(view.matrices()->firstShownRow(), std::size_t{0});
    MatrixTable table = view.player()->table();
    table.focusRow = 30;
    view.matrices()->show(table);
    QVERIFY(view.matrices()->firstShownRow() > 0);
    QCOMPARE(view.matrices()->cellText({0, -1, 30, 0}), QStringLiteral("1"));
    QVERIFY(view.matrices()->firstShownRow() <= 30 && 30 < view.matrices()->firstShownRow() + views::MatrixScene::kMaxRows);
  }

  // 300 processes, each fitting only after every later one: 45,150 examinations, of which the
  // step records 20,000. The view still rests on the scan's outcome: Work is the total, every
  // Finish is true, the sequence is complete. Played animated (fast), the beats past the drawn ones are applied too.
  void aHugeScanRestsOnItsOutcome() {
    const int n = 300;
    std::string processes;
    for (int p = 0; p < n; ++p)
      processes += std::string(p ? "," : "") + "{\"name\": \"P" + std::to_string(p) + "\", \"max\": [" +
                   std::to_string(n + 1 - p) + "], \"allocation\": [1]}";
    auto simulation = engine::loadSimulation("{\"oslens\": 1, \"module\": \"banker\", \"config\": {\"resources\": "
                                             "[{\"name\": \"R\", \"total\": " + std::to_string(n + 1) +
                                             "}], \"processes\": [" + processes + "]}, \"ops\": [{\"safety\": true}]}");
    QVERIFY(simulation);
    simulation->seek(1);
    views::BankerView view(dynamic_cast<const banker::BankerSimulation&>(*simulation));
    view.setAnimationSpeed(1000);
    view.showPosition(0, 1, true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.player()->running(), 20000);
    const MatrixTable& end = view.player()->table();
    QCOMPARE(end.vectors[MatrixTable::kWork].values, (ResourceVector{n + 1}));
    QCOMPARE(end.sequence.size(), static_cast<std::size_t>(n));
    QVERIFY(std::all_of(end.finish.begin(), end.finish.end(), [](bool f) { return f; }));
    QVERIFY2(end.caption.contains(QStringLiteral("safe")), qPrintable(end.caption));
  }

  void exportsAreValid() {
    QTemporaryDir dir;
    auto banker = loadScenario(QStringLiteral("banker-textbook.oslens.json"));
    views::BankerView bankerView(dynamic_cast<const banker::BankerSimulation&>(*banker));
    banker->seek(4);
    bankerView.showPosition(0, 4, false);
    oslens::test::checkSceneExports(*bankerView.matrices(), dir.path(), QStringLiteral("banker"));
    if (QTest::currentTestFailed()) return;
    auto detection = loadScenario(QStringLiteral("deadlock-detection-textbook.oslens.json"));
    views::DetectionView detectionView(dynamic_cast<const detection::DetectionSimulation&>(*detection));
    detection->seek(3);
    detectionView.showPosition(0, 3, false);
    oslens::test::checkSceneExports(*detectionView.graph(), dir.path(), QStringLiteral("graph"));
    oslens::test::checkSceneExports(*detectionView.matrices(), dir.path(), QStringLiteral("matrices"));
  }
};

OSLENS_QTEST_MAIN(DeadlockViewsTest)
#include "deadlock_views_test.moc"

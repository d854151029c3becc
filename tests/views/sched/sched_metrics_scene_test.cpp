// The metrics picture of the baseline schedulers (issue 14): per task arrival, run time, first
// run, completion, response, turnaround and waiting, and the averages, with "—" for what is not
// known yet at the step shown. The numbers are OSTEP's (ch. 7.4, Figures 7.2 and 7.3; ch. 7.5,
// Figures 7.4 and 7.5). Offscreen QtTest.
#include <QtTest>

#include "engine/modules.h"
#include "engine/sched/baseline/baseline_scenario.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/sched/sched_metrics_scene.h"
#include "views/sched/sched_view.h"

using namespace oslens;
using engine::baseline::BaselineSimulation;
using views::SchedMetricsScene;
using Column = SchedMetricsScene::Column;

namespace {
std::unique_ptr<engine::Simulation> loadBuiltin(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString() + ".oslens.json");
}

// The row of a task as the picture shows it, from arrival to waiting.
QStringList rowOf(const SchedMetricsScene& scene, std::size_t task) {
  QStringList out;
  for (int c = SchedMetricsScene::Arrival; c < SchedMetricsScene::ColumnCount; ++c) out << scene.cellText(task, static_cast<Column>(c));
  return out;
}

QStringList averagesOf(const SchedMetricsScene& scene) {
  return {scene.averageText(SchedMetricsScene::Response), scene.averageText(SchedMetricsScene::Turnaround),
          scene.averageText(SchedMetricsScene::Waiting)};
}

void moveTo(engine::Simulation& simulation, views::ModuleView& view, int step) {
  const int from = static_cast<int>(simulation.position());
  simulation.seek(static_cast<std::size_t>(step));
  view.showPosition(from, step, false);
}
}  // namespace

class SchedMetricsSceneTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(views::Language::apply(QStringLiteral("en"))); }

  // A named view of its own: exports (--view metrics) and presentation mode's pictures take it.
  void theMetricsAreANamedView() {
    auto simulation = loadBuiltin(QStringLiteral("sched-stcf-late-arrivals"));
    auto view = views::createModuleView(*simulation);
    QVERIFY(view->viewNames().contains(QStringLiteral("metrics")));
    QVERIFY(qobject_cast<SchedMetricsScene*>(view->scene(QStringLiteral("metrics"))));
    QVERIFY(!view->viewTitle(QStringLiteral("metrics")).isEmpty());
  }

  // OSTEP 7.5, Figure 7.5 (STCF): A 100 s at 0, B and C 10 s at 10 s; B preempts A at 10, C runs
  // 20-30, A 30-120. Before anything ran only what the scenario gives is known.
  void stcfMetricsAtTheStartAMiddleAndTheEnd() {
    auto simulation = loadBuiltin(QStringLiteral("sched-stcf-late-arrivals"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    const SchedMetricsScene& scene = *view.metrics();
    const QString d = QStringLiteral("—");

    QCOMPARE(rowOf(scene, 0), (QStringList{"0 s", "100 s", d, d, d, d, d}));
    QCOMPARE(rowOf(scene, 1), (QStringList{"10 s", "10 s", d, d, d, d, d}));
    QCOMPARE(averagesOf(scene), (QStringList{d, d, d}));

    // The step at 20 s: B exits, C gets the CPU. A waits (so far 10 s), B is done, C has just
    // run for the first time; no completion of A or C, no average turnaround yet.
    int step = 0;
    const auto& ops = dynamic_cast<const BaselineSimulation&>(*simulation).timeline().ops();
    while (ops[static_cast<std::size_t>(step)].atNs < 20'000'000'000) ++step;
    moveTo(*simulation, view, step + 1);
    QCOMPARE(scene.subtitleText(), QStringLiteral("At t = 20 s. — : not known yet at this step."));
    QCOMPARE(rowOf(scene, 0), (QStringList{"0 s", "100 s", "0 s", d, "0 s", d, "≥ 10 s"}));
    QCOMPARE(rowOf(scene, 1), (QStringList{"10 s", "10 s", "10 s", "20 s", "0 s", "10 s", "0 s"}));
    QCOMPARE(rowOf(scene, 2), (QStringList{"10 s", "10 s", "20 s", d, "10 s", d, "≥ 10 s"}));
    QCOMPARE(averagesOf(scene), (QStringList{"3.33 s", d, "≥ 6.67 s"}));
    // What this step made known is marked: B's completion, C's first run.
    QVERIFY(scene.isMarked(1, SchedMetricsScene::Completion));
    QVERIFY(scene.isMarked(1, SchedMetricsScene::Turnaround));
    QVERIFY(scene.isMarked(2, SchedMetricsScene::FirstRun));
    QVERIFY(!scene.isMarked(0, SchedMetricsScene::FirstRun));
    QVERIFY(!scene.isMarked(2, SchedMetricsScene::Completion));

    // The end: (120 + 10 + 20) / 3 = 50 s turnaround (Figure 7.5), response (0 + 0 + 10) / 3.
    moveTo(*simulation, view, static_cast<int>(simulation->stepCount()));
    QCOMPARE(rowOf(scene, 0), (QStringList{"0 s", "100 s", "0 s", "120 s", "0 s", "120 s", "20 s"}));
    QCOMPARE(rowOf(scene, 1), (QStringList{"10 s", "10 s", "10 s", "20 s", "0 s", "10 s", "0 s"}));
    QCOMPARE(rowOf(scene, 2), (QStringList{"10 s", "10 s", "20 s", "30 s", "10 s", "20 s", "10 s"}));
    QCOMPARE(averagesOf(scene), (QStringList{"3.33 s", "50 s", "10 s"}));

    // And back to the start: nothing of the run is left.
    moveTo(*simulation, view, 0);
    QCOMPARE(rowOf(scene, 2), (QStringList{"10 s", "10 s", d, d, d, d, d}));
    QCOMPARE(averagesOf(scene), (QStringList{d, d, d}));
  }

  // OSTEP 7.4, Figure 7.3 (SJF): B 0-10, C 10-20, A 20-120: turnaround (10 + 20 + 120) / 3 = 50 s.
  void sjfMetricsAtTheEnd() {
    auto simulation = loadBuiltin(QStringLiteral("sched-sjf-short-jobs-first"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    moveTo(*simulation, view, static_cast<int>(simulation->stepCount()));
    const SchedMetricsScene& scene = *view.metrics();
    QCOMPARE(rowOf(scene, 0), (QStringList{"0 s", "100 s", "20 s", "120 s", "20 s", "120 s", "20 s"}));
    QCOMPARE(rowOf(scene, 1), (QStringList{"0 s", "10 s", "0 s", "10 s", "0 s", "10 s", "0 s"}));
    QCOMPARE(rowOf(scene, 2), (QStringList{"0 s", "10 s", "10 s", "20 s", "10 s", "20 s", "10 s"}));
    QCOMPARE(averagesOf(scene), (QStringList{"10 s", "50 s", "10 s"}));
    QCOMPARE(scene.titleText(), QStringLiteral("Scheduling metrics: SJF (shortest job first)"));
  }

  // A run that stops at until_ns with tasks that never finish: their turnaround is never told,
  // and the average waiting time is a lower bound.
  void aRunCutByTheHorizonNeverShowsATurnaround() {
    auto simulation = loadBuiltin(QStringLiteral("sched-rr-vs-cfs"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    moveTo(*simulation, view, static_cast<int>(simulation->stepCount()));
    const SchedMetricsScene& scene = *view.metrics();
    QCOMPARE(scene.cellText(0, SchedMetricsScene::RunTime), QStringLiteral("endless"));
    QCOMPARE(scene.cellText(0, SchedMetricsScene::Completion), QStringLiteral("—"));
    QCOMPARE(scene.averageText(SchedMetricsScene::Turnaround), QStringLiteral("—"));
    QVERIFY(scene.averageText(SchedMetricsScene::Waiting).startsWith(QStringLiteral("≥ ")));
    QCOMPARE(scene.averageText(SchedMetricsScene::Response), QStringLiteral("4 ms"));  // hog 0, editor 10 - 2 = 8 ms
  }

  // The text summary (oslens-cli run --format text, the last step's caption) states the averages.
  void theSummaryStatesTheAverages() {
    auto stcf = loadBuiltin(QStringLiteral("sched-stcf-late-arrivals"));
    stcf->seek(stcf->stepCount());
    QVERIFY2(views::summarizeSimulation(*stcf).endsWith(QStringLiteral("Averages over the 3 tasks: response 3.33 s, turnaround 50 s, waiting 10 s.")),
             qPrintable(views::summarizeSimulation(*stcf)));
    auto rr = loadBuiltin(QStringLiteral("sched-rr-vs-cfs"));
    rr->seek(rr->stepCount());
    const QString summary = views::summarizeSimulation(*rr);
    QVERIFY2(summary.contains(QStringLiteral("0 of 2 tasks finished. Averages so far: response 4 ms, turnaround —, waiting ")), qPrintable(summary));
  }
};

OSLENS_QTEST_MAIN(SchedMetricsSceneTest)
#include "sched_metrics_scene_test.moc"

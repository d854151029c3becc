// The baseline schedulers' views: the CPU, the ready queue (in the policy's order), the process
// states and the Gantt chart follow the timeline both ways; the metrics table agrees with the
// JSON summary; exports are valid. Offscreen QtTest.
#include <QTemporaryDir>

#include "engine/sched/baseline/baseline_scenario.h"
#include "engine/sched/baseline/baseline_records.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/kit/cpu_gantt.h"
#include "views/kit/duration_text.h"
#include "views/sched/ready_queue_scene.h"
#include "views/sched/sched_tasks_model.h"
#include "views/sched/sched_view.h"
#include "views/kit/task_state_diagram.h"

using namespace oslens;
using engine::baseline::BaselineSimulation;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString());
}

QStringList builtIns() {
  return QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("sched-*.oslens.json")});
}

void compareWithEngine(views::SchedView& view, const BaselineSimulation& simulation) {
  const auto& s = simulation.timeline().state();
  QStringList queue;
  for (const auto task : s.queued()) queue << QString::fromStdString(s.name(task));
  QCOMPARE(view.queue()->queueTexts(), queue.mid(0, views::ReadyQueueScene::kMaxChips));
  QCOMPARE(view.queue()->cpuText(), s.current == engine::sched::kNoTask ? QString() : QString::fromStdString(s.name(s.current)));
  for (std::size_t task = 0; task < s.tasks.size(); ++task)
    QCOMPARE(view.states()->placeOfChip(task), static_cast<int>(s.tasks[task].run.state));
}
}  // namespace

class SchedViewTest : public QObject {
  Q_OBJECT

 private slots:
  void theRegistryKnowsTheSchedModule() {
    auto simulation = loadScenario(QStringLiteral("sched-rr-vs-cfs.oslens.json"));
    auto view = views::createModuleView(*simulation);
    QVERIFY(view);
    for (const QString& name : view->viewNames()) QVERIFY(view->scene(name));
    simulation->seek(3);
    const QString sentences = views::narrateCurrentStep(*simulation).join(' ');
    QVERIFY2(sentences.contains(QStringLiteral("quantum")), qPrintable(sentences));
  }

  void everyBuiltInFollowsEveryStepBothWays() {
    QVERIFY(!builtIns().isEmpty());
    for (const QString& name : builtIns()) {
      auto simulation = loadScenario(name);
      views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
      const int steps = static_cast<int>(simulation->stepCount());
      for (int step = 1; step <= steps; ++step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step - 1, step, true);
        view.finishAnimations();
        compareWithEngine(view, dynamic_cast<const BaselineSimulation&>(*simulation));
        if (QTest::currentTestFailed()) return qWarning("%s, step %d", qPrintable(name), step);
      }
      for (int step = steps - 1; step >= 0; --step) {
        simulation->seek(static_cast<std::size_t>(step));
        view.showPosition(step + 1, step, true);
        view.finishAnimations();
        compareWithEngine(view, dynamic_cast<const BaselineSimulation&>(*simulation));
        if (QTest::currentTestFailed()) return qWarning("%s, back to step %d", qPrintable(name), step);
      }
    }
  }

  void theAveragesAgreeWithTheSummary() {
    for (const QString& name : builtIns()) {
      auto simulation = loadScenario(name);
      views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
      simulation->seek(simulation->stepCount());
      view.showPosition(0, static_cast<int>(simulation->stepCount()), false);
      const auto summary = simulation->summary();
      auto* model = view.tasks();
      const int averageRow = model->rowCount() - 1;
      const auto wait = summary["averages"]["wait_ns"];
      if (wait.is_null()) continue;
      const QString shown = model->data(model->index(averageRow, views::SchedTasksModel::Wait), Qt::DisplayRole).toString();
      QCOMPARE(shown, views::durationText(static_cast<std::int64_t>(wait.get<double>())));
    }
  }

  void exportsAreValidFiles() {
    QTemporaryDir dir;
    auto simulation = loadScenario(QStringLiteral("sched-rr-vs-cfs.oslens.json"));
    views::SchedView view(dynamic_cast<const BaselineSimulation&>(*simulation));
    simulation->seek(8);
    view.showPosition(0, 8, false);
    for (const QString& name : view.viewNames()) {
      test::checkSceneExports(*view.scene(name), dir.path(), name);
      if (QTest::currentTestFailed()) return;
    }
  }
};

OSLENS_QTEST_MAIN(SchedViewTest)
#include "sched_view_test.moc"

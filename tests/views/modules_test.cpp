// The module table (views/modules.cpp): views/ finds a module's view, narration and summary by the module's name
// alone, and a presenter given a simulation of another type answers with nothing rather than
// crashing.
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/modules.h"
#include "views/core/narrator.h"

using namespace oslens;

namespace {
// Silberschatz 10e, Fig. 10.12's reference string, FIFO with 3 frames.
constexpr std::string_view kTextbook =
    R"({"oslens": 1, "module": "paging", "config": {"frames": 3, "policy": "fifo"},
        "refs": [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]})";

engine::ScenarioInfo pagingInfo() {
  engine::ScenarioInfo info;
  info.module = "paging";
  return info;
}

// Says it is "paging" but is not a PagingSimulation: what a table line with the wrong type would meet.
class ImpostorSimulation : public engine::Simulation {
 public:
  ImpostorSimulation() : Simulation(pagingInfo()) {}
  std::size_t stepCount() const override { return 1; }
  std::size_t position() const override { return 1; }
  void seek(std::size_t) override {}
  bool prepareCheckpoints(std::size_t) override { return true; }
  engine::OutputJson opJson(std::size_t) const override { return nullptr; }
  engine::OutputJson stepRecord() const override { return nullptr; }
  engine::OutputJson summary() const override { return nullptr; }
  std::uint64_t stateHash() const override { return 0; }
  std::unique_ptr<engine::StateSnapshot> snapshot() const override { return nullptr; }
  std::vector<std::string> invariantViolations() const override { return {}; }
};
}  // namespace

class ModuleRegistryTest : public QObject {
  Q_OBJECT

 private slots:
  void findsPresentersByModuleName() {
    QVERIFY(views::presenterFor("paging"));
    QVERIFY(!views::presenterFor("no-such-module"));
    QVERIFY(!views::presenterFor(""));
  }

  void aPresenterMakesTheModulesView() {
    auto simulation = engine::loadSimulation(kTextbook);
    auto view = views::createModuleView(*simulation);
    QVERIFY(view);
    QVERIFY(view->viewNames().contains(QStringLiteral("memory")));
  }

  void pastStepsAreNumberedFromFirst() {
    auto simulation = engine::loadSimulation(kTextbook);
    simulation->seek(3);
    const auto steps = views::narrateSteps(*simulation, 5, 8);
    QCOMPARE(steps.size(), std::size_t{4});
    QCOMPARE(steps[0].first(), QStringLiteral("Step 5: read of page 0."));
    QCOMPARE(steps[3].first(), QStringLiteral("Step 8: read of page 4."));
    QCOMPARE(simulation->position(), std::size_t{3});

    // Step 0 does not exist: the window starts at step 1; past the end it stops at the last step.
    const auto clamped = views::narrateSteps(*simulation, 0, 99);
    QCOMPARE(clamped.size(), std::size_t{20});
    QCOMPARE(clamped.front().first(), QStringLiteral("Step 1: read of page 7."));
    QCOMPARE(clamped.back().first(), QStringLiteral("Step 20: read of page 1."));
  }

  void theCurrentStepReadsAsThatStepInThePast() {
    auto simulation = engine::loadSimulation(kTextbook);
    QVERIFY(views::narrateCurrentStep(*simulation).isEmpty());  // step 0: nothing happened yet
    for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
      simulation->seek(step);
      QCOMPARE(views::narrateCurrentStep(*simulation), views::narrateSteps(*simulation, step, step).at(0));
    }
    QVERIFY(views::summarizeSimulation(*simulation).contains(QStringLiteral("faults: 15")));
  }

  void aSimulationOfAnotherTypeGetsNothing() {
    ImpostorSimulation impostor;
    const auto* presenter = views::presenterFor(impostor.module());
    QVERIFY(presenter);
    QVERIFY(!presenter->createView(impostor, nullptr));
    QVERIFY(presenter->narrateCurrentStep(impostor).isEmpty());
    QVERIFY(presenter->narrateSteps(impostor, 1, 1).empty());
    QVERIFY(presenter->summarize(impostor).isEmpty());
  }
};

OSLENS_QTEST_MAIN(ModuleRegistryTest)
#include "modules_test.moc"

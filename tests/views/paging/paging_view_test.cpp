// The page-replacement views: the diagram follows the timeline forwards and backwards exactly,
// narration says why, and exports are valid files. Offscreen QtTest.
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QPainter>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QVariantAnimation>

#include "engine/core/rng.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/narrator.h"
#include "views/export/scene_exporter.h"
#include "views/paging/fault_curve_chart.h"
#include "views/paging/frame_table_model.h"
#include "views/paging/paging_narrator.h"
#include "views/paging/paging_scene.h"
#include "views/paging/paging_view.h"

using namespace oslens;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const char* name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
}

const engine::paging::PagingSimulation& asPaging(const engine::Simulation& s) {
  return dynamic_cast<const engine::paging::PagingSimulation&>(s);
}
}  // namespace

class PagingViewTest : public QObject {
  Q_OBJECT

 private slots:
  void framesShowTheEngineStateAtEveryStep() {
    auto simulation = loadScenario("paging-textbook-20.oslens.json");
    views::PagingView view(asPaging(*simulation));
    for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
      simulation->seek(step);
      view.showPosition(static_cast<int>(step - 1), static_cast<int>(step), false);
      const auto& frames = asPaging(*simulation).timeline().state().frames;
      for (int f = 0; f < static_cast<int>(frames.size()); ++f) {
        const QString expected = frames[f].empty() ? QStringLiteral("free") : QString::number(frames[f].page);
        QCOMPARE(view.diagram()->frameLabel(f), expected);
      }
    }
  }

  // Rewind is safe only if a scene stepped to a position shows exactly what a scene built fresh at
  // that position shows: random jumps and single steps both ways, compared text by text.
  void steppedSceneEqualsFreshSceneAfterRandomMoves() {
    auto simulation = loadScenario("paging-clock.oslens.json");
    views::PagingView live(asPaging(*simulation));
    live.setAnimationSpeed(1.0);
    engine::Rng rng(7);
    int position = 0;
    for (int move = 0; move < 60; ++move) {
      const int to = move % 3 == 0 ? static_cast<int>(rng.below(simulation->stepCount() + 1))
                                   : std::clamp(position + (rng.below(2) ? 1 : -1), 0, static_cast<int>(simulation->stepCount()));
      simulation->seek(static_cast<std::size_t>(to));
      live.showPosition(position, to, true);
      live.finishAnimations();
      position = to;

      auto fresh = loadScenario("paging-clock.oslens.json");
      fresh->seek(static_cast<std::size_t>(to));
      views::PagingView rebuilt(asPaging(*fresh));
      QCOMPARE(live.diagram()->visibleTexts(), rebuilt.diagram()->visibleTexts());
    }
  }

  void faultsAnimateHitsDoNotAndANewStepInterrupts() {
    auto simulation = loadScenario("paging-belady.oslens.json");
    views::PagingView view(asPaging(*simulation));
    view.setAnimationSpeed(0.5);
    // 1,2,3,4 fault into free frames, 1 and 2 hit, 5 faults and replaces 1 (FIFO, 4 frames).
    const bool faults[] = {true, true, true, true, false, false, true};
    for (int step = 1; step <= 7; ++step) {
      simulation->seek(static_cast<std::size_t>(step));
      view.showPosition(step - 1, step, true);  // interrupts the previous step's animation
      QCOMPARE(view.diagram()->isAnimating(), faults[step - 1]);
    }
    view.finishAnimations();
    QVERIFY(!view.diagram()->isAnimating());
    QCOMPARE(view.diagram()->frameLabel(0), QStringLiteral("5"));
  }

  // A Clock step plays in beats: the hand visits each frame it spares, clearing its reference bit
  // as it passes; then the victim is marked in its frame, with the reason, before it leaves.
  // (paging-clock step 4: the hand clears frames 0, 1 and 2, wraps, and evicts page 1 from frame 0.)
  void theClockHandSweepsAndTheVictimIsMarkedBeforeItLeaves() {
    auto simulation = loadScenario("paging-clock.oslens.json");
    views::PagingView view(asPaging(*simulation));
    view.setAnimationSpeed(1);
    simulation->seek(3);
    view.showPosition(0, 3, false);
    simulation->seek(4);
    view.showPosition(3, 4, true);
    views::PagingScene& scene = *view.diagram();
    QVERIFY(scene.isAnimating());
    QVariantAnimation* animation = scene.animation();
    const int total = animation->duration();
    // 3 visits of half a unit, the victim's unit, the swap's unit.
    auto at = [&](double units) { animation->setCurrentTime(static_cast<int>(total * units / 3.5)); };
    at(0.1);
    QCOMPARE(scene.handFrame(), 0);
    for (int f = 0; f < 3; ++f) QVERIFY2(scene.referenceBitDrawnSet(f), qPrintable(QString::number(f)));
    QVERIFY(scene.frameNote(0).contains(QStringLiteral("victim")));
    at(1.2);
    QCOMPARE(scene.handFrame(), 2);
    QVERIFY(!scene.referenceBitDrawnSet(0));
    QVERIFY(!scene.referenceBitDrawnSet(1));
    QVERIFY(scene.referenceBitDrawnSet(2));
    at(2.0);
    QCOMPARE(scene.handFrame(), 0);
    QVERIFY(!scene.referenceBitDrawnSet(2));
    QCOMPARE(scene.frameNote(0), QStringLiteral("victim: reference bit 0"));
    // Nothing tells the outcome yet: the counters and the step's column are those before it.
    const QStringList marked = scene.visibleTexts();
    QVERIFY(std::any_of(marked.begin(), marked.end(), [](const QString& t) { return t.startsWith(QStringLiteral("Faults 3 ")); }));
    QVERIFY(marked.contains(QStringLiteral("loaded at step 1")));
    view.finishAnimations();
    QVERIFY(!scene.isAnimating());
    // The end of the step, as the engine has it.
    const auto& state = asPaging(*simulation).timeline().state();
    for (int f = 0; f < 3; ++f) QCOMPARE(scene.referenceBitDrawnSet(f), state.frames[f].referenced);
    QCOMPARE(scene.handFrame(), static_cast<int>(state.clockHand));
    QCOMPARE(scene.frameNote(0), QStringLiteral("evicted 1"));
  }

  // The frame table keeps the reference bit's recent history, step by step, as the engine has it.
  void theFrameTableShowsTheReferenceBitsHistory() {
    auto simulation = loadScenario("paging-clock.oslens.json");
    const auto& paging = asPaging(*simulation);
    views::FrameTableModel table(paging);
    simulation->seek(6);
    table.refresh();
    const int column = views::FrameTableModel::ReferenceHistoryColumn;
    for (int f = 0; f < 3; ++f) {
      QStringList expected;
      for (std::size_t step = 1; step <= 6; ++step) {
        const auto state = paging.timeline().stateAt(step);  // a value: keep it while its frame is read
        const auto& frame = state.frames[static_cast<std::size_t>(f)];
        expected << (frame.empty() ? QStringLiteral("·") : frame.referenced ? QStringLiteral("1") : QStringLiteral("0"));
      }
      QCOMPARE(table.data(table.index(f, column), Qt::DisplayRole).toString(), expected.join(QLatin1Char(' ')));
    }
    // The header says how many steps it keeps.
    QVERIFY(table.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().contains(QStringLiteral("8")));
  }

  // No spoiler in the chart: the scenario's ring shows its faults so far, not the run's total.
  void theChartsOwnPointGrowsWithTheSteps() {
    auto simulation = loadScenario("paging-belady.oslens.json");
    views::PagingView view(asPaging(*simulation));
    auto* chart = dynamic_cast<views::FaultCurveChart*>(view.scene(QStringLiteral("faults")));
    QVERIFY(chart);
    QCOMPARE(chart->scenarioPoint(), QPointF(4, 0));
    simulation->seek(7);
    view.showPosition(0, 7, false);
    QCOMPARE(chart->scenarioPoint(), QPointF(4, 5));
    simulation->seek(12);
    view.showPosition(7, 12, false);
    QCOMPARE(chart->scenarioPoint(), QPointF(4, 10));  // Belady: 10 faults with 4 frames
  }

  void narrationSaysWhyTheVictimWasChosen() {
    auto simulation = loadScenario("paging-textbook-20.oslens.json");
    simulation->seek(4);  // 7,0,1 fill the frames; 2 evicts 7, loaded first (Silberschatz 10e, Fig. 10.12)
    const QStringList sentences = views::narrateCurrentStep(*simulation);
    QVERIFY2(sentences.join(' ').contains(QStringLiteral("FIFO evicts page 7 from frame 0: it was loaded first, at step 1")),
             qPrintable(sentences.join('\n')));
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    const QString chinese = views::narrateCurrentStep(*simulation).join(' ');
    views::Language::apply(QStringLiteral("en"));
    // Typeset (views/core/chinese_typesetting.h): no-break spaces tie each number to its Chinese.
    QVERIFY2(chinese.contains(QStringLiteral("FIFO 从页框\u00A00\u00A0淘汰页\u00A07")), qPrintable(chinese));
  }

  void narrationOfPastStepsDoesNotMoveTheSimulation() {
    auto simulation = loadScenario("paging-dirty-pages.oslens.json");
    simulation->seek(8);
    const auto steps = views::narrateSteps(*simulation, 5, 8);
    QCOMPARE(steps.size(), std::size_t{4});
    QVERIFY(steps[1].join(' ').contains(QStringLiteral("written back")));  // step 6 evicts dirty page 3
    QCOMPARE(simulation->position(), std::size_t{8});
  }

  void chartShowsBeladysAnomalyForFifo() {
    auto simulation = loadScenario("paging-belady.oslens.json");
    views::FaultCurveChart chart(asPaging(*simulation));
    QLineSeries* fifo = nullptr;
    for (auto* series : chart.chart()->series())
      if (series->objectName() == QLatin1String("fifo")) fifo = qobject_cast<QLineSeries*>(series);
    QVERIFY(fifo);
    QCOMPARE(fifo->at(2).y(), 9.0);   // 3 frames
    QCOMPARE(fifo->at(3).y(), 10.0);  // 4 frames: more faults with more memory
  }

  // On Belady's string LRU and LFU give the same curve, and so do Clock and FIFO: each pair is one
  // line named after both, never one line hidden under another.
  void coincidingCurvesAreOneLineWithBothNames() {
    auto simulation = loadScenario("paging-belady.oslens.json");
    views::FaultCurveChart chart(asPaging(*simulation));
    QStringList names;
    for (const auto& curve : chart.curves()) names << curve.line->name();
    QVERIFY2(names.contains(QStringLiteral("LRU = LFU")), qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY2(names.contains(QStringLiteral("FIFO = Clock")), qPrintable(names.join(QStringLiteral(", "))));
  }

  // On every built-in's string: no two lines of the fault chart have the same points, and every
  // policy is named by exactly one line.
  void noFaultCurveHidesAnother() {
    const QStringList files = QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("paging-*.oslens.json")});
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
      auto simulation = loadScenario(file.toStdString().c_str());
      views::FaultCurveChart chart(asPaging(*simulation));
      QList<QLineSeries*> lines;
      for (auto* series : chart.chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && series->isVisible()) lines << line;
      QCOMPARE(static_cast<std::size_t>(lines.size()), chart.curves().size());
      for (qsizetype i = 0; i < lines.size(); ++i)
        for (qsizetype j = i + 1; j < lines.size(); ++j)
          QVERIFY2(lines[i]->points() != lines[j]->points(),
                   qPrintable(file + QStringLiteral(": \"%1\" hides \"%2\"").arg(lines[j]->name(), lines[i]->name())));
      QMultiHash<QString, QString> policies;
      for (const auto& curve : chart.curves()) {
        QStringList titles;
        for (auto policy : curve.policies) {
          titles << views::PagingNarrator::policyTitle(policy);
          policies.insert(views::PagingNarrator::policyTitle(policy), curve.line->name());
        }
        QCOMPARE(curve.line->name(), titles.join(QStringLiteral(" = ")));
      }
      for (auto policy : engine::paging::kAllPolicies)
        QCOMPARE(policies.count(views::PagingNarrator::policyTitle(policy)), 1);
    }
  }

  // The picture a class sees, compared loosely with a reviewed reference (tests/golden/views):
  // a change anyone would notice fails, antialiasing noise does not. After an intended change of
  // the view, look at the new picture and refresh it with OSLENS_UPDATE_REFERENCES=1.
  void diagramLooksLikeTheReviewedReference() {
    auto simulation = loadScenario("paging-belady.oslens.json");
    simulation->seek(7);
    views::PagingView view(asPaging(*simulation));
    view.showPosition(0, 7, false);
    QGraphicsScene& scene = *view.scene(QStringLiteral("memory"));
    QImage actual(scene.sceneRect().size().toSize(), QImage::Format_RGB32);
    actual.fill(Qt::white);
    QPainter painter(&actual);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), actual.size()), scene.sceneRect());
    painter.end();

    const QString reference = QStringLiteral(OSLENS_SOURCE_DIR "/tests/golden/views/paging-belady-step7.png");
    if (qEnvironmentVariableIsSet("OSLENS_UPDATE_REFERENCES")) QVERIFY(actual.save(reference));
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), "missing reference image");
    QCOMPARE(actual.size(), expected.size());
    int differing = 0;
    for (int y = 0; y < actual.height(); ++y)
      for (int x = 0; x < actual.width(); ++x) {
        const QColor a = actual.pixelColor(x, y), e = expected.pixelColor(x, y);
        differing += std::max({std::abs(a.red() - e.red()), std::abs(a.green() - e.green()), std::abs(a.blue() - e.blue())}) > 80;
      }
    const double share = static_cast<double>(differing) / (actual.width() * actual.height());
    QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
  }

  void exportsAreValidFiles() {
    QTemporaryDir dir;
    auto simulation = loadScenario("paging-belady.oslens.json");
    simulation->seek(7);
    views::PagingView view(asPaging(*simulation));
    view.showPosition(0, 7, false);
    for (const QString& name : view.viewNames()) {
      QGraphicsScene& scene = *view.scene(name);
      const auto text = views::SlideText::describe(*simulation, view, name);
      QCOMPARE(text.title, QStringLiteral("Belady's anomaly"));
      QVERIFY2(text.subtitle.contains(QStringLiteral("step 7 of 12")), qPrintable(text.subtitle));
      QVERIFY2(text.subtitle.contains(view.viewTitle(name)), qPrintable(text.subtitle));
      const QString svg = dir.filePath(name + QStringLiteral(".svg"));
      QCOMPARE(views::SceneExporter::exportScene(scene, svg, 1.0, text), QString());
      QSvgRenderer renderer(svg);
      QVERIFY(renderer.isValid());
      QCOMPARE(renderer.viewBoxF().size(), QSizeF(1920, 1080));  // a 16:9 slide by default
      QFile svgFile(svg);
      QVERIFY(svgFile.open(QIODevice::ReadOnly));
      const QString svgText = QString::fromUtf8(svgFile.readAll());
      QVERIFY(svgText.contains(QStringLiteral("step 7 of 12")));

      const QString png = dir.filePath(name + QStringLiteral(".png"));
      QCOMPARE(views::SceneExporter::exportScene(scene, png, 2.0, text, views::SlideShape::Standard4x3), QString());
      QImage image(png);
      QCOMPARE(image.size(), QSize(2880, 2160));
      const QString fitted = dir.filePath(name + QStringLiteral("-fit.png"));
      QCOMPARE(views::SceneExporter::exportScene(scene, fitted, 1.0, text, views::SlideShape::Fit), QString());
      const QRectF source = views::SceneTitlesHidden(scene).crop(scene.sceneRect());  // the band names the scenario
      QCOMPARE(QImage(fitted).size(), views::Slide::pageSize(views::SlideShape::Fit, source.size()).toSize());
      // Not blank: the picture has ink on it.
      int inked = 0;
      for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) inked += image.pixelColor(x, y).lightness() < 200;
      QVERIFY2(inked > 200, qPrintable(QString::number(inked)));

      const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
      QCOMPARE(views::SceneExporter::exportScene(scene, pdf, 1.0, text), QString());
      QFile file(pdf);
      QVERIFY(file.open(QIODevice::ReadOnly));
      QVERIFY(file.read(5) == "%PDF-");
    }
    QVERIFY(!views::SceneExporter::exportScene(*view.scene(QStringLiteral("memory")), dir.filePath("x.bmp"), 1.0, {}).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("x.bmp")));
  }
};

OSLENS_QTEST_MAIN(PagingViewTest)
#include "paging_view_test.moc"

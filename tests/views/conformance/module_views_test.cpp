// Conformance of every module's views (views/modules.cpp), over every built-in scenario: a new
// module gets these tests by adding its table line and a built-in. Each view is built, moved to
// the first, a middle and the last step and back again (animated and snapped), and exported as
// SVG and PNG at each; every step is narrated in English and in Chinese, and the Chinese is
// Chinese (no sentence left in English, no space between two Chinese characters).
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/export/scene_exporter.h"
#include <QFile>
#include "views/modules.h"

using namespace oslens;

namespace {
QStringList builtinFiles() {
  QDir dir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios"));
  return dir.entryList({QStringLiteral("*.oslens.json")}, QDir::Files, QDir::Name);
}

std::unique_ptr<engine::Simulation> load(const QString& file) {
  return engine::loadSimulationFile((QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file).toStdString());
}

// Restores English when a test ends, whatever it switched to.
struct EnglishAfterwards {
  ~EnglishAfterwards() { views::Language::apply(QStringLiteral("en")); }
};

bool hasChinese(const QString& text) {
  static const QRegularExpression kHan(QStringLiteral("\\p{Han}"));
  return kHan.match(text).hasMatch();
}
}  // namespace

class ModuleViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void everyModuleHasAPresenterWithATitleInBothLanguages() {
    EnglishAfterwards restore;
    QCOMPARE(views::presenters().size(), engine::modules().size());
    for (std::size_t i = 0; i < engine::modules().size(); ++i) {
      const auto* presenter = views::presenters()[i];
      QCOMPARE(presenter->module(), engine::modules()[i].name);
      QCOMPARE(views::presenterFor(presenter->module()), presenter);
      QVERIFY(!presenter->title().isEmpty());
    }
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    for (const auto* presenter : views::presenters())
      QVERIFY2(hasChinese(presenter->title()), qPrintable(presenter->title()));
  }

  void everyViewIsBuiltMovedBothWaysAndExported_data() {
    QTest::addColumn<QString>("file");
    for (const QString& file : builtinFiles()) QTest::newRow(qPrintable(file)) << file;
  }

  void everyViewIsBuiltMovedBothWaysAndExported() {
    QFETCH(QString, file);
    auto simulation = load(file);
    auto view = views::createModuleView(*simulation);
    QVERIFY2(view, "the module has no view");
    QVERIFY(!view->viewNames().isEmpty());
    std::unique_ptr<QWidget> widget(view->createWidget(nullptr));
    QVERIFY(widget);
    std::unique_ptr<QWidget> stateWidget(view->createStateWidget(nullptr));

    const int last = static_cast<int>(simulation->stepCount());
    const QList<int> forwards = {1, last / 2, last};
    QList<int> path = forwards;
    for (auto it = forwards.rbegin() + 1; it != forwards.rend(); ++it) path << *it;
    path << 0;
    QTemporaryDir dir;
    int from = 0;
    for (int stop = 0; stop < path.size(); ++stop) {
      const int to = path[stop];
      simulation->seek(static_cast<std::size_t>(to));
      // One step away is animated (then finished at once, as an export does); a jump snaps.
      view->showPosition(from, to, std::abs(to - from) == 1);
      view->finishAnimations();
      // Play waits for isAnimating(); after finishAnimations nothing may still be playing.
      QVERIFY2(!view->isAnimating(), qPrintable(QStringLiteral("still animating at step %1").arg(to)));
      from = to;
      for (const QString& name : view->viewNames()) {
        QGraphicsScene* scene = view->scene(name);
        QVERIFY2(scene, qPrintable(name));
        QVERIFY2(!view->viewTitle(name).isEmpty(), qPrintable(name));
        const QString base = dir.filePath(QStringLiteral("%1-%2-%3").arg(name).arg(stop).arg(to));
        // Every export is a slide that says what it shows: the scenario, the picture and the step.
        const auto text = views::SlideText::describe(*simulation, *view, name);
        QVERIFY(text.title == QString::fromStdString(simulation->info().title.text));
        QVERIFY2(text.subtitle.contains(QStringLiteral("step %1 of %2").arg(to).arg(last)), qPrintable(text.subtitle));
        QCOMPARE(views::SceneExporter::exportScene(*scene, base + QStringLiteral(".svg"), 1.0, text), QString());
        QCOMPARE(views::SceneExporter::exportScene(*scene, base + QStringLiteral(".png"), 1.0, text), QString());
        QSvgRenderer svg(base + QStringLiteral(".svg"));
        QVERIFY2(svg.isValid(), qPrintable(base));
        QFile svgFile(base + QStringLiteral(".svg"));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svgFile.readAll());
        QVERIFY2(svgText.contains(text.subtitle.toHtmlEscaped()), qPrintable(base));
        const QImage png(base + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1920, 1080));
      }
    }
  }

  // The window's texts that are not in a scene (the tabs' titles, the state panel's labels)
  // follow the language, and the panel's tables have columns.
  void everyWindowTextFollowsTheLanguage_data() { everyViewIsBuiltMovedBothWaysAndExported_data(); }

  void everyWindowTextFollowsTheLanguage() {
    QFETCH(QString, file);
    EnglishAfterwards restore;
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    auto simulation = load(file);
    auto view = views::createModuleView(*simulation);
    std::unique_ptr<QWidget> widget(view->createWidget(nullptr));
    std::unique_ptr<QWidget> stateWidget(view->createStateWidget(nullptr));
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    view->retranslate();
    for (const QString& name : view->viewNames()) QVERIFY2(hasChinese(view->viewTitle(name)), qPrintable(name));
    for (const QTabWidget* tabs : widget->findChildren<QTabWidget*>())
      for (int i = 0; i < tabs->count(); ++i) QVERIFY2(hasChinese(tabs->tabText(i)), qPrintable(tabs->tabText(i)));
    if (!stateWidget) return;
    for (const QLabel* label : stateWidget->findChildren<QLabel*>())
      QVERIFY2(hasChinese(label->text()), qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    for (const QTableView* table : stateWidget->findChildren<QTableView*>())
      QVERIFY2(table->model() && table->model()->columnCount() > 0, qPrintable(table->objectName()));
  }

  void everyStepIsNarratedInBothLanguages_data() { everyViewIsBuiltMovedBothWaysAndExported_data(); }

  void everyStepIsNarratedInBothLanguages() {
    QFETCH(QString, file);
    EnglishAfterwards restore;
    auto simulation = load(file);
    const std::size_t steps = simulation->stepCount();
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    const auto english = views::narrateSteps(*simulation, 1, steps);
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    const auto chinese = views::narrateSteps(*simulation, 1, steps);
    QCOMPARE(english.size(), steps);
    QCOMPARE(chinese.size(), steps);
    static const QRegularExpression kSpaceBetweenHan(QStringLiteral("\\p{Han} \\p{Han}"));
    // A full-width mark carries its own spacing: no space after "。", "：", "，", "）" and the like.
    static const QRegularExpression kSpaceAfterFullWidth(QStringLiteral("[\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}] "));
    // Every problem of the file at once (at most 20), so one run shows what to fix.
    QStringList problems;
    auto problem = [&](bool bad, const QString& what) {
      if (bad && problems.size() < 20) problems << what;
    };
    for (std::size_t i = 0; i < steps; ++i) {
      const QString where = QStringLiteral("step %1").arg(i + 1);
      problem(english[i].isEmpty() || english[i].first().isEmpty(), where + QStringLiteral(": no English narration"));
      problem(chinese[i].isEmpty(), where + QStringLiteral(": no Chinese narration"));
      for (const QString& sentence : chinese[i]) {
        problem(!hasChinese(sentence), where + QStringLiteral(": untranslated: ") + sentence);
        problem(kSpaceBetweenHan.match(sentence).hasMatch(),
                where + QStringLiteral(": a space between Chinese characters: ") + sentence);
        problem(kSpaceAfterFullWidth.match(sentence).hasMatch(),
                where + QStringLiteral(": a space after a full-width mark: ") + sentence);
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(file + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    simulation->seek(steps);
    QVERIFY(hasChinese(views::summarizeSimulation(*simulation)));
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    QVERIFY(!views::summarizeSimulation(*simulation).isEmpty());
  }
};

OSLENS_QTEST_MAIN(ModuleViewsTest)
#include "module_views_test.moc"

// Conformance of every module's views (views/modules.cpp), over every built-in scenario: a new
// module gets these tests by adding its table line and a built-in. Each view is built, moved to
// the first, a middle and the last step and back again (animated and snapped), and exported as
// SVG and PNG at each; every step is narrated in English and in Chinese, and the Chinese is
// Chinese (no sentence left in English) and typeset by one convention (views/core/
// chinese_typesetting.h): so are the summary, the built-ins' titles and descriptions, the window's
// labels and every text in every scene.
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QWidget>
#include <functional>
#include <memory>

#include "engine/core/scenario.h"
#include "engine/modules.h"
#include "support/chinese_text_checks.h"
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

// The built-in as a Chinese teacher might write it: every name it declares (the value of a "name"
// or "tag" key: processes, resources, tasks, zones, caches, allocations) renamed to a Chinese one
// (甲子, 乙丑, ... the sexagenary cycle), wherever the name is used. A %1 in a translation then
// holds Chinese where the built-in has Latin, which only typesetting the finished text can space.
std::unique_ptr<engine::Simulation> loadWithChineseNames(const QString& file) {
  QFile in(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file);
  if (!in.open(QIODevice::ReadOnly)) return nullptr;
  QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
  QHash<QString, QString> renamed;
  const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
  const QString branches = QStringLiteral("子丑寅卯辰巳午未申酉戌亥");
  std::function<void(const QJsonValue&, const QString&)> collect = [&](const QJsonValue& value, const QString& key) {
    if (value.isObject()) {
      const QJsonObject object = value.toObject();
      for (auto it = object.begin(); it != object.end(); ++it) collect(it.value(), it.key());
    } else if (value.isArray()) {
      for (const QJsonValue& item : value.toArray()) collect(item, key);
    } else if (value.isString() && (key == QLatin1String("name") || key == QLatin1String("tag")) &&
               !renamed.contains(value.toString())) {
      const auto n = static_cast<int>(renamed.size());
      renamed.insert(value.toString(), QString(stems[n % 10]) + branches[n % 12]);
    }
  };
  std::function<QJsonValue(const QJsonValue&)> rename = [&](const QJsonValue& value) -> QJsonValue {
    if (value.isObject()) {
      QJsonObject object = value.toObject();
      for (auto it = object.begin(); it != object.end(); ++it) it.value() = rename(it.value());
      return object;
    }
    if (value.isArray()) {
      QJsonArray array;
      for (const QJsonValue& item : value.toArray()) array.append(rename(item));
      return array;
    }
    return value.isString() ? QJsonValue(renamed.value(value.toString(), value.toString())) : value;
  };
  for (const char* key : {"config", "ops"}) collect(root.value(QLatin1String(key)), QString());
  for (const char* key : {"config", "ops"}) root[QLatin1String(key)] = rename(root.value(QLatin1String(key)));
  return engine::loadSimulation(QJsonDocument(root).toJson().toStdString());
}

// Restores English when a test ends, whatever it switched to.
struct EnglishAfterwards {
  ~EnglishAfterwards() { views::Language::apply(QStringLiteral("en")); }
};

bool hasChinese(const QString& text) {
  static const QRegularExpression kHan(QStringLiteral("\\p{Han}"));
  return kHan.match(text).hasMatch();
}

// Collects the typesetting problems of one file's Chinese texts (at most 30, so one run shows
// what to fix without flooding the log).
struct ChineseProblems {
  QStringList list;
  void check(const QString& where, const QString& text,
             test::ChineseCheck rules = test::ChineseCheck::SpacingAndBreaks) {
    for (const QString& problem : test::chineseTextProblems(text, rules))
      if (list.size() < 30) list << where + QStringLiteral(": ") + problem;
  }
  QString report(const QString& file) const { return file + QStringLiteral(":\n  ") + list.join(QStringLiteral("\n  ")); }
};

// Every text a scene draws: simple text items (never wrapped) and text items, which wrap when
// they have a width and so must keep counters whole (QTextDocument::toRawText keeps U+00A0).
void checkSceneTexts(QGraphicsScene& scene, const QString& where, ChineseProblems& problems) {
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible()) continue;
    if (const auto* simple = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
      problems.check(where, simple->text(), test::ChineseCheck::Spacing);
    else if (const auto* text = dynamic_cast<QGraphicsTextItem*>(item))
      problems.check(where, text->document()->toRawText(),
                     text->textWidth() > 0 ? test::ChineseCheck::SpacingAndBreaks : test::ChineseCheck::Spacing);
  }
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
        // The band names the scenario; the scene's own title is left out of the slide.
        const QString drawnTitle = QStringLiteral(">%1</text>").arg(text.title.toHtmlEscaped());
        QVERIFY2(svgText.count(drawnTitle) == 1, qPrintable(base + QStringLiteral(": the title is not drawn once")));
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
        // The narration panel wraps these lines: the spacing convention and whole counters.
        for (const QString& typesetting : test::chineseTextProblems(sentence))
          problem(true, where + QStringLiteral(": ") + typesetting);
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(file + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    simulation->seek(steps);
    const QString summary = views::summarizeSimulation(*simulation);
    QVERIFY(hasChinese(summary));
    QVERIFY2(test::chineseTextProblems(summary).isEmpty(), qPrintable(test::chineseTextProblems(summary).join('\n')));
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    QVERIFY(!views::summarizeSimulation(*simulation).isEmpty());
  }

  // Everything else Chinese that a built-in shows follows the same convention: its title and
  // description (as written in the file: the display adds the no-break spaces), the module's
  // title, the views' titles, the state panel's labels and tables, and every text in every scene,
  // at the first, a middle and the last step (the first animated, as the class sees it). And all
  // of it, with the narration and the summary, again with the built-in's names made Chinese.
  void everyChineseTextIsTypesetByOneConvention_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("chineseNames");
    for (const QString& file : builtinFiles()) {
      QTest::newRow(qPrintable(file)) << file << false;
      QTest::newRow(qPrintable(file + QStringLiteral(", Chinese names"))) << file << true;
    }
  }

  void everyChineseTextIsTypesetByOneConvention() {
    QFETCH(QString, file);
    QFETCH(bool, chineseNames);
    EnglishAfterwards restore;
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    auto simulation = chineseNames ? loadWithChineseNames(file) : load(file);
    QVERIFY(simulation);
    ChineseProblems problems;
    const auto& info = simulation->info();
    const QString title = QString::fromStdString(info.title.in("zh_CN"));
    const QString description = QString::fromStdString(info.description.in("zh_CN"));
    QVERIFY2(hasChinese(title), qPrintable(title));
    problems.check(QStringLiteral("title"), title, test::ChineseCheck::Spacing);
    problems.check(QStringLiteral("description"), description, test::ChineseCheck::Spacing);
    problems.check(QStringLiteral("module title"), views::presenterFor(simulation->module())->title(),
                   test::ChineseCheck::Spacing);
    if (chineseNames) {  // the names' own run of the narration (the built-in's is checked above)
      const auto steps = views::narrateSteps(*simulation, 1, simulation->stepCount());
      for (std::size_t i = 0; i < steps.size(); ++i)
        for (const QString& sentence : steps[i]) problems.check(QStringLiteral("step %1").arg(i + 1), sentence);
      simulation->seek(simulation->stepCount());
      problems.check(QStringLiteral("summary"), views::summarizeSimulation(*simulation));
      simulation->seek(0);
    }

    auto view = views::createModuleView(*simulation);
    std::unique_ptr<QWidget> widget(view->createWidget(nullptr));
    std::unique_ptr<QWidget> stateWidget(view->createStateWidget(nullptr));
    const int last = static_cast<int>(simulation->stepCount());
    int from = 0;
    for (const int to : {1, last / 2, last}) {
      simulation->seek(static_cast<std::size_t>(to));
      view->showPosition(from, to, std::abs(to - from) == 1);
      view->finishAnimations();
      from = to;
      for (const QString& name : view->viewNames()) {
        const QString where = QStringLiteral("step %1, %2").arg(to).arg(name);
        problems.check(where + QStringLiteral(" title"), view->viewTitle(name), test::ChineseCheck::Spacing);
        checkSceneTexts(*view->scene(name), where, problems);
      }
      if (!stateWidget) continue;
      for (const QLabel* label : stateWidget->findChildren<QLabel*>())  // word-wrapped
        problems.check(QStringLiteral("step %1, label %2").arg(to).arg(label->objectName()), label->text());
      for (const QTableView* table : stateWidget->findChildren<QTableView*>()) {
        const QAbstractItemModel* model = table->model();
        const QString where = QStringLiteral("step %1, table %2").arg(to).arg(table->objectName());
        for (int c = 0; c < model->columnCount(); ++c)
          problems.check(where, model->headerData(c, Qt::Horizontal).toString(), test::ChineseCheck::Spacing);
        for (int r = 0; r < model->rowCount(); ++r) {
          problems.check(where, model->headerData(r, Qt::Vertical).toString(), test::ChineseCheck::Spacing);
          for (int c = 0; c < model->columnCount(); ++c)
            problems.check(where, model->index(r, c).data().toString(), test::ChineseCheck::Spacing);
        }
      }
    }
    QVERIFY2(problems.list.isEmpty(), qPrintable(problems.report(file)));
  }
};

OSLENS_QTEST_MAIN(ModuleViewsTest)
#include "module_views_test.moc"

// Every chart tells its series apart without colour (issue 14): each entry of the legend has a
// (marker, filling, dash) of its own, every named series is in the legend with its name, and the
// legend draws what the chart draws. Checked on every chart of every built-in, and on a CFS run
// with as many tasks as the charts take.
#include <QAbstractSeries>
#include <QChart>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QtTest>

#include "engine/modules.h"
#include "engine/sched/cfs/cfs_share_samples.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/chart_scene.h"
#include "views/core/module_view.h"

using namespace oslens;
using views::ChartScene;
using views::SeriesLook;

namespace {
QString lookKey(const SeriesLook& look) {
  if (look.area.style() != Qt::NoBrush) return QStringLiteral("area %1").arg(static_cast<int>(look.area.style()));
  return QStringLiteral("marker %1 %2, dash %3").arg(static_cast<int>(look.marker)).arg(look.hollow ? "hollow" : "filled").arg(static_cast<int>(look.dash));
}

// Problems with one chart: two legend entries alike without colour, a named series missing from
// the legend, a legend name that is not its series' name, a line drawn otherwise than its sample.
QStringList problemsOf(ChartScene& chart) {
  QStringList out;
  QHash<QString, QString> seen;  // look -> name
  QSet<QAbstractSeries*> inLegend;
  for (const auto& entry : chart.legendEntries()) {
    inLegend.insert(entry.series);
    if (!entry.series->isVisible()) continue;  // a hidden series leaves the legend
    const QString key = lookKey(entry.look);
    if (entry.look.dash == Qt::NoPen && entry.look.marker == SeriesLook::Marker::None && entry.look.area.style() == Qt::NoBrush)
      out << QStringLiteral("\"%1\" has neither line, marker nor area").arg(entry.series->name());
    if (seen.contains(key)) out << QStringLiteral("\"%1\" and \"%2\" look alike without colour (%3)").arg(seen[key], entry.series->name(), key);
    seen.insert(key, entry.series->name());
    if (!entry.text->isVisible() || entry.text->text() != entry.series->name())
      out << QStringLiteral("legend says \"%1\" for \"%2\"").arg(entry.text->text(), entry.series->name());
    if (auto* line = qobject_cast<QLineSeries*>(entry.series); line && line->pen().style() != entry.look.dash)
      out << QStringLiteral("\"%1\" is drawn with another dash than its legend shows").arg(entry.series->name());
  }
  for (QAbstractSeries* series : chart.chart()->series())
    if (series->isVisible() && !series->name().isEmpty() && !inLegend.contains(series))
      out << QStringLiteral("\"%1\" is not in the legend").arg(series->name());
  return out;
}

// What is wrong with a chart's layout: text cut to "..." (Qt Charts elides axis labels and titles
// it has no room for), a legend entry outside the scene, over the plot, over the chart's words or
// over another entry.
QStringList layoutProblems(ChartScene& chart) {
  QStringList out;
  const QRectF plot = chart.chart()->mapRectToScene(chart.chart()->plotArea());
  QList<QRectF> words;
  QSet<QGraphicsItem*> legendTexts;
  for (const auto& entry : chart.legendEntries()) legendTexts.insert(entry.text);
  for (QGraphicsItem* item : chart.items()) {
    if (!item->isVisible()) continue;
    QString text;
    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item)) text = simple->text();
    else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) text = rich->toPlainText();
    else continue;
    if (text.trimmed().isEmpty()) continue;
    if (text.contains(QStringLiteral("...")) || (text.contains(QChar(0x2026)) && !chart.title().contains(text)))
      out << QStringLiteral("\"%1\" is cut").arg(text);
    if (!legendTexts.contains(item)) words << item->sceneBoundingRect();
  }
  QList<QRectF> entries;
  for (const auto& entry : chart.legendEntries()) {
    if (!entry.item->isVisible()) continue;
    const QRectF r = entry.item->sceneBoundingRect() | entry.text->sceneBoundingRect();
    const QString name = entry.text->text();
    if (!chart.sceneRect().contains(r)) out << QStringLiteral("\"%1\" leaves the scene").arg(name);
    if (r.intersects(plot)) out << QStringLiteral("\"%1\" lies over the plot").arg(name);
    for (const QRectF& w : words)
      if (r.intersects(w)) out << QStringLiteral("\"%1\" lies over the chart's words").arg(name);
    for (const QRectF& other : entries)
      if (r.intersects(other)) out << QStringLiteral("\"%1\" lies over another entry").arg(name);
    entries << r;
  }
  return out;
}

std::unique_ptr<engine::Simulation> cfsWithTasks(std::size_t count) {
  QString tasks;
  for (std::size_t i = 0; i < count; ++i)
    tasks += QStringLiteral("%1{\"name\": \"T%2\", \"arrival_ns\": %3, \"cpu_bound\": true}").arg(i ? QStringLiteral(",") : QString()).arg(i).arg(i * 500000);
  return engine::loadSimulation(QStringLiteral("{\"oslens\": 1, \"module\": \"cfs\", \"title\": {\"en\": \"many\", \"zh_CN\": \"多\"}, "
                                               "\"config\": {\"until_ns\": 30000000, \"tasks\": [%1]}}")
                                    .arg(tasks)
                                    .toStdString());
}
}  // namespace

class ChartSceneTest : public QObject {
  Q_OBJECT

 private slots:
  // Sixty series of one kind, sixty different (marker, filling, dash).
  void numberedLooksDifferWithoutColour() {
    QSet<QString> keys;
    for (std::size_t i = 0; i < 60; ++i) {
      const SeriesLook look = SeriesLook::numbered(i, Qt::black);
      QVERIFY(look.marker != SeriesLook::Marker::None);
      keys.insert(lookKey(look));
    }
    QCOMPARE(keys.size(), 60);
    QVERIFY(SeriesLook::numbered(0, Qt::black).dash == Qt::SolidLine);
  }

  void everyChartOfEveryBuiltInTellsItsSeriesApart() {
    const QStringList files = QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("*.oslens.json")});
    QStringList problems;
    int charts = 0;
    for (const QString& file : files) {
      auto simulation = engine::loadSimulationFile((QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file).toStdString());
      auto view = views::createModuleView(*simulation);
      QVERIFY(view);
      for (const QString& name : view->viewNames())
        if (auto* chart = qobject_cast<ChartScene*>(view->scene(name))) {
          ++charts;
          QVERIFY2(!chart->legendEntries().empty(), qPrintable(file + QLatin1Char(' ') + name));
          for (const QString& problem : problemsOf(*chart)) problems << file + QLatin1Char(' ') + name + QStringLiteral(": ") + problem;
        }
    }
    QVERIFY(charts >= 6);  // paging, buddy and CFS have charts
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // Every chart of every built-in (and CFS charts of 10 and 16 tasks), laid out for a pane of the
  // 1280x720 window (584x201), a short pane, an export and a large screen: no text cut to "...",
  // the legend inside the scene, clear of the plot, of the chart's words and of itself.
  void everyChartKeepsItsWordsWholeAtEverySize() {
    QStringList problems;
    std::vector<std::unique_ptr<engine::Simulation>> simulations;
    for (const QString& file : QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("*.oslens.json")}))
      simulations.push_back(engine::loadSimulationFile((QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file).toStdString()));
    simulations.push_back(cfsWithTasks(10));
    simulations.push_back(cfsWithTasks(engine::cfs::CfsShareSamples::kMaxChartedTasks));
    int charts = 0;
    for (const auto& simulation : simulations) {
      auto view = views::createModuleView(*simulation);
      for (const QString& name : view->viewNames()) {
        auto* chart = qobject_cast<ChartScene*>(view->scene(name));
        if (!chart) continue;
        ++charts;
        for (const QSizeF size : {QSizeF(584, 201), QSizeF(640, 300), QSizeF(900, 520), QSizeF(1280, 720)}) {
          chart->resizeChart(size);
          QCoreApplication::sendPostedEvents();
          test::saveFrame(*chart, QStringLiteral("chart-%1-%2-%3x%4").arg(charts).arg(name).arg(size.width()).arg(size.height()));
          for (const QString& problem : layoutProblems(*chart))
            problems << QStringLiteral("%1 %2 at %3x%4: %5").arg(QString::fromStdString(simulation->info().title.in("en")), name).arg(size.width()).arg(size.height()).arg(problem);
        }
      }
    }
    QVERIFY(charts >= 8);
    problems.removeDuplicates();
    for (const QString& problem : problems) qWarning().noquote() << problem;  // QtTest cuts a long message
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
  }

  // As many tasks as the CFS charts draw: their lines still part without colour.
  void chartsOfManyTasksTellThemApart() {
    auto simulation = cfsWithTasks(engine::cfs::CfsShareSamples::kMaxChartedTasks);
    auto view = views::createModuleView(*simulation);
    for (const QString& name : {QStringLiteral("vruntime"), QStringLiteral("share")}) {
      auto* chart = qobject_cast<ChartScene*>(view->scene(name));
      QVERIFY2(chart, qPrintable(name));
      QVERIFY(chart->legendEntries().size() >= engine::cfs::CfsShareSamples::kMaxChartedTasks);
      const QStringList problems = problemsOf(*chart);
      QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
  }
};

OSLENS_QTEST_MAIN(ChartSceneTest)
#include "chart_scene_test.moc"

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

  // The legend fits the size the chart is laid out for: under the plot in an export or a tall
  // pane, beside it in a short pane (the buddy chart), never over the plot, another entry or the
  // scene's edge.
  void theLegendStaysClearOfThePlot() {
    auto buddy = engine::loadSimulationFile(OSLENS_SOURCE_DIR "/resources/scenarios/buddy-fragmentation.oslens.json");
    auto cfs = cfsWithTasks(10);
    auto buddyView = views::createModuleView(*buddy);
    auto cfsView = views::createModuleView(*cfs);
    QList<ChartScene*> charts{qobject_cast<ChartScene*>(buddyView->scene(QStringLiteral("fragmentation"))),
                              qobject_cast<ChartScene*>(cfsView->scene(QStringLiteral("share")))};
    for (ChartScene* chart : charts) {
      QVERIFY(chart);
      for (const QSizeF size : {QSizeF(900, 520), QSizeF(640, 300), QSizeF(1280, 720)}) {
        chart->resizeChart(size);
        QCoreApplication::sendPostedEvents();
        const QString where = QStringLiteral("%1 at %2x%3").arg(chart->chart()->title()).arg(size.width()).arg(size.height());
        const QRectF plot = chart->chart()->mapRectToScene(chart->chart()->plotArea());
        // The chart's own words: axis labels and titles, the chart's title.
        QList<QRectF> words;
        for (QGraphicsItem* item : chart->chart()->childItems())
          for (QGraphicsItem* inner : QList<QGraphicsItem*>{item} + item->childItems())
            if (inner->isVisible() && (dynamic_cast<QGraphicsTextItem*>(inner) || dynamic_cast<QGraphicsSimpleTextItem*>(inner)))
              words << inner->sceneBoundingRect();
        QVERIFY(words.size() >= 4);
        QList<QRectF> entries;
        for (const auto& entry : chart->legendEntries()) {
          const QRectF r = entry.item->sceneBoundingRect() | entry.text->sceneBoundingRect();
          QVERIFY2(chart->sceneRect().contains(r), qPrintable(where + QStringLiteral(": \"%1\" leaves the scene").arg(entry.text->text())));
          QVERIFY2(!r.intersects(plot), qPrintable(where + QStringLiteral(": \"%1\" lies over the plot").arg(entry.text->text())));
          for (const QRectF& w : words)
            QVERIFY2(!r.intersects(w), qPrintable(where + QStringLiteral(": \"%1\" lies over the chart's words").arg(entry.text->text())));
          for (const QRectF& other : entries) QVERIFY2(!r.intersects(other), qPrintable(where + QStringLiteral(": entries overlap")));
          entries << r;
        }
        test::saveFrame(*chart, QStringLiteral("legend-%1x%2-%3").arg(size.width()).arg(size.height()).arg(charts.indexOf(chart)));
      }
    }
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

#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGraphicsScene>
#include <QHash>
#include <QMargins>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QSizeF>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;
class QPainterPath;
class QScatterSeries;
QT_END_NAMESPACE

namespace oslens::views {

// How one series of a chart looks. Colour alone does not tell series apart in grey print or to a
// colour-blind student, so every series also has a marker shape (filled or hollow) or a dash of
// its own, and the legend shows all three.
struct SeriesLook {
  // The shapes Qt Charts draws (QScatterSeries::MarkerShape), in that order.
  enum class Marker : std::uint8_t { None, Circle, Square, Diamond, Triangle, Star, Pentagon };
  static constexpr std::size_t kMarkerShapes = 6;

  QColor colour;
  qreal width = 2.5;                   // of the line
  Qt::PenStyle dash = Qt::SolidLine;   // Qt::NoPen: markers alone
  Marker marker = Marker::None;
  bool hollow = false;                 // an outline, through which what lies under it shows
  qreal markerSize = 11;
  QBrush area = Qt::NoBrush;           // an area series: a swatch of this in the legend instead

  QPen pen() const;
  // The outline of the marker, centred on `centre` (the legend draws it; the chart's scatter
  // series draws the same shapes).
  QPainterPath markerPath(const QPointF& centre) const;

  // The look of the index-th of several series of one kind (tasks): the six shapes filled, then
  // the six hollow, all on solid lines; then the twelve again on each dash in turn (dashed,
  // dotted, dash-dot, dash-dot-dot), so that 60 series have 60 different (marker, dash) pairs.
  static SeriesLook numbered(std::size_t index, const QColor& colour);
};

// A Qt Charts chart in a scene of its own, so that it is shown, fitted and exported like every
// diagram: white, no animation, square corners, the title above and the legend below. A module's
// chart derives from it, builds its axes and series, and calls resizeChart(its export size) at the
// end of its constructor. In a window, FittedSceneView lays the chart out for the view's size
// instead of scaling it, so its text keeps its size; a short chart (a pane of the main window) is
// laid out compact: smaller type (no smaller than 12 px), narrow margins, fewer ticks, the legend
// beside the plot, so that Qt Charts has the room its axes' labels need and cuts none to "...".
//
// The legend is the scene's, not Qt Charts' (whose markers are a square of the colour, or a line
// too short to show a dash): an entry per series added with a look, in order, each a sample of the
// line with its marker, and the series' name (kept up to date as it changes). It goes in rows
// under the plot, or, in a short chart, in columns beside it.
class ChartScene : public QGraphicsScene {
  Q_OBJECT

 public:
  ChartScene(double legendPointSize, double titlePointSize, QObject* parent = nullptr);

  QChart* chart() const { return m_chart; }
  // The chart's title, drawn by the scene across its width (Qt Charts would cut a long one to
  // "..." in a narrow pane; this one wraps).
  void setTitle(const QString& title);
  QString title() const;
  // The chart and its legend fill a scene of this size.
  virtual void resizeChart(const QSizeF& size);
  // Laid out compact at this size (a short pane of the main window).
  static bool isCompact(const QSizeF& size);

  struct LegendEntry {
    QAbstractSeries* series = nullptr;  // named by this series
    SeriesLook look;
    QGraphicsItem* item = nullptr;      // the sample and the name
    QGraphicsSimpleTextItem* text = nullptr;
    // The sample: a swatch (an area), or a piece of line and a marker (either may be missing).
    QGraphicsRectItem* swatch = nullptr;
    QGraphicsPathItem* line = nullptr;
    QGraphicsPathItem* marker = nullptr;
  };
  const std::vector<LegendEntry>& legendEntries() const { return m_legend; }

 protected:
  // Adds a series drawn against the two axes (which the chart already holds).
  void addSeries(QAbstractSeries* series, QAbstractAxis* horizontal, QAbstractAxis* vertical);
  // Adds `line` drawn in `look`, with a legend entry; if the look has a marker, also a scatter
  // series of those markers, drawn over the line, and returned: its points are the caller's
  // (every point of a short line, a few along a long one).
  QScatterSeries* addLine(QLineSeries* line, const SeriesLook& look, QAbstractAxis* horizontal, QAbstractAxis* vertical);
  // Draws a scatter series in the look's marker (no line).
  static void applyMarker(QScatterSeries* series, const SeriesLook& look);
  void addLegendEntry(QAbstractSeries* series, const SeriesLook& look);
  // After a subclass sets an axis's ticks anew (once its data is known): they become the axis's
  // own, which a short chart thins out and a tall one gets back.
  void axisTicksChanged(QAbstractAxis* axis);

 private:
  void layout();
  void compactAxes(bool compact, const QSizeF& plot);

  QChart* m_chart;
  QGraphicsTextItem* m_title;
  double m_legendPointSize;
  double m_titlePointSize;
  QMargins m_normalMargins;
  // An axis as the subclass made it: fonts and, for a value axis, its ticks.
  struct AxisLook {
    QFont labels, title;
    std::optional<std::tuple<int, int, double, double>> ticks;  // type, count, interval, anchor
    QString labelFormat;  // the subclass's; empty: as many decimals as the ticks need
  };
  QHash<QAbstractAxis*, AxisLook> m_axisLooks;
  QSizeF m_size;
  std::vector<LegendEntry> m_legend;
};

}  // namespace oslens::views

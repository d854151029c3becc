#include "views/core/chart_scene.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPainterPath>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
constexpr qreal kSampleWidth = 46;  // the legend's piece of line: long enough to show a dash-dot-dot
constexpr qreal kShortSampleWidth = 32;  // the same, where room is short
constexpr qreal kSampleGap = 8;     // between the sample and the name
constexpr qreal kEntryGap = 18;     // between two entries in a row
constexpr qreal kMargin = 12;       // around the legend
// A chart shorter than this is laid out compact (layout()); the sizes are points (9 pt = 12 px,
// the smallest text any picture has).
constexpr qreal kCompactHeight = 360;
constexpr qreal kCompactTitlePoints = 9;
constexpr qreal kCompactLegendPoints = 9.5;
constexpr qreal kCompactAxisPoints = 9;

QPolygonF regularStar(const QPointF& c, qreal radius, int points, qreal innerShare) {
  // As Qt Charts draws its star and pentagon markers: the first point straight up.
  QPolygonF polygon;
  const int corners = innerShare > 0 ? 2 * points : points;
  const qreal step = 2 * std::numbers::pi / corners;
  qreal angle = std::numbers::pi * 1.5;
  for (int i = 0; i < corners; ++i) {
    const qreal r = innerShare > 0 && i % 2 == 1 ? radius * innerShare : radius;
    polygon << QPointF(c.x() + std::cos(angle) * r, c.y() + std::sin(angle) * r);
    angle += step;
  }
  return polygon;
}

QScatterSeries::MarkerShape qtShape(SeriesLook::Marker marker) {
  switch (marker) {
    case SeriesLook::Marker::None:
    case SeriesLook::Marker::Circle: return QScatterSeries::MarkerShapeCircle;
    case SeriesLook::Marker::Square: return QScatterSeries::MarkerShapeRectangle;
    case SeriesLook::Marker::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    case SeriesLook::Marker::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case SeriesLook::Marker::Star: return QScatterSeries::MarkerShapeStar;
    case SeriesLook::Marker::Pentagon: return QScatterSeries::MarkerShapePentagon;
  }
  return QScatterSeries::MarkerShapeCircle;
}

QPen markerPen(const SeriesLook& look) {
  return look.hollow ? ViewPalette::pen(look.colour, 2.2) : ViewPalette::pen(look.colour.darker(160), 1.2);
}
QBrush markerBrush(const SeriesLook& look) { return look.hollow ? QBrush(Qt::NoBrush) : QBrush(look.colour); }
}  // namespace

QPen SeriesLook::pen() const {
  if (dash == Qt::NoPen) return QPen(Qt::NoPen);
  QPen p = ViewPalette::pen(colour, width, dash, Qt::FlatCap);
  p.setJoinStyle(Qt::RoundJoin);
  return p;
}

QPainterPath SeriesLook::markerPath(const QPointF& c) const {
  QPainterPath path;
  const qreal s = markerSize, h = s / 2;
  switch (marker) {
    case Marker::None: break;
    case Marker::Circle: path.addEllipse(c, h, h); break;
    case Marker::Square: path.addRect(QRectF(c.x() - h, c.y() - h, s, s)); break;
    case Marker::Diamond:
      path.addPolygon(QPolygonF{{c.x() - h, c.y()}, {c.x(), c.y() + h}, {c.x() + h, c.y()}, {c.x(), c.y() - h}});
      path.closeSubpath();
      break;
    case Marker::Triangle:
      path.addPolygon(QPolygonF{{c.x() - h, c.y() + h}, {c.x() + h, c.y() + h}, {c.x(), c.y() - h}});
      path.closeSubpath();
      break;
    case Marker::Star:
      path.addPolygon(regularStar(c, h, 5, 0.5));
      path.closeSubpath();
      break;
    case Marker::Pentagon:
      path.addPolygon(regularStar(c, h, 5, 0));
      path.closeSubpath();
      break;
  }
  return path;
}

SeriesLook SeriesLook::numbered(std::size_t index, const QColor& colour) {
  static constexpr std::array<Marker, kMarkerShapes> kShapes{Marker::Circle,   Marker::Square, Marker::Triangle,
                                                             Marker::Diamond, Marker::Pentagon, Marker::Star};
  static constexpr std::array<Qt::PenStyle, 5> kDashes{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                                       Qt::DashDotDotLine};
  SeriesLook look;
  look.colour = colour;
  look.marker = kShapes[index % kShapes.size()];
  look.hollow = (index / kShapes.size()) % 2 == 1;
  look.dash = kDashes[(index / (2 * kShapes.size())) % kDashes.size()];
  // A star and a pentagon cover less than their box: drawn a little larger, they weigh the same.
  if (look.marker == Marker::Star) look.markerSize = 14;
  if (look.marker == Marker::Pentagon) look.markerSize = 12;
  return look;
}

ChartScene::ChartScene(double legendPointSize, double titlePointSize, QObject* parent)
    : QGraphicsScene(parent),
      m_chart(new QChart),
      m_title(new QGraphicsTextItem),
      m_legendPointSize(legendPointSize),
      m_titlePointSize(titlePointSize) {
  setBackgroundBrush(Qt::white);
  // No animation: an export must show the finished chart, and stepping must not replay it.
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->setBackgroundRoundness(0);
  // The scene draws the legend and the title (layout()).
  m_chart->legend()->setVisible(false);
  m_normalMargins = m_chart->margins();
  addItem(m_chart);
  m_title->setDefaultTextColor(ViewPalette::ink());
  m_title->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
  addItem(m_title);
}

void ChartScene::setTitle(const QString& title) {
  m_title->setPlainText(title);
  if (!m_size.isEmpty()) layout();
}

QString ChartScene::title() const { return m_title->toPlainText(); }

bool ChartScene::isCompact(const QSizeF& size) { return size.height() < kCompactHeight; }

void ChartScene::resizeChart(const QSizeF& size) {
  m_size = size;
  layout();
  setSceneRect(QRectF(QPointF(0, 0), size));
}

void ChartScene::addSeries(QAbstractSeries* series, QAbstractAxis* horizontal, QAbstractAxis* vertical) {
  m_chart->addSeries(series);
  series->attachAxis(horizontal);
  series->attachAxis(vertical);
}

void ChartScene::applyMarker(QScatterSeries* series, const SeriesLook& look) {
  series->setMarkerShape(qtShape(look.marker));
  series->setMarkerSize(look.markerSize);
  series->setPen(markerPen(look));
  series->setBrush(markerBrush(look));
}

QScatterSeries* ChartScene::addLine(QLineSeries* line, const SeriesLook& look, QAbstractAxis* horizontal, QAbstractAxis* vertical) {
  line->setPen(look.pen());
  addSeries(line, horizontal, vertical);
  QScatterSeries* markers = nullptr;
  if (look.marker != SeriesLook::Marker::None) {
    markers = new QScatterSeries;
    applyMarker(markers, look);
    addSeries(markers, horizontal, vertical);
  }
  addLegendEntry(line, look);
  return markers;
}

void ChartScene::addLegendEntry(QAbstractSeries* series, const SeriesLook& look) {
  auto* item = new QGraphicsRectItem;  // an invisible frame for the entry's pieces
  item->setPen(Qt::NoPen);
  item->setBrush(Qt::NoBrush);
  addItem(item);
  // The sample's pieces; their geometry follows the legend's layout (samplePieces()).
  QGraphicsRectItem* swatch = nullptr;
  QGraphicsPathItem* line = nullptr;
  QGraphicsPathItem* marker = nullptr;
  if (look.area.style() != Qt::NoBrush) {
    swatch = new QGraphicsRectItem(item);
    swatch->setBrush(look.area);
    swatch->setPen(ViewPalette::pen(look.area.color().darker(130), 1));
  } else {
    if (look.dash != Qt::NoPen) {
      line = new QGraphicsPathItem(item);
      line->setPen(look.pen());
    }
    if (look.marker != SeriesLook::Marker::None) {
      marker = new QGraphicsPathItem(item);
      marker->setPen(markerPen(look));
      marker->setBrush(markerBrush(look));
    }
  }
  auto* text = new QGraphicsSimpleTextItem(item);
  text->setFont(ViewPalette::font(m_legendPointSize));  // layout() sets it for the chart's size
  text->setBrush(ViewPalette::ink());
  m_legend.push_back({series, look, item, text, swatch, line, marker});
  connect(series, &QAbstractSeries::nameChanged, this, [this] {
    if (!m_size.isEmpty()) layout();
  });
  // A hidden series leaves the legend (a "failed" entry before anything has failed).
  connect(series, &QAbstractSeries::visibleChanged, this, [this] {
    if (!m_size.isEmpty()) layout();
  });
  if (!m_size.isEmpty()) layout();
}

namespace {
// The smallest of 1, 2 or 5 times a power of ten that is at least `raw`.
double roundStep(double raw) {
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0})
    if (m * power >= raw * (1 - 1e-9)) return m * power;
  return 10 * power;
}
}  // namespace

void ChartScene::axisTicksChanged(QAbstractAxis* axis) {
  m_axisLooks.remove(axis);
  layout();
}

void ChartScene::compactAxes(bool compact, const QSizeF& plot) {
  for (QAbstractAxis* axis : m_chart->axes()) {
    // What a subclass set, remembered the first time, so a chart that grows again gets it back.
    if (!m_axisLooks.contains(axis)) {
      AxisLook look{axis->labelsFont(), axis->titleFont()};
      if (auto* value = qobject_cast<QValueAxis*>(axis)) {
        look.ticks = {static_cast<int>(value->tickType()), value->tickCount(), value->tickInterval(), value->tickAnchor()};
        look.labelFormat = value->labelFormat();
      }
      m_axisLooks.insert(axis, look);
    }
    const AxisLook& look = m_axisLooks[axis];
    auto smaller = [&](QFont font, qreal points) {
      if (compact && font.pointSizeF() > points) font.setPointSizeF(points);
      return font;
    };
    axis->setLabelsFont(smaller(look.labels, kCompactAxisPoints));
    axis->setTitleFont(smaller(look.title, kCompactAxisPoints));
    auto* value = qobject_cast<QValueAxis*>(axis);
    if (!value || !look.ticks) continue;
    const auto& [type, count, interval, anchor] = *look.ticks;
    const bool dynamic = type == static_cast<int>(QValueAxis::TicksDynamic);
    value->setTickType(static_cast<QValueAxis::TickType>(type));
    value->setTickCount(count);
    value->setTickInterval(interval);
    value->setTickAnchor(anchor);
    if (!compact) continue;
    // Qt Charts cuts a label to "..." when it is wider (across) or taller (up) than the room
    // between two ticks: a short plot gets fewer ticks, at a round interval.
    const double range = value->max() - value->min();
    if (range <= 0) continue;
    const QFontMetricsF metrics(axis->labelsFont());
    const bool across = axis->orientation() == Qt::Horizontal;
    const qreal label = across ? std::max(metrics.horizontalAdvance(QString::number(value->max())),
                                          metrics.horizontalAdvance(QString::number(value->min()))) +
                                     metrics.horizontalAdvance(QStringLiteral("0.0"))
                               : metrics.height() + 8;
    const double fitting = std::max(1.0, std::floor((across ? plot.width() : plot.height()) / label));  // intervals
    const double current = dynamic ? range / interval : count - 1;
    if (current <= fitting) continue;
    value->setTickType(QValueAxis::TicksDynamic);
    value->setTickAnchor(dynamic ? anchor : value->min());
    value->setTickInterval(std::max(roundStep(range / fitting), dynamic ? interval : 0.0));
  }
  // Labels with the decimals their ticks need: "0, 20, 40", not "0.0, 20.0, 40.0".
  for (QAbstractAxis* axis : m_chart->axes()) {
    auto* value = qobject_cast<QValueAxis*>(axis);
    if (!value || !m_axisLooks[axis].labelFormat.isEmpty()) continue;
    const bool dynamic = value->tickType() == QValueAxis::TicksDynamic;
    const double step = dynamic ? value->tickInterval() : (value->max() - value->min()) / std::max(1, value->tickCount() - 1);
    const double start = dynamic ? value->tickAnchor() : value->min();
    int decimals = 0;
    while (decimals < 4) {
      const double scale = std::pow(10.0, decimals);
      const bool whole = std::abs(step * scale - std::round(step * scale)) < 1e-6 * std::max(1.0, step * scale) &&
                         std::abs(start * scale - std::round(start * scale)) < 1e-6 * std::max(1.0, std::abs(start) * scale);
      if (whole) break;
      ++decimals;
    }
    value->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
  }
}

void ChartScene::layout() {
  // A short chart (a pane of the main window: about 584 x 200 in a 1280 x 720 window) keeps room
  // for its plot, since Qt Charts cuts an axis's labels and title to "..." when the plot is
  // squeezed: smaller type (never below 12 px), narrow margins, fewer ticks, and the legend
  // beside the plot.
  const bool compact = isCompact(m_size);
  m_chart->setMargins(compact ? QMargins(6, 2, 10, 0) : m_normalMargins);
  // The title across the whole width, wrapped rather than cut.
  m_title->setFont(ViewPalette::font(compact ? std::min(m_titlePointSize, kCompactTitlePoints) : m_titlePointSize, true));
  m_title->setTextWidth(std::max<qreal>(m_size.width() - 2 * kMargin, 10));
  m_title->setPos(kMargin, compact ? 0 : 8);
  m_title->setVisible(!m_title->toPlainText().isEmpty());
  const qreal top = m_title->isVisible() ? m_title->pos().y() + m_title->boundingRect().height() : 0;
  QRectF plot(QPointF(0, top), QPointF(m_size.width(), m_size.height()));

  // The names: the legend's size depends on them.
  const QFont legendFont = ViewPalette::font(compact ? std::min(m_legendPointSize, kCompactLegendPoints) : m_legendPointSize);
  qreal rowHeight = 0;
  std::vector<std::size_t> shown;  // the entries of visible series
  for (std::size_t i = 0; i < m_legend.size(); ++i) {
    LegendEntry& entry = m_legend[i];
    entry.item->setVisible(entry.series->isVisible());
    if (entry.series->isVisible()) shown.push_back(i);
    entry.text->setFont(legendFont);
    entry.text->setText(entry.series->name());
    rowHeight = std::max({rowHeight, entry.text->boundingRect().height(), entry.look.markerSize + 4});
  }
  const qreal pitch = rowHeight + (compact ? 0 : 4);
  // The long sample shows a dash-dot-dot whole; the short one is for compact charts, and for
  // rows it saves a row in.
  qreal sample = compact ? kShortSampleWidth : kSampleWidth;
  auto widthOf = [&](std::size_t i) { return sample + kSampleGap + m_legend[shown[i]].text->boundingRect().width(); };
  auto place = [&](std::size_t i, qreal x, qreal y) {
    LegendEntry& e = m_legend[shown[i]];
    e.item->setPos(x, y + rowHeight / 2);
    // The sample, centred on the entry's line (y = 0).
    if (e.swatch) e.swatch->setRect(QRectF(4, -8, sample - 8, 16));
    if (e.line) {
      QPainterPath path(QPointF(0, 0));
      path.lineTo(sample, 0);
      e.line->setPath(path);
    }
    if (e.marker) e.marker->setPath(e.look.markerPath(QPointF(sample / 2, 0)));
    e.text->setPos(sample + kSampleGap, -e.text->boundingRect().height() / 2);
  };
  const std::size_t n = shown.size();

  // Compact: the legend in columns beside the plot, as few as fit the height, if they leave the
  // plot most of the width.
  if (compact && n > 0) {
    const auto perColumn = static_cast<std::size_t>(std::max<qreal>(1, (plot.height() - 4) / pitch));
    const std::size_t columns = (n + perColumn - 1) / perColumn;
    const std::size_t rows = (n + columns - 1) / columns;
    std::vector<qreal> widths(columns, 0);
    for (std::size_t i = 0; i < n; ++i) widths[i / rows] = std::max(widths[i / rows], widthOf(i));
    qreal total = kEntryGap * static_cast<qreal>(columns - 1);
    for (qreal w : widths) total += w;
    if (total <= 0.42 * m_size.width()) {
      qreal x = m_size.width() - kMargin - total;
      const qreal y0 = top + std::max<qreal>(2, (plot.height() - static_cast<qreal>(rows) * pitch) / 2);
      for (std::size_t c = 0; c < columns; ++c) {
        for (std::size_t r = 0; r < rows && c * rows + r < n; ++r) place(c * rows + r, x, y0 + static_cast<qreal>(r) * pitch);
        x += widths[c] + kEntryGap;
      }
      plot.setRight(m_size.width() - kMargin - total - kMargin / 2);
      // Qt Charts lays the plot out inside, about 70 units in from its axes' labels and titles.
      compactAxes(true, plot.size() - QSizeF(70, 70));
      m_chart->setGeometry(plot);
      return;
    }
  }

  // Rows under the plot, each centred, as many entries in each as fit.
  const qreal available = std::max<qreal>(m_size.width() - 2 * kMargin, 1);
  auto rowsFor = [&] {
    std::vector<std::vector<std::size_t>> rows(1);
    qreal used = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const qreal w = widthOf(i);
      if (!rows.back().empty() && used + kEntryGap + w > available) {
        rows.emplace_back();
        used = 0;
      }
      used += (rows.back().empty() ? 0 : kEntryGap) + w;
      rows.back().push_back(i);
    }
    return rows;
  };
  auto rows = rowsFor();
  if (sample == kSampleWidth) {
    sample = kShortSampleWidth;
    if (auto shorter = rowsFor(); shorter.size() < rows.size()) rows = std::move(shorter);
    else sample = kSampleWidth;
  }
  if (n > 0) {
    const qreal rowsHeight = static_cast<qreal>(rows.size()) * pitch;
    const qreal legendTop = m_size.height() - (compact ? 4 : kMargin) - rowsHeight;
    qreal y = legendTop;
    for (const auto& row : rows) {
      qreal width = kEntryGap * static_cast<qreal>(row.size() - 1);
      for (std::size_t i : row) width += widthOf(i);
      qreal x = std::max<qreal>(kMargin, (m_size.width() - width) / 2);
      for (std::size_t i : row) {
        place(i, x, y);
        x += widthOf(i) + kEntryGap;
      }
      y += pitch;
    }
    plot.setBottom(legendTop - 2);
  }
  compactAxes(compact, plot.size() - QSizeF(70, 70));
  m_chart->setGeometry(plot);
}

}  // namespace oslens::views

#include "views/core/chart_scene.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPainterPath>
#include <QScatterSeries>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
constexpr qreal kSampleWidth = 46;  // the legend's piece of line: long enough to show a dash-dot-dot
constexpr qreal kColumnSampleWidth = 32;  // the same, in a column beside the chart
constexpr qreal kSampleGap = 8;     // between the sample and the name
constexpr qreal kEntryGap = 18;     // between two entries in a row
constexpr qreal kMargin = 12;       // around the legend

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
    : QGraphicsScene(parent), m_chart(new QChart), m_legendPointSize(legendPointSize) {
  setBackgroundBrush(Qt::white);
  // No animation: an export must show the finished chart, and stepping must not replay it.
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->setBackgroundRoundness(0);
  // The scene draws the legend (layout()).
  m_chart->legend()->setVisible(false);
  m_chart->setTitleFont(ViewPalette::font(titlePointSize, true));
  addItem(m_chart);
}

void ChartScene::resizeChart(const QSizeF& size) {
  m_size = size;
  layout();
  setSceneRect(QRectF(QPointF(0, 0), size));
}

void ChartScene::setLegendAlignment(Qt::Alignment alignment) {
  if (alignment == m_legendAlignment) return;
  m_legendAlignment = alignment;
  if (!m_size.isEmpty()) layout();
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
  text->setFont(ViewPalette::font(m_legendPointSize));
  text->setBrush(ViewPalette::ink());
  m_legend.push_back({series, look, item, text, swatch, line, marker});
  connect(series, &QAbstractSeries::nameChanged, this, [this] {
    if (!m_size.isEmpty()) layout();
  });
  if (!m_size.isEmpty()) layout();
}

void ChartScene::layout() {
  // The names first: the legend's size depends on them.
  qreal rowHeight = 0;
  for (LegendEntry& entry : m_legend) {
    entry.text->setText(entry.series->name());
    rowHeight = std::max({rowHeight, entry.text->boundingRect().height(), entry.look.markerSize + 4});
  }
  const qreal pitch = rowHeight + 4;
  auto entryWidth = [&](const LegendEntry& e, qreal sample) { return sample + kSampleGap + e.text->boundingRect().width(); };
  // Rows under the chart, as many entries in each as fit.
  const qreal available = std::max<qreal>(m_size.width() - 2 * kMargin, 1);
  auto rowsFor = [&](qreal sample) {
    std::vector<std::vector<std::size_t>> rows(1);
    qreal used = 0;
    for (std::size_t i = 0; i < m_legend.size(); ++i) {
      const qreal w = entryWidth(m_legend[i], sample);
      if (!rows.back().empty() && used + kEntryGap + w > available) {
        rows.emplace_back();
        used = 0;
      }
      used += (rows.back().empty() ? 0 : kEntryGap) + w;
      rows.back().push_back(i);
    }
    return rows;
  };
  // The long sample shows a dash-dot-dot whole; the short one where it saves a row.
  qreal sample = kSampleWidth;
  auto rows = rowsFor(kSampleWidth);
  if (auto shorter = rowsFor(kColumnSampleWidth); shorter.size() < rows.size()) {
    rows = std::move(shorter);
    sample = kColumnSampleWidth;
  }
  const qreal rowsHeight = static_cast<qreal>(rows.size()) * pitch;
  const qreal columnHeight = static_cast<qreal>(m_legend.size()) * pitch;
  // Beside the chart when asked to, or when rows would take much of a short chart's height and a
  // column fits; a column takes width from the plot, so its samples are the short ones.
  const bool beside = m_legendAlignment == Qt::AlignRight ||
                      (rowsHeight > 0.2 * m_size.height() && columnHeight <= m_size.height() - 2 * kMargin);
  if (beside) sample = kColumnSampleWidth;
  auto place = [&](LegendEntry& e, qreal x, qreal top) {
    e.item->setPos(x, top + rowHeight / 2);
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
  QRectF plot(QPointF(0, 0), m_size);
  if (m_legend.empty()) {
    // The chart alone.
  } else if (beside) {
    // A column beside the chart, centred on its height.
    qreal width = 0;
    for (const LegendEntry& e : m_legend) width = std::max(width, entryWidth(e, sample));
    const qreal left = m_size.width() - width - kMargin;
    qreal top = std::max<qreal>(kMargin, (m_size.height() - columnHeight) / 2);
    for (LegendEntry& e : m_legend) {
      place(e, left, top);
      top += pitch;
    }
    plot.setRight(left - kMargin);
  } else {
    // Rows under the chart, each centred.
    qreal top = m_size.height() - kMargin - rowsHeight;
    for (const auto& row : rows) {
      qreal width = kEntryGap * static_cast<qreal>(row.size() - 1);
      for (std::size_t i : row) width += entryWidth(m_legend[i], sample);
      qreal x = std::max<qreal>(kMargin, (m_size.width() - width) / 2);
      for (std::size_t i : row) {
        place(m_legend[i], x, top);
        x += entryWidth(m_legend[i], sample) + kEntryGap;
      }
      top += pitch;
    }
    plot.setBottom(m_size.height() - kMargin - rowsHeight - 4);
  }
  m_chart->setGeometry(plot);
}

}  // namespace oslens::views

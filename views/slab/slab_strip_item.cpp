#include "views/slab/slab_strip_item.h"
#include "views/core/view_palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace oslens::views {

namespace {
// Room under the strip for the ▲ of the next object.
constexpr qreal kMarkerHeight = 10;
// The ▲ inside a wrapped slab's cell.
constexpr qreal kInCellMarkerHeight = 6;
// Narrower cells are filled edge to edge, without an outline of their own.
constexpr qreal kMinOutlinedWidth = 4;

// ≡: the freelist array, an array of free object indices.
void paintFreelistGlyph(QPainter& painter, const QRectF& r, const QColor& colour) {
  painter.setBrush(colour);
  if (r.width() < 9 || r.height() < 14) {
    const qreal d = std::clamp<qreal>(r.width() * 0.6, 1.5, 5);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(r.center(), d / 2, d / 2);
    return;
  }
  const qreal half = std::min<qreal>(r.width() * 0.28, 9);
  painter.setPen(ViewPalette::pen(colour, 1.8, Qt::SolidLine, Qt::FlatCap));
  for (int i = -1; i <= 1; ++i) {
    const qreal y = r.center().y() + i * 4.5;
    painter.drawLine(QPointF(r.center().x() - half, y), QPointF(r.center().x() + half, y));
  }
}

// Diagonal lines drawn one by one: a pattern brush would do, but SVG exports cannot show it.
void paintHatch(QPainter& painter, const QRectF& r, const QColor& colour) {
  constexpr qreal kPitch = 6;
  painter.save();
  painter.setClipRect(r, Qt::IntersectClip);
  painter.setPen(ViewPalette::pen(colour, 1));
  for (qreal x = r.left() - r.height(); x < r.right(); x += kPitch)
    painter.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
  painter.restore();
}

void paintNextMarker(QPainter& painter, qreal x, qreal top, qreal height) {
  QPainterPath triangle(QPointF(x, top));
  triangle.lineTo(x - height * 0.6, top + height - 1);
  triangle.lineTo(x + height * 0.6, top + height - 1);
  triangle.closeSubpath();
  painter.setPen(Qt::NoPen);
  painter.setBrush(ViewPalette::ink());
  painter.drawPath(triangle);
}

// A rect at least `width` wide, centred on the original: a one-byte-wide cell can still be marked.
QRectF atLeast(QRectF r, qreal width) {
  if (r.width() < width) r.adjust(-(width - r.width()) / 2, 0, (width - r.width()) / 2, 0);
  return r;
}
}  // namespace

// These items paint with pens of their own (ViewPalette::pen); the rectangle item's pen is unused.
SlabStripItem::SlabStripItem(QGraphicsItem* parent) : QGraphicsRectItem(parent) { setPen(Qt::NoPen); }

SlabStripItem::SlabStripItem(SlabStrip strip, QGraphicsItem* parent)
    : QGraphicsRectItem(parent), m_strip(std::move(strip)) {
  setPen(Qt::NoPen);
}

QRectF SlabStripItem::boundingRect() const { return rect().adjusted(-6, -10, 6, kMarkerHeight + 6); }

void SlabStripItem::setStrip(SlabStrip strip) {
  if (strip == m_strip) return;
  m_strip = std::move(strip);
  update();
}

void SlabStripItem::setHighlightedObject(int index) {
  if (index == m_highlight) return;
  m_highlight = index;
  update();
}

void SlabStripItem::setFocused(bool focused) {
  if (focused == m_focused) return;
  m_focused = focused;
  update();
}

void SlabStripItem::paintPart(QPainter& painter, const QRectF& r, Part part, const SlabPalette::CacheColours& colours) {
  const bool outlined = r.width() >= kMinOutlinedWidth;
  const QPen cellPen = outlined ? ViewPalette::pen(colours.line, 1.2) : QPen(Qt::NoPen);
  switch (part) {
    case Part::Used:
      painter.setPen(cellPen);
      painter.setBrush(colours.fill);
      painter.drawRect(r);
      ItemPalette::paintPattern(painter, r, colours.index);
      break;
    case Part::Free:
    case Part::FreelistHolder:
      painter.setPen(cellPen);
      painter.setBrush(Qt::white);
      painter.drawRect(r);
      if (part == Part::FreelistHolder) paintFreelistGlyph(painter, r, colours.line);
      break;
    case Part::Padding:
      painter.setPen(outlined ? ViewPalette::pen(SlabPalette::paddingLine(), 1) : QPen(Qt::NoPen));
      painter.setBrush(SlabPalette::padding());
      painter.drawRect(r);
      paintHatch(painter, r, SlabPalette::paddingLine());
      break;
    case Part::LeftOver:
      painter.setPen(outlined ? ViewPalette::pen(SlabPalette::paddingLine(), 1) : QPen(Qt::NoPen));
      painter.setBrush(SlabPalette::padding());
      painter.drawRect(r);
      break;
    case Part::OnSlabFreelist:
      painter.setPen(outlined ? ViewPalette::pen(SlabPalette::paddingLine(), 1) : QPen(Qt::NoPen));
      painter.setBrush(SlabPalette::freelistFill());
      painter.drawRect(r);
      paintFreelistGlyph(painter, r, ViewPalette::ink());
      break;
    case Part::Next:
      paintNextMarker(painter, r.center().x(), r.top(), kMarkerHeight);
      break;
  }
}

void SlabStripItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  const QRectF strip = rect();
  if (strip.width() <= 0 || m_strip.cells.empty()) return;
  const auto colours = SlabPalette::cache(m_strip.cache);
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing, true);
  painter->setBrush(Qt::white);
  painter->setPen(Qt::NoPen);
  painter->drawRect(strip);
  if (m_strip.colourOffset > 0) paintPart(*painter, m_strip.paddingRect(strip), Part::Padding, colours);
  if (const QRectF left = m_strip.leftOverRect(strip); left.width() > 0.2) paintPart(*painter, left, Part::LeftOver, colours);
  if (m_strip.freelistBytes > 0) paintPart(*painter, m_strip.freelistRect(strip), Part::OnSlabFreelist, colours);
  // Cells narrower than a pixel or two blur when antialiased: they are drawn sharp and touching.
  const bool narrow = m_strip.objectRect(strip, 0).width() < kMinOutlinedWidth;
  painter->setRenderHint(QPainter::Antialiasing, !narrow);
  for (int i = 0; i < m_strip.objectCount(); ++i) {
    const auto cell = m_strip.cells[static_cast<std::size_t>(i)];
    const Part part = cell == SlabStrip::Cell::Used ? Part::Used : cell == SlabStrip::Cell::Free ? Part::Free : Part::FreelistHolder;
    paintPart(*painter, m_strip.objectRect(strip, i), part, colours);
  }
  if (narrow) {
    // Hairlines between the objects, so that many small objects still read as many.
    QColor hairline = colours.line;
    hairline.setAlpha(90);
    painter->setPen(ViewPalette::pen(hairline, 0));
    for (int i = 1; i < m_strip.objectCount(); ++i) {
      const qreal x = m_strip.objectRect(strip, i).left();
      painter->drawLine(QPointF(x, strip.top()), QPointF(x, strip.bottom()));
    }
  }
  painter->setRenderHint(QPainter::Antialiasing, true);
  paintLabels(*painter, strip, colours);

  // Page boundaries inside a slab of several pages (a wrapped slab's caption names its pages).
  painter->setPen(ViewPalette::pen(QColor(0x20, 0x24, 0x2a, 150), 1.3, Qt::DashLine));
  for (std::uint32_t p = 1; p < m_strip.pages && !m_strip.wraps(); ++p) {
    const qreal x = m_strip.pageBoundaryX(strip, p);
    painter->drawLine(QPointF(x, strip.top() - 3), QPointF(x, strip.bottom() + 3));
  }
  painter->setBrush(Qt::NoBrush);
  painter->setPen(m_focused ? ViewPalette::pen(ViewPalette::current(), 3) : ViewPalette::pen(ViewPalette::ink(), 1.5));
  painter->drawRect(strip);
  // The ▲ stands under the next object: under the strip, or in a wrapped slab at the foot of its
  // cell, under the index.
  if (m_strip.next >= 0) {
    const QRectF cell = m_strip.objectRect(strip, m_strip.next);
    if (m_strip.wraps()) paintNextMarker(*painter, cell.center().x(), cell.bottom() - kInCellMarkerHeight, kInCellMarkerHeight);
    else paintNextMarker(*painter, cell.center().x(), strip.bottom() + 2, kMarkerHeight);
  }
  if (m_highlight >= 0 && m_highlight < m_strip.objectCount()) {
    // A narrow object's ring stands out over and under the strip, or the slab's outline would hide it.
    const QRectF cell = m_strip.objectRect(strip, m_highlight);
    const QRectF ring = cell.width() < 12 ? atLeast(cell, 7).adjusted(0, -3, 0, 6) : cell.adjusted(1.5, 1.5, -1.5, -1.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(ViewPalette::pen(ViewPalette::current(), 3.5));
    painter->drawRect(ring);
  }
  painter->restore();
}

// A used object shows who holds it, a free one its index, each in the largest type that fits its
// cell and never below 12 px (9 pt): a used cell too narrow for its holder shows its index, like a
// free one (the live-objects table and the narration name the holder).
void SlabStripItem::paintLabels(QPainter& painter, const QRectF& strip, const SlabPalette::CacheColours& colours) const {
  static const QFont tagFonts[] = {ViewPalette::font(12, true), ViewPalette::font(9, true)};
  static const QFont indexFonts[] = {ViewPalette::font(10), ViewPalette::font(9)};
  const QRectF first = m_strip.objectRect(strip, 0);
  if (first.width() < 12 || first.height() < 14) return;
  // The largest font in which `text` fits `r` with `margin` to spare, or null.
  auto fitting = [](const QFont (&fonts)[2], const QString& text, const QRectF& r, qreal margin) -> const QFont* {
    for (const QFont& font : fonts) {
      const QFontMetricsF metrics(font);
      if (metrics.horizontalAdvance(text) + margin <= r.width() && metrics.height() <= r.height() + 2) return &font;
    }
    return nullptr;
  };
  for (int i = 0; i < m_strip.objectCount(); ++i) {
    const QRectF r = m_strip.objectRect(strip, i);
    const auto cell = m_strip.cells[static_cast<std::size_t>(i)];
    const bool used = cell == SlabStrip::Cell::Used;
    const QString tag = used ? m_strip.tags[static_cast<std::size_t>(i)] : QString();
    // On a hatched object, the words sit on a patch of plain fill.
    const bool hatched = used && ItemPalette::pattern(colours.index) != ItemPalette::Pattern::None;
    auto backing = [&](const QFont& font, const QRectF& box, int flags, const QString& text) {
      if (!hatched) return;
      painter.setPen(Qt::NoPen);
      painter.setBrush(colours.fill);
      painter.drawRect(QFontMetricsF(font).boundingRect(box, flags, text).adjusted(-2, 0, 2, 0) & r.adjusted(1, 1, -1, -1));
    };
    // In a wrapped slab the ▲ sits at the foot of the next object's cell: its label rises over it.
    const QRectF box = m_strip.wraps() && i == m_strip.next ? r.adjusted(0, 0, 0, -kInCellMarkerHeight + 1) : r;
    if (const QFont* font = tag.isEmpty() ? nullptr : fitting(tagFonts, tag, r, 6)) {
      backing(*font, box, Qt::AlignCenter, tag);
      painter.setFont(*font);
      painter.setPen(colours.label);
      painter.drawText(box, Qt::AlignCenter, tag);
      continue;
    }
    const QString index = QString::number(i);
    const QFont* font = fitting(indexFonts, index, r, 4);
    if (!font) continue;
    // A free holder's ≡ is in the middle: its index goes to the corner, in a cell wide enough for
    // both.
    const bool holder = cell == SlabStrip::Cell::FreelistHolder;
    if (holder && r.width() < 40) continue;
    backing(*font, box, Qt::AlignCenter, index);
    painter.setFont(*font);
    painter.setPen(used ? colours.label : ViewPalette::muted().darker(140));
    painter.drawText(holder ? box.adjusted(3, 1, 0, 0) : box, holder ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignCenter, index);
  }
}

SlabLegendSwatch::SlabLegendSwatch(const QRectF& rect, SlabStripItem::Part part, QGraphicsItem* parent)
    : QGraphicsRectItem(rect, parent), m_part(part) {
  setPen(Qt::NoPen);
}

void SlabLegendSwatch::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing, true);
  SlabStripItem::paintPart(*painter, rect(), m_part, SlabPalette::cache(0));
  painter->restore();
}

}  // namespace oslens::views

#include "views/kit/memory_bar_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "views/kit/buddy_palette.h"
#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"

namespace oslens::views {
namespace {
constexpr qreal kSmallPrintPoints = 10.5;
}  // namespace

MemoryBarItem::MemoryBarItem(qreal width, qreal height, std::uint64_t totalPages)
    : m_width(width),
      m_height(height),
      m_totalPages(static_cast<double>(std::max<std::uint64_t>(totalPages, 1))),
      m_labelFont(ViewPalette::font(14, true)),
      m_smallFont(ViewPalette::font(kSmallPrintPoints)) {}

QRectF MemoryBarItem::boundingRect() const { return QRectF(0, 0, m_width, m_height).adjusted(-4, -4, 4, 4); }

QRectF MemoryBarItem::rangeRect(double first, double pages) const {
  const double x0 = first / m_totalPages * m_width;
  const double x1 = (first + pages) / m_totalPages * m_width;
  return QRectF(x0, 0, x1 - x0, m_height);
}

void MemoryBarItem::setSpans(std::vector<BarSpan> spans) {
  m_spans = std::move(spans);
  update();
}

void MemoryBarItem::setHighlights(std::vector<std::pair<engine::buddy::Pfn, std::uint64_t>> ranges) {
  m_highlights = std::move(ranges);
  update();
}

void MemoryBarItem::setGhost(std::optional<std::pair<engine::buddy::Pfn, std::uint64_t>> range) {
  m_ghost = range;
  update();
}

void MemoryBarItem::setSmallPrintFloor(qreal points) {
  const qreal wanted = std::max<qreal>(kSmallPrintPoints, points);
  if (qFuzzyCompare(m_smallFont.pointSizeF(), wanted)) return;
  m_smallFont.setPointSizeF(wanted);
  update();
}

void MemoryBarItem::setWords(const QString& freeWord, const QString& orderFormat) {
  m_freeWord = freeWord;
  m_orderFormat = orderFormat;
  update();
}

void MemoryBarItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  painter->save();
  const QFontMetricsF labelMetrics(m_labelFont), smallMetrics(m_smallFont);
  for (const BarSpan& span : m_spans) {
    // Spans of gathered blocks touch: antialiased edges would show as seams between them.
    painter->setRenderHint(QPainter::Antialiasing, span.blockCount == 1);
    const QRectF r = rangeRect(span.first, static_cast<double>(span.pages));
    const bool single = span.blockCount == 1;
    QColor fill = span.kind == BarSpan::Kind::Free   ? BuddyPalette::freeFill()
                  : span.kind == BarSpan::Kind::Used ? BuddyPalette::usedFill()
                                                     : BuddyPalette::mixed(span.freeShare);
    QColor line = span.kind == BarSpan::Kind::Free ? BuddyPalette::freeLine() : BuddyPalette::usedLine();
    QColor ink = span.kind == BarSpan::Kind::Free ? BuddyPalette::freeLine() : ViewPalette::ink();
    const bool asItem = single && span.item.has_value();
    if (asItem) {
      fill = ItemPalette::fill(*span.item);
      line = ItemPalette::outline(*span.item);
      ink = ItemPalette::label(*span.item);
    } else {
      if (single && span.fill.isValid()) fill = span.fill;
      if (single && span.line.isValid()) line = span.line;
    }
    painter->setBrush(fill);
    if (single && r.width() >= 3) {
      painter->setPen(ViewPalette::pen(line, 1.5));
    } else {
      painter->setPen(Qt::NoPen);
    }
    painter->drawRect(r);
    if (!single) continue;
    // A label on top, the order under it, where they fit.
    const QString main = span.kind == BarSpan::Kind::Free ? m_freeWord : span.label;
    const QString sub = m_orderFormat.arg(span.order);
    const bool mainFits = !main.isEmpty() && labelMetrics.horizontalAdvance(main) + 8 <= r.width();
    const bool subFits = smallMetrics.horizontalAdvance(sub) + 8 <= r.width();
    const QRectF mainRect = subFits ? r.adjusted(0, 6, 0, -m_height / 2 + 6) : r;
    const QRectF subRect = mainFits ? r.adjusted(0, m_height / 2, 0, -6) : r;
    if (asItem && ItemPalette::pattern(*span.item) != ItemPalette::Pattern::None) {
      // The hatch, kept off the words.
      QRectF words;
      if (mainFits) words |= labelMetrics.boundingRect(mainRect, Qt::AlignCenter, main);
      if (subFits) words |= smallMetrics.boundingRect(subRect, Qt::AlignCenter, sub);
      painter->setPen(ItemPalette::patternPen(*span.item));
      painter->drawLines(ItemPalette::patternLines(ItemPalette::pattern(*span.item), r.adjusted(1, 1, -1, -1),
                                                   words.adjusted(-3, -1, 3, 1)));
    }
    if (mainFits) {
      painter->setFont(m_labelFont);
      painter->setPen(ink);
      painter->drawText(mainRect, Qt::AlignCenter, main);
    }
    if (subFits) {
      painter->setFont(m_smallFont);
      painter->setPen(ink);
      painter->drawText(subRect, Qt::AlignCenter, sub);
    }
  }
  // Page boundaries, where pages are wide enough to count.
  painter->setRenderHint(QPainter::Antialiasing, true);
  if (m_width / m_totalPages >= 8) {
    painter->setPen(ViewPalette::pen(QColor(0, 0, 0, 40), 1));
    for (int p = 1; p < static_cast<int>(m_totalPages); ++p) {
      const qreal x = p / m_totalPages * m_width;
      painter->drawLine(QPointF(x, 2), QPointF(x, 10));
      painter->drawLine(QPointF(x, m_height - 10), QPointF(x, m_height - 2));
    }
  }
  if (m_ghost) {
    const QRectF r = rangeRect(m_ghost->first, static_cast<double>(m_ghost->second));
    painter->setBrush(Qt::white);
    painter->setPen(ViewPalette::pen(ViewPalette::muted(), 1.5, Qt::DashLine));
    painter->drawRect(r);
  }
  painter->setBrush(Qt::NoBrush);
  painter->setPen(ViewPalette::pen(ViewPalette::ink(), 1.5));
  painter->drawRect(QRectF(0, 0, m_width, m_height));
  painter->setPen(ViewPalette::pen(ViewPalette::current(), 4));
  for (const auto& [first, pages] : m_highlights) {
    QRectF r = rangeRect(first, static_cast<double>(pages));
    if (r.width() < 4) r.adjust(-(4 - r.width()) / 2, 0, (4 - r.width()) / 2, 0);
    painter->drawRect(r.adjusted(1, 1, -1, -1));
  }
  painter->restore();
}

}  // namespace oslens::views

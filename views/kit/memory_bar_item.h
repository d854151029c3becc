#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <optional>
#include <vector>

#include "views/kit/bar_span.h"

namespace oslens::views {

// The physical memory bar: every block at its address, its width proportional to its size, used
// blocks blue with their tag, free ones green. One item paints all spans, so a zone of 2^20 pages
// costs one item, not one per block.
class MemoryBarItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 41 };

  MemoryBarItem(qreal width, qreal height, std::uint64_t totalPages);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  void setSpans(std::vector<BarSpan> spans);
  const std::vector<BarSpan>& spans() const { return m_spans; }
  // Blocks the current step changed, outlined.
  void setHighlights(std::vector<std::pair<engine::buddy::Pfn, std::uint64_t>> ranges);
  // Pages in transit during an animation: drawn blank until the moving block lands.
  void setGhost(std::optional<std::pair<engine::buddy::Pfn, std::uint64_t>> range);
  // Translated words the bar writes on blocks wide enough: "free", "order %1".
  void setWords(const QString& freeWord, const QString& orderFormat);
  // The order under a block's tag is small print; presentation mode sets it at least this large
  // (views/core/presentation_type.h). Blocks too narrow for it drop the order, as they do now.
  void setSmallPrintFloor(qreal points);

 private:
  QRectF rangeRect(double first, double pages) const;

  qreal m_width;
  qreal m_height;
  double m_totalPages;
  std::vector<BarSpan> m_spans;
  std::vector<std::pair<engine::buddy::Pfn, std::uint64_t>> m_highlights;
  std::optional<std::pair<engine::buddy::Pfn, std::uint64_t>> m_ghost;
  QString m_freeWord = QStringLiteral("free");
  QString m_orderFormat = QStringLiteral("order %1");
  QFont m_labelFont;
  QFont m_smallFont;
};

}  // namespace oslens::views

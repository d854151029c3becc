#include "views/core/presentation_header.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <algorithm>

namespace oslens::views {

void PresentationHeader::addRow(std::vector<QGraphicsItem*> items, bool dropInPresentation) {
  if (items.empty()) return;  // a row of nothing has no place to keep or give up
  Row row;
  row.drop = dropInPresentation;
  row.top = 1e12;
  for (QGraphicsItem* item : items) {
    row.windowY.push_back(item->y());
    row.top = std::min(row.top, item->y());
  }
  row.items = std::move(items);
  m_rows.push_back(std::move(row));
}

void PresentationHeader::setFullRect(const QRectF& fullRect, qreal bodyTop) {
  m_fullRect = fullRect;
  m_bodyTop = bodyTop;
}

qreal PresentationHeader::slotHeight(std::size_t row) const {
  const qreal next = row + 1 < m_rows.size() ? m_rows[row + 1].top : m_bodyTop;
  return std::max<qreal>(0, next - m_rows[row].top);
}

qreal PresentationHeader::droppedHeight() const {
  qreal height = 0;
  for (std::size_t row = 0; row < m_rows.size(); ++row)
    if (m_rows[row].drop) height += slotHeight(row);
  return height;
}

void PresentationHeader::apply(QGraphicsScene& scene, bool presentation) {
  // Each kept row moves down by the slots dropped below it; the dropped rows fade out.
  qreal below = 0;
  for (std::size_t row = m_rows.size(); row-- > 0;) {
    Row& r = m_rows[row];
    for (std::size_t i = 0; i < r.items.size(); ++i) {
      if (r.drop) r.items[i]->setOpacity(presentation ? 0.0 : 1.0);
      else r.items[i]->setY(r.windowY[i] + (presentation ? below : 0.0));
    }
    if (r.drop) below += slotHeight(row);
  }
  if (m_fullRect.isValid()) scene.setSceneRect(presentation ? m_fullRect.adjusted(0, droppedHeight(), 0, 0) : m_fullRect);
}

}  // namespace oslens::views

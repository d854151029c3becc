#pragma once

#include <QPainterPath>

#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

// Small helpers that every diagram uses to make and place its items.
namespace oslens::views {

// A box with a centred label: the cells of tables, the frames of memory, ...
struct LabelledBox {
  QGraphicsRectItem* box = nullptr;
  QGraphicsSimpleTextItem* label = nullptr;

  void setText(const QString& text);
  void setStyle(const QPen& pen, const QBrush& brush, const QColor& textColor);
  QPointF center() const { return box->sceneBoundingRect().center(); }
};

LabelledBox addLabelledBox(QGraphicsScene& scene, const QRectF& rect, const QFont& font);
QGraphicsSimpleTextItem* addCaption(QGraphicsScene& scene, const QPointF& topLeft, const QFont& font,
                                 const QColor& color);
// A straight arrow from `from` to `to`, its head `head` units long (a free list's next pointer).
QPainterPath arrowPath(QPointF from, QPointF to, qreal head = 7);

// Moves `item` so that its bounding rect is centred on `center`.
void centerOn(QGraphicsSimpleTextItem* item, const QPointF& center);

// The scene's own title (the scenario's name at its top). An exported slide's band already
// carries that name, larger, so exports leave these items out (views/export/slide.h).
constexpr int kSceneTitleKey = 0x5449;  // QGraphicsItem::setData key
template <class Item>
Item* markSceneTitle(Item* item) {
  item->setData(kSceneTitleKey, true);
  return item;
}

}  // namespace oslens::views

#include "views/core/scene_items.h"

#include <algorithm>
#include <cmath>

#include "views/core/chinese_typesetting.h"

namespace oslens::views {

void centerOn(QGraphicsSimpleTextItem* item, const QPointF& center) {
  const QRectF r = item->boundingRect();
  item->setPos(center - QPointF(r.width() / 2, r.height() / 2));
}

void LabelledBox::setText(const QString& text) {
  label->setText(typesetChinese(text));
  centerOn(label, box->rect().center());
}

void LabelledBox::setStyle(const QPen& pen, const QBrush& brush, const QColor& textColor) {
  box->setPen(pen);
  box->setBrush(brush);
  label->setBrush(textColor);
}

LabelledBox addLabelledBox(QGraphicsScene& scene, const QRectF& rect, const QFont& font) {
  LabelledBox out;
  out.box = scene.addRect(rect);
  out.label = new QGraphicsSimpleTextItem(out.box);
  out.label->setFont(font);
  return out;
}

QGraphicsSimpleTextItem* addCaption(QGraphicsScene& scene, const QPointF& topLeft, const QFont& font, const QColor& color) {
  auto* item = scene.addSimpleText(QString(), font);
  item->setBrush(color);
  item->setPos(topLeft);
  return item;
}

QPainterPath arrowPath(QPointF from, QPointF to, qreal head) {
  QPainterPath path(from);
  path.lineTo(to);
  const QPointF d = to - from;
  const qreal len = std::max<qreal>(std::hypot(d.x(), d.y()), 1e-6);
  const QPointF u = d / len, n(-u.y(), u.x());
  path.moveTo(to - u * head + n * head * 0.6);
  path.lineTo(to);
  path.lineTo(to - u * head - n * head * 0.6);
  return path;
}

}  // namespace oslens::views

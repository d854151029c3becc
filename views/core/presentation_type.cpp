#include "views/core/presentation_type.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

namespace oslens::views {
namespace {
// Each text remembers the size its scene gave it and the size this class set, so that a font the
// scene sets later (a new text, a bold current row) is taken as the scene's own size.
constexpr int kOwnSizeKey = 0x5054;  // "PT"
constexpr int kRaisedSizeKey = 0x5055;

template <typename TextItem>
void setSize(TextItem& item, bool presentation, qreal floor) {
  QFont font = item.font();
  const qreal current = font.pointSizeF();
  if (current <= 0) return;  // a pixel-sized font is the scene's exact choice
  const QVariant raised = item.data(kRaisedSizeKey);
  const bool raisedByUs = raised.isValid() && qFuzzyCompare(raised.toReal(), current);
  const qreal own = raisedByUs ? item.data(kOwnSizeKey).toReal() : current;
  item.setData(kOwnSizeKey, own);
  const qreal wanted = presentation ? qMax(own, floor) : own;
  item.setData(kRaisedSizeKey, wanted);
  if (qFuzzyCompare(wanted, current)) return;
  font.setPointSizeF(wanted);
  item.setFont(font);
}
}  // namespace

void PresentationType::apply(QGraphicsScene& scene, bool presentation) const {
  for (QGraphicsItem* item : scene.items()) {
    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item)) setSize(*simple, presentation, m_floor);
    else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) setSize(*rich, presentation, m_floor);
  }
}

}  // namespace oslens::views

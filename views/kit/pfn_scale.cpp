#include "views/kit/pfn_scale.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <algorithm>

#include "views/core/scene_items.h"
#include "views/core/view_palette.h"

namespace oslens::views {

std::vector<QGraphicsItem*> addPfnScale(QGraphicsScene& scene, qreal width, std::uint64_t totalPages, qreal top) {
  std::vector<QGraphicsItem*> items;
  const double total = static_cast<double>(std::max<std::uint64_t>(totalPages, 1));
  const double perPage = width / total;
  auto xOf = [&](double pfn) { return pfn / total * width; };
  const QFont tickFont = ViewPalette::font(11);
  const qreal tickY = top + 4;
  if (perPage >= 28) {
    for (std::uint64_t p = 0; p < totalPages; ++p) {
      auto* t = scene.addSimpleText(QString::number(p), tickFont);
      t->setBrush(ViewPalette::muted().darker(165));
      centerOn(t, {xOf(static_cast<double>(p) + 0.5), tickY + 9});
      items.push_back(t);
    }
    return items;
  }
  std::uint64_t step = 1;
  while (static_cast<double>(step) * perPage < 70) step *= 2;
  for (std::uint64_t p = 0; p <= totalPages; p += step) {
    auto* t = scene.addSimpleText(QString::number(p), tickFont);
    t->setBrush(ViewPalette::muted().darker(165));
    const qreal x = xOf(static_cast<double>(p));
    items.push_back(scene.addLine(x, tickY - 4, x, tickY + 2, ViewPalette::pen(ViewPalette::muted(), 1)));
    centerOn(t, {std::clamp<qreal>(x, 12, width - 12), tickY + 12});
    items.push_back(t);
    if (p + step > totalPages && p != totalPages) p = totalPages - step;  // end on the last pfn + 1
  }
  return items;
}

}  // namespace oslens::views

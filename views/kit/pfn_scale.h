#pragma once

#include <QtGlobal>
#include <cstdint>
#include <vector>

class QGraphicsScene;
class QGraphicsItem;

namespace oslens::views {

// The page-frame numbers under a memory bar that starts at x = 0 and is `width` wide: every
// page's number when pages are wide enough to hold it, else ticks at powers of two, ending on
// the last pfn + 1. `top` is the bar's bottom edge. Returns every item it adds (numbers and tick
// marks), so a caller can move them with its bar.
std::vector<QGraphicsItem*> addPfnScale(QGraphicsScene& scene, qreal width, std::uint64_t totalPages, qreal top);

}  // namespace oslens::views

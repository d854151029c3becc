#pragma once

#include <QtGlobal>

class QGraphicsScene;

namespace oslens::views {

// The small print of a dense picture, set larger in presentation mode. A picture with many rows
// (free lists, slab caches, frames) is drawn at about 1x on a 1920x1080 projector, so its 11–13 pt
// notes and scales would be 15–17 px on the wall; in presentation mode every text of the scene
// below `floorPoints` is set at `floorPoints`, and back in the window (and for exports) each text
// has its own size again. A scene that uses it calls `apply` when the mode changes and after each
// refresh (texts made or refonted since are caught then), and recentres its labels after a change
// of mode (a centred label grows from its old top-left corner). Its layout must leave room for the
// larger type: the legibility tests check that no text overlaps another in either form.
class PresentationType {
 public:
  explicit PresentationType(qreal floorPoints) : m_floor(floorPoints) {}
  void apply(QGraphicsScene& scene, bool presentation) const;
  qreal floorPoints() const { return m_floor; }

 private:
  qreal m_floor;
};

}  // namespace oslens::views

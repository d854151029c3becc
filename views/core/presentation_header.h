#pragma once

#include <QRectF>
#include <vector>

class QGraphicsItem;
class QGraphicsScene;

namespace oslens::views {

// A scene's header in its two forms. In the window and in exports the header carries everything a
// reader alone needs: notes on conventions, the step and its outcome in words. In presentation
// mode the caption strip under the picture says the step, and the room is worth more to the
// picture: the rows marked `dropInPresentation` fade out (opacity 0, so that code which shows and
// hides them for its own reasons keeps working), the rows kept above them move down to close the
// gaps, and the scene's rect starts lower. The body of the picture keeps its coordinates, so
// layouts and animations do not change; the picture is shorter, so it is drawn larger.
class PresentationHeader {
 public:
  // Rows from the top down; a row's slot reaches to the next row (the last one's to `bodyTop`).
  void addRow(std::vector<QGraphicsItem*> items, bool dropInPresentation);
  // `fullRect`: the scene's rect in the window's form; `bodyTop`: where the header ends.
  void setFullRect(const QRectF& fullRect, qreal bodyTop);
  void apply(QGraphicsScene& scene, bool presentation);
  // The height the presentation form takes off the top.
  qreal droppedHeight() const;

 private:
  struct Row {
    std::vector<QGraphicsItem*> items;
    std::vector<qreal> windowY;  // each item's y in the window's form
    qreal top = 0;
    bool drop = false;
  };
  qreal slotHeight(std::size_t row) const;

  std::vector<Row> m_rows;
  QRectF m_fullRect;
  qreal m_bodyTop = 0;
};

}  // namespace oslens::views

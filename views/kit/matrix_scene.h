#pragma once

#include <QGraphicsScene>

#include "views/kit/matrix_table.h"

class QGraphicsTextItem;

namespace oslens::views {

// Draws a MatrixTable as the tables of a textbook page: one column block per matrix with a
// column per resource, the vectors below, Finish at the right while a scan runs, the row being
// examined tinted and the compared cells green (fits) or red (does not fit), changed cells amber.
// Long tables show a window of kMaxRows rows around the row in focus.
class MatrixScene : public QGraphicsScene {
  Q_OBJECT

 public:
  static constexpr std::size_t kMaxRows = 16;

  explicit MatrixScene(QObject* parent = nullptr);
  void show(const MatrixTable& table);

  // Tests: the text drawn in a cell, and its mark; the first row drawn.
  QString cellText(const MatrixTable::Cell& cell) const;
  std::optional<MatrixTable::Mark> cellMark(const MatrixTable::Cell& cell) const;
  std::size_t firstShownRow() const { return m_firstRow; }
  QString captionText() const;

 private:
  struct DrawnCell {
    MatrixTable::Cell cell;
    QString text;
    std::optional<MatrixTable::Mark> mark;
  };
  std::vector<DrawnCell> m_drawn;
  std::size_t m_firstRow = 0;
  QGraphicsTextItem* m_caption = nullptr;
};

}  // namespace oslens::views

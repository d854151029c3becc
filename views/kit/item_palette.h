#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPixmap>
#include <QRectF>
#include <cstddef>
#include <cstdint>

QT_BEGIN_NAMESPACE
class QAbstractGraphicsShapeItem;
class QGraphicsSimpleTextItem;
class QPainter;
class QPainterPath;
QT_END_NAMESPACE

namespace oslens::views {

// The colour of each thing a scenario numbers (a task, a process, a slab cache) by its index, the
// same in every view, table and chart of a module, so that a student follows one task from the run
// queue to the Gantt chart to the vruntime chart.
//
// Twelve colours, colour-blind safe, then patterns: index i has colour i mod 12 and, from 12 on,
// a hatch over it (one kind per round of twelve), so that two items never look alike however many
// there are (up to 12 x 7 = 84; after that the pairs repeat). Labels on a fill are black or white,
// whichever reads better (readableInkOn: at least 4.5:1 on every colour here).
struct ItemPalette {
  static constexpr std::size_t kColours = 12;

  // Hatches drawn over the colour from the second round of twelve on.
  enum class Pattern : std::uint8_t { None, ForwardDiagonal, BackwardDiagonal, Horizontal, Vertical, DiagonalCross, Grid };
  static constexpr std::size_t kPatterns = 6;  // besides None

  static QColor fill(std::size_t index);
  // Outlines of a filled shape: the fill, darker.
  static QColor outline(std::size_t index);
  // A line or a marker of a chart on white: the fill's hue, darkened until it stands out from the
  // white at 3:1 at least (WCAG 2.1, 1.4.11 non-text contrast): sand and cyan lines wash out on a
  // projector otherwise.
  static QColor line(std::size_t index);
  // Text on the fill: black or white.
  static QColor label(std::size_t index);
  static Pattern pattern(std::size_t index);
  // The hatch's lines: the label's colour, a little transparent so the hue still shows.
  static QColor patternInk(std::size_t index);
  static QPen patternPen(std::size_t index);

  // The hatch's lines inside `rect`, anchored at the scene's origin (not at the rect), so that
  // neighbouring rects of one item continue each other's stripes.
  // Lines are left out where they would cross `hole` (a label's place).
  static QList<QLineF> patternLines(Pattern pattern, const QRectF& rect, const QRectF& hole = QRectF());
  // The same lines as a path to stroke (for a QGraphicsPathItem over the fill), for every rect of
  // `rects` (a path made of rects, as a Gantt row's bars).
  static QPainterPath patternPath(std::size_t index, const QPainterPath& rects);
  static QPainterPath patternPath(std::size_t index, const QRectF& rect, const QRectF& hole = QRectF());
  // Draws the hatch of `index` (if any) over `rect`, which the caller has filled.
  static void paintPattern(QPainter& painter, const QRectF& rect, std::size_t index);
  // A small square of the fill and its hatch, for tables (Qt::DecorationRole).
  static QPixmap swatch(std::size_t index, int size = 16);
};

// Paints a chip (a task's box in a queue, on the CPU, in a state) as item `index`: its fill and
// outline, its hatch over `rect` (the chip's shape, in its own coordinates; a child item of the
// chip, kept clear of the label) and the label's colour. `label` is placed before the call. An
// empty `rect` takes the hatch away (a CPU chip that goes idle).
void styleItemChip(QAbstractGraphicsShapeItem* chip, const QRectF& rect, QGraphicsSimpleTextItem* label, std::size_t index,
                   qreal penWidth);

}  // namespace oslens::views

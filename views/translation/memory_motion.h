#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

#include "engine/memory/translation/translation_events.h"
#include "views/kit/flight_player.h"

namespace oslens::views {

// The memory picture's motion of one step, kept apart from FramesScene (which draws a state) so
// that each file has one job: this one says what moves where, and when, from the step's events
// (issue 15: "a COW break animates the frame copy and the PTE re-pointing; an eviction shows the
// page leaving for swap"). The scene draws the state after the step and plays these flights over
// it with the kit's FlightPlayer; covers in the look of before hide each cell until its moment,
// so the picture tells nothing early, and when the flights are taken away what remains is exactly
// the state after the step, as a jump shows it.

// What one cell of the memory picture shows (a frame or a swap slot), as FramesScene draws it.
struct MemoryCell {
  QString main, sub;
  QFont mainFont, subFont, markFont;
  QColor mainInk, subInk;
  QBrush fill;
  QPen pen;
  QPointF mainAt, subAt;  // the texts' top-left corners, from the cell's
  bool dirty = false;     // the "D" mark in the top-right corner
  engine::translation::ProcessIndex process = engine::translation::kNone;  // whose page it holds
};

// Every frame and swap slot of one state, as drawn, and the look of an empty frame.
struct MemoryLooks {
  std::vector<MemoryCell> frames, swapSlots;
  MemoryCell freeFrame;
};

// Where the picture of the state after the step put things (only the swap slots drawn).
struct MemoryPlaces {
  std::vector<QRectF> frames, swapSlots;
  std::vector<QRectF> processes;  // each process's colour mark in the top row
};

// A cell in flight: paints a MemoryCell inside its rect, as the scene draws it (the texts stay
// at their size; the second line only where the rect is tall enough for it, as in a swap slot).
class MovingCellItem : public QGraphicsRectItem {
 public:
  enum { Type = UserType + 61 };
  explicit MovingCellItem(MemoryCell cell) : m_cell(std::move(cell)) {}
  int type() const override { return Type; }
  const MemoryCell& cell() const { return m_cell; }
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  MemoryCell m_cell;
};

// A process's page-table entry drawn as an arrow from the process's mark to the frame it maps:
// the arrow's head is at the top middle of rect(), so moving the rect from one frame to another
// swings the arrow (a copy-on-write break re-points the PTE).
class MappingArrowItem : public QGraphicsRectItem {
 public:
  enum { Type = UserType + 62 };
  MappingArrowItem(QPointF from, QPen pen, QString label, QFont font);
  int type() const override { return Type; }
  QPointF tail() const { return m_from; }
  QPointF head() const { return {rect().center().x(), rect().top()}; }
  QRectF boundingRect() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  QPointF m_from;
  QPen m_pen;
  QString m_label;
  QFont m_font;
};

// The flights of one step over the picture of the state after it.
struct MemoryMotion {
  // At speed 1: one move (an eviction, a swap-in, a copy) or two in turn (an eviction, then the
  // page that takes the frame), short enough not to hold Play up.
  static constexpr int kMotionMs = 850;

  std::vector<Flight> flights;
  int moves = 0;  // the moves in turn: none means nothing to play (the step snaps as before)

  // `before` and `after`: the looks of the two states; `places`: where the state after is drawn.
  // `arrowLabel(process)` names the arrow of the PTE that a copy-on-write break re-points.
  static MemoryMotion plan(const std::vector<engine::translation::TranslationEvent>& events, const MemoryLooks& before,
                           const MemoryLooks& after, const MemoryPlaces& places, const QFont& arrowFont,
                           const std::function<QString(engine::translation::ProcessIndex)>& arrowLabel);
};

}  // namespace oslens::views

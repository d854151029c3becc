#pragma once

#include <QRectF>
#include <optional>
#include <vector>

#include "engine/ipc/ipc_state.h"

namespace oslens::views {

// Where the IPC picture puts each process and each object, fixed for the whole run (the picture
// keeps its size from step to step): producers' lanes on the left, consumers' on the right, the
// objects between them, so bytes and messages travel left to right as the class reads. The sides
// come from the programs (writes, sends and posts count to the left; reads, receives and waits to
// the right), then each side keeps the scenario's order.
//
// A lane shows its program as lines while there is room; with many processes the lanes become
// one row each (name, state, current action), and past what fits a "+N more" row stands for the
// rest. Objects likewise: a full card each while they fit, else one row each, then "+N more".
struct IpcLayout {
  static constexpr qreal kWidth = 1600;
  static constexpr qreal kBodyTop = 96;
  static constexpr qreal kBodyHeight = 760;
  static constexpr qreal kLaneWidth = 470;
  static constexpr qreal kMiddleLeft = 535;
  static constexpr qreal kMiddleWidth = 530;
  static constexpr qreal kLineHeight = 28;  // a program line
  static constexpr qreal kLaneHeader = 46;  // the name and the state
  static constexpr qreal kCompactLane = 46;
  static constexpr qreal kGap = 14;

  struct Lane {
    QRectF rect;
    bool left = true;   // on the left side (producers): flights leave from its right edge
    int lines = 0;      // program lines shown; 0: one row with the current action
  };
  struct Card {
    QRectF rect;
    bool compact = false;
  };

  explicit IpcLayout(const engine::ipc::IpcState& state);

  // By process: its lane, or none when it is counted in a "+N more" row.
  std::vector<std::optional<Lane>> lanes;
  // The "+N more" rows, left and right side (empty rect: none).
  QRectF moreLeft, moreRight;
  int hiddenLeft = 0, hiddenRight = 0;
  // By object: its card, or none (counted in `moreObjects`).
  std::vector<std::optional<Card>> cards;
  QRectF moreObjects;
  int hiddenObjects = 0;
  qreal legendTop = 0;
  qreal height = 0;

  // Where a flight leaves or lands: the lane's edge towards the middle (or its side's "+N more"
  // row), the card's edge towards the process's side.
  QPointF laneAnchor(engine::ipc::ProcessId process, qreal rowY) const;
  QPointF cardAnchor(engine::ipc::ObjectId object, bool fromLeft) const;
  bool onLeft(engine::ipc::ProcessId process) const;

 private:
  std::vector<bool> m_left;
};

}  // namespace oslens::views

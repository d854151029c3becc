#pragma once

#include <optional>
#include <vector>

#include "engine/ipc/ipc_state.h"
#include "views/ipc/sequence_rows.h"

// Where the message sequence chart's columns stand: the processes that mostly put data in (write,
// send, post, store) on the left, the objects in the middle, the ones that mostly take it out on
// the right, each side in the scenario's order; so "writer → pipe → reader" reads left to right
// as a teacher draws it. Columns share the width down to a minimum pitch; past that the chart
// shows as many as fit (objects get at least half the room) and counts the rest.
namespace oslens::views {

struct SequenceColumns {
  struct Placed {
    SequenceColumn column;
    qreal x = 0;  // the lifeline
  };
  std::vector<Placed> shown;  // left to right
  int hiddenProcesses = 0, hiddenObjects = 0;
  qreal pitch = 0;
  qreal right = 0;  // where the last column's room ends

  std::optional<qreal> xOf(SequenceColumn column) const;

  // Columns from `left` on, at most `maxWidth` wide in all.
  static SequenceColumns place(const engine::ipc::IpcSetup& setup, qreal left, qreal maxWidth, qreal idealPitch, qreal minPitch);
};

}  // namespace oslens::views

#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QString>
#include <vector>

#include "engine/ipc/ipc_events.h"
#include "views/ipc/ipc_beats.h"
#include "views/ipc/ipc_layout.h"

namespace oslens::views {

// What the lane and card painters share while the IPC picture draws one beat: the scene, the items
// made for this beat (removed before the next), the type size of the form shown (presentation
// mode sets small print larger before layout, views/core/presentation_type.h), and the marks the
// beat's events put on processes and objects.
struct IpcCanvas {
  QGraphicsScene& scene;
  std::vector<QGraphicsItem*>& items;
  const IpcLayout& layout;
  const IpcBeat& beat;
  qreal floorPoints = 0;  // presentation mode: no text under this

  QFont font(qreal points, bool bold = false) const;
  // A text at `pos` (its top left), kept for this beat.
  QGraphicsSimpleTextItem* text(const QString& text, qreal points, bool bold, const QColor& colour, QPointF pos);
  // `text` cut with "…" to fit `width` in `font`.
  static QString elided(const QString& text, const QFont& font, qreal width);
  template <class Item>
  Item* keep(Item* item) {
    items.push_back(item);
    return item;
  }
};

// A mark the step's events put on a process or an object: "✗ EAGAIN", "EOF", "SIGPIPE", "woken".
struct IpcMark {
  QString text;
  bool fault = false;
};

// The marks of a beat: by process (with the action of its program they belong to) and by object.
struct IpcMarks {
  struct OnProcess {
    IpcMark mark;
    std::size_t pc = 0;
  };
  std::vector<std::optional<OnProcess>> processes;
  std::vector<std::optional<IpcMark>> objects;
};
IpcMarks ipcMarks(const IpcBeat& beat);

}  // namespace oslens::views

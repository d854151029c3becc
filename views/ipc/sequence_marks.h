#pragma once

#include <QColor>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

#include "engine/ipc/ipc_objects.h"
#include "views/ipc/sequence_rows.h"

class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsScene;

// The marks of the IPC message sequence chart, each told apart by its shape and not by colour
// alone: a call is a solid arrow with a filled head, a return a dashed arrow with an open head, a
// blocked call ends in an hourglass, a failed one in a bar and a cross, SIGPIPE is a zigzag, an
// exit an X; a blocked lifeline is a hatched bar. The objects' heads: a pipe a tube, a FIFO a
// tube drawn twice, a queue a box with slots, a semaphore an octagon, shared memory a box of cells.
namespace oslens::views {

enum class SequenceMarkKind { Call, Reply, Blocked, Failed, Signal, Exit };

SequenceMarkKind sequenceMarkOf(SequenceEntry::Kind kind);
// The colour of what is blocked (a text mark goes with it everywhere).
QColor blockedColour();

// The mark from `from` to `to`, added to the scene; the first item is the shaft (its path is
// sequenceShaft's), the others what marks its end. An Exit is an X centred between the points.
std::vector<QGraphicsItem*> sequenceMark(QGraphicsScene& scene, SequenceMarkKind kind, QPointF from, QPointF to, bool fatal = false);
// The shaft of a mark drawn as far as `tip` (with its head there, for the kinds that have one).
QPainterPath sequenceShaft(SequenceMarkKind kind, QPointF from, QPointF tip);

// A blocked lifeline over `rect`: an outlined bar with a hatch.
std::vector<QGraphicsItem*> blockedBar(QGraphicsScene& scene, const QRectF& rect);

QPainterPath roundedRectPath(const QRectF& rect, qreal radius);
// An object's head in the shape of its kind.
QGraphicsPathItem* objectHeadShape(QGraphicsScene& scene, const engine::ipc::ObjectSpec& spec, const QRectF& rect);
// "pipe", "FIFO", "POSIX message queue", ... in the current language.
QString objectKindTitle(const engine::ipc::ObjectSpec& spec);

}  // namespace oslens::views

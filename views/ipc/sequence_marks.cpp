#include "views/ipc/sequence_marks.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <utility>

#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
constexpr qreal kHead = 12;

// The head's two sides at `tip`, for a shaft coming from `from`.
std::pair<QPointF, QPointF> headSides(QPointF from, QPointF tip) {
  const QLineF line(tip, from);
  const qreal length = std::max(line.length(), 1.0);
  const QPointF unit = (from - tip) / length;
  const QPointF normal(-unit.y(), unit.x());
  return {tip + unit * kHead + normal * (kHead * 0.45), tip + unit * kHead - normal * (kHead * 0.45)};
}

QPen markPen(SequenceMarkKind kind) {
  switch (kind) {
    case SequenceMarkKind::Blocked: return ViewPalette::pen(blockedColour(), 2.5, Qt::SolidLine, Qt::FlatCap);
    case SequenceMarkKind::Failed:
    case SequenceMarkKind::Signal: return ViewPalette::pen(ViewPalette::fault(), 2.5, Qt::SolidLine, Qt::FlatCap);
    default: return ViewPalette::pen(ViewPalette::ink(), 2, Qt::SolidLine, Qt::FlatCap);
  }
}
}  // namespace

SequenceMarkKind sequenceMarkOf(SequenceEntry::Kind kind) {
  using K = SequenceEntry::Kind;
  switch (kind) {
    case K::Reply: return SequenceMarkKind::Reply;
    case K::Blocked: return SequenceMarkKind::Blocked;
    case K::Failed: return SequenceMarkKind::Failed;
    case K::Signal: return SequenceMarkKind::Signal;
    case K::Exit: return SequenceMarkKind::Exit;
    default: return SequenceMarkKind::Call;
  }
}

QColor blockedColour() { return ViewPalette::dirty(); }

QPainterPath sequenceShaft(SequenceMarkKind kind, QPointF from, QPointF tip) {
  QPainterPath path;
  const QLineF line(from, tip);
  const qreal length = line.length();
  switch (kind) {
    case SequenceMarkKind::Reply: {
      // Dashes drawn as pieces, so the open head stays whole.
      constexpr qreal kDash = 9, kGap = 6;
      const qreal shaft = std::max(0.0, length - kHead * 0.5);
      for (qreal at = 0; at < shaft; at += kDash + kGap) {
        path.moveTo(line.pointAt(at / length));
        path.lineTo(line.pointAt(std::min(at + kDash, shaft) / length));
      }
      if (length > kHead) {
        const auto [a, b] = headSides(from, tip);
        path.moveTo(a);
        path.lineTo(tip);
        path.lineTo(b);
      }
      return path;
    }
    case SequenceMarkKind::Signal: {
      // A zigzag, then a filled head.
      constexpr qreal kPeriod = 12, kAmplitude = 5;
      const qreal shaft = std::max(0.0, length - kHead);
      const QPointF unit = length > 0 ? (tip - from) / length : QPointF(1, 0);
      const QPointF normal(-unit.y(), unit.x());
      path.moveTo(from);
      int n = 0;
      for (qreal at = kPeriod / 2; at < shaft; at += kPeriod / 2, ++n) path.lineTo(from + unit * at + normal * (n % 2 ? -kAmplitude : kAmplitude));
      path.lineTo(from + unit * shaft);
      if (length > kHead) {
        const auto [a, b] = headSides(from, tip);
        path.moveTo(tip);
        path.lineTo(a);
        path.lineTo(b);
        path.closeSubpath();
      }
      return path;
    }
    case SequenceMarkKind::Call: {
      path.moveTo(from);
      path.lineTo(length > kHead ? line.pointAt((length - kHead) / length) : tip);
      if (length > kHead) {
        const auto [a, b] = headSides(from, tip);
        path.moveTo(tip);
        path.lineTo(a);
        path.lineTo(b);
        path.closeSubpath();
      }
      return path;
    }
    default:
      path.moveTo(from);
      path.lineTo(tip);
      return path;
  }
}

std::vector<QGraphicsItem*> sequenceMark(QGraphicsScene& scene, SequenceMarkKind kind, QPointF from, QPointF to, bool fatal) {
  std::vector<QGraphicsItem*> out;
  const qreal dir = to.x() >= from.x() ? 1 : -1;
  switch (kind) {
    case SequenceMarkKind::Exit: {
      const QPointF c = (from + to) / 2;
      const qreal r = std::min(10.0, std::abs(to.x() - from.x()) / 2);
      QPainterPath x;
      x.moveTo(c + QPointF(-r, -r));
      x.lineTo(c + QPointF(r, r));
      x.moveTo(c + QPointF(r, -r));
      x.lineTo(c + QPointF(-r, r));
      out.push_back(scene.addPath(x, ViewPalette::pen(fatal ? ViewPalette::fault() : ViewPalette::ink(), 3.5, Qt::SolidLine, Qt::RoundCap)));
      return out;
    }
    case SequenceMarkKind::Blocked: {
      out.push_back(scene.addPath(sequenceShaft(kind, from, to), markPen(kind)));
      // An hourglass just past the shaft's end.
      const QPointF c = to + QPointF(dir * 10, 0);
      QPainterPath glass;
      glass.moveTo(c + QPointF(-7, -10));
      glass.lineTo(c + QPointF(7, -10));
      glass.lineTo(c + QPointF(-7, 10));
      glass.lineTo(c + QPointF(7, 10));
      glass.closeSubpath();
      out.push_back(scene.addPath(glass, ViewPalette::pen(blockedColour(), 1.5), blockedColour()));
      return out;
    }
    case SequenceMarkKind::Failed: {
      out.push_back(scene.addPath(sequenceShaft(kind, from, to), markPen(kind)));
      // A bar across the end, and a cross after it: the call went no further.
      QPainterPath end;
      end.moveTo(to + QPointF(0, -10));
      end.lineTo(to + QPointF(0, 10));
      const QPointF c = to + QPointF(dir * 12, 0);
      end.moveTo(c + QPointF(-6, -6));
      end.lineTo(c + QPointF(6, 6));
      end.moveTo(c + QPointF(6, -6));
      end.lineTo(c + QPointF(-6, 6));
      out.push_back(scene.addPath(end, ViewPalette::pen(ViewPalette::fault(), 3, Qt::SolidLine, Qt::FlatCap)));
      return out;
    }
    default: {
      const QBrush brush = kind == SequenceMarkKind::Reply ? QBrush(Qt::NoBrush) : QBrush(markPen(kind).color());
      out.push_back(scene.addPath(sequenceShaft(kind, from, to), markPen(kind), brush));
      return out;
    }
  }
}

std::vector<QGraphicsItem*> blockedBar(QGraphicsScene& scene, const QRectF& rect) {
  std::vector<QGraphicsItem*> out;
  out.push_back(scene.addRect(rect, ViewPalette::pen(blockedColour(), 2), QBrush(Qt::white)));
  QPainterPath hatch;
  // Diagonals every 8 units, anchored to the scene so that bars one under another continue.
  const qreal step = 8;
  for (qreal y = std::floor((rect.top() - rect.width()) / step) * step; y < rect.bottom(); y += step) {
    QLineF line(rect.left(), y + rect.width(), rect.right(), y);
    // Clip to the rect.
    const qreal t0 = std::clamp((rect.top() - line.p1().y()) / (line.p2().y() - line.p1().y()), 0.0, 1.0);
    const qreal t1 = std::clamp((rect.bottom() - line.p1().y()) / (line.p2().y() - line.p1().y()), 0.0, 1.0);
    const QPointF a = line.pointAt(std::min(t0, t1)), b = line.pointAt(std::max(t0, t1));
    if (QLineF(a, b).length() < 0.5) continue;
    hatch.moveTo(a);
    hatch.lineTo(b);
  }
  out.push_back(scene.addPath(hatch, ViewPalette::pen(blockedColour(), 1.5, Qt::SolidLine, Qt::FlatCap)));
  return out;
}

QPainterPath roundedRectPath(const QRectF& rect, qreal radius) {
  QPainterPath path;
  path.addRoundedRect(rect, radius, radius);
  return path;
}

QGraphicsPathItem* objectHeadShape(QGraphicsScene& scene, const ObjectSpec& spec, const QRectF& rect) {
  QPainterPath path;
  const qreal h = rect.height();
  const bool room = rect.width() >= 170;
  switch (spec.index()) {
    case 0: {  // a pipe, or a FIFO drawn twice
      path.addRoundedRect(rect, h / 2, h / 2);
      if (std::get<PipeSpec>(spec).fifo) path.addRoundedRect(rect.adjusted(5, 5, -5, -5), h / 2 - 5, h / 2 - 5);
      break;
    }
    case 1:
    case 2: {  // a queue: a box with slots at its end
      path.addRect(rect);
      if (room)
        for (int i = 1; i <= 3; ++i) {
          const qreal x = rect.right() - 9 * i;
          path.moveTo(x, rect.top() + 6);
          path.lineTo(x, rect.top() + 22);
        }
      break;
    }
    case 3: {  // a semaphore: an octagon
      const qreal c = std::min(16.0, h / 3);
      path.moveTo(rect.left() + c, rect.top());
      path.lineTo(rect.right() - c, rect.top());
      path.lineTo(rect.right(), rect.top() + c);
      path.lineTo(rect.right(), rect.bottom() - c);
      path.lineTo(rect.right() - c, rect.bottom());
      path.lineTo(rect.left() + c, rect.bottom());
      path.lineTo(rect.left(), rect.bottom() - c);
      path.lineTo(rect.left(), rect.top() + c);
      path.closeSubpath();
      break;
    }
    default: {  // shared memory: a box of cells
      path.addRect(rect);
      for (qreal x = rect.left() + 12; x < rect.right(); x += 12) {
        path.moveTo(x, rect.bottom() - 7);
        path.lineTo(x, rect.bottom());
      }
      path.moveTo(rect.left(), rect.bottom() - 7);
      path.lineTo(rect.right(), rect.bottom() - 7);
      break;
    }
  }
  return scene.addPath(path, ViewPalette::pen(ViewPalette::ink(), 2), ViewPalette::panel());
}

QString objectKindTitle(const ObjectSpec& spec) {
  switch (spec.index()) {
    case 0:
      return std::get<PipeSpec>(spec).fifo ? QCoreApplication::translate("IpcSequenceChart", "FIFO")
                                           : QCoreApplication::translate("IpcSequenceChart", "pipe");
    case 1: return QCoreApplication::translate("IpcSequenceChart", "POSIX message queue");
    case 2: return QCoreApplication::translate("IpcSequenceChart", "System V message queue");
    case 3: return QCoreApplication::translate("IpcSequenceChart", "semaphore");
    default: return QCoreApplication::translate("IpcSequenceChart", "shared memory");
  }
}

}  // namespace oslens::views

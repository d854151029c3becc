#include "views/ipc/ipc_cards.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QLocale>
#include <algorithm>

#include "engine/core/overloaded.h"
#include "views/core/view_palette.h"
#include "views/ipc/ipc_narrator.h"
#include "views/ipc/ipc_object_text.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
// Rings up to this many bytes are drawn cell by cell.
constexpr std::uint64_t kMostCells = 24;
constexpr qreal kPad = 14;
constexpr qreal kTitleHeight = 34;
constexpr qreal kChipW = 96;
constexpr qreal kChipH = 30;

// The kind, short enough for a card's title.
QString shortKind(const ObjectSpec& spec) {
  switch (spec.index()) {
    case 1: return IpcNarrator::tr("POSIX queue");
    case 2: return IpcNarrator::tr("System V queue");
    default: return IpcNarrator::kindName(spec);
  }
}

// A process chip in a wait queue.
qreal drawChip(IpcCanvas& c, ProcessId p, QPointF at) {
  const QRectF rect(0, 0, kChipW, kChipH);
  auto* chip = c.keep(c.scene.addRect(rect));
  chip->setPos(at);
  chip->setZValue(2);
  auto* label = new QGraphicsSimpleTextItem(chip);
  label->setFont(c.font(14, true));
  label->setText(IpcCanvas::elided(IpcNarrator::processName(*c.beat.state, p), label->font(), kChipW - 10));
  label->setPos(QPointF(kChipW, kChipH) / 2 - label->boundingRect().center());
  styleItemChip(chip, rect, label, p, 1.5);
  return kChipW + 8;
}

// "waiting:" and the chips, from `x` to `right` on the row at `y`.
void drawWaiters(IpcCanvas& c, ObjectId o, qreal x, qreal y, qreal right) {
  const auto& queue = IpcObjectText::waitQueue(*c.beat.state, o);
  auto* caption = c.text(queue.empty() ? IpcNarrator::tr("no one waits") : IpcNarrator::tr("waiting:"), 14, false, ViewPalette::muted().darker(165), {x, y + 5});
  x += caption->boundingRect().width() + 10;
  std::size_t shown = 0;
  for (ProcessId p : queue) {
    if (x + kChipW > right - (queue.size() - shown > 1 ? 60 : 0)) break;
    x += drawChip(c, p, {x, y});
    ++shown;
  }
  if (shown < queue.size()) c.text(QStringLiteral("+%1").arg(queue.size() - shown), 14, true, ViewPalette::ink(), {x, y + 5});
}

// A box with a centred text (a byte, a message, a cell's value).
void drawBox(IpcCanvas& c, const QRectF& r, const QString& text, qreal points, bool bold, const QBrush& fill, const QPen& pen, const QColor& ink) {
  c.keep(c.scene.addRect(r, pen, fill))->setZValue(2);
  if (text.isEmpty()) return;
  auto* t = c.text(IpcCanvas::elided(text, c.font(points, bold), r.width() - 6), points, bold, ink, {});
  t->setPos(r.center() - t->boundingRect().center());
}

void drawPipe(IpcCanvas& c, const PipeObject& x, const QRectF& body) {
  const PipeRing& ring = x.ring;
  const bool pageSlots = ring.geometry().model == PipeModel::Linux;
  const QPen cellPen = ViewPalette::pen(ViewPalette::ink(), 2);
  const qreal rowY = body.top();
  if (!pageSlots && ring.capacity() <= kMostCells && ring.capacity() > 0) {
    // The ring laid flat: cell i is byte i of the buffer; after the last comes the first again.
    const auto cap = ring.capacity();
    const qreal cell = std::min<qreal>(52, (body.width() - 40) / static_cast<qreal>(cap));
    const std::string data = ring.contents();
    const auto read = ring.readPosition();
    for (std::uint64_t i = 0; i < cap; ++i) {
      const std::uint64_t offset = (i + cap - read) % cap;  // its place from the read position
      const bool full = offset < ring.buffered();
      const QRectF r(body.left() + i * cell, rowY, cell, 44);
      // A space is shown as ␣: an empty-looking cell would read as a free one.
      const QChar byte = full ? (data[offset] == ' ' ? QChar(0x2423) : QChar(data[offset])) : QChar();
      drawBox(c, r, full ? QString(byte) : QString(), 18, true, full ? QBrush(ViewPalette::referencedFill()) : QBrush(Qt::white), cellPen,
              ViewPalette::ink());
    }
    // The ring closes: an arrow from the last cell back to the first.
    c.text(QStringLiteral("↺"), 18, true, ViewPalette::muted().darker(165), {body.left() + cap * cell + 8, rowY + 8});
    // The read and write positions under their cells.
    const auto write = (read + ring.buffered()) % cap;
    const auto markAt = [&](std::uint64_t i, const QString& text) {
      auto* t = c.text(text, 14, true, ViewPalette::currentInk(), {});
      const qreal w = t->boundingRect().width();
      t->setPos(std::clamp(body.left() + (i + 0.5) * cell - w / 2, body.left(), body.right() - w), rowY + 48);
      return t->sceneBoundingRect();
    };
    if (read == write) {
      markAt(read, ring.buffered() == 0 ? IpcNarrator::tr("▲ read = write") : IpcNarrator::tr("▲ read = write (full)"));
    } else {
      const QRectF a = markAt(read, IpcNarrator::tr("▲ read"));
      const QRectF b = markAt(write, IpcNarrator::tr("▲ write"));
      if (a.intersects(b.adjusted(-4, 0, 4, 0))) {
        // Too close to tell apart side by side: the later one a row lower is out of the card, so
        // both go into one label.
        for (QGraphicsItem* item : {c.items[c.items.size() - 1], c.items[c.items.size() - 2]}) item->setVisible(false);
        markAt(std::min(read, write), IpcNarrator::tr("▲ read %1 · write %2").arg(read).arg(write));
      }
    }
    return;
  }
  // Too many bytes to draw one by one (or page slots): slots, or a bar with the count.
  const qreal width = body.width() - 10;
  if (pageSlots && ring.slotCount() > 0 && ring.slotCount() <= 64) {
    const auto slotTotal = ring.slotCount();
    const qreal slot = width / static_cast<qreal>(slotTotal);
    for (std::size_t i = 0; i < slotTotal; ++i) {
      const bool used = i < ring.slotsUsed();
      c.keep(c.scene.addRect(QRectF(body.left() + i * slot, rowY, slot - 3, 44), cellPen, used ? QBrush(ViewPalette::current()) : QBrush(Qt::white)))->setZValue(2);
    }
  } else {
    const double share = ring.capacity() == 0 ? 0 : static_cast<double>(ring.buffered()) / static_cast<double>(ring.capacity());
    c.keep(c.scene.addRect(QRectF(body.left(), rowY, width, 44), cellPen, Qt::white))->setZValue(2);
    if (share > 0) c.keep(c.scene.addRect(QRectF(body.left() + 1, rowY + 1, std::max(3.0, (width - 2) * share), 42), Qt::NoPen, ViewPalette::current()))->setZValue(2.1);
  }
  const QString count = pageSlots ? IpcNarrator::tr("%1 in %2 of %3 page slots").arg(IpcNarrator::bytesText(ring.buffered())).arg(ring.slotsUsed()).arg(ring.slotCount())
                              : IpcNarrator::tr("%1 of %2").arg(IpcNarrator::bytesText(ring.buffered()), IpcNarrator::bytesText(ring.capacity()));
  c.text(count, 15, true, ViewPalette::ink(), {body.left(), rowY + 50});
}

// Messages in delivery order, the next to leave first, with their priority or type.
template <class Message, class Tag>
void drawMessages(IpcCanvas& c, const std::vector<Message>& messages, const QRectF& body, Tag tagOf, const QString& none) {
  if (messages.empty()) {
    c.text(none, 15, false, ViewPalette::muted().darker(165), {body.left(), body.top() + 10});
    return;
  }
  constexpr qreal kBox = 124;
  auto* next = c.text(IpcNarrator::tr("next ▶"), 14, true, ViewPalette::currentInk(), {body.left(), body.top() + 18});
  qreal x = body.left() + next->boundingRect().width() + 8;
  std::size_t shown = 0;
  for (const Message& m : messages) {
    if (x + kBox > body.right() - (messages.size() - shown > 1 ? 50 : 0)) break;
    // Two lines: the priority or type (what orders or picks it), then the data.
    const QRectF box(x, body.top(), kBox - 6, 58);
    c.keep(c.scene.addRect(box, ViewPalette::pen(ViewPalette::ink(), 2), ViewPalette::referencedFill()))->setZValue(2);
    auto* tag = c.text(tagOf(m), 13, false, ViewPalette::ink(), {});
    tag->setPos(box.center().x() - tag->boundingRect().width() / 2, box.top() + 2);
    auto* data = c.text(IpcCanvas::elided(IpcNarrator::quoted(m.data, 10), c.font(15, true), box.width() - 8), 15, true, ViewPalette::ink(), {});
    data->setPos(box.center().x() - data->boundingRect().width() / 2, box.bottom() - data->boundingRect().height() - 3);
    x += kBox;
    ++shown;
  }
  if (shown < messages.size()) c.text(QStringLiteral("+%1").arg(messages.size() - shown), 15, true, ViewPalette::ink(), {x, body.top() + 16});
}

void drawCard(IpcCanvas& c, const IpcMarks& marks, ObjectId o, const IpcLayout::Card& card) {
  const IpcState& s = *c.beat.state;
  const QRectF r = card.rect;
  const bool acted = c.beat.actor && c.beat.ranPc && [&] {
    const auto& program = s.setup->processes[*c.beat.actor].program;
    return *c.beat.ranPc < program.size() && engine::ipc::objectOf(program[*c.beat.ranPc]) == o;
  }();
  c.keep(c.scene.addRect(r, ViewPalette::pen(acted ? ViewPalette::current() : ViewPalette::ink(), acted ? 4 : 2), Qt::white))->setZValue(1);
  // Title: the name, its kind and settings; the step's mark at the right.
  // What the file set that matters to the rules, after the kind: PIPE_BUF, the queue's room, the
  // semaphore's definition.
  const QString extra = std::visit(
      engine::Overloaded{[&](const PipeObject&) { return QStringLiteral("PIPE_BUF %1").arg(std::get<PipeSpec>(s.setup->objects[o]).pipeBuf); },
                         [&](const PosixQueueObject& x) { return IpcNarrator::tr("%1 of %2").arg(x.queue.messages().size()).arg(x.queue.maxMessages()); },
                         [&](const SysvQueueObject& x) { return IpcNarrator::tr("%1 of %2").arg(IpcNarrator::bytesText(x.queue.bytes()), IpcNarrator::bytesText(x.queue.maxBytes())); },
                         [&](const SemaphoreObject& x) {
                           return x.semaphore.rule() == SemaphoreRule::Textbook ? IpcNarrator::tr("textbook rule") : IpcNarrator::tr("POSIX rule");
                         },
                         [&](const SharedMemoryObject&) { return QString(); }},
      s.objects[o]);
  QString title = QStringLiteral("%1 · %2").arg(IpcNarrator::objectName(s, o), shortKind(s.setup->objects[o]));
  if (!extra.isEmpty()) title = QStringLiteral("%1 · %2").arg(title, extra);
  const auto& mark = marks.objects[o];
  const QFont markFont = c.font(15, true);
  const qreal markWidth = mark ? std::min<qreal>(QFontMetricsF(markFont).horizontalAdvance(mark->text), 230) : 0;
  const qreal titleRoom = r.width() - 2 * kPad - (markWidth > 0 ? markWidth + 12 : 0);
  auto* t = c.text(IpcCanvas::elided(title, c.font(15, true), titleRoom), 15, true, ViewPalette::ink(), {r.left() + kPad, r.top() + 6});
  if (mark)
    c.text(IpcCanvas::elided(mark->text, markFont, 230), 15, true, mark->fault ? ViewPalette::fault().darker(120) : ViewPalette::currentInk(),
           {r.right() - kPad - markWidth, r.top() + 6});
  if (card.compact) {
    // One row: the contents in words and the waiters.
    const QString line = QStringLiteral("%1 · %2").arg(IpcObjectText::contents(s, o), IpcObjectText::waiters(s, o));
    const qreal x = t->sceneBoundingRect().right() + 12;
    if (!mark) c.text(IpcCanvas::elided(line, c.font(14), r.right() - kPad - x), 14, false, ViewPalette::ink(), {x, r.top() + 8});
    return;
  }
  const QRectF body(r.left() + kPad, r.top() + kTitleHeight + 6, r.width() - 2 * kPad, r.height() - kTitleHeight - 6 - kPad);
  std::visit(engine::Overloaded{
                 [&](const PipeObject& x) {
                   drawPipe(c, x, body);
                   // Who holds each end: no writer left means EOF, no reader SIGPIPE.
                   const auto holders = [&](const std::vector<std::uint8_t>& ends) {
                     QStringList names;
                     for (ProcessId p = 0; p < ends.size(); ++p)
                       if (ends[p] && s.processes[p].run != RunState::Exited) names << IpcNarrator::processName(s, p);
                     return names.isEmpty() ? IpcNarrator::tr("none") : names.join(QStringLiteral(", "));
                   };
                   const QString ends = IpcNarrator::tr("read end: %1 · write end: %2").arg(holders(x.readEnd), holders(x.writeEnd));
                   c.text(IpcCanvas::elided(ends, c.font(14), body.width()), 14, false, ViewPalette::ink(), {body.left(), body.top() + 76});
                   drawWaiters(c, o, body.left(), r.bottom() - kChipH - 10, body.right());
                 },
                 [&](const PosixQueueObject& x) {
                   drawMessages(c, x.queue.messages(), body, [](const PosixMessage& m) { return IpcNarrator::tr("prio %1").arg(m.priority); }, IpcNarrator::tr("empty"));
                   drawWaiters(c, o, body.left(), r.bottom() - kChipH - 10, body.right());
                 },
                 [&](const SysvQueueObject& x) {
                   drawMessages(c, x.queue.messages(), body, [](const SysvMessage& m) { return IpcNarrator::tr("type %1").arg(m.type); }, IpcNarrator::tr("empty"));
                   drawWaiters(c, o, body.left(), r.bottom() - kChipH - 10, body.right());
                 },
                 [&](const SemaphoreObject& x) {
                   const auto v = x.semaphore.value();
                   const QRectF valueBox(body.left(), body.top(), 76, 52);
                   drawBox(c, valueBox, QLocale::c().toString(static_cast<qlonglong>(v)).replace(QLatin1Char('-'), QChar(0x2212)), 24, true,
                           v < 0 ? QBrush(ViewPalette::faultFill()) : QBrush(Qt::white), ViewPalette::pen(ViewPalette::ink(), 3), ViewPalette::ink());
                   drawWaiters(c, o, valueBox.right() + 16, body.top() + 11, body.right());
                 },
                 [&](const SharedMemoryObject& x) {
                   const std::size_t shown = std::min<std::size_t>(x.cells.size(), 6);
                   for (std::size_t i = 0; i < shown; ++i) {
                     const QRectF cell(body.left() + i * 84, body.top(), 76, 44);
                     // A store this step: the cell lit.
                     const bool changed = c.beat.outcome && c.beat.before && c.beat.actor && acted &&
                                          std::get<SharedMemoryObject>(c.beat.before->objects[o]).cells[i] != x.cells[i];
                     drawBox(c, cell, QString::number(x.cells[i]), 20, true, changed ? QBrush(ViewPalette::changedFill()) : QBrush(Qt::white),
                             ViewPalette::pen(ViewPalette::ink(), 2), ViewPalette::ink());
                     // The value a store this step wrote over: "was 1" under a lost update's 1.
                     const bool stored = c.beat.outcome && c.beat.before && acted && [&] {
                       const auto& program = s.setup->processes[*c.beat.actor].program;
                       const auto* st = std::get_if<StoreAction>(&program[*c.beat.ranPc]);
                       return st && st->offset == i;
                     }();
                     const QString under = stored ? IpcNarrator::tr("[%1] was %2").arg(i).arg(std::get<SharedMemoryObject>(c.beat.before->objects[o]).cells[i])
                                                  : QStringLiteral("[%1]").arg(i);
                     auto* index = c.text(under, 14, stored, stored ? ViewPalette::currentInk() : ViewPalette::muted().darker(165), {});
                     index->setPos(cell.center().x() - index->boundingRect().width() / 2, cell.bottom() + 2);
                   }
                   if (x.cells.size() > shown)
                     c.text(QStringLiteral("+%1").arg(x.cells.size() - shown), 15, true, ViewPalette::ink(), {body.left() + shown * 84 + 4, body.top() + 10});
                 }},
             s.objects[o]);
}
}  // namespace

void drawCards(IpcCanvas& c, const IpcMarks& marks) {
  const IpcState& s = *c.beat.state;
  for (ObjectId o = 0; o < s.objects.size(); ++o)
    if (c.layout.cards[o]) drawCard(c, marks, o, *c.layout.cards[o]);
  if (c.layout.hiddenObjects > 0) {
    c.keep(c.scene.addRect(c.layout.moreObjects, ViewPalette::pen(ViewPalette::muted(), 2, Qt::DashLine), Qt::white))->setZValue(1);
    c.text(IpcNarrator::tr("+%1 more objects").arg(c.layout.hiddenObjects), 15, true, ViewPalette::ink(),
           {c.layout.moreObjects.left() + kPad, c.layout.moreObjects.top() + 11});
  }
}

}  // namespace oslens::views

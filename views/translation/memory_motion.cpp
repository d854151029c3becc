#include "views/translation/memory_motion.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <optional>

#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
constexpr qreal kArrowHead = 18;
constexpr qreal kLabelPadding = 4;

Flight cellFlight(const MemoryCell& look) {
  Flight f;
  f.makeItem = [look] { return new MovingCellItem(look); };
  return f;
}

// `look` over `rect` from the start, faded out over `fade` up to `revealAt`: it hides what the
// state after shows there until that moment. Without a moment it stays to the end, under a cell
// that lands there.
Flight cover(const MemoryCell& look, const QRectF& rect, std::optional<qreal> revealAt = std::nullopt, qreal fade = 0) {
  Flight f = cellFlight(look);
  f.add(0, rect, {});
  if (revealAt) {
    f.add(std::max(0.0, *revealAt - fade), rect, {});
    f.add(*revealAt, rect, {}, 0);
  }
  return f;
}

std::optional<QRectF> placeOf(const std::vector<QRectF>& places, std::uint32_t index) {
  if (index >= places.size()) return std::nullopt;
  return places[index];
}
}  // namespace

void MovingCellItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  const QRectF r = rect();
  painter->save();
  painter->setPen(m_cell.pen);
  painter->setBrush(m_cell.fill);
  painter->drawRect(r);
  painter->setClipRect(r);
  const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine;
  painter->setFont(m_cell.mainFont);
  painter->setPen(m_cell.mainInk);
  painter->drawText(QRectF(r.topLeft() + m_cell.mainAt, r.size()), flags, m_cell.main);
  // A frame's second line (its owners) only where there is room for it: not in a swap slot.
  if (!m_cell.sub.isEmpty() && r.height() >= m_cell.subAt.y() + QFontMetricsF(m_cell.subFont).height()) {
    painter->setFont(m_cell.subFont);
    painter->setPen(m_cell.subInk);
    painter->drawText(QRectF(r.topLeft() + m_cell.subAt, r.size()), flags, m_cell.sub);
  }
  if (m_cell.dirty && r.height() >= 36) {
    const QRectF mark(r.right() - 30, r.top() + 6, 24, 24);
    painter->fillRect(mark, ViewPalette::dirty());
    painter->setFont(m_cell.markFont);
    painter->setPen(Qt::white);
    painter->drawText(mark, Qt::AlignCenter, QStringLiteral("D"));
  }
  painter->restore();
}

MappingArrowItem::MappingArrowItem(QPointF from, QPen pen, QString label, QFont font)
    : m_from(from), m_pen(std::move(pen)), m_label(std::move(label)), m_font(std::move(font)) {}

namespace {
// The entry's course: down out of the process's mark (beside its name, not through it), across,
// and down into the frame from above, so the head points into the frame it maps.
QPainterPath course(QPointF tail, QPointF head) {
  const qreal drop = std::clamp((head.y() - tail.y()) / 2, 40.0, 160.0);
  QPainterPath path(tail);
  path.cubicTo(tail + QPointF(0, drop), head - QPointF(0, drop), head);
  return path;
}

// The label sits halfway along, on white, so it reads over whatever the arrow crosses.
QRectF labelRect(QPointF tail, QPointF head, const QFont& font, const QString& label) {
  if (label.isEmpty()) return {};
  const QFontMetricsF metrics(font);
  const QSizeF size(metrics.horizontalAdvance(label) + 2 * kLabelPadding, metrics.height() + 2 * kLabelPadding);
  const QPointF at = course(tail, head).pointAtPercent(0.5);
  return QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
}
}  // namespace

QRectF MappingArrowItem::boundingRect() const {
  const qreal margin = m_pen.widthF() + 6 + kArrowHead;
  return course(m_from, head()).boundingRect().adjusted(-margin, -margin, margin, margin).united(labelRect(m_from, head(), m_font, m_label));
}

void MappingArrowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  const QPainterPath path = course(m_from, head());
  if (path.length() < 1) return;
  painter->save();
  painter->setRenderHint(QPainter::Antialiasing);
  // The shaft stops where the head begins, so a thick pen does not blunt the point.
  const qreal headAt = path.percentAtLength(std::max(0.0, path.length() - kArrowHead));
  QPainterPath shaft(m_from);
  for (int i = 1; i <= 32; ++i) shaft.lineTo(path.pointAtPercent(headAt * i / 32));
  const QPointF tip = head(), base = path.pointAtPercent(headAt);
  const QLineF axis(base, tip);
  const QPointF along = axis.length() > 0 ? (tip - base) / axis.length() : QPointF(0, 1);
  const QPointF across(-along.y(), along.x());
  const QPolygonF arrowHead{tip, tip - along * kArrowHead + across * kArrowHead * 0.55, tip - along * kArrowHead - across * kArrowHead * 0.55};
  // A white halo first: the arrow crosses frames filled in its own process's colour.
  QPen halo(Qt::white, m_pen.widthF() + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  painter->setPen(halo);
  painter->setBrush(Qt::NoBrush);
  painter->drawPath(shaft);
  painter->setBrush(Qt::white);
  halo.setWidthF(5);
  painter->setPen(halo);
  painter->drawPolygon(arrowHead);
  QPen pen = m_pen;
  pen.setCapStyle(Qt::RoundCap);
  pen.setJoinStyle(Qt::RoundJoin);
  painter->setPen(pen);
  painter->setBrush(Qt::NoBrush);
  painter->drawPath(shaft);
  painter->setPen(Qt::NoPen);
  painter->setBrush(m_pen.color());
  painter->drawPolygon(arrowHead);
  const QRectF text = labelRect(m_from, head(), m_font, m_label);
  if (!text.isEmpty()) {
    painter->setPen(ViewPalette::pen(m_pen.color(), 1.5));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(text, 4, 4);
    painter->setFont(m_font);
    painter->setPen(ViewPalette::ink());
    painter->drawText(text, Qt::AlignCenter, m_label);
  }
  painter->restore();
}

// One move, or two in turn: first the victim of an eviction leaves its frame (down to its swap
// slot when it is written back, fading away when it is clean and dropped), then what takes a frame
// arrives (a page read back from its swap slot, or a copy-on-write copy with the PTE re-pointed).
// A step that only zero-fills, makes a table or reads shows its change at once, as before.
MemoryMotion MemoryMotion::plan(const std::vector<TranslationEvent>& events, const MemoryLooks& before, const MemoryLooks& after,
                                const MemoryPlaces& places, const QFont& arrowFont,
                                const std::function<QString(ProcessIndex)>& arrowLabel) {
  const PageEvicted* evicted = nullptr;
  const PageMapped* swappedIn = nullptr;
  const CowResolved* cow = nullptr;
  for (const TranslationEvent& event : events) {
    if (const auto* e = std::get_if<PageEvicted>(&event); e && placeOf(places.frames, e->frame)) evicted = e;
    if (const auto* e = std::get_if<PageMapped>(&event); e && e->major && e->slot && placeOf(places.frames, e->frame)) swappedIn = e;
    if (const auto* e = std::get_if<CowResolved>(&event); e && placeOf(places.frames, e->from) && placeOf(places.frames, e->to)) cow = e;
  }
  MemoryMotion motion;
  motion.moves = (evicted ? 1 : 0) + (swappedIn || cow ? 1 : 0);
  if (motion.moves == 0) return motion;
  const qreal span = 1.0 / motion.moves;
  const qreal fade = 0.15 * span;
  const qreal arrive = evicted ? span : 0;  // when the second move begins
  // Covers go under the moving cells, and the arrow over everything (flights stack in order).
  std::vector<Flight> covers, moving, marks;

  if (evicted) {
    const QRectF frame = places.frames[evicted->frame];
    // The frame the victim leaves stays empty until the page that takes it has come.
    const bool refilled = (swappedIn && swappedIn->frame == evicted->frame) || (cow && cow->from != cow->to && cow->to == evicted->frame);
    covers.push_back(refilled ? cover(before.freeFrame, frame) : cover(before.freeFrame, frame, span, fade));
    Flight victim = cellFlight(before.frames[evicted->frame]);
    victim.add(0, frame, {});
    const std::optional<QRectF> slot = evicted->slot ? placeOf(places.swapSlots, *evicted->slot) : std::nullopt;
    if (slot && *evicted->slot < before.swapSlots.size()) {
      // Written back: down into its slot, which shows its page once it has landed.
      covers.push_back(cover(before.swapSlots[*evicted->slot], *slot, span, fade));
      victim.add(span - fade, *slot, {});
      victim.add(span, *slot, {}, 0);
    } else {
      // Clean (or to a slot past the ones drawn): it is dropped, and fades where it was.
      victim.add(span, frame.translated(0, frame.height() / 2), {}, 0);
    }
    moving.push_back(std::move(victim));
  }

  if (swappedIn) {
    const QRectF frame = places.frames[swappedIn->frame];
    if (!evicted || evicted->frame != swappedIn->frame) covers.push_back(cover(before.frames[swappedIn->frame], frame));
    Flight page = cellFlight(after.frames[swappedIn->frame]);
    if (const auto slot = placeOf(places.swapSlots, *swappedIn->slot); slot && *swappedIn->slot < before.swapSlots.size()) {
      // In the slot the page takes its frame's look, then rises into the frame; the slot shows
      // what it holds after the step once the page has left.
      const qreal lifted = arrive + 0.25 * span;
      covers.push_back(cover(before.swapSlots[*swappedIn->slot], *slot, lifted + fade, fade));
      page.add(arrive, *slot, {}, 0);
      page.add(lifted, *slot, {});
    } else {
      page.add(arrive, frame, {}, 0);
    }
    page.add(1, frame, {});
    moving.push_back(std::move(page));
  }

  if (cow && cow->from != cow->to) {
    const QRectF from = places.frames[cow->from], to = places.frames[cow->to];
    const qreal copied = arrive + 0.5 * span, landed = arrive + 0.6 * span, repointed = arrive + 0.8 * span;
    // The shared frame keeps its sharers until the PTE has moved: then its count drops.
    covers.push_back(cover(before.frames[cow->from], from, 1.0, 1.0 - repointed));
    if (!evicted || evicted->frame != cow->to) covers.push_back(cover(before.frames[cow->to], to));
    // The kernel copies the frame, then sets the writer's PTE to the copy (mm/memory.c: wp_page_copy) ...
    Flight copy = cellFlight(before.frames[cow->from]);
    copy.add(arrive, from, {});
    copy.add(copied, to, {});
    copy.add(landed, to, {}, 0);
    moving.push_back(std::move(copy));
    Flight own = cellFlight(after.frames[cow->to]);
    own.add(copied, to, {}, 0);
    own.add(landed, to, {});
    moving.push_back(std::move(own));
    // ... the PTE's arrow swings over once the copy is there.
    const ProcessIndex writer = after.frames[cow->to].process;
    if (const auto mark = placeOf(places.processes, writer)) {
      const QPointF tail(mark->center().x(), mark->bottom() + 4);
      Flight arrow;
      const QPen pen = ViewPalette::pen(ItemPalette::outline(writer), 4);
      const QString label = arrowLabel(writer);
      arrow.makeItem = [tail, pen, label, arrowFont] { return new MappingArrowItem(tail, pen, label, arrowFont); };
      arrow.add(arrive, from, {});
      arrow.add(landed, from, {});
      arrow.add(repointed, to, {});
      marks.push_back(std::move(arrow));
    }
  } else if (cow) {
    // The last sharer writes: the same frame, made writable again (mm/memory.c: do_wp_page ->
    // wp_page_reuse). No move: the frame is ringed while its mark changes.
    const QRectF frame = places.frames[cow->to];
    covers.push_back(cover(before.frames[cow->to], frame, arrive + 0.5 * span, fade));
    Flight ring;
    ring.pen = ViewPalette::pen(ViewPalette::current(), 6);
    ring.brush = Qt::NoBrush;
    ring.add(arrive, frame.adjusted(-18, -18, 18, 18), {}, 0);
    ring.add(arrive + 0.5 * span, frame.adjusted(-5, -5, 5, 5), {});
    ring.add(1, frame, {}, 0);
    marks.push_back(std::move(ring));
  }

  for (auto* part : {&covers, &moving, &marks})
    for (Flight& f : *part) motion.flights.push_back(std::move(f));
  return motion;
}

}  // namespace oslens::views

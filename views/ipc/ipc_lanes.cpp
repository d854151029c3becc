#include "views/ipc/ipc_lanes.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QPainterPath>
#include <algorithm>

#include "views/core/view_palette.h"
#include "views/ipc/ipc_narrator.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
constexpr qreal kChipWidth = 128;
constexpr qreal kChipHeight = 32;
constexpr qreal kProgramFont = 15;

enum class Look { Ready, Running, Blocked, Exited };

Look lookOf(const IpcBeat& beat, ProcessId p) {
  const ProcessState& ps = beat.state->processes[p];
  if (ps.run == RunState::Exited) return Look::Exited;
  if (ps.run == RunState::Blocked) return Look::Blocked;
  return beat.actor == p ? Look::Running : Look::Ready;
}

// The line of its program a process has lit: the action the step runs, the blocked call a wake
// finished, or the one it does next.
std::optional<std::size_t> litLine(const IpcBeat& beat, const IpcMarks& marks, ProcessId p) {
  if (beat.actor == p && beat.ranPc) return beat.ranPc;
  if (marks.processes[p]) return marks.processes[p]->pc;
  const ProcessState& ps = beat.state->processes[p];
  if (ps.run == RunState::Exited) return std::nullopt;
  return ps.pc;
}

QString stateText(const IpcBeat& beat, ProcessId p, Look look) {
  const IpcState& s = *beat.state;
  if (look == Look::Blocked)
    if (const Action* a = s.currentAction(p))
      if (const auto o = engine::ipc::objectOf(*a)) return IpcNarrator::tr("blocked on %1").arg(IpcNarrator::objectName(s, *o));
  return IpcNarrator::stateName(s, p, beat.actor);
}

void drawLane(IpcCanvas& c, const IpcMarks& marks, ProcessId p, const IpcLayout::Lane& lane) {
  const IpcState& s = *c.beat.state;
  const Look look = lookOf(c.beat, p);
  const QRectF r = lane.rect;
  QPen pen;
  QBrush brush(Qt::white);
  switch (look) {
    case Look::Running: pen = ViewPalette::pen(ViewPalette::current(), 4.5); brush = ViewPalette::currentFill(); break;
    case Look::Ready: pen = ViewPalette::pen(ViewPalette::ink(), 2); break;
    case Look::Blocked: pen = ViewPalette::pen(ViewPalette::ink(), 2.5, Qt::DashLine); break;
    case Look::Exited: pen = ViewPalette::pen(ViewPalette::muted(), 2); brush = ViewPalette::stripe(); break;
  }
  auto* box = c.keep(c.scene.addRect(r, pen, brush));
  box->setZValue(1);
  // Blocked: a hatched band down the lane's inner edge, so the state shows without colour.
  if (look == Look::Blocked) {
    const QRectF band = lane.left ? QRectF(r.right() - 18, r.top() + 3, 15, r.height() - 6) : QRectF(r.left() + 3, r.top() + 3, 15, r.height() - 6);
    QPainterPath hatch;
    for (const QLineF& line : ItemPalette::patternLines(ItemPalette::Pattern::BackwardDiagonal, band)) {
      hatch.moveTo(line.p1());
      hatch.lineTo(line.p2());
    }
    c.keep(c.scene.addPath(hatch, ViewPalette::pen(ViewPalette::ink(), 2)))->setZValue(1.5);
  }
  const qreal inset = look == Look::Blocked && !lane.left ? 24 : 10;
  const qreal right = look == Look::Blocked && lane.left ? r.right() - 24 : r.right() - 10;

  // The name in its colour.
  const QRectF chipRect(0, 0, kChipWidth, kChipHeight);
  auto* chip = c.keep(c.scene.addRect(chipRect));
  chip->setPos(r.left() + inset, r.top() + 7);
  chip->setZValue(2);
  auto* name = new QGraphicsSimpleTextItem(chip);
  name->setFont(c.font(15, true));
  name->setText(IpcCanvas::elided(IpcNarrator::processName(s, p), name->font(), kChipWidth - 12));
  name->setPos(QPointF(kChipWidth, kChipHeight) / 2 - name->boundingRect().center());
  styleItemChip(chip, chipRect, name, p, 1.5);

  // The state in words, at the right of the header.
  const QColor stateInk = look == Look::Exited ? ViewPalette::muted().darker(165) : look == Look::Running ? ViewPalette::currentInk() : ViewPalette::ink();
  const QFont stateFont = c.font(15, true);
  const std::optional<std::size_t> lit = litLine(c.beat, marks, p);
  const auto& program = s.setup->processes[p].program;
  const auto& mark = marks.processes[p];

  if (lane.lines == 0) {
    // One row: name, current action, state (or the step's mark).
    const QString right1 = mark ? mark->mark.text : stateText(c.beat, p, look);
    const QFont markFont = c.font(15, true);
    const qreal markWidth = std::min<qreal>(QFontMetricsF(markFont).horizontalAdvance(right1), 170);
    auto* m = c.text(IpcCanvas::elided(right1, markFont, 170), 15, true, mark && mark->mark.fault ? ViewPalette::fault().darker(120) : stateInk,
                     {right - markWidth, r.top() + 11});
    Q_UNUSED(m);
    if (lit && *lit < program.size()) {
      const QFont f = c.font(kProgramFont, c.beat.actor == p);
      const qreal x = r.left() + inset + kChipWidth + 10;
      c.text(IpcCanvas::elided(IpcNarrator::actionText(*s.setup, p, program[*lit]), f, right - markWidth - 12 - x), kProgramFont, c.beat.actor == p,
             look == Look::Exited ? ViewPalette::muted().darker(165) : ViewPalette::ink(), {x, r.top() + 12});
    }
    return;
  }

  const QString state = stateText(c.beat, p, look);
  const qreal stateWidth = QFontMetricsF(stateFont).horizontalAdvance(state);
  c.text(IpcCanvas::elided(state, stateFont, right - (r.left() + inset + kChipWidth + 12)), 15, true, stateInk,
         {std::max(right - stateWidth, r.left() + inset + kChipWidth + 12), r.top() + 12});
  // Its registers beside its name: a lost update is told by what each process holds there.
  const auto& registers = s.setup->processes[p].registers;
  if (!registers.empty()) {
    QStringList values;
    for (std::size_t i = 0; i < registers.size() && i < s.processes[p].registers.size(); ++i)
      values << QStringLiteral("%1 = %2").arg(QString::fromStdString(registers[i])).arg(s.processes[p].registers[i]);
    const qreal x = r.left() + inset + kChipWidth + 12;
    const qreal room = right - stateWidth - 16 - x;
    if (room > 40) c.text(IpcCanvas::elided(values.join(QStringLiteral("  ")), c.font(16, true), room), 16, true, ViewPalette::ink(), {x, r.top() + 11});
  }

  // The program, a window of it around the lit line.
  const int lines = lane.lines;
  const auto size = static_cast<int>(program.size());
  const int focus = lit ? static_cast<int>(*lit) : 0;
  const int first = std::clamp(focus - 1, 0, std::max(0, size - lines));
  const QFont plain = c.font(kProgramFont), bold = c.font(kProgramFont, true);
  for (int k = 0; k < lines && first + k < size; ++k) {
    const int i = first + k;
    const qreal y = r.top() + IpcLayout::kLaneHeader + k * IpcLayout::kLineHeight;
    const bool isLit = lit && static_cast<int>(*lit) == i;
    const bool ranNow = isLit && c.beat.actor == p;
    // The action this step runs, outlined (an outline, not a fill: the words keep the lane's
    // background and its contrast).
    if (ranNow) c.keep(c.scene.addRect(QRectF(r.left() + inset - 4, y, right - r.left() - inset + 8, IpcLayout::kLineHeight - 1),
                                       ViewPalette::pen(ViewPalette::current(), 2.5), Qt::NoBrush))->setZValue(1.6);
    QString badge;
    bool fault = false;
    if (isLit && mark && mark->pc == static_cast<std::size_t>(i)) badge = mark->mark.text, fault = mark->mark.fault;
    const QFont badgeFont = c.font(15, true);
    const qreal badgeWidth = badge.isEmpty() ? 0 : std::min<qreal>(QFontMetricsF(badgeFont).horizontalAdvance(badge), 190);
    const QColor ink = look == Look::Exited ? ViewPalette::muted().darker(165) : ViewPalette::ink();
    // The marker of the lit line, then the line's number and its action.
    const qreal x = r.left() + inset;
    c.text(isLit ? QStringLiteral("▶") : QString::number(i + 1), kProgramFont, isLit,
           isLit && look != Look::Exited ? ViewPalette::currentInk() : look == Look::Exited ? ViewPalette::ink() : ViewPalette::muted().darker(165),
           {x, y + 2});
    const qreal textX = x + 34;
    const qreal room = right - textX - (badgeWidth > 0 ? badgeWidth + 12 : 0);
    c.text(IpcCanvas::elided(IpcNarrator::actionText(*s.setup, p, program[static_cast<std::size_t>(i)]), isLit ? bold : plain, room), kProgramFont, isLit, ink,
           {textX, y + 2});
    if (badgeWidth > 0)
      c.text(IpcCanvas::elided(badge, badgeFont, 190), 15, true,
             fault ? ViewPalette::fault().darker(120) : look == Look::Exited ? ViewPalette::ink() : ViewPalette::currentInk(), {right - badgeWidth, y + 2});
  }
  // Where it is in its repeats, when it has more than one round.
  Q_UNUSED(first);
}
}  // namespace

qreal laneRowY(const IpcLayout& layout, const IpcBeat& beat, ProcessId p) {
  if (p >= layout.lanes.size() || !layout.lanes[p]) return 0;
  const auto& lane = *layout.lanes[p];
  if (lane.lines == 0) return lane.rect.center().y();
  const IpcState& s = *beat.state;
  const auto size = static_cast<int>(s.setup->processes[p].program.size());
  std::size_t lit = beat.actor == p && beat.ranPc ? *beat.ranPc : s.processes[p].pc;
  const int first = std::clamp(static_cast<int>(lit) - 1, 0, std::max(0, size - lane.lines));
  const int k = std::clamp(static_cast<int>(lit) - first, 0, lane.lines - 1);
  return lane.rect.top() + IpcLayout::kLaneHeader + k * IpcLayout::kLineHeight + IpcLayout::kLineHeight / 2;
}

void drawLanes(IpcCanvas& c, const IpcMarks& marks) {
  const IpcState& s = *c.beat.state;
  for (ProcessId p = 0; p < s.processes.size(); ++p)
    if (c.layout.lanes[p]) drawLane(c, marks, p, *c.layout.lanes[p]);
  for (const auto& [rect, hidden] : {std::pair{c.layout.moreLeft, c.layout.hiddenLeft}, std::pair{c.layout.moreRight, c.layout.hiddenRight}}) {
    if (hidden <= 0) continue;
    // The hidden ones in a few words: how many, and how many of them are blocked.
    int blocked = 0;
    for (ProcessId p = 0; p < s.processes.size(); ++p)
      if (!c.layout.lanes[p] && c.layout.onLeft(p) == (rect == c.layout.moreLeft) && s.processes[p].run == RunState::Blocked) ++blocked;
    c.keep(c.scene.addRect(rect, ViewPalette::pen(ViewPalette::muted(), 2, Qt::DashLine), Qt::white))->setZValue(1);
    c.text(blocked > 0 ? IpcNarrator::tr("+%1 more processes (%2 blocked)").arg(hidden).arg(blocked) : IpcNarrator::tr("+%1 more processes").arg(hidden), 15, true,
           ViewPalette::ink(), {rect.left() + 12, rect.top() + 11});
  }
}

}  // namespace oslens::views

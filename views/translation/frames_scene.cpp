#include "views/translation/frames_scene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <set>

#include "engine/core/overloaded.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"
#include "views/translation/translation_narrator.h"
#include "views/translation/walk_scene.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
constexpr qreal kCellWidth = 200;
constexpr qreal kCellHeight = 78;
constexpr qreal kGap = 12;

QString name(const TranslationState& s, ProcessIndex p) {
  return s.names && p < s.names->size() ? QString::fromStdString((*s.names)[p]) : QStringLiteral("?");
}

QString title(const TranslationSimulation& simulation) {
  return typesetChinese(QString::fromStdString(simulation.info().title.in(Language::current().toStdString())));
}

// Frames and slots the step worked on, from its events.
struct Touched {
  std::set<FrameNumber> frames;
  std::set<SlotNumber> swapSlots;
  std::optional<std::uint32_t> set;
  std::optional<std::uint64_t> slot;  // the TLB entry hit or filled
};

Touched touched(const TranslationSimulation& simulation) {
  Touched t;
  for (const TranslationEvent& event : simulation.timeline().lastEvents())
    std::visit(engine::Overloaded{
                   [&](const TableAllocated& e) { t.frames.insert(e.frame); },
                   [&](const PageMapped& e) {
                     t.frames.insert(e.frame);
                     if (e.slot) t.swapSlots.insert(*e.slot);
                   },
                   [&](const PageEvicted& e) {
                     t.frames.insert(e.frame);
                     if (e.slot) t.swapSlots.insert(*e.slot);
                   },
                   [&](const CowResolved& e) {
                     t.frames.insert(e.from);
                     t.frames.insert(e.to);
                   },
                   [&](const Translated& e) {
                     if (e.frame) t.frames.insert(*e.frame);
                   },
                   [&](const TlbLookedUp& e) {
                     t.set = e.set;
                     if (e.slot) t.slot = e.slot;
                   },
                   [&](const TlbFilled& e) { t.slot = e.slot; },
                   [](const auto&) {},
               },
               event);
  return t;
}
}  // namespace

WalkFollower::WalkFollower(const TranslationSimulation& simulation, Draw draw, QObject* parent)
    : QObject(parent), m_simulation(simulation), m_draw(std::move(draw)) {
  m_timer.setSingleShot(true);
  connect(&m_timer, &QTimer::timeout, this, [this] { redraw(); });
}

void WalkFollower::showPosition(int from, int to, bool animate) {
  m_timer.stop();
  const auto& timeline = m_simulation.timeline();
  if (animate && m_speed > 0 && to == from + 1 && to > 0) {
    // As long as the walk's beats before its result (views/translation/walk_scene.h).
    int beats = 1;
    for (const TranslationEvent& event : timeline.lastEvents())
      if (std::holds_alternative<TlbLookedUp>(event) || std::holds_alternative<EntryRead>(event)) ++beats;
    m_draw(timeline.stateAt(timeline.position() - 1), false);
    m_timer.start(static_cast<int>(beats * WalkScene::kBeatMs / m_speed));
    return;
  }
  redraw();
}

void WalkFollower::finish() {
  if (!m_timer.isActive()) return;
  m_timer.stop();
  redraw();
}

void WalkFollower::redraw() {
  if (m_timer.isActive()) return;  // still showing the state before the step
  m_draw(m_simulation.timeline().state(), true);
}

FramesScene::FramesScene(const TranslationSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation), m_follower(simulation, [this](const TranslationState& s, bool changes) { draw(s, changes); }, this) {
  setBackgroundBrush(Qt::white);
  m_follower.redraw();
}

void FramesScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_follower.finish();
  m_follower.redraw();
}

void FramesScene::draw(const TranslationState& s, bool changesShown) {
  clear();
  const ManagedState& m = s.managed;
  const Touched changed = changesShown ? touched(m_simulation) : Touched{};
  qreal y = 0;
  if (!m_presentation) {
    addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink())->setText(title(m_simulation));
    y += 40;
  }
  // The processes.
  qreal x = 0;
  for (ProcessIndex p = 0; p < m.processes.size(); ++p) {
    const Process& proc = m.processes[p];
    QString state = proc.killedBy == Fault::Segfault || proc.killedBy == Fault::Protection || proc.killedBy == Fault::NonCanonical
                        ? tr("killed (SIGSEGV)")
                    : proc.killedBy != Fault::None ? tr("killed (out of memory)")
                    : proc.state == engine::ProcessState::Running ? tr("running")
                    : proc.state == engine::ProcessState::Exited  ? tr("exited")
                                                                  : tr("ready");
    addRect(QRectF(x, y + 4, 22, 22), ViewPalette::pen(ItemPalette::outline(p), 1.5), ItemPalette::fill(p));
    auto* label = addCaption(*this, {x + 30, y}, ViewPalette::font(15, true), ViewPalette::ink());
    label->setText(name(s, p));
    auto* detail = addCaption(*this, {x + 30, y + 26}, ViewPalette::font(13), ViewPalette::ink());
    detail->setText(typesetChinese(tr("%1 · %2 in memory, %3 swapped").arg(state).arg(m.residentPages(p)).arg(m.swappedPages(p))));
    x += 30 + std::max(label->boundingRect().width(), detail->boundingRect().width()) + 40;
    if (x > kColumns * (kCellWidth + kGap) - 200 && p + 1 < m.processes.size()) {
      x = 0;
      y += 60;
    }
  }
  y += 70;
  addCaption(*this, {0, y}, ViewPalette::font(14, true), ViewPalette::ink())
      ->setText(tr("Physical memory: %1 frames, %2 free").arg(m.frames.size()).arg(m.freeFrames()));
  y += 60;  // the frame numbers stand above their cells
  const int leafLevel = s.config.format.levelCount() - 1;
  for (FrameNumber f = 0; f < m.frames.size(); ++f) {
    const PhysicalFrame& frame = m.frames[f];
    const QRectF r((f % kColumns) * (kCellWidth + kGap), y + (f / kColumns) * (kCellHeight + 36), kCellWidth, kCellHeight);
    addCaption(*this, r.topLeft() + QPointF(2, -28), ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("frame %1").arg(f));
    QString main, sub;
    QBrush fill(Qt::white);
    QColor ink = ViewPalette::ink();
    QPen pen = ViewPalette::pen(ViewPalette::grid(), 1.5);
    if (frame.use == PhysicalFrame::Use::Table) {
      int level = 0;
      for (const PageTable& t : m.processes[frame.owner].tables)
        if (t.frame == f) level = t.level;
      main = TranslationNarrator::tableName(s, level);
      sub = name(s, frame.owner);
      // A table page: outlined in its process's colour, not filled, so it never looks like a page.
      pen = ViewPalette::pen(ItemPalette::outline(frame.owner), 2, Qt::DashLine);
    } else if (frame.use == PhysicalFrame::Use::Data) {
      const Mapper& first = frame.mappers.front();
      main = tr("page %1").arg(TranslationNarrator::hex(first.vpn));
      QStringList owners;
      for (const Mapper& mapper : frame.mappers) owners << name(s, mapper.process);
      sub = frame.mappers.size() > 1 ? tr("×%1: %2").arg(QString::number(frame.mappers.size()), listText(owners)) : owners.front();
      fill = ItemPalette::fill(first.process);
      ink = ItemPalette::label(first.process);
      pen = ViewPalette::pen(ItemPalette::outline(first.process), 2);
    } else {
      main = tr("free");
    }
    (void)leafLevel;
    if (changed.frames.contains(f)) pen = ViewPalette::pen(ViewPalette::current(), 5);
    addRect(r, pen, fill);
    auto* big = addCaption(*this, r.topLeft() + QPointF(8, 6), ViewPalette::font(15, true),
                           frame.use == PhysicalFrame::Use::Free ? ViewPalette::muted().darker(165) : ink);
    big->setText(main);
    if (!sub.isEmpty()) addCaption(*this, r.topLeft() + QPointF(8, 40), ViewPalette::font(12), ink)->setText(typesetChinese(sub));
    if (frame.use == PhysicalFrame::Use::Data && frame.dirty) {
      const QRectF d(r.right() - 30, r.top() + 6, 24, 24);
      addRect(d, Qt::NoPen, ViewPalette::dirty());
      auto* letter = addCaption(*this, {}, ViewPalette::font(12, true), Qt::white);
      letter->setText(QStringLiteral("D"));
      centerOn(letter, d.center());
    }
  }
  y += ((m.frames.size() + kColumns - 1) / kColumns) * (kCellHeight + 36) + 10;
  if (!m.swapRefs.empty()) {
    std::size_t used = 0;
    for (std::uint32_t refs : m.swapRefs) used += refs > 0 ? 1 : 0;
    addCaption(*this, {0, y}, ViewPalette::font(14, true), ViewPalette::ink())->setText(tr("Swap: %1 slots, %2 in use").arg(m.swapRefs.size()).arg(used));
    y += 30;
    // Which page each slot holds: the PTEs that point to it.
    std::vector<QStringList> holders(m.swapRefs.size());
    for (ProcessIndex p = 0; p < m.processes.size(); ++p)
      for (const PageTable& t : m.processes[p].tables)
        if (t.level == s.config.format.levelCount() - 1)
          for (std::size_t i = 0; i < t.entries.size(); ++i)
            if (t.entries[i].kind == Pte::Kind::Swapped) holders[t.entries[i].target] << tr("%1 %2").arg(name(s, p), TranslationNarrator::hex(t.firstVpn + i));
    const std::size_t shown = std::min<std::size_t>(m.swapRefs.size(), 2 * kColumns);
    for (std::size_t slot = 0; slot < shown; ++slot) {
      const QRectF r((slot % kColumns) * (kCellWidth + kGap), y + (slot / kColumns) * 54, kCellWidth, 44);
      addRect(r, changed.swapSlots.contains(static_cast<SlotNumber>(slot)) ? ViewPalette::pen(ViewPalette::current(), 5) : ViewPalette::pen(ViewPalette::grid(), 1.5),
              holders[slot].isEmpty() ? QBrush(Qt::white) : QBrush(ViewPalette::panel()));
      addCaption(*this, r.topLeft() + QPointF(8, 10), ViewPalette::font(13), holders[slot].isEmpty() ? ViewPalette::muted().darker(165) : ViewPalette::ink())
          ->setText(holders[slot].isEmpty() ? tr("slot %1 free").arg(slot) : typesetChinese(listText(holders[slot])));
    }
    if (shown < m.swapRefs.size())
      addCaption(*this, {0, y + 2 * 54 + 4}, ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("and %1 more slots").arg(m.swapRefs.size() - shown));
  }
  m_type.apply(*this, m_presentation);
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

TlbScene::TlbScene(const TranslationSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation), m_follower(simulation, [this](const TranslationState& s, bool changes) { draw(s, changes); }, this) {
  setBackgroundBrush(Qt::white);
  m_follower.redraw();
}

void TlbScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_follower.finish();
  m_follower.redraw();
}

void TlbScene::draw(const TranslationState& s, bool changesShown) {
  clear();
  const ManagedState& m = s.managed;
  qreal y = 0;
  if (!m_presentation) {
    addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink())->setText(title(m_simulation));
    y += 40;
  }
  if (!m.tlb) {
    addCaption(*this, {0, y}, ViewPalette::font(16), ViewPalette::ink())->setText(tr("This scenario has no TLB: every access walks the page tables."));
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
    return;
  }
  const Touched changed = changesShown ? touched(m_simulation) : Touched{};
  const TlbConfig& c = m.tlb->config();
  const QString shape = c.ways == 0 ? tr("TLB: %1 entries, fully associative, %2 replacement").arg(c.entries).arg(QString::fromLatin1(tlbPolicyName(c.policy)).toUpper())
                                    : tr("TLB: %1 entries in %2 sets of %3 ways, %4 replacement").arg(c.entries).arg(c.sets()).arg(c.ways).arg(QString::fromLatin1(tlbPolicyName(c.policy)).toUpper());
  addCaption(*this, {0, y}, ViewPalette::font(15, true), ViewPalette::ink())->setText(typesetChinese(shape + (c.asid ? tr(" · entries tagged with ASIDs") : QString())));
  y += 34;
  const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
  addCaption(*this, {0, y}, ViewPalette::font(14), ViewPalette::ink())
      ->setText(tr("hits %1 · misses %2 · hit rate %3%").arg(m.tlbHits).arg(m.tlbMisses).arg(QString::number(lookups ? 100.0 * m.tlbHits / lookups : 0.0, 'f', 1)));
  y += 40;
  QStringList headers{tr("entry"), tr("set"), tr("valid"), tr("ASID"), tr("page"), tr("frame"), tr("R/W"), tr("D"), tr("last use")};
  const qreal widths[] = {90, 70, 80, 80, 200, 110, 80, 60, 130};
  qreal x = 0;
  for (int i = 0; i < headers.size(); ++i) {
    if (i == 3 && !c.asid) continue;
    addCaption(*this, {x + 6, y}, ViewPalette::font(13, true), ViewPalette::ink())->setText(headers[i]);
    x += widths[i];
  }
  const qreal tableWidth = x;
  y += 30;
  const auto& entries = m.tlb->entries();
  const std::uint32_t ways = c.waysPerSet();
  std::size_t first = 0, last = entries.size();
  if (entries.size() > kMaxRows) {
    const std::size_t focus = changed.set ? std::size_t{*changed.set} * ways : 0;
    first = focus > kMaxRows / 2 ? focus - kMaxRows / 2 : 0;
    first -= first % ways;
    last = std::min(entries.size(), first + kMaxRows);
  }
  if (first > 0) {
    addCaption(*this, {6, y}, ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("entries 0–%1 not shown").arg(first - 1));
    y += 26;
  }
  for (std::size_t slot = first; slot < last; ++slot) {
    const TlbEntry& e = entries[slot];
    const std::uint32_t set = static_cast<std::uint32_t>(slot / ways);
    const QRectF row(0, y, tableWidth, 32);
    QBrush fill = changed.set && *changed.set == set ? QBrush(ViewPalette::referencedFill()) : (set % 2 ? QBrush(ViewPalette::stripe()) : QBrush(Qt::white));
    QPen pen = changed.slot && *changed.slot == slot ? ViewPalette::pen(ViewPalette::current(), 4) : QPen(Qt::NoPen);
    addRect(row, pen, fill)->setZValue(-1);
    const QStringList cells{QString::number(slot),
                            QString::number(set),
                            e.valid ? tr("yes") : tr("no"),
                            QString::number(e.asid),
                            e.valid ? TranslationNarrator::hex(e.tag) : QString(),
                            e.valid ? QString::number(e.frameBase >> s.config.format.offsetBits()) : QString(),
                            e.valid ? (e.writable ? tr("RW") : tr("R")) : QString(),
                            e.valid && e.dirty ? QStringLiteral("D") : QString(),
                            e.valid ? tr("access %1").arg(e.usedAt) : QString()};
    x = 0;
    for (int i = 0; i < cells.size(); ++i) {
      if (i == 3 && !c.asid) continue;
      addCaption(*this, {x + 6, y + 5}, ViewPalette::font(13), e.valid ? ViewPalette::ink() : ViewPalette::muted().darker(165))->setText(cells[i]);
      x += widths[i];
    }
    y += 32;
  }
  if (last < entries.size())
    addCaption(*this, {6, y + 4}, ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("entries %1–%2 not shown").arg(last).arg(entries.size() - 1));
  m_type.apply(*this, m_presentation);
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

}  // namespace oslens::views

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
#include "views/translation/step_changes.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
constexpr qreal kCellWidth = 200;
constexpr qreal kCellHeight = 78;
constexpr qreal kGap = 12;

}  // namespace

FramesScene::FramesScene(const TranslationSimulation& simulation, QObject* parent) : WalkFollowingScene(simulation, parent) { redraw(); }

void FramesScene::draw(const TranslationState& s, bool changesShown) {
  clear();
  const ManagedState& m = s.managed;
  const StepChanges changed = changesShown ? StepChanges::of(simulation()) : StepChanges{};
  qreal y = 0;
  if (!presentation()) {
    addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink())->setText(scenarioTitle());
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
    label->setText(TranslationNarrator::processName(s, p));
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
      sub = TranslationNarrator::processName(s, frame.owner);
      // A table page: outlined in its process's colour, not filled, so it never looks like a page.
      pen = ViewPalette::pen(ItemPalette::outline(frame.owner), 2, Qt::DashLine);
    } else if (frame.use == PhysicalFrame::Use::Data) {
      const Mapper& first = frame.mappers.front();
      main = tr("page %1").arg(TranslationNarrator::hex(first.vpn));
      QStringList owners;
      for (const Mapper& mapper : frame.mappers) owners << TranslationNarrator::processName(s, mapper.process);
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
            if (t.entries[i].kind == Pte::Kind::Swapped) holders[t.entries[i].target] << tr("%1 %2").arg(TranslationNarrator::processName(s, p), TranslationNarrator::hex(t.firstVpn + i));
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
  applyType();
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

}  // namespace oslens::views

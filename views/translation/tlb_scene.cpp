#include "views/translation/tlb_scene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

#include "engine/core/overloaded.h"

#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/translation/step_changes.h"
#include "views/translation/translation_narrator.h"

namespace oslens::views {

using namespace engine::translation;

TlbScene::TlbScene(const TranslationSimulation& simulation, QObject* parent) : WalkFollowingScene(simulation, parent) { redraw(); }

// How long ago an entry was last used, counted in accesses (the clock LRU goes by).
QString TlbScene::lastUse(std::uint64_t accessesAgo) {
  if (accessesAgo == 0) return tr("this access");
  if (accessesAgo == 1) return tr("1 access ago");
  return tr("%1 accesses ago").arg(accessesAgo);
}

QString TlbScene::droppedText() const {
  for (const TranslationEvent& event : simulation().timeline().lastEvents()) {
    const auto text = [](std::uint64_t n, const QString& one, const QString& many) { return n == 0 ? QString() : n == 1 ? one : many.arg(n); };
    QString said = std::visit(engine::Overloaded{
                                  [&](const ContextSwitched& e) {
                                    return text(e.flushed, tr("The switch flushed 1 entry: without ASIDs no entry can stay."),
                                                tr("The switch flushed %1 entries: without ASIDs no entry can stay."));
                                  },
                                  [&](const Forked& e) {
                                    return text(e.flushed, tr("The fork dropped 1 entry of the parent: it still allowed writes."),
                                                tr("The fork dropped %1 entries of the parent: they still allowed writes."));
                                  },
                                  [&](const Exited& e) {
                                    return text(e.flushed, tr("The exit dropped 1 entry."), tr("The exit dropped %1 entries."));
                                  },
                                  [&](const RegionUnmapped& e) {
                                    return text(e.flushed, tr("munmap dropped 1 entry."), tr("munmap dropped %1 entries."));
                                  },
                                  [](const auto&) { return QString(); },
                              },
                              event);
    if (!said.isEmpty()) return said;
  }
  return {};
}

void TlbScene::draw(const TranslationState& s, bool changesShown) {
  clear();
  const ManagedState& m = s.managed;
  qreal y = 0;
  if (!presentation()) {
    markSceneTitle(addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink()))->setText(scenarioTitle());
    y += 40;
  }
  if (!m.tlb) {
    addCaption(*this, {0, y}, ViewPalette::font(16), ViewPalette::ink())->setText(tr("This scenario has no TLB: every access walks the page tables."));
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
    return;
  }
  const StepChanges changed = changesShown ? StepChanges::of(simulation()) : StepChanges{};
  const TlbConfig& c = m.tlb->config();
  const QString shape = c.ways == 0 ? tr("TLB: %1 entries, fully associative, %2 replacement").arg(c.entries).arg(QString::fromLatin1(tlbPolicyName(c.policy)).toUpper())
                                    : tr("TLB: %1 entries in %2 sets of %3 ways, %4 replacement").arg(c.entries).arg(c.sets()).arg(c.ways).arg(QString::fromLatin1(tlbPolicyName(c.policy)).toUpper());
  addCaption(*this, {0, y}, ViewPalette::font(15, true), ViewPalette::ink())->setText(typesetChinese(shape + (c.asid ? tr(" · entries tagged with ASIDs") : QString())));
  y += 34;
  const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
  addCaption(*this, {0, y}, ViewPalette::font(14), ViewPalette::ink())
      ->setText(tr("hits %1 · misses %2 · hit rate %3%").arg(m.tlbHits).arg(m.tlbMisses).arg(QString::number(lookups ? 100.0 * m.tlbHits / lookups : 0.0, 'f', 1)));
  y += 40;
  // Entries the step dropped are gone from the table below: say how many, and why.
  if (changesShown) {
    const QString dropped = droppedText();
    if (!dropped.isEmpty()) {
      addCaption(*this, {0, y - 6}, ViewPalette::font(14, true), ViewPalette::fault())->setText(typesetChinese(dropped));
      y += 34;
    }
  }
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
                            e.valid ? QString::number(e.asid) : QString(),  // an invalid entry's ASID means nothing
                            e.valid ? TranslationNarrator::hex(e.tag) : QString(),
                            e.valid ? QString::number(e.frameBase >> s.config.format.offsetBits()) : QString(),
                            e.valid ? (e.writable ? tr("RW") : tr("R")) : QString(),
                            e.valid && e.dirty ? QStringLiteral("D") : QString(),
                            e.valid ? lastUse(m.tick - e.usedAt) : QString()};
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
  applyType();
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

}  // namespace oslens::views

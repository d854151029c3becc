#include "views/slab/slab_cache_row.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <algorithm>

#include "views/buddy/buddy_narrator.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/scene_items.h"
#include "views/kit/item_palette.h"
#include "views/slab/slab_palette.h"
#include "views/slab/slab_strip_item.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::slab;

namespace {
// The left column: the name beside its colour, the facts under it.
constexpr qreal kNameX = 30;
constexpr qreal kFactsTop = 40;
constexpr qreal kFactPitch = 19;

QString slabPagesText(const SlabStrip& strip) {
  return strip.pages == 1 ? SlabCacheRow::tr("page %1").arg(strip.pfn)
                          : SlabCacheRow::tr("pages %1–%2").arg(strip.pfn).arg(qulonglong{strip.pfn} + strip.pages - 1);
}
}  // namespace

SlabCacheRow::SlabCacheRow(QGraphicsScene& scene) {
  m_band = scene.addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
  m_band->setZValue(-1);
  m_swatch = scene.addRect(QRectF(0, 0, 20, 20));
  m_name = addCaption(scene, {}, ViewPalette::font(15, true), ViewPalette::ink());
  for (std::size_t i = 0; i < m_facts.size(); ++i)
    m_facts[i] = addCaption(scene, {}, ViewPalette::font(11.5, i + 1 == m_facts.size()), i + 1 == m_facts.size() ? ViewPalette::ink() : SlabPalette::captionInk());
  for (Lane& lane : m_lanes) {
    for (std::size_t i = 0; i < SlabLayout::kShownPerList; ++i) {
      auto* strip = new SlabStripItem;
      scene.addItem(strip);
      lane.strips.push_back(strip);
      lane.captions.push_back(addCaption(scene, {}, ViewPalette::font(11.5), ViewPalette::ink()));
    }
    lane.empty = addCaption(scene, {}, ViewPalette::font(12.5), ViewPalette::muted());
    lane.more = addCaption(scene, {}, ViewPalette::font(12.5, true), ViewPalette::ink());
    lane.count = addCaption(scene, {}, ViewPalette::font(12.5), ViewPalette::ink());
  }
  m_summary = addCaption(scene, {}, ViewPalette::font(12.5), ViewPalette::ink());
  hide();
}

void SlabCacheRow::hide() {
  m_band->setVisible(false);
  m_swatch->setVisible(false);
  m_name->setVisible(false);
  for (auto* fact : m_facts) fact->setVisible(false);
  m_summary->setVisible(false);
  for (Lane& lane : m_lanes) {
    for (auto* strip : lane.strips) strip->setVisible(false);
    for (auto* caption : lane.captions) caption->setVisible(false);
    lane.empty->setVisible(false);
    lane.more->setVisible(false);
    lane.count->setVisible(false);
  }
}

void SlabCacheRow::show(const SlabLayout& layout, int row, const SlabSnapshot::Cache& cache, const SlabState& state,
                        const SlabStepMarks& marks) {
  const QRectF r = layout.rowRect(row);
  const bool focused = marks.cache == cache.id;
  m_band->setVisible(true);
  m_band->setRect(r);
  m_band->setBrush(focused ? QBrush(marks.failed ? ViewPalette::faultFill() : SlabPalette::focusRow())
                   : row % 2 == 1 ? QBrush(SlabPalette::rowStripe())
                                  : QBrush(Qt::NoBrush));
  m_swatch->setVisible(true);
  m_swatch->setRect(QRectF(r.left() + 2, r.top() + (cache.expanded ? 14 : 7), 20, 20));
  styleItemChip(m_swatch, m_swatch->rect(), nullptr, cache.id, 1.5);
  m_name->setVisible(true);
  m_name->setText(QString::fromStdString(state.cacheName(cache.id)));
  m_name->setPos(r.left() + kNameX, r.top() + (cache.expanded ? 10 : 2));
  m_name->setBrush(focused && marks.failed ? ViewPalette::fault() : ViewPalette::ink());
  if (!cache.expanded) {
    for (auto* fact : m_facts) fact->setVisible(false);
    for (Lane& lane : m_lanes) {
      for (auto* strip : lane.strips) strip->setVisible(false);
      for (auto* caption : lane.captions) caption->setVisible(false);
      lane.empty->setVisible(false);
      lane.more->setVisible(false);
    }
    showSummary(r, cache, state);
    return;
  }
  m_summary->setVisible(false);
  for (Lane& lane : m_lanes) lane.count->setVisible(false);
  showFacts(r, state.geometry(cache.id), state.caches[cache.id]);
  for (SlabList which : kSlabLists)
    showLane(m_lanes[static_cast<std::size_t>(which)], layout, row, which, cache.lists[static_cast<std::size_t>(which)],
             focused ? marks : SlabStepMarks{});
}

void SlabCacheRow::showFacts(const QRectF& row, const CacheGeometry& g, const CacheState& cache) {
  const QLocale locale;
  const QString pages = BuddyNarrator::pagesText(qulonglong{1} << g.order);
  // mm/slab.c: cachep->colour = left_over / colour_off; slab k of the cycle starts colour_off * k in.
  const QString colours = g.colour <= 1 ? tr("%1 B left over: one colour").arg(locale.toString(g.leftOver))
                                        : tr("%1 B left over: %2 colours, colour_next %3")
                                              .arg(locale.toString(g.leftOver))
                                              .arg(g.colour)
                                              .arg(cache.colourNext);
  const QString texts[] = {
      g.objectSize == g.size ? tr("objsize %1 B").arg(g.size) : tr("objsize %1 B (asked %2)").arg(g.size).arg(g.objectSize),
      g.num == 1 ? tr("1 object per slab of %1").arg(pages) : tr("%1 objects per slab of %2").arg(g.num).arg(pages),
      colours,
      g.freelist == FreelistLayout::InObject ? tr("freelist: in a free object (in_object)")
                                             : tr("freelist: at the slab's end (on_slab)"),
      tr("objects in use: %1 of %2")
          .arg(locale.toString(static_cast<qulonglong>(cache.activeObjs)),
               locale.toString(static_cast<qulonglong>(cache.slabCount() * g.num))),
  };
  for (std::size_t i = 0; i < m_facts.size(); ++i) {
    m_facts[i]->setVisible(true);
    m_facts[i]->setText(texts[i]);
    m_facts[i]->setPos(row.left() + kNameX, row.top() + kFactsTop + kFactPitch * static_cast<qreal>(i));
  }
}

void SlabCacheRow::showSummary(const QRectF& row, const SlabSnapshot::Cache& cache, const SlabState& state) {
  const QLocale locale;
  const CacheState& c = state.caches[cache.id];
  m_summary->setVisible(true);
  m_summary->setText(typesetChinese(tr("· %1 of %2 in use")
                         .arg(locale.toString(static_cast<qulonglong>(c.activeObjs)),
                              locale.toString(static_cast<qulonglong>(c.slabCount() * state.geometry(cache.id).num)))));
  const qreal baseline = m_name->y() + m_name->boundingRect().height();
  m_summary->setPos(m_name->x() + m_name->boundingRect().width() + 8, baseline - m_summary->boundingRect().height() - 1);
  for (SlabList which : kSlabLists) {
    Lane& lane = m_lanes[static_cast<std::size_t>(which)];
    const std::uint64_t count = cache.lists[static_cast<std::size_t>(which)].count;
    lane.count->setVisible(true);
    lane.count->setText(typesetChinese(count == 0   ? tr("empty")
                                       : count == 1 ? tr("1 slab")
                                                    : tr("%1 slabs").arg(locale.toString(static_cast<qulonglong>(count)))));
    lane.count->setBrush(count == 0 ? ViewPalette::muted() : ViewPalette::ink());
    lane.count->setPos(SlabLayout::columnLeft(which) + SlabLayout::kStripInset + 4, row.center().y() - lane.count->boundingRect().height() / 2);
  }
}

void SlabCacheRow::showLane(Lane& lane, const SlabLayout& layout, int row, SlabList which, const SlabSnapshot::List& list,
                            const SlabStepMarks& marks) {
  const int capacity = layout.capacity(row);
  for (std::size_t i = 0; i < lane.strips.size(); ++i) {
    SlabStripItem* item = lane.strips[i];
    QGraphicsSimpleTextItem* caption = lane.captions[i];
    const bool shown = i < list.slabs.size() && static_cast<int>(i) < capacity;
    item->setVisible(shown);
    caption->setVisible(shown);
    if (!shown) continue;
    const SlabStrip& strip = list.slabs[i];
    const QRectF rect = layout.stripRect(row, which, static_cast<int>(i));
    const bool focused = marks.slab == strip.pfn;
    item->setRect(rect);
    item->setStrip(strip);
    item->setFocused(focused);
    item->setHighlightedObject(focused && marks.object ? *marks.object : -1);
    caption->setText(tr("%1 · colour %2 · %3 of %4 in use")
                         .arg(slabPagesText(strip))
                         .arg(strip.colour)
                         .arg(strip.active)
                         .arg(strip.objectCount()));
    caption->setFont(ViewPalette::font(11.5, focused));
    caption->setBrush(focused ? ViewPalette::currentInk() : ViewPalette::ink());
    caption->setPos(rect.left(), rect.top() - SlabLayout::kCaptionHeight + 2);
  }
  const QRectF first = layout.stripRect(row, which, 0);
  lane.empty->setVisible(list.count == 0);
  lane.empty->setText(tr("empty"));
  lane.empty->setPos(first.left() + 4, first.center().y() - lane.empty->boundingRect().height() / 2);
  const std::uint64_t hidden = list.count - std::min<std::uint64_t>(list.count, list.slabs.size());
  lane.more->setVisible(hidden > 0);
  lane.more->setText(tr("+ %1 more slabs").arg(QLocale().toString(static_cast<qulonglong>(hidden))));
  lane.more->setPos(layout.moreAnchor(row, which));
}

std::vector<SlabStripItem*> SlabCacheRow::visibleStrips() const {
  std::vector<SlabStripItem*> out;
  for (const Lane& lane : m_lanes)
    for (auto* strip : lane.strips)
      if (strip->isVisible()) out.push_back(strip);
  return out;
}

std::vector<QGraphicsItem*> SlabCacheRow::hideSlabs(const std::set<std::pair<CacheId, Pfn>>& slabs) {
  std::vector<QGraphicsItem*> hidden;
  for (Lane& lane : m_lanes)
    for (std::size_t i = 0; i < lane.strips.size(); ++i) {
      SlabStripItem* strip = lane.strips[i];
      if (!strip->isVisible() || !slabs.count({strip->strip().cache, strip->strip().pfn})) continue;
      for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(strip), static_cast<QGraphicsItem*>(lane.captions[i])}) {
        item->setVisible(false);
        hidden.push_back(item);
      }
    }
  return hidden;
}

QString SlabCacheRow::moreText(SlabList list) const {
  const Lane& lane = m_lanes[static_cast<std::size_t>(list)];
  return lane.more->isVisible() ? lane.more->text() : QString();
}

QString SlabCacheRow::name() const { return m_name->isVisible() ? m_name->text() : QString(); }

bool SlabCacheRow::folded() const { return m_summary->isVisible(); }

QStringList SlabCacheRow::summaryTexts() const {
  if (!folded()) return {};
  QStringList out{m_name->text() + QLatin1Char(' ') + m_summary->text()};
  for (const Lane& lane : m_lanes) out << lane.count->text();
  return out;
}

}  // namespace oslens::views

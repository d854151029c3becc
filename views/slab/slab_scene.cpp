#include "views/slab/slab_scene.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <algorithm>
#include <unordered_map>

#include "engine/core/step_frame.h"
#include "views/kit/bar_span.h"
#include "views/buddy/buddy_narrator.h"
#include "views/kit/flight_player.h"
#include "views/kit/memory_bar_item.h"
#include "views/kit/pfn_scale.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/slab/slab_legend.h"
#include "views/slab/slab_narrator.h"
#include "views/slab/slab_outcome.h"
#include "views/slab/slab_palette.h"
#include "views/slab/slab_step_plan.h"
#include "views/slab/slab_strip_item.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::slab;

namespace {
// Vertical layout of the header, in scene units. The figures stand in a row right of the title
// when it leaves them room (kStatsBesideY, the step's lines then at kStepYBeside), else under the
// notes on the design (kStatsY, kStepY): the table starts as high as it can, so the picture is
// wide rather than tall, like the slide and the screen it is shown on.
constexpr qreal kSubtitleY = 36;
constexpr qreal kDesignY = 64;
constexpr qreal kOptionsY = 86;
constexpr qreal kStatsY = 122;
constexpr qreal kStepY = 186;
constexpr qreal kStatsBesideY = 0;
constexpr qreal kStepYBeside = 118;
// Between the columns of figures, and between the title and the figures beside it.
constexpr qreal kStatsGap = 40;
constexpr qreal kLineHeight = 26;  // of the step and outcome lines
// The column heads sit under the outcome, the table under them.
constexpr qreal kColumnsGap = 22;
constexpr qreal kColumnHeadsHeight = 52;
// Bar spans narrower than this are drawn together (BarSpan::fromBlocks).
constexpr double kMinSpanWidth = 3;
// Unused kmalloc caches named under the table; the rest are "…".
constexpr std::size_t kNamedUnused = 8;

// Sentences on as few lines as fit in `width`, breaking only between sentences. Chinese puts no
// space after its full stop; each sentence is typeset as the narration is (names fill its %1s).
QString wrapSentences(const QStringList& sentences, const QFont& font, qreal width) {
  const QFontMetricsF metrics(font);
  QStringList lines;
  for (const QString& untypeset : sentences) {
    const QString sentence = typesetChinese(untypeset);
    const QString joined = lines.isEmpty() ? QString() : appendSentence(lines.back(), sentence);
    if (lines.isEmpty() || metrics.horizontalAdvance(joined) > width) lines << sentence;
    else lines.back() = joined;
  }
  return lines.join(QLatin1Char('\n'));
}

QString pageSizeText(std::uint32_t bytes) {
  return bytes % 1024 == 0 ? SlabScene::tr("%1 KiB").arg(bytes / 1024) : SlabScene::tr("%1 bytes").arg(bytes);
}

SlabLegend::Needs legendNeeds(const SlabState& state, const std::vector<SlabOp>& ops) {
  SlabLegend::Needs needs{false, false, false};
  for (const CacheGeometry& g : state.setup->caches) {
    needs.inObject = needs.inObject || g.freelist == FreelistLayout::InObject;
    needs.onSlab = needs.onSlab || g.freelist == FreelistLayout::OnSlab;
  }
  for (const SlabOp& op : ops)
    if (const auto* k = std::get_if<KmallocOp>(&op); k && k->cache == kNoCache) needs.large = true;
  return needs;
}
}  // namespace

SlabScene::SlabScene(const SlabSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent),
      m_simulation(simulation),
      m_folding(simulation.timeline().initialState(), simulation.timeline().ops()) {
  setBackgroundBrush(Qt::white);
  m_player = new FlightPlayer(this, this);
  connect(m_player, &FlightPlayer::finished, this, [this] { finishAnimations(); });
  buildItems();
  refresh();
}

// The moving strips are the player's; take them off the scene before it deletes its items.
SlabScene::~SlabScene() { m_player->finish(); }

bool SlabScene::isAnimating() const { return m_player->running(); }

QString SlabScene::tagName(TagId tag) const { return QString::fromStdString(m_simulation.timeline().state().tagName(tag)); }
QString SlabScene::cacheName(CacheId cache) const {
  return QString::fromStdString(m_simulation.timeline().state().cacheName(cache));
}

void SlabScene::buildItems() {
  m_title = markSceneTitle(addCaption(*this, {0, 0}, ViewPalette::font(20, true), ViewPalette::ink()));
  m_subtitle = addCaption(*this, {0, kSubtitleY}, ViewPalette::font(13), ViewPalette::ink());
  m_design = addCaption(*this, {0, kDesignY}, ViewPalette::font(11.5), SlabPalette::captionInk());
  m_options = addCaption(*this, {0, kOptionsY}, ViewPalette::font(11.5), SlabPalette::captionInk());
  // The figures stand over the table's columns.
  // The column heads stand over the table's columns.
  const qreal columns[] = {0, SlabLayout::columnLeft(SlabList::Full), SlabLayout::columnLeft(SlabList::Partial),
                           SlabLayout::columnLeft(SlabList::Free)};
  for (qreal x : columns) {
    const qreal inset = x > 0 ? SlabLayout::kStripInset : 0;
    m_stats.push_back({addCaption(*this, {}, ViewPalette::font(11), SlabPalette::captionInk()),
                       addCaption(*this, {}, ViewPalette::font(19, true), ViewPalette::ink())});
    m_columnHeads.push_back({addCaption(*this, {x + inset, 0}, ViewPalette::font(13.5, true), ViewPalette::ink()),
                             addCaption(*this, {x + inset, 0}, ViewPalette::font(11), SlabPalette::captionInk())});
    if (x > 0) m_columnRules.push_back(addLine(QLineF(), ViewPalette::pen(ViewPalette::grid(), 1.2)));
  }
  m_columnRules.push_back(addLine(QLineF(), ViewPalette::pen(ViewPalette::ink(), 1.2)));
  m_stepLine = addCaption(*this, {}, ViewPalette::font(14), ViewPalette::ink());
  m_outcome = addCaption(*this, {}, ViewPalette::font(14, true), ViewPalette::ink());
  m_unusedKmalloc = addCaption(*this, {}, ViewPalette::font(12.5), SlabPalette::captionInk());
  m_hiddenCaches = addCaption(*this, {}, ViewPalette::font(12.5, true), ViewPalette::ink());
  for (std::size_t i = 0; i < SlabLayout::kMaxCaches; ++i) m_rows.push_back(std::make_unique<SlabCacheRow>(*this));
  buildBar();
}

void SlabScene::buildBar() {
  const auto& state = m_simulation.timeline().state();
  const qreal width = SlabLayout::contentWidth();
  // Made at the origin, so the children keep the positions they are given; moved under the table.
  m_barBlock = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
  m_barCaption = new QGraphicsSimpleTextItem(m_barBlock);
  m_barCaption->setFont(ViewPalette::font(12.5, true));
  m_barCaption->setBrush(ViewPalette::ink());
  m_barCaption->setPos(0, -34);
  m_bar = new MemoryBarItem(width, SlabLayout::kBarHeight, state.memory.totalPages());
  m_bar->setParentItem(m_barBlock);
  for (QGraphicsItem* item : addPfnScale(*this, width, state.memory.totalPages(), SlabLayout::kBarHeight))
    item->setParentItem(m_barBlock);
  m_legend = std::make_unique<SlabLegend>(m_barBlock, legendNeeds(state, m_simulation.timeline().ops()));
}

void SlabScene::refresh() {
  m_type.apply(*this, m_presentation);  // before the layout, which measures texts
  const auto& timeline = m_simulation.timeline();
  m_marks = SlabStepMarks::of(timeline.lastEvents());
  m_shown = SlabSnapshot(timeline.state(), m_marks.cache, SlabLayout::kShownPerList, SlabLayout::kMaxCaches,
                         m_folding.expandedAt(m_simulation.position()));
  refreshHeader();
  m_layout = SlabLayout(timeline.state(), m_shown, tableTop(), m_folding.expandedRoom());
  refreshTable();
  refreshBar();
  m_bar->setSmallPrintFloor(m_presentation ? m_type.floorPoints() : 0);
  m_type.apply(*this, m_presentation);  // and for the texts the table made just now
  setSceneRect(-28, -28, SlabLayout::contentWidth() + 56, m_layout.barTop() + m_legendBottom + 56);
}

// Under the step's lines, which may take one to four lines; in presentation mode (no notes, no
// step lines: the caption strip says the step) under the title and the figures.
qreal SlabScene::tableTop() const {
  if (m_presentation) {
    qreal bottom = m_subtitle->y() + m_subtitle->boundingRect().height();
    for (const Stat& stat : m_stats) bottom = std::max(bottom, stat.value->y() + stat.value->boundingRect().height());
    return bottom + kColumnsGap + kColumnHeadsHeight;
  }
  const QGraphicsSimpleTextItem* last = m_outcome->text().isEmpty() ? m_stepLine : m_outcome;
  return last->y() + std::max(last->boundingRect().height(), kLineHeight) + kColumnsGap + kColumnHeadsHeight;
}

void SlabScene::setPresentation(bool presentation) {
  finishAnimations();
  m_presentation = presentation;
  // Faded, not hidden: the step's animation hides and shows the outcome for its own reasons.
  for (QGraphicsItem* line : std::initializer_list<QGraphicsItem*>{m_design, m_options, m_stepLine, m_outcome})
    line->setOpacity(presentation ? 0.0 : 1.0);
  refresh();
}

// The four figures in columns as wide as their captions (a value's width changes from step to
// step, a caption's only with the language), right of the title when the widest subtitle of the
// run leaves them room, so the choice is the same at every step.
void SlabScene::layOutStats() {
  std::vector<qreal> widths;
  qreal total = 0;
  for (const Stat& stat : m_stats) {
    widths.push_back(std::max<qreal>(stat.caption->boundingRect().width(), 170) + kStatsGap);
    total += widths.back();
  }
  total -= kStatsGap;
  const QFontMetricsF subtitleMetrics(m_subtitle->font());
  const auto& memory = m_simulation.timeline().state().memory;
  const qreal lastSubtitle = subtitleMetrics.horizontalAdvance(typesetChinese(
      tr("%1 pages of %2 under the slab allocator · step %3 of %4")
          .arg(memory.totalPages())
          .arg(pageSizeText(memory.config().pageSize))
          .arg(m_simulation.stepCount())
          .arg(m_simulation.stepCount())));
  const qreal titleBlock = std::max({m_title->boundingRect().width(), m_subtitle->boundingRect().width(), lastSubtitle});
  const bool beside = titleBlock + kStatsGap + total <= SlabLayout::contentWidth();
  m_stepY = beside ? kStepYBeside : kStepY;
  qreal x = beside ? SlabLayout::contentWidth() - total : 0;
  for (std::size_t i = 0; i < m_stats.size(); ++i) {
    const qreal y = beside ? kStatsBesideY + 6 : m_presentation ? kDesignY : kStatsY;  // in the notes' place
    m_stats[i].caption->setPos(x, y);
    m_stats[i].value->setPos(x, y + 20);
    x += widths[i];
  }
  m_stepLine->setPos(0, m_stepY);
}

void SlabScene::refreshHeader() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  const auto& memory = state.memory;
  const QLocale locale;
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  m_subtitle->setText(typesetChinese(tr("%1 pages of %2 under the slab allocator · step %3 of %4")
                                         .arg(memory.totalPages())
                                         .arg(pageSizeText(memory.config().pageSize))
                                         .arg(m_simulation.position())
                                         .arg(m_simulation.stepCount())));
  m_design->setText(tr("The classic SLAB allocator (Bonwick 1994), as Linux's mm/slab.c had it until 6.7: Linux 6.8 "
                       "removed it, and SLUB is now its only slab allocator."));
  const SlabOptions& options = state.setup->options;
  m_options->setText(
      tr("A slab is 2^order pages from the buddy allocator · colouring: %1 · the per-CPU array caches in front of "
         "the lists are not drawn")
          .arg(options.colouring == ColourRule::Linux ? tr("Linux ≥ 4.6 (colour_next advanced, then used)")
                                                      : tr("Bonwick 1994 (colour_next used, then advanced)")));

  std::uint64_t objects = 0, capacity = 0, slabs = 0;
  for (CacheId c = 0; c < state.caches.size(); ++c) {
    objects += state.caches[c].activeObjs;
    capacity += state.caches[c].slabCount() * state.geometry(c).num;
    slabs += state.caches[c].slabCount();
  }
  auto number = [&](std::uint64_t n) { return locale.toString(static_cast<qulonglong>(n)); };
  m_stats[0].caption->setText(tr("Objects in use"));
  m_stats[0].value->setText(tr("%1 of %2").arg(number(objects), number(capacity)));
  m_stats[1].caption->setText(tr("Slabs"));
  m_stats[1].value->setText(tr("%1 · %2").arg(number(slabs), BuddyNarrator::pagesText(state.slabPages())));
  m_stats[2].caption->setText(tr("Free pages (buddy allocator)"));
  m_stats[2].value->setText(tr("%1 of %2").arg(number(memory.freePages()), number(memory.totalPages())));
  m_stats[3].caption->setText(tr("Wasted by kmalloc's rounding up"));
  m_stats[3].value->setText(tr("%1 bytes").arg(number(state.wastedBytes)));
  layOutStats();

  const auto* op = timeline.lastOp();
  if (!op) {
    m_stepLine->setText(tr("Start: no cache holds a slab yet; all %1 pages are free in the buddy allocator.").arg(memory.totalPages()));
    m_outcome->setText(QString());
    m_outcome->setPos(0, m_stepY + kLineHeight);
    m_failed = false;
    return;
  }
  // Each line breaks between its sentences when the diagram is too narrow for it (Chinese runs wider).
  const QStringList sentences = SlabNarrator::narrate(m_simulation.position() - 1, state, *op, timeline.lastEvents());
  m_stepLine->setText(wrapSentences(sentences.mid(0, 2), m_stepLine->font(), SlabLayout::contentWidth()));
  const SlabOutcome outcome = SlabOutcome::of(state, timeline.lastEvents());
  m_failed = outcome.tone == SlabOutcome::Tone::Failed;
  m_outcome->setText(wrapSentences(outcome.sentences, m_outcome->font(), SlabLayout::contentWidth()));
  m_outcome->setPos(0, m_stepY + m_stepLine->boundingRect().height() + 4);
  m_outcome->setBrush(m_failed                                        ? ViewPalette::fault()
                      : outcome.tone == SlabOutcome::Tone::Warning ? ViewPalette::currentInk()
                                                                   : ViewPalette::hit());
}

void SlabScene::refreshTable() {
  const auto& state = m_simulation.timeline().state();
  const QString heads[] = {tr("Caches"), SlabNarrator::listName(SlabList::Full), SlabNarrator::listName(SlabList::Partial),
                           SlabNarrator::listName(SlabList::Free)};
  const QString notes[] = {tr("kmem_cache: objects of one size"), tr("every object in use"),
                           tr("some objects free: allocations come here first"),
                           tr("no object in use (empty): kept until a shrink")};
  const qreal columnsY = m_layout.tableTop() - kColumnHeadsHeight;
  for (std::size_t i = 0; i < m_columnHeads.size(); ++i) {
    m_columnHeads[i].title->setText(heads[i]);
    m_columnHeads[i].title->setY(columnsY);
    m_columnHeads[i].note->setText(notes[i]);
    m_columnHeads[i].note->setY(columnsY + 24);
  }
  for (SlabList list : kSlabLists) {
    const qreal x = SlabLayout::columnLeft(list);
    m_columnRules[static_cast<std::size_t>(list)]->setLine(x, columnsY - 4, x, m_layout.tableBottom());
  }
  m_columnRules.back()->setLine(0, m_layout.tableTop() - 1, SlabLayout::contentWidth(), m_layout.tableTop() - 1);

  const auto& caches = m_shown.caches();
  for (std::size_t row = 0; row < m_rows.size(); ++row) {
    if (row < caches.size()) m_rows[row]->show(m_layout, static_cast<int>(row), caches[row], state, m_marks);
    else m_rows[row]->hide();
  }
  // The caches not drawn, each kind on a line of its own under the table.
  qreal y = m_layout.tableBottom() + 8;
  const auto& unused = m_shown.unusedKmalloc();
  m_unusedKmalloc->setVisible(!unused.empty());
  if (!unused.empty()) {
    QStringList names;
    for (std::size_t i = 0; i < unused.size() && i < kNamedUnused; ++i) names << cacheName(unused[i]);
    if (unused.size() > kNamedUnused) names << QStringLiteral("…");
    m_unusedKmalloc->setText(tr("Not drawn until they hold a slab: %1").arg(listText(names)));
    m_unusedKmalloc->setPos(0, y);
    y += SlabLayout::kNoteHeight;
  }
  const std::size_t hidden = m_shown.hiddenCaches();
  m_hiddenCaches->setVisible(hidden > 0);
  m_hiddenCaches->setText(tr("+ %1 more caches not drawn (see the slabinfo table)").arg(hidden));
  m_hiddenCaches->setPos(0, y);
}

void SlabScene::refreshBar() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  const auto& memory = state.memory;
  m_barBlock->setPos(0, m_layout.barTop());
  m_barCaption->setText(tr("Physical memory, pfn 0–%1: the buddy allocator's pages. Each slab is one block of 2^order "
                           "pages, drawn in its cache's colour.")
                            .arg(memory.totalPages() - 1));

  // Each single used block belongs to a slab or to a large kmalloc: its colour and name.
  std::vector<BarSpan> spans = BarSpan::fromBlocks(memory.blocks(), memory.totalPages(), SlabLayout::contentWidth(), kMinSpanWidth);
  std::unordered_map<Pfn, BarSpan*> used;
  for (BarSpan& span : spans)
    if (span.kind == BarSpan::Kind::Used && span.blockCount == 1) used.emplace(span.first, &span);
  for (CacheId c = 0; c < state.caches.size() && !used.empty(); ++c)
    for (const Slab& slab : state.caches[c].slabs)
      if (const auto it = used.find(slab.pfn); slab.pfn != kNoPfn && it != used.end()) {
        it->second->item = c;
        it->second->label = cacheName(c);
      }
  for (TagId t = 0; t < state.tags.size() && !used.empty(); ++t)
    if (const TagSlot& tag = state.tags[t]; tag.status == TagSlot::Status::Live && tag.large)
      if (const auto it = used.find(tag.pfn); it != used.end()) {
        it->second->fill = SlabPalette::largeFill();
        it->second->line = SlabPalette::largeLine();
        it->second->label = tagName(t);
      }
  m_bar->setSpans(std::move(spans));
  m_bar->setWords(tr("free"), tr("order %1"));

  // The pages this step took from the buddy allocator or gave back.
  std::vector<std::pair<Pfn, std::uint64_t>> changed;
  for (const auto& e : timeline.lastEvents())
    if (const auto* page = std::get_if<PageAllocatorEvent>(&e)) {
      if (const auto* a = std::get_if<engine::buddy::BlockAllocated>(&page->event)) changed.emplace_back(a->pfn, std::uint64_t{1} << a->order);
      if (const auto* f = std::get_if<engine::buddy::FreeRequested>(&page->event)) changed.emplace_back(f->pfn, std::uint64_t{1} << f->order);
    }
  m_bar->setHighlights(std::move(changed));
  m_legendBottom = m_legend->layOut(SlabLayout::kBarHeight + 44, SlabLayout::contentWidth());
}

void SlabScene::showPosition(int from, int to, bool animate) {
  finishAnimations();
  refresh();
  if (animate && std::abs(to - from) == 1 && m_durationMs > 0) animateStep(from, to);
}

void SlabScene::finishAnimations() {
  m_player->finish();
  for (QGraphicsItem* item : m_hiddenDuringFlight) item->setVisible(true);
  m_hiddenDuringFlight.clear();
}

// One step forwards plays the step's plan; one step back plays it in reverse, ending on the state
// shown. Strips the plan moves are hidden until their flight lands.
void SlabScene::animateStep(int from, int to) {
  const auto& timeline = m_simulation.timeline();
  const bool forward = to > from;
  const std::size_t step = static_cast<std::size_t>(forward ? to : from);
  SlabSnapshot other;
  SlabLayout otherLayout;
  // The other state drawn as the diagram draws it at that position: with the caches its own step
  // was about.
  const std::size_t otherPosition = forward ? step - 1 : step;
  auto look = [&](const SlabState& s, const std::vector<SlabEvent>& eventsThere) {
    other = SlabSnapshot(s, SlabStepMarks::of(eventsThere).cache, SlabLayout::kShownPerList, SlabLayout::kMaxCaches,
                         m_folding.expandedAt(otherPosition));
    otherLayout = SlabLayout(s, other, tableTop(), m_folding.expandedRoom());
  };
  // The other side of the step and the step's events: one replay and one copy of the state each
  // way (a slab state can be tens of MiB), not a whole frame.
  std::vector<SlabEvent> events;
  if (!forward) {
    timeline.visitSteps(step, step, [&](const SlabState& s, const auto&, const auto& e) {
      events = e;
      look(s, e);
    });
  } else {
    events = engine::stepEvents(timeline, step);  // the current step's: free
    if (step == 1) look(timeline.initialState(), {});
    else timeline.visitSteps(step - 1, step - 1, [&](const SlabState& s, const auto&, const auto& e) { look(s, e); });
  }
  SlabStepPlan plan = forward ? SlabStepPlan::build(otherLayout, other, m_layout, m_shown, m_layout, events)
                              : SlabStepPlan::build(m_layout, m_shown, otherLayout, other, m_layout, events);
  if (plan.flights.empty()) return;
  for (const auto& row : m_rows)
    for (QGraphicsItem* item : row->hideSlabs(plan.moving)) m_hiddenDuringFlight.push_back(item);
  const double stretch = std::clamp(0.6 + 0.4 * plan.phases, 1.0, 3.0);
  m_player->play(std::move(plan.flights), static_cast<int>(m_durationMs * stretch), forward);
}

void SlabScene::retranslate() { refresh(); }

const SlabCacheRow* SlabScene::rowNamed(const QString& cache) const {
  for (const auto& row : m_rows)
    if (row->name() == cache) return row.get();
  return nullptr;
}

bool SlabScene::isFolded(const QString& cache) const {
  const SlabCacheRow* row = rowNamed(cache);
  return row && row->folded();
}

QStringList SlabScene::summaryOf(const QString& cache) const {
  const SlabCacheRow* row = rowNamed(cache);
  return row ? row->summaryTexts() : QStringList();
}

QStringList SlabScene::cacheNames() const {
  QStringList names;
  for (const auto& row : m_rows)
    if (!row->name().isEmpty()) names << row->name();
  return names;
}

const SlabStripItem* SlabScene::stripItem(const QString& cache, Pfn pfn) const {
  const SlabCacheRow* row = rowNamed(cache);
  if (!row) return nullptr;
  for (const SlabStripItem* strip : row->visibleStrips())
    if (strip->strip().pfn == pfn) return strip;
  return nullptr;
}

QStringList SlabScene::listPfns(const QString& cache, SlabList list) const {
  QStringList out;
  const auto id = m_simulation.timeline().state().cacheNamed(cache.toStdString());
  const int row = id ? m_shown.rowOf(*id) : -1;
  if (row < 0) return out;
  for (const SlabStrip& strip : m_shown.list(row, list).slabs) out << QString::number(strip.pfn);
  return out;
}

QString SlabScene::moreText(const QString& cache, SlabList list) const {
  const SlabCacheRow* row = rowNamed(cache);
  return row ? row->moreText(list) : QString();
}

QString SlabScene::outcomeText() const { return m_outcome->text(); }

QStringList SlabScene::contentSignature() const {
  QStringList out;
  for (QGraphicsItem* item : items(Qt::AscendingOrder)) {
    if (!item->isVisible()) continue;
    if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item)) {
      out << text->text();
    } else if (item->type() == SlabStripItem::Type) {
      const auto* strip = static_cast<const SlabStripItem*>(item);
      const SlabStrip& s = strip->strip();
      QString cells;
      for (std::size_t i = 0; i < s.cells.size(); ++i)
        cells += s.cells[i] == SlabStrip::Cell::Used ? QStringLiteral("[%1]").arg(s.tags[i])
                 : s.cells[i] == SlabStrip::Cell::Free ? QStringLiteral("_")
                                                       : QStringLiteral("≡");
      const QRectF r = strip->rect();
      out << QStringLiteral("slab %1/%2 at %3,%4 colour %5 next %6 lit %7 %8")
                 .arg(s.cache)
                 .arg(s.pfn)
                 .arg(r.x())
                 .arg(r.y())
                 .arg(s.colour)
                 .arg(s.next)
                 .arg(strip->highlightedObject())
                 .arg(cells);
    } else if (item->type() == MemoryBarItem::Type) {
      for (const BarSpan& span : m_bar->spans())
        out << QStringLiteral("pages %1+%2 %3 %4").arg(span.first).arg(span.pages).arg(span.label, span.item ? QStringLiteral("cache %1").arg(*span.item) : span.fill.name());
    }
  }
  return out;
}

}  // namespace oslens::views

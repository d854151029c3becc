#include "views/buddy/buddy_scene.h"

#include <QGraphicsPathItem>
#include <QLocale>
#include <algorithm>
#include <set>
#include <unordered_map>

#include "engine/core/overloaded.h"
#include "engine/core/step_frame.h"
#include "engine/memory/buddy/buddy_metrics.h"
#include "views/kit/bar_span.h"
#include "views/buddy/buddy_narrator.h"
#include "views/kit/buddy_palette.h"
#include "views/buddy/buddy_step_plan.h"
#include "views/kit/flight_player.h"
#include "views/kit/memory_bar_item.h"
#include "views/kit/pfn_scale.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::buddy;

namespace {
// Vertical layout of the header, in scene units.
constexpr qreal kSubtitleY = 38;
constexpr qreal kConventionY = 66;
constexpr qreal kPickY = 90;
constexpr qreal kStatsY = 126;
constexpr qreal kStepY = 190;
constexpr qreal kOutcomeY = 220;
constexpr qreal kRowsCaptionY = 266;
// Rows start under the caption, and under the zone names when there are several zones.
constexpr qreal kRowsTop = 302;
constexpr qreal kRowsTopWithZones = 338;
// Bar spans narrower than this are drawn together (BarSpan::fromBlocks).
constexpr double kMinSpanWidth = 3;

std::uint64_t pagesOf(Order order) { return std::uint64_t{1} << order; }

QString pageSizeText(std::uint32_t bytes) {
  return bytes % 1024 == 0 ? BuddyScene::tr("%1 KiB").arg(bytes / 1024) : BuddyScene::tr("%1 bytes").arg(bytes);
}
// A free block's box is labelled with its first pfn: past 99,999 pages the number has six or
// seven digits, which a 14-point bold label would push out of the box.
QFont boxLabelFont(std::uint64_t totalPages) { return ViewPalette::font(totalPages > 100'000 ? 11.5 : 14, true); }
}  // namespace

BuddyScene::BuddyScene(const BuddySimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  const auto& config = simulation.timeline().state().memory.config();
  m_layout = BuddyLayout(config, config.zones.size() > 1 ? kRowsTopWithZones : kRowsTop);
  m_player = new FlightPlayer(this, this);
  connect(m_player, &FlightPlayer::finished, this, [this] { finishAnimations(); });
  buildItems();
  refresh();
}

// The moving boxes are the player's; take them off the scene before it deletes its items.
BuddyScene::~BuddyScene() { m_player->finish(); }

bool BuddyScene::isAnimating() const { return m_player->running(); }

void BuddyScene::buildItems() {
  m_title = markSceneTitle(addCaption(*this, {0, 0}, ViewPalette::font(20, true), ViewPalette::ink()));
  m_subtitle = addCaption(*this, {0, kSubtitleY}, ViewPalette::font(13), ViewPalette::ink());
  m_convention = addCaption(*this, {0, kConventionY}, ViewPalette::font(11.5), ViewPalette::muted().darker(165));
  m_pickRule = addCaption(*this, {0, kPickY}, ViewPalette::font(11.5), ViewPalette::muted().darker(165));
  const qreal statX[] = {0, 250, 560, 880};
  for (qreal x : statX) {
    Stat stat;
    stat.caption = addCaption(*this, {x, kStatsY}, ViewPalette::font(12), ViewPalette::muted().darker(165));
    stat.value = addCaption(*this, {x, kStatsY + 20}, ViewPalette::font(19, true), ViewPalette::ink());
    m_stats.push_back(stat);
  }
  m_stepLine = addCaption(*this, {0, kStepY}, ViewPalette::font(14), ViewPalette::ink());
  m_outcome = addCaption(*this, {0, kOutcomeY}, ViewPalette::font(14, true), ViewPalette::ink());
  m_rowsCaption = addCaption(*this, {0, kRowsCaptionY}, ViewPalette::font(12.5, true), ViewPalette::ink());

  const int zones = m_layout.zoneCount();
  if (zones > 1)
    for (int z = 0; z < zones; ++z)
      m_zoneHeaders.push_back(addCaption(*this, {m_layout.zoneLeft(z) + 14, m_layout.rowTop(0) - 32}, ViewPalette::font(12.5, true), ViewPalette::ink()));

  const QFont boxFont = boxLabelFont(m_simulation.timeline().state().memory.totalPages());
  m_player->setLabelFont(boxFont);
  for (int row = 0; row < m_layout.rowCount(); ++row) {
    RowLabel label;
    label.title = addCaption(*this, {0, m_layout.rowTop(row) + 6}, ViewPalette::font(13.5, true), ViewPalette::ink());
    label.count = addCaption(*this, {0, m_layout.rowTop(row) + 29}, ViewPalette::font(12), ViewPalette::muted().darker(165));
    m_rowLabels.push_back(label);
  }
  m_cells.resize(static_cast<std::size_t>(zones));
  for (int z = 0; z < zones; ++z) {
    for (int row = 0; row < m_layout.rowCount(); ++row) {
      Cell cell;
      cell.band = addRect(m_layout.cellRect(z, row), Qt::NoPen, Qt::NoBrush);
      cell.band->setZValue(-1);
      // The order a row's boxes are placed at: any order that maps to this row will do.
      const int order = m_layout.orderAt(row) < 0 ? m_layout.orderCount() - 1 : m_layout.orderAt(row);
      const QRectF lane = m_layout.laneRect(z, order);
      // Starts a little left of the lane so that "nr_free 1023" stays clear of the first box.
      cell.laneText = addCaption(*this, lane.topLeft() + QPointF(-8, 10), ViewPalette::font(12.5), ViewPalette::muted().darker(165));
      const QRectF first = m_layout.slotRect(z, order, 0);
      cell.empty = addCaption(*this, first.topLeft() + QPointF(4, 8), ViewPalette::font(13.5), ViewPalette::muted());
      const int boxes = m_layout.orderAt(row) < 0 ? 0 : m_layout.boxesPerRow();
      for (int i = 0; i < boxes; ++i) {
        const QRectF r = m_layout.slotRect(z, order, i);
        cell.boxes.push_back(addLabelledBox(*this, r, boxFont));
        const QPointF from(r.right() + 3, r.center().y()), to(r.right() + BuddyLayout::kSlotWidth - BuddyLayout::kBoxWidth - 3, r.center().y());
        cell.arrows.push_back(addPath(arrowPath(from, to), ViewPalette::pen(ViewPalette::ink(), 1.6)));
      }
      const QRectF more = m_layout.slotRect(z, order, m_layout.boxesPerRow());
      cell.more = addCaption(*this, more.topLeft() + QPointF(2, 9), ViewPalette::font(12.5, true), ViewPalette::ink());
      m_cells[static_cast<std::size_t>(z)].push_back(cell);
    }
    auto* arrow = addPath(QPainterPath(), ViewPalette::pen(ViewPalette::current(), 3.5));
    arrow->setZValue(5);
    m_searchArrows.push_back(arrow);
  }
  buildBarItems();
}

void BuddyScene::buildBarItems() {
  const auto& memory = m_simulation.timeline().state().memory;
  const auto& config = memory.config();
  const qreal barTop = m_layout.barTop();
  const qreal width = m_layout.barWidth();
  m_barCaption = addCaption(*this, {0, m_layout.rowsBottom() + 16}, ViewPalette::font(12.5, true), ViewPalette::ink());
  m_bar = new MemoryBarItem(width, BuddyLayout::kBarHeight, memory.totalPages());
  m_bar->setPos(0, barTop);
  addItem(m_bar);

  // Zones: a boundary line at each start and the zone's name over its part of the bar.
  if (config.zones.size() > 1) {
    for (std::size_t z = 0; z < config.zones.size(); ++z) {
      const qreal x = m_layout.xOfPfn(config.zones[z].startPfn);
      if (z > 0) addLine(x, barTop - 30, x, barTop + BuddyLayout::kBarHeight + 10, ViewPalette::pen(ViewPalette::ink(), 2.5, Qt::DashLine))->setZValue(3);
      m_barZoneLabels.push_back(addCaption(*this, {x + 6, barTop - 28}, ViewPalette::font(12, true), ViewPalette::ink()));
    }
  }

  // pfn scale under the bar.
  m_ticks = addPfnScale(*this, width, memory.totalPages(), barTop + BuddyLayout::kBarHeight);
  const std::uint64_t total = memory.totalPages();
  const double perPage = width / static_cast<double>(std::max<std::uint64_t>(total, 1));
  const qreal tickY = barTop + BuddyLayout::kBarHeight + 4;

  // Legend.
  const qreal legendY = tickY + 40;
  qreal x = 0;
  auto legend = [&](const QPen& pen, const QBrush& brush) {
    auto* swatch = addRect(QRectF(x, legendY, 30, 20), pen, brush);
    auto* text = addCaption(*this, {x + 38, legendY}, ViewPalette::font(11.5), ViewPalette::ink());
    m_legend.emplace_back(swatch, text);
  };
  legend(ViewPalette::pen(BuddyPalette::freeLine(), 1.5), BuddyPalette::freeFill());
  legend(ViewPalette::pen(BuddyPalette::usedLine(), 1.5), BuddyPalette::usedFill());
  legend(ViewPalette::pen(ViewPalette::current(), 4), Qt::NoBrush);
  if (perPage * 1 < kMinSpanWidth) legend(Qt::NoPen, BuddyPalette::mixed(0.5));
  setSceneRect(-28, -28, m_layout.contentWidth() + 56, legendY + 20 + 56);
  m_header.addRow({m_title}, true);
  m_header.addRow({m_subtitle}, true);
  m_header.addRow({m_convention}, true);
  m_header.addRow({m_pickRule}, true);
  std::vector<QGraphicsItem*> stats;
  for (const Stat& stat : m_stats) stats.insert(stats.end(), {stat.caption, stat.value});
  m_header.addRow(std::move(stats), false);
  m_header.addRow({m_stepLine}, true);
  m_header.addRow({m_outcome}, true);
  m_header.setFullRect(sceneRect(), kRowsCaptionY);
}

QString BuddyScene::tagName(TagId tag) const { return QString::fromStdString(m_simulation.timeline().state().tagName(tag)); }

std::optional<Order> BuddyScene::lastRequestedOrder() const {
  const auto& ops = m_simulation.timeline().ops();
  for (std::size_t i = m_simulation.position(); i-- > 0;)
    if (const auto* alloc = std::get_if<AllocOp>(&ops[i])) return alloc->order;
  return std::nullopt;
}

void BuddyScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_header.apply(*this, presentation);
  finishAnimations();  // a flight drawn in the old type would land among texts of the new
  refresh();  // sets the type and lays out what depends on its size (centred labels, the legend)
}

void BuddyScene::refresh() {
  m_type.apply(*this, m_presentation);
  m_bar->setSmallPrintFloor(m_presentation ? m_type.floorPoints() : 0);
  m_rows = FreeAreaRows(m_simulation.timeline().state().memory, static_cast<std::size_t>(m_layout.boxesPerRow()));
  refreshTitles();
  refreshStats(m_simulation.timeline().state());
  refreshStepOutcome();
  const StepHighlights highlights = stepHighlights();
  refreshRows(highlights);
  refreshSearchArrows(highlights);
  refreshBar();
}

void BuddyScene::refreshTitles() {
  const auto& memory = m_simulation.timeline().state().memory;
  const auto& config = memory.config();
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  if (config.zones.size() == 1) {
    m_subtitle->setText(tr("%1 pages of %2 · step %3 of %4")
                            .arg(memory.totalPages())
                            .arg(pageSizeText(config.pageSize))
                            .arg(m_simulation.position())
                            .arg(m_simulation.stepCount()));
  } else {
    QStringList names;
    for (const auto& zone : config.zones) names << QString::fromStdString(zone.name);
    // The zones are the scenario's names, Latin or Chinese: typeset once they are in.
    m_subtitle->setText(typesetChinese(tr("%1 pages of %2 in the zones %3 · step %4 of %5")
                                           .arg(memory.totalPages())
                                           .arg(pageSizeText(config.pageSize))
                                           //: Separator between zone names in a list ("DMA, Normal"); Chinese uses "、".
                                           .arg(names.join(tr(", ")))
                                           .arg(m_simulation.position())
                                           .arg(m_simulation.stepCount())));
  }
  m_convention->setText(tr("max_order = %1: orders 0–%2 (classic MAX_ORDER; Linux ≥ 6.8 calls the largest order "
                           "MAX_PAGE_ORDER = %2)")
                            .arg(config.maxOrder)
                            .arg(config.maxOrder - 1));
  m_pickRule->setText(config.pick == PickRule::Lifo
                          ? tr("Pick rule: LIFO, as Linux does — take the head of a list; split-off and freed "
                               "blocks go to the head")
                          : tr("Pick rule: lowest address first, as textbooks draw it — each list is kept in "
                               "address order"));
}

void BuddyScene::refreshStats(const engine::buddy::BuddyState& state) {
  const auto& memory = state.memory;
  const QLocale locale;
  m_stats[0].caption->setText(tr("Free pages"));
  m_stats[0].value->setText(tr("%1 of %2").arg(memory.freePages()).arg(memory.totalPages()));
  const int largest = memory.largestFreeOrder();
  m_stats[1].caption->setText(tr("Largest free block"));
  m_stats[1].value->setText(largest < 0 ? tr("none")
                                        : tr("order %1 · %2")
                                              .arg(largest)
                                              .arg(BuddyNarrator::pagesText(pagesOf(static_cast<Order>(largest)))));
  m_stats[2].caption->setText(tr("Internal fragmentation"));
  m_stats[2].value->setText(tr("%1 bytes").arg(locale.toString(static_cast<qulonglong>(state.wastedBytes))));
  if (const auto order = lastRequestedOrder()) {
    m_stats[3].caption->setText(tr("Unusable free index, order %1").arg(*order));
    m_stats[3].value->setText(locale.toString(unusableIndexPermille(memory, *order) / 1000.0, 'f', 3));
  } else {
    m_stats[3].caption->setText(tr("Unusable free index"));
    m_stats[3].value->setText(tr("no request yet"));
  }
}

// The step and its outcome, in a line each.
void BuddyScene::refreshStepOutcome() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  const auto& config = state.memory.config();
  const QLocale locale;
  m_failed = false;
  m_outcome->setText(QString());
  const auto* op = timeline.lastOp();
  if (!op) {
    m_stepLine->setText(tr("Start: each zone is cut into the largest aligned free blocks."));
    return;
  }
  const QStringList sentences = BuddyNarrator::narrate(m_simulation.position() - 1, state, *op, timeline.lastEvents());
  // Names and phrases fill these sentences' %1s: typeset them as the narration is.
  m_stepLine->setText(typesetChinese(joinSentences(sentences.mid(0, 2))));
  int merges = 0;
  ZoneIndex requestedZone = 0;
  for (const auto& e : timeline.lastEvents()) {
    std::visit(engine::Overloaded{
                   [&](const BlockAllocated& a) {
                     QString text = tr("→ %1 gets %2 (order %3).").arg(tagName(a.tag), BuddyNarrator::blockText(a.pfn, a.order)).arg(a.order);
                     if (a.wastedBytes > 0)
                       text = appendSentence(text, tr("%1 bytes of it are wasted.").arg(locale.toString(static_cast<qulonglong>(a.wastedBytes))));
                     m_outcome->setText(typesetChinese(text));
                   },
                   [&](const AllocRequested& r) { requestedZone = r.zone; },
                   [&](const AllocFailed& f) {
                     m_failed = true;
                     // A shortage or fragmentation, in the zones the request may use.
                     m_outcome->setText(typesetChinese(
                         QStringLiteral("✗ ") + BuddyNarrator::failureText(f, requestedZone, config, tagName(f.tag), &state.memory)));
                   },
                   [&](const BuddiesMerged&) { ++merges; },
                   [&](const BlockFreed& f) {
                     const QString block = BuddyNarrator::blockText(f.pfn, f.order);
                     m_outcome->setText(typesetChinese(
                         merges == 0   ? tr("→ Back on free_area[%1]: %2, with no merge.").arg(f.order).arg(block)
                         : merges == 1 ? tr("→ Back on free_area[%1]: %2, after one merge.").arg(f.order).arg(block)
                                       : tr("→ Back on free_area[%1]: %2, after %3 merges.").arg(f.order).arg(block).arg(merges)));
                   },
                   [&](const TagError& t) {
                     m_failed = true;
                     const QStringList said = BuddyNarrator::sentences({t}, config, [this](TagId id) { return tagName(id); });
                     m_outcome->setText(typesetChinese(QStringLiteral("✗ ") + said.value(0)));
                   },
                   [](const auto&) {},
               },
               e);
  }
  m_outcome->setBrush(m_failed ? ViewPalette::fault() : ViewPalette::hit());
}

BuddyScene::StepHighlights BuddyScene::stepHighlights() const {
  const auto& timeline = m_simulation.timeline();
  const auto& memory = timeline.state().memory;
  StepHighlights h;
  for (const auto& e : timeline.lastEvents()) {
    if (const auto* r = std::get_if<AllocRequested>(&e)) h.requested = {r->zone, r->order};
    if (const auto* s = std::get_if<OrderSearched>(&e)) h.searched.push_back(*s);
    if (const auto* t = std::get_if<BlockTaken>(&e)) h.landingRow = {t->zone, m_layout.rowOf(t->order)};
    if (const auto* s = std::get_if<BlockSplit>(&e)) h.newBlocks.insert(s->upperPfn);
    if (const auto* m = std::get_if<BuddiesMerged>(&e)) h.touchedRows.insert({memory.zoneOf(m->pfn), m_layout.rowOf(m->order)});
    if (const auto* f = std::get_if<BlockFreed>(&e)) {
      h.newBlocks.insert(f->pfn);
      h.landingRow = {f->zone, m_layout.rowOf(f->order)};
    }
    h.failed = h.failed || std::holds_alternative<AllocFailed>(e);
  }
  for (const auto& s : h.searched) h.searchedRows.insert({s.zone, m_layout.rowOf(s.order)});
  return h;
}

void BuddyScene::refreshRows(const StepHighlights& h) {
  const auto& memory = m_simulation.timeline().state().memory;
  const auto& config = memory.config();
  const int zones = m_layout.zoneCount();
  const auto& requested = h.requested;
  const auto& searchedRows = h.searchedRows;
  const auto& touchedRows = h.touchedRows;
  const auto& landingRow = h.landingRow;
  const auto& newBlocks = h.newBlocks;
  const bool failed = h.failed;

  m_rowsCaption->setText(config.pick == PickRule::Lifo
                             ? tr("free_area[order]: the free lists, head first · each box is a free block, labelled "
                                  "with its first pfn")
                             : tr("free_area[order]: the free lists, lowest address first · each box is a free "
                                  "block, labelled with its first pfn"));
  for (int z = 0; z < zones; ++z)
    if (z < static_cast<int>(m_zoneHeaders.size())) {
      const auto& zone = config.zones[static_cast<std::size_t>(z)];
      // The zone's name is the scenario's, Latin ("DMA") or Chinese: typeset once it is in.
      m_zoneHeaders[static_cast<std::size_t>(z)]->setText(typesetChinese(
          tr("Zone %1 · pfn %2–%3").arg(QString::fromStdString(zone.name)).arg(zone.startPfn).arg(qulonglong{zone.startPfn} + zone.pages - 1)));
    }

  for (int row = 0; row < m_layout.rowCount(); ++row) {
    const int order = m_layout.orderAt(row);
    const bool isCollapsed = order < 0;
    RowLabel& label = m_rowLabels[static_cast<std::size_t>(row)];
    if (isCollapsed) {
      const int from = m_layout.topDrawnOrder() + 1, to = m_layout.orderCount() - 1;
      label.title->setText(from == to ? tr("order %1").arg(from) : tr("orders %1–%2").arg(from).arg(to));
      label.count->setText(tr("no block this large fits: always empty"));
    } else {
      label.title->setText(tr("order %1 · %2").arg(order).arg(BuddyNarrator::pagesText(pagesOf(static_cast<Order>(order)))));
      const qulonglong count = memory.nrFree(static_cast<Order>(order));
      label.count->setText(zones == 1 ? tr("nr_free %1").arg(count) : tr("nr_free %1 in all zones").arg(count));
    }
    const bool requestedRow = requested && m_layout.rowOf(requested->second) == row;
    label.title->setBrush(requestedRow ? (failed ? ViewPalette::fault() : ViewPalette::current().darker(150)) : ViewPalette::ink());

    for (int z = 0; z < zones; ++z) {
      Cell& cell = m_cells[static_cast<std::size_t>(z)][static_cast<std::size_t>(row)];
      const std::pair<ZoneIndex, int> key{static_cast<ZoneIndex>(z), row};
      const bool wasSearched = searchedRows.count(key) > 0;
      const bool isRequested = requested && requested->first == z && requestedRow;
      // Bands: the rows the search looked at (red when it found nothing), the row a block came
      // from or went to, the rows a free merged through; the requested order outlined.
      QBrush band = row % 2 == 1 ? QBrush(BuddyPalette::stripe()) : QBrush(Qt::NoBrush);
      if (wasSearched || touchedRows.count(key)) band = failed ? QBrush(ViewPalette::faultFill()) : QBrush(BuddyPalette::searchedBand());
      if (landingRow == key) band = QBrush(BuddyPalette::requestedBand());
      cell.band->setBrush(band);
      cell.band->setPen(isRequested ? ViewPalette::pen(failed ? ViewPalette::fault() : ViewPalette::current(), 3) : QPen(Qt::NoPen));

      if (isCollapsed) {
        cell.laneText->setText(QString());
        cell.more->setText(QString());
        cell.empty->setText(wasSearched && failed ? tr("empty ✗") : tr("empty"));
        cell.empty->setBrush(wasSearched && failed ? ViewPalette::fault() : ViewPalette::muted());
        continue;
      }
      const FreeAreaRows::Row& list = m_rows.row(static_cast<ZoneIndex>(z), static_cast<Order>(order));
      cell.laneText->setText(zones > 1 ? tr("nr_free %1").arg(list.count) : QString());
      for (std::size_t i = 0; i < cell.boxes.size(); ++i) {
        LabelledBox& box = cell.boxes[i];
        const bool shown = i < list.head.size();
        box.box->setVisible(shown);
        cell.arrows[i]->setVisible(shown && (i + 1 < list.head.size() || list.count > list.head.size()));
        if (!shown) continue;
        const Pfn pfn = list.head[i];
        box.setText(QString::number(pfn));
        const bool fresh = newBlocks.count(pfn) > 0;
        box.setStyle(fresh ? ViewPalette::pen(ViewPalette::current(), 4) : ViewPalette::pen(BuddyPalette::freeLine(), 2), BuddyPalette::freeFill(),
                     ViewPalette::ink());
      }
      const std::uint64_t hidden = list.count - list.head.size();
      cell.more->setText(hidden > 0 ? tr("+ %1 more").arg(QLocale().toString(static_cast<qulonglong>(hidden))) : QString());
      cell.empty->setText(list.count == 0 ? (wasSearched && failed ? tr("empty ✗") : tr("empty")) : QString());
      cell.empty->setBrush(wasSearched && failed ? ViewPalette::fault() : ViewPalette::muted());
    }
  }
}

// The search climbing the orders, one arrow per zone it looked in.
void BuddyScene::refreshSearchArrows(const StepHighlights& h) {
  for (int z = 0; z < m_layout.zoneCount(); ++z) {
    int low = -1, high = -1;
    for (const auto& s : h.searched)
      if (s.zone == z) {
        const int row = m_layout.rowOf(s.order);
        low = low < 0 ? row : std::max(low, row);
        high = high < 0 ? row : std::min(high, row);
      }
    QGraphicsPathItem* arrow = m_searchArrows[static_cast<std::size_t>(z)];
    arrow->setVisible(low >= 0 && low != high);
    if (!arrow->isVisible()) continue;
    const qreal x = m_layout.zoneLeft(z) + 5;
    const qreal from = m_layout.rowTop(low) + BuddyLayout::kRowHeight / 2;
    const qreal to = m_layout.rowTop(high) + 12;
    arrow->setPath(arrowPath({x, from}, {x, to}, 10));
    arrow->setPen(ViewPalette::pen(h.failed ? ViewPalette::fault() : ViewPalette::current(), 3.5));
  }
}

void BuddyScene::refreshBar() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  const auto& memory = state.memory;
  const auto& config = memory.config();
  m_barCaption->setText(tr("Physical memory, pfn 0–%1: every block at its address, its width in proportion to its size")
                            .arg(memory.totalPages() - 1));
  for (std::size_t z = 0; z < m_barZoneLabels.size(); ++z) {
    QGraphicsSimpleTextItem* label = m_barZoneLabels[z];
    label->setText(QString::fromStdString(config.zones[z].name));
    // A small zone at the top of memory has no room after its boundary: end its name at the bar's end.
    const qreal start = m_layout.xOfPfn(config.zones[z].startPfn) + 6;
    label->setX(std::min(start, m_layout.barWidth() - label->boundingRect().width() - 8));
  }

  std::vector<BarSpan> spans = BarSpan::fromBlocks(memory.blocks(), memory.totalPages(), m_layout.barWidth(), kMinSpanWidth);
  // Used blocks wide enough for a label get their tag: pfn -> tag from the live tags.
  bool anyLabel = false;
  for (const BarSpan& s : spans) anyLabel = anyLabel || (s.kind == BarSpan::Kind::Used && s.blockCount == 1 && m_layout.xOfPfn(static_cast<double>(s.pages)) >= 14);
  if (anyLabel) {
    std::unordered_map<Pfn, TagId> owner;
    for (TagId id = 0; id < state.tags.size(); ++id)
      if (state.tags[id].status == TagSlot::Status::Live) owner.emplace(state.tags[id].pfn, id);
    for (BarSpan& s : spans)
      if (s.kind == BarSpan::Kind::Used && s.blockCount == 1)
        if (auto it = owner.find(s.first); it != owner.end()) s.label = tagName(it->second);
  }
  m_bar->setSpans(std::move(spans));
  m_bar->setWords(tr("free"), tr("order %1"));

  std::vector<std::pair<Pfn, std::uint64_t>> changed;
  for (const auto& e : timeline.lastEvents()) {
    if (const auto* a = std::get_if<BlockAllocated>(&e)) changed.emplace_back(a->pfn, pagesOf(a->order));
    if (const auto* f = std::get_if<BlockFreed>(&e)) changed.emplace_back(f->pfn, pagesOf(f->order));
  }
  m_bar->setHighlights(std::move(changed));

  const QString legendTexts[] = {tr("free block"), tr("allocated block: its tag and order"), tr("changed by this step"),
                                 tr("blocks too small to draw one by one: the greener, the more of them is free")};
  for (std::size_t i = 0; i < m_legend.size(); ++i) m_legend[i].second->setText(legendTexts[i]);
  // Lay the legend out in a line, each entry as wide as its text.
  qreal x = 0;
  for (auto& [swatch, text] : m_legend) {
    swatch->setRect(QRectF(x, swatch->rect().y(), 30, 20));
    text->setPos(x + 38, text->pos().y());
    x += 38 + text->boundingRect().width() + 36;
  }
}

void BuddyScene::showPosition(int from, int to, bool animate) {
  finishAnimations();
  refresh();
  if (animate && std::abs(to - from) == 1 && m_durationMs > 0) animateStep(from, to);
}

void BuddyScene::finishAnimations() {
  m_player->finish();
  for (QGraphicsItem* item : m_hiddenDuringFlight) item->setVisible(true);
  m_hiddenDuringFlight.clear();
  if (m_statsBeforeStep) {
    m_statsBeforeStep = false;
    refreshStats(m_simulation.timeline().state());
  }
  m_bar->setGhost(std::nullopt);
}

// One step forwards plays the step's plan; one step back plays it in reverse, ending on the state
// shown. Boxes the plan brings in (or, backwards, takes back) are hidden until the flight lands.
void BuddyScene::animateStep(int from, int to) {
  const auto& timeline = m_simulation.timeline();
  const bool forward = to > from;
  const std::size_t step = static_cast<std::size_t>(forward ? to : from);
  const std::size_t shown = static_cast<std::size_t>(m_layout.boxesPerRow());

  FreeAreaRows other;
  std::set<std::pair<Order, Pfn>> notInOther;  // free blocks drawn now that the other state lacks
  auto compare = [&](const BuddyAllocator& otherMemory) {
    other = FreeAreaRows(otherMemory, shown);
    const auto& pages = otherMemory.pages();
    for (int z = 0; z < m_layout.zoneCount(); ++z)
      for (int o = 0; o <= m_layout.topDrawnOrder(); ++o)
        for (Pfn pfn : m_rows.row(static_cast<ZoneIndex>(z), static_cast<Order>(o)).head)
          if (pages[pfn].role != PageRole::FreeHead || pages[pfn].order != o) notInOther.insert({static_cast<Order>(o), pfn});
  };
  // The other side of the step and its events: one state copied, not the whole frame (a buddy
  // state of 2^20 pages is tens of MiB).
  const auto otherState = timeline.stateAt(forward ? step - 1 : step);
  compare(otherState.memory);
  const std::vector<BuddyEvent> events = engine::stepEvents(timeline, step);
  const FreeAreaRows& before = forward ? other : m_rows;
  const FreeAreaRows& after = forward ? m_rows : other;
  BuddyStepPlan plan = BuddyStepPlan::build(m_layout, before, after, events, [this](TagId id) { return tagName(id); });
  if (plan.flights.empty()) return;

  for (int z = 0; z < m_layout.zoneCount(); ++z)
    for (int o = 0; o <= m_layout.topDrawnOrder(); ++o) {
      const auto& list = m_rows.row(static_cast<ZoneIndex>(z), static_cast<Order>(o));
      Cell& cell = m_cells[static_cast<std::size_t>(z)][static_cast<std::size_t>(m_layout.rowOf(o))];
      for (std::size_t i = 0; i < list.head.size() && i < cell.boxes.size(); ++i)
        if (notInOther.count({static_cast<Order>(o), list.head[i]})) {
          cell.boxes[i].box->setVisible(false);
          m_hiddenDuringFlight.push_back(cell.boxes[i].box);
        }
    }
  if (forward) {
    // No spoilers: while the step plays, the figures are those before it and the outcome line
    // waits; both come when the blocks have landed.
    refreshStats(otherState);
    m_statsBeforeStep = true;
    if (m_outcome->isVisible()) {
      m_outcome->setVisible(false);
      m_hiddenDuringFlight.push_back(m_outcome);
    }
  }
  m_bar->setGhost(plan.ghost);
  const double stretch = std::clamp(0.5 + 0.4 * plan.phases, 1.0, 3.5);
  m_player->play(std::move(plan.flights), static_cast<int>(m_durationMs * stretch), forward);
}

void BuddyScene::retranslate() { refresh(); }

QStringList BuddyScene::visibleTexts() const {
  QStringList texts;
  for (QGraphicsItem* item : items(Qt::AscendingOrder)) {
    if (!item->isVisible()) continue;
    if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item)) texts << text->text();
  }
  return texts;
}

QStringList BuddyScene::freeBlockLabels(int zone, int order) const {
  QStringList out;
  if (zone < 0 || zone >= m_layout.zoneCount() || order < 0 || order > m_layout.topDrawnOrder()) return out;
  const Cell& cell = m_cells[static_cast<std::size_t>(zone)][static_cast<std::size_t>(m_layout.rowOf(order))];
  for (const LabelledBox& box : cell.boxes)
    if (box.box->isVisible()) out << box.label->text();
  return out;
}

QString BuddyScene::moreText(int zone, int order) const {
  if (zone < 0 || zone >= m_layout.zoneCount() || order < 0 || order > m_layout.topDrawnOrder()) return {};
  return m_cells[static_cast<std::size_t>(zone)][static_cast<std::size_t>(m_layout.rowOf(order))].more->text();
}

QString BuddyScene::outcomeText() const { return m_outcome->text(); }
bool BuddyScene::outcomeIsFailure() const { return m_failed; }

}  // namespace oslens::views

#include "views/freelist/heap_scene.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QVariantAnimation>
#include <algorithm>
#include <unordered_map>
#include <tuple>
#include <cmath>

#include "engine/core/step_frame.h"
#include "engine/memory/freelist/freelist_records.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/freelist/freelist_narrator.h"
#include "views/freelist/pointer_chips.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::freelist;

namespace {
// The picture's width and the vertical places of its parts, in scene units.
constexpr qreal kWidth = 1632;
constexpr qreal kRulesY = 38;
constexpr qreal kStatsY = 76;
constexpr qreal kStepY = 146;
constexpr qreal kStatColumns[] = {0, 300, 600, 900, 1260};
constexpr qreal kListCaptionY = 192;
constexpr qreal kBoxTop = 230;
constexpr qreal kBoxHeight = 76;
constexpr qreal kBoxWidth = 176;
constexpr qreal kSlot = 204;  // a box and the arrow to the next
constexpr qreal kIndexStrip = 24;  // the box's left edge: its place in the list
constexpr std::size_t kBoxesShown = 8;
constexpr qreal kVerdictY = kBoxTop + kBoxHeight + 8;
constexpr qreal kBarTop = 440;
constexpr qreal kBarHeight = 104;
constexpr qreal kAddressY = kBarTop + kBarHeight + 8;
constexpr qreal kBarCaptionY = kAddressY + 40;
constexpr qreal kPointersCaptionY = kBarCaptionY + 44;
constexpr qreal kPointersTop = kPointersCaptionY + 34;
constexpr qreal kChipHeight = 52;
constexpr std::size_t kMostChips = 12;
// Lists longer than this are not numbered on the bar (a heap of 10^4 blocks: the numbers would
// not fit, and finding them would cost every frame).
constexpr std::size_t kMostNumbered = 4096;
constexpr qreal kMappedTop = kPointersTop + kChipHeight + 78;
constexpr qreal kMappedHeight = 76;
constexpr qreal kMappedWidth = 260;
// Blocks narrower than this on the bar are drawn together (a heap of 10^4 blocks stays a few
// hundred items).
constexpr qreal kMinSpanWidth = 3;

// Free space is paper with a grey hatch: no tag colour (Paul Tol's twelve include a green) can be
// taken for it.
QColor freeFill() { return Qt::white; }
QColor freeLine() { return ViewPalette::ink(); }
QColor freeHatch() { return ViewPalette::muted(); }
// A free block's header (its size, and in OSTEP's picture the next pointer): light grey.
QColor freeHeader() { return ViewPalette::grid().darker(112); }

QPainterPath hatchPath(const QRectF& rect, const QRectF& hole) {
  QPainterPath path;
  for (const QLineF& line : ItemPalette::patternLines(ItemPalette::Pattern::BackwardDiagonal, rect, hole)) {
    path.moveTo(line.p1());
    path.lineTo(line.p2());
  }
  return path;
}

// `font`, smaller if need be (not under 11 pt) so that `text` fits in `width`: a 48-bit address
// in a list box.
QFont fittedFont(QFont font, const QString& text, qreal width) {
  while (font.pointSizeF() > 11 && QFontMetricsF(font).horizontalAdvance(text) > width) font.setPointSizeF(font.pointSizeF() - 0.5);
  return font;
}

}  // namespace

HeapScene::HeapScene(const FreelistSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation), m_extents(simulation) {
  setBackgroundBrush(Qt::white);
  m_animation = new QVariantAnimation(this);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
    if (m_beats.empty()) return;
    const auto n = m_beats.size();
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(std::max(0.0, value.toDouble())), n - 1);
    draw(m_beats[m_forward ? k : n - 1 - k]);
  });
  connect(m_animation, &QVariantAnimation::finished, this, [this] { finishAnimations(); });
  buildStaticItems();
  showRest();
}

HeapScene::~HeapScene() { m_animation->stop(); }

bool HeapScene::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

QString HeapScene::tagName(TagId tag) const { return QString::fromStdString(m_simulation.timeline().state().tagName(tag)); }

qreal HeapScene::xOf(Address address) const {
  const Address base = m_simulation.timeline().state().config->base;
  const double span = static_cast<double>(m_extent - base);
  return kWidth * static_cast<double>(std::min(address, m_extent) - std::min(address, base)) / span;
}

void HeapScene::buildStaticItems() {
  m_title = markSceneTitle(addCaption(*this, {0, 0}, ViewPalette::font(20, true), ViewPalette::ink()));
  m_rules = addCaption(*this, {0, kRulesY}, ViewPalette::font(13), ViewPalette::ink());
  for (qreal x : kStatColumns) {
    Stat stat;
    stat.caption = addCaption(*this, {x, kStatsY}, ViewPalette::font(12), ViewPalette::muted().darker(165));
    stat.value = addCaption(*this, {x, kStatsY + 22}, ViewPalette::font(19, true), ViewPalette::ink());
    m_stats.push_back(stat);
  }
  m_stepLine = addCaption(*this, {0, kStepY}, ViewPalette::font(14), ViewPalette::ink());
  m_listCaption = addCaption(*this, {0, kListCaptionY}, ViewPalette::font(13, true), ViewPalette::ink());
  m_barCaption = addCaption(*this, {0, kBarCaptionY}, ViewPalette::font(12.5), ViewPalette::muted().darker(165));
  m_pointersCaption = addCaption(*this, {0, kPointersCaptionY}, ViewPalette::font(13, true), ViewPalette::ink());
  const bool mapsChunks = m_simulation.timeline().state().config->mmapThreshold.has_value();
  if (mapsChunks) m_mappedCaption = addCaption(*this, {0, kMappedTop - 36}, ViewPalette::font(13, true), ViewPalette::ink());

  // The legend: a used block with its header, a free block, what the step did, the break.
  const qreal legendY = (mapsChunks ? kMappedTop + kMappedHeight : kPointersTop + kChipHeight) + 36;
  qreal x = 0;
  auto swatch = [&](QGraphicsItem* item, qreal width) {
    m_legend.push_back(item);
    auto* text = addCaption(*this, {x + width + 8, legendY}, ViewPalette::font(12), ViewPalette::ink());
    m_legendTexts.push_back(text);
    x += width + 8 + 250;
  };
  auto* used = addRect(QRectF(x, legendY, 40, 22), ViewPalette::pen(ItemPalette::outline(0), 1.5), ItemPalette::fill(0));
  addRect(QRectF(x, legendY, 8, 22), Qt::NoPen, ItemPalette::outline(0))->setParentItem(used);
  swatch(used, 40);
  auto* free = addRect(QRectF(x, legendY, 40, 22), ViewPalette::pen(freeLine(), 1.5), freeFill());
  auto* hatch = addPath(hatchPath(QRectF(x + 8, legendY, 32, 22), {}), ViewPalette::pen(freeHatch(), 1));
  hatch->setParentItem(free);
  addRect(QRectF(x, legendY, 8, 22), Qt::NoPen, freeHeader())->setParentItem(free);
  swatch(free, 40);
  swatch(addRect(QRectF(x, legendY, 40, 22), ViewPalette::pen(ViewPalette::current(), 4), Qt::NoBrush), 40);
  swatch(addLine(x + 20, legendY - 4, x + 20, legendY + 26, ViewPalette::pen(ViewPalette::fault(), 3.5)), 40);
  setSceneRect(-28, -28, kWidth + 56, legendY + 24 + 56);

  m_header.addRow({m_title}, true);
  m_header.addRow({m_rules}, false);
  std::vector<QGraphicsItem*> stats;
  for (const Stat& stat : m_stats) stats.insert(stats.end(), {stat.caption, stat.value});
  m_header.addRow(std::move(stats), false);
  m_header.addRow({m_stepLine}, true);
  m_header.setFullRect(sceneRect(), kListCaptionY - 6);
  retranslate();
}

void HeapScene::retranslate() {
  const FreelistState& s = m_simulation.timeline().state();
  const HeapConfig& c = *s.config;
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  QString rules = tr("%1 · free list %2 · header %3 · alignment %4 · coalescing %5")
                      .arg(FreelistNarrator::policyTitle(c.policy), FreelistNarrator::orderTitle(c.order),
                           FreelistNarrator::bytesText(c.header), FreelistNarrator::bytesText(c.align),
                           c.coalesce ? tr("on") : tr("off"));
  if (c.compat == Compat::Ostep) rules = tr("%1 · OSTEP malloc.py's rules").arg(rules);
  m_rules->setText(typesetChinese(rules));
  m_listCaption->setText(tr("Free list, from its head (each box: address · size)"));
  m_barCaption->setText(typesetChinese(tr("The heap from its base %1 to the program break; a used block starts with its header, which holds its size")
                                           .arg(FreelistNarrator::addressText(c.base))));
  if (m_mappedCaption) m_mappedCaption->setText(tr("Mapped chunks (mmap, each its own pages; not to scale)"));
  m_pointersCaption->setText(tr("The program's pointers (the tags), and what each holds"));
  const QStringList legend = {tr("used block · header"), tr("free block · header"), tr("what this step did"), tr("program break")};
  for (std::size_t i = 0; i < m_legendTexts.size(); ++i) m_legendTexts[i]->setText(legend.value(static_cast<int>(i)));
  if (isAnimating()) return;
  showRest();
}

void HeapScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_header.apply(*this, presentation);
  finishAnimations();
}

void HeapScene::showPosition(int from, int to, bool animate) {
  m_animation->stop();
  m_beats.clear();
  m_playing.reset();
  if (animate && std::abs(to - from) == 1 && m_beatMs > 0) {
    prepareBeats(from, to);
    // Backwards the walk is not played again (it belongs to the step being undone, not to the
    // state arrived at): the block goes back, the cut or the merges undone, in a beat each.
    if (!m_forward && m_beats.size() > 2)
      m_beats.erase(std::remove_if(m_beats.begin() + 1, m_beats.end() - 1, [](const HeapPicture& p) { return p.cursor && !p.splitAt; }),
                    m_beats.end() - 1);
    if (m_beats.size() > 1) {
      draw(m_beats[m_forward ? 0 : m_beats.size() - 1]);
      m_animation->setStartValue(0.0);
      m_animation->setEndValue(static_cast<double>(m_beats.size()));
      m_animation->setDuration(static_cast<int>(m_beats.size()) * m_beatMs);
      m_animation->start();
      return;
    }
  }
  showRest();
}

void HeapScene::prepareBeats(int from, int to) {
  m_forward = to > from;
  m_beatsFrom = static_cast<std::size_t>(std::min(from, to));
  const std::size_t step = static_cast<std::size_t>(m_forward ? to : from);
  const auto& timeline = m_simulation.timeline();
  auto frame = engine::stepFrame(timeline, step);
  m_playing = std::make_unique<Playing>(Playing{std::move(frame.before), std::move(frame.after), std::move(frame.events)});
  m_beats = heapBeats(m_playing->before, m_playing->events, m_playing->after);
}

void HeapScene::showBeat(std::size_t beat) {
  m_animation->stop();
  const int position = static_cast<int>(m_simulation.position());
  if (position == 0) return;
  prepareBeats(position - 1, position);
  if (beat < m_beats.size()) draw(m_beats[beat]);
}

void HeapScene::finishAnimations() {
  m_animation->stop();
  m_beats.clear();
  m_playing.reset();
  showRest();
}

void HeapScene::showRest() {
  const auto& timeline = m_simulation.timeline();
  draw(heapPictureOf(timeline.state(), timeline.lastEvents()));
}

void HeapScene::clearDynamic() {
  for (QGraphicsItem* item : m_dynamic) {
    removeItem(item);
    delete item;
  }
  m_dynamic.clear();
  m_listTexts.clear();
  m_verdictTexts.clear();
  m_barTexts.clear();
  m_pointerTexts.clear();
  m_unlabelled.clear();
}

// Texts placed by their measured size are made at the size presentation mode gives them, so
// that PresentationType finds nothing to enlarge after they are laid out.
QFont HeapScene::typeFont(qreal points, bool bold) const {
  return ViewPalette::font(m_presentation ? std::max(points, m_type.floorPoints()) : points, bold);
}

void HeapScene::draw(const HeapPicture& picture) {
  clearDynamic();
  // The bar's scale: the run so far, never the steps to come.
  m_extent = m_extents.at(m_beats.empty() ? m_simulation.position() : m_beatsFrom, picture.programBreak);
  drawHeader(picture);
  drawList(picture);
  drawBar(picture);
  drawPointers(picture);
  drawMapped(picture);
  m_type.apply(*this, m_presentation);
  // Centred labels grew from their old corner when the type changed: centre them again.
  for (QGraphicsItem* item : m_dynamic)
    if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->data(0).isValid()) centerOn(text, text->data(0).toPointF());
}

void HeapScene::drawHeader(const HeapPicture& picture) {
  // The figures of what the beat shows (the heap grown by an sbrk the walk has played, not yet
  // the block it will take): the picture and its figures never disagree, and neither tells more.
  const FreelistState& s = *picture.state;
  std::uint64_t free = 0, largest = 0, inUse = picture.mapped.size();
  for (const Block& b : picture.freeList) free += b.size, largest = std::max(largest, b.size);
  for (const auto& span : picture.blocks) inUse += !span.free;  // leaked blocks are in use too
  const double fragmentation = free == 0 ? 0.0 : std::round(1000.0 * (1.0 - static_cast<double>(largest) / static_cast<double>(free))) / 10.0;
  const QStringList captions = {tr("Heap"), tr("Free"), tr("Largest free block"), tr("External fragmentation"), tr("Blocks in use")};
  const QStringList values = {FreelistNarrator::bytesText(picture.programBreak - s.config->base),
                              tr("%1 in %2").arg(FreelistNarrator::bytesText(free), FreelistNarrator::blocksText(picture.freeList.size())),
                              FreelistNarrator::bytesText(largest), tr("%1%").arg(QString::number(fragmentation, 'f', 1)),
                              QString::number(inUse)};
  // Each figure at its column, or further right when the one before it is wide ("125,024 bytes in 1 block").
  qreal x = 0;
  for (std::size_t i = 0; i < m_stats.size(); ++i) {
    m_stats[i].caption->setText(typesetChinese(captions.value(static_cast<int>(i))));
    m_stats[i].value->setText(typesetChinese(values.value(static_cast<int>(i))));
    x = std::max(x, kStatColumns[i]);
    m_stats[i].caption->setX(x);
    m_stats[i].value->setX(x);
    x += std::max(m_stats[i].caption->boundingRect().width(), m_stats[i].value->boundingRect().width()) + 44;
  }
  const auto& timeline = m_simulation.timeline();
  const auto* op = timeline.lastOp();
  // At rest: no beat of a step is being shown (a beat is drawn before the animation starts, so
  // isAnimating() would not do).
  const bool atRest = m_beats.empty();
  if (!op) {
    m_stepLine->setText(tr("Start: one free block of %1 at %2.").arg(FreelistNarrator::bytesText(s.heap.heapSize), FreelistNarrator::addressText(s.config->base)));
    return;
  }
  QString line = tr("Step %1 of %2: %3").arg(m_simulation.position()).arg(m_simulation.stepCount()).arg(FreelistNarrator::opText(timeline.state(), *op));
  if (atRest)
    for (const auto& e : timeline.lastEvents()) {
      if (const auto* a = std::get_if<BlockAllocated>(&e)) line = tr("%1 → %2").arg(line, FreelistNarrator::addressText(a->address));
      else if (std::holds_alternative<MallocFailed>(e)) line = tr("%1 → NULL").arg(line);
      else if (std::holds_alternative<BadPointer>(e)) line = tr("%1 → error: not a block in use").arg(line);
    }
  m_stepLine->setText(typesetChinese(line));
  // What went wrong, in the picture itself (the step line is the window's, not the wall's).
  QString badge;
  if (atRest)
    for (const auto& e : timeline.lastEvents()) {
      if (const auto* f = std::get_if<MallocFailed>(&e)) badge = tr("✗ %1 = NULL: no free block holds %2").arg(tagName(f->tag), FreelistNarrator::bytesText(f->size));
      else if (const auto* b = std::get_if<BadPointer>(&e))
        badge = b->problem == PointerProblem::DoubleFree     ? tr("✗ free(%1): freed already, a double free").arg(tagName(b->tag))
                : b->problem == PointerProblem::UseAfterFree ? tr("✗ realloc(%1): freed already").arg(tagName(b->tag))
                                                             : tr("✗ free(%1): not a pointer malloc returned").arg(tagName(b->tag));
      else if (const auto* n = std::get_if<NullFreed>(&e)) badge = tr("free(NULL): %1's malloc failed; nothing to do").arg(tagName(n->tag));
    }
  auto* item = keep(addSimpleText(typesetChinese(badge), typeFont(15, true)));
  item->setBrush(ViewPalette::fault().darker(115));
  item->setPos(kWidth - item->boundingRect().width(), kListCaptionY - 4);
}

void HeapScene::drawList(const HeapPicture& picture) {
  const auto& list = picture.freeList;
  if (list.empty()) {
    auto* empty = keep(addCaption(*this, {0, kBoxTop + 22}, ViewPalette::font(15), ViewPalette::muted().darker(165)));
    empty->setText(tr("empty: no free block"));
    return;
  }
  // A window of the list that holds the entry the search is at.
  std::size_t first = 0;
  const std::size_t focus = picture.cursor.value_or(picture.listHighlight.value_or(0));
  if (list.size() > kBoxesShown && focus >= kBoxesShown - 1) first = std::min(focus - (kBoxesShown - 3), list.size() - (kBoxesShown - 2));
  // A window that starts past the head loses one more box to the "… before" note.
  const std::size_t room = list.size() <= kBoxesShown ? kBoxesShown : first > 0 ? kBoxesShown - 2 : kBoxesShown - 1;
  const std::size_t shown = std::min(list.size() - first, room);
  const QFont labelFont = ViewPalette::font(15, true), sizeFont = ViewPalette::font(14);
  qreal x = 0;
  if (first > 0) {
    auto* before = keep(addCaption(*this, {0, kBoxTop + 24}, ViewPalette::font(14, true), ViewPalette::ink()));
    before->setText(tr("%1 before …").arg(first));
    x = kSlot - 20;
  }
  const QFont verdictFont = ViewPalette::font(14, true);
  const bool byAddress = picture.state->config->order == ListOrder::AddrSort;
  for (std::size_t k = 0; k < shown; ++k) {
    const std::size_t i = first + k;
    const Block& b = list[i];
    const QRectF r(x, kBoxTop, kBoxWidth, kBoxHeight);
    const bool looking = picture.cursor == i;
    const bool marked = picture.listHighlight == i;
    auto* box = keep(addRect(r, ViewPalette::pen(looking || marked ? ViewPalette::current() : freeLine(), looking || marked ? 4.5 : 1.8),
                             freeFill()));
    box->setZValue(1);
    // Its place in the list, as the bar writes it on the block.
    const QRectF strip(r.left(), r.top(), kIndexStrip, r.height());
    keep(addRect(strip.adjusted(1, 1, 0, -1), Qt::NoPen, ViewPalette::stripe()))->setZValue(1.5);
    auto* number = keep(addSimpleText(QString::number(i + 1), fittedFont(ViewPalette::font(13, true), QString::number(i + 1), kIndexStrip - 2)));
    number->setBrush(ViewPalette::ink());
    number->setZValue(2);
    number->setData(0, strip.center());
    centerOn(number, strip.center());
    const QString address = FreelistNarrator::addressText(b.addr), size = FreelistNarrator::bytesText(b.size);
    for (const auto& [text, font, dy] : {std::tuple{address, labelFont, -15.0}, std::tuple{size, sizeFont, 16.0}}) {
      auto* label = keep(addSimpleText(text, fittedFont(font, text, kBoxWidth - kIndexStrip - 8)));
      label->setBrush(ViewPalette::ink());
      label->setZValue(2);
      const QPointF centre = r.center() + QPointF(kIndexStrip / 2, dy);
      label->setData(0, centre);
      centerOn(label, centre);
    }
    m_listTexts << tr("%1 · %2").arg(address, size);
    QString verdict;
    if (i < picture.verdicts.size() && picture.verdicts[i]) verdict = FreelistNarrator::verdictText(*picture.verdicts[i], picture.state->config->policy);
    else if (picture.rover == i) verdict = tr("▲ next search");
    m_verdictTexts << verdict;
    if (!verdict.isEmpty()) {
      const bool tooSmall = i < picture.verdicts.size() && picture.verdicts[i] == Verdict::TooSmall;
      auto* v = keep(addSimpleText(verdict, verdictFont));
      v->setBrush(tooSmall ? ViewPalette::fault() : picture.verdicts[i] ? ViewPalette::hit().darker(130) : ViewPalette::ink());
      const QPointF centre(r.center().x(), kVerdictY + 12);
      v->setData(0, centre);
      centerOn(v, centre);
    }
    // The next pointer, to the box after it (or to the "more" note).
    if (k + 1 < shown || first + shown < list.size()) {
      keep(addPath(arrowPath({r.right() + 4, r.center().y()}, {r.right() + kSlot - kBoxWidth - 6, r.center().y()}, 9),
                   ViewPalette::pen(ViewPalette::ink(), 2)));
    }
    // Down to its place in memory: every entry's when the list is in address order (the lines fan
    // out without crossing); otherwise the numbers pair boxes and blocks, and only the entry the
    // step is at gets its line.
    if (byAddress || looking || marked) {
      const qreal blockX = (xOf(b.addr) + xOf(b.addr + b.size)) / 2;
      auto* link = keep(addLine(r.center().x(), kVerdictY + 30, blockX, kBarTop - 4,
                                byAddress ? ViewPalette::pen(ViewPalette::muted(), 1.2, Qt::DashLine) : ViewPalette::pen(ViewPalette::current(), 2.5)));
      link->setZValue(-1);
    }
    x += kSlot;
  }
  if (first + shown < list.size()) {
    auto* more = keep(addCaption(*this, {x + 4, kBoxTop + 24}, ViewPalette::font(14, true), ViewPalette::ink()));
    more->setText(tr("+ %1 more").arg(list.size() - first - shown));
  } else {
    auto* end = keep(addCaption(*this, {x - kSlot + kBoxWidth + 10, kBoxTop + 26}, ViewPalette::font(14), ViewPalette::muted().darker(165)));
    end->setText(tr("→ NULL"));
  }
}

void HeapScene::drawBar(const HeapPicture& picture) {
  const HeapConfig& c = *picture.state->config;
  const QFont tagFont = ViewPalette::font(17, true), sizeFont = typeFont(13), indexFont = typeFont(12, true);
  const QFontMetricsF tagMetrics(tagFont), sizeMetrics(sizeFont), indexMetrics(indexFont);
  // Each free block's place in the list, written on it: with a list not in address order the
  // lines from the boxes would cross, so they are only drawn for the entry the step is at.
  std::unordered_map<Address, std::size_t> listIndex;
  if (picture.freeList.size() <= kMostNumbered)
    for (std::size_t i = 0; i < picture.freeList.size(); ++i) listIndex.emplace(picture.freeList[i].addr, i);
  // Spans: each block, or neighbours too narrow to see drawn together.
  std::size_t i = 0;
  const auto& blocks = picture.blocks;
  while (i < blocks.size()) {
    const auto& span = blocks[i];
    const qreal x0 = xOf(span.block.addr), x1 = xOf(span.block.addr + span.block.size);
    if (x1 - x0 < kMinSpanWidth && !span.highlighted) {
      std::size_t j = i;
      while (j < blocks.size() && !blocks[j].highlighted && xOf(blocks[j].block.addr) - x0 < kMinSpanWidth) ++j;
      if (j == i) j = i + 1;
      const Address end = blocks[j - 1].block.addr + blocks[j - 1].block.size;
      const QRectF r(x0, kBarTop, std::max<qreal>(xOf(end) - x0, 1), kBarHeight);
      keep(addRect(r, Qt::NoPen, ViewPalette::grid()));
      i = j;
      continue;
    }
    const QRectF r(x0, kBarTop, x1 - x0, kBarHeight);
    // The header: the block's first bytes, where its size is kept (free or not).
    const qreal headerWidth = c.header > 0 ? std::min(r.width(), std::max<qreal>(5, xOf(span.block.addr + c.header) - x0)) : 0;
    QString text, small;
    QColor textColour = ViewPalette::ink();
    if (span.tag) {
      const std::size_t index = *span.tag;
      keep(addRect(r, ViewPalette::pen(ItemPalette::outline(index), 1.5), ItemPalette::fill(index)));
      if (headerWidth > 0) keep(addRect(QRectF(x0, kBarTop, headerWidth, kBarHeight), Qt::NoPen, ItemPalette::outline(index)));
      text = tagName(*span.tag);
      small = FreelistNarrator::bytesText(span.block.size);
      textColour = ItemPalette::label(index);
      // No hatch on a used block, even from the thirteenth tag on: hatching means free space here,
      // and the tag's name is written on its block.
    } else if (!span.free) {
      // In use, and no pointer holds it any more: leaked.
      keep(addRect(r, ViewPalette::pen(ViewPalette::fault(), 1.5, Qt::DashLine), ViewPalette::stripe()));
      if (headerWidth > 0) keep(addRect(QRectF(x0, kBarTop, headerWidth, kBarHeight), Qt::NoPen, ViewPalette::muted()));
      // "leaked (was A)" where it fits, else "leaked".
      text = span.leakedFrom ? typesetChinese(tr("leaked (was %1)").arg(tagName(*span.leakedFrom))) : tr("leaked");
      if (span.leakedFrom && tagMetrics.horizontalAdvance(text) + 8 > r.width() - headerWidth) text = tr("leaked");
      small = FreelistNarrator::bytesText(span.block.size);
      textColour = ViewPalette::fault().darker(120);
    } else {
      keep(addRect(r, ViewPalette::pen(freeLine(), 1.5), freeFill()));
      if (headerWidth > 0) keep(addRect(QRectF(x0 + 0.75, kBarTop + 0.75, headerWidth - 0.75, kBarHeight - 1.5), Qt::NoPen, freeHeader()));
      text = FreelistNarrator::bytesText(span.block.size);
    }
    const bool roomForTag = tagMetrics.horizontalAdvance(text) + 8 <= r.width() - headerWidth;
    std::vector<QRectF> holes;
    if (roomForTag) {
      auto* t = keep(addSimpleText(text, tagFont));
      t->setBrush(textColour);
      const QPointF centre(r.center().x() + headerWidth / 2, kBarTop + (small.isEmpty() ? kBarHeight / 2 : 36));
      t->setData(0, centre);
      centerOn(t, centre);
      holes.push_back(t->sceneBoundingRect().adjusted(-4, -2, 4, 2));
      m_barTexts << text;
      if (!small.isEmpty() && sizeMetrics.horizontalAdvance(small) + 8 <= r.width() - headerWidth) {
        auto* sz = keep(addSimpleText(small, sizeFont));
        sz->setBrush(textColour);
        const QPointF c2(centre.x(), kBarTop + 72);
        sz->setData(0, c2);
        centerOn(sz, c2);
      }
    } else if (span.tag || !span.free) {
      // On paper above the bar: the tag's outline colour (its label colour is for its fill).
      m_unlabelled.push_back({span.block, text, span.tag ? ItemPalette::outline(*span.tag) : textColour});
    }
    if (span.free) {
      if (const auto at = listIndex.find(span.block.addr); at != listIndex.end()) {
        const QString number = QString::number(at->second + 1);
        const QRectF badge(x0 + headerWidth + 3, kBarTop + 3, indexMetrics.horizontalAdvance(number) + 10, indexMetrics.height() + 2);
        if (badge.right() + 2 <= r.right() && !(roomForTag && badge.intersects(holes.front()))) {
          keep(addRect(badge, ViewPalette::pen(ViewPalette::ink(), 1), Qt::white))->setZValue(2);
          auto* n = keep(addSimpleText(number, indexFont));
          n->setBrush(ViewPalette::ink());
          n->setZValue(3);
          n->setData(0, badge.center());
          centerOn(n, badge.center());
          holes.push_back(badge.adjusted(-2, -2, 2, 2));
        }
      }
      const QRectF hatched = r.adjusted(1 + headerWidth, 1, -1, -1);
      if (hatched.width() > 0) keep(addPath(hatchPath(hatched, holes.empty() ? QRectF() : holes.front()), ViewPalette::pen(freeHatch(), 1)));
    }
    if (span.highlighted) {
      auto* outline = keep(addRect(r.adjusted(-2, -6, 2, 6), ViewPalette::pen(ViewPalette::current(), 4.5), Qt::NoBrush));
      outline->setZValue(4);
    }
    ++i;
  }
  std::vector<QRectF> taken;  // the row above the bar: the break's label, the cut's, the trim's
  // Where the chosen block is about to be cut: the part before the line is handed out.
  if (picture.splitAt) {
    const qreal x = xOf(*picture.splitAt);
    keep(addLine(x, kBarTop - 14, x, kBarTop + kBarHeight + 14, ViewPalette::pen(ViewPalette::currentInk(), 4, Qt::DashLine)))->setZValue(6);
    auto* t = keep(addSimpleText(tr("split here"), typeFont(14, true)));
    t->setBrush(ViewPalette::currentInk());
    t->setPos(std::min(x + 8, kWidth - t->boundingRect().width()), kBarTop - 36);
    taken.push_back(t->sceneBoundingRect());
  }
  // Above the break: not mapped (yet).
  const qreal breakX = xOf(picture.programBreak);
  const qreal endX = c.limit ? xOf(c.base + *c.limit) : kWidth;
  if (endX - breakX > 2) {
    keep(addRect(QRectF(breakX, kBarTop, endX - breakX, kBarHeight), ViewPalette::pen(ViewPalette::muted(), 1.5, Qt::DashLine), Qt::NoBrush));
    auto* t = keep(addSimpleText(tr("not mapped"), ViewPalette::font(14)));
    t->setBrush(ViewPalette::muted().darker(165));
    if (t->boundingRect().width() + 12 <= endX - breakX) {
      const QPointF centre((breakX + endX) / 2, kBarTop + kBarHeight / 2);
      t->setData(0, centre);
      centerOn(t, centre);
    } else {
      t->setVisible(false);
    }
  }
  // A trim about to happen: the top of the heap above the new break goes back to the kernel.
  if (picture.trimTo) {
    const qreal x = xOf(*picture.trimTo);
    keep(addRect(QRectF(x, kBarTop - 8, std::max<qreal>(breakX - x, 2), kBarHeight + 16), ViewPalette::pen(ViewPalette::fault(), 3, Qt::DashLine),
                 Qt::NoBrush))
        ->setZValue(6);
    auto* t = keep(addSimpleText(tr("trim: %1 back to the kernel").arg(FreelistNarrator::bytesText(picture.programBreak - *picture.trimTo)),
                                 typeFont(14, true)));
    t->setBrush(ViewPalette::fault().darker(120));
    const qreal w = t->boundingRect().width();
    t->setPos(std::clamp(x - w - 10, 0.0, kWidth - w), kBarTop - 36);
    taken.push_back(t->sceneBoundingRect());
  }
  auto* brk = keep(addLine(breakX, kBarTop - 30, breakX, kBarTop + kBarHeight + 34, ViewPalette::pen(ViewPalette::fault(), 3.5)));
  brk->setZValue(5);
  auto* brkText = keep(addSimpleText(tr("program break %1").arg(FreelistNarrator::addressText(picture.programBreak)), typeFont(13, true)));
  brkText->setBrush(ViewPalette::fault().darker(120));
  const qreal w = brkText->boundingRect().width();
  brkText->setPos(breakX + 8 + w > kWidth ? breakX - 8 - w : breakX + 8, kBarTop - 32);
  brkText->setZValue(7);
  // On paper: the connectors and outlines pass behind it.
  auto* backing = keep(addRect(brkText->sceneBoundingRect().adjusted(-3, -1, 3, 1), Qt::NoPen, Qt::white));
  backing->setZValue(6.5);
  taken.push_back(backing->sceneBoundingRect());
  // The limit the break may not pass (the bar ends there).
  qreal limitLeft = kWidth + 1;
  if (c.limit) {
    keep(addLine(endX, kBarTop - 10, endX, kBarTop + kBarHeight + 34, ViewPalette::pen(ViewPalette::ink(), 5)))->setZValue(5);
    auto* t = keep(addSimpleText(tr("limit %1").arg(FreelistNarrator::addressText(c.base + *c.limit)), typeFont(13, true)));
    t->setBrush(ViewPalette::ink());
    limitLeft = endX - 8 - t->boundingRect().width();
    t->setPos(limitLeft, kAddressY);
  }
  drawBarCallouts(std::move(taken));
  // Addresses under the bar: the base, then block starts where there is room.
  const QFont addressFont = typeFont(12.5);
  const QFontMetricsF am(addressFont);
  qreal freeFrom = -1e9;
  const qreal breakLabelLeft = std::min(limitLeft, breakX - am.horizontalAdvance(FreelistNarrator::addressText(picture.programBreak)) / 2 - 10);
  for (const auto& span : blocks) {
    const QString text = FreelistNarrator::addressText(span.block.addr);
    const qreal x = xOf(span.block.addr);
    const qreal tw = am.horizontalAdvance(text);
    if (x < freeFrom || x + tw > breakLabelLeft) continue;
    auto* t = keep(addSimpleText(text, addressFont));
    t->setBrush(ViewPalette::ink());
    t->setPos(x, kAddressY);
    keep(addLine(x, kBarTop + kBarHeight, x, kAddressY, ViewPalette::pen(ViewPalette::ink(), 1)));
    freeFrom = x + tw + 14;
  }
}

// The names of blocks too narrow to hold them, above the bar with a tick down to the block,
// where the row has room (`taken`: what is there already).
void HeapScene::drawBarCallouts(std::vector<QRectF> taken) {
  const QFont font = typeFont(14, true);
  const QFontMetricsF metrics(font);
  for (const Unlabelled& u : m_unlabelled) {
    const qreal centre = (xOf(u.block.addr) + xOf(u.block.addr + u.block.size)) / 2;
    const qreal w = metrics.horizontalAdvance(u.text);
    const QRectF r(std::clamp(centre - w / 2, 0.0, kWidth - w), kBarTop - 34, w, metrics.height());
    const QRectF padded = r.adjusted(-6, -2, 6, 2);
    if (std::any_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(padded); })) continue;
    taken.push_back(padded);
    keep(addRect(r.adjusted(-3, -1, 3, 1), Qt::NoPen, Qt::white))->setZValue(6.5);
    auto* t = keep(addSimpleText(u.text, font));
    t->setBrush(u.colour);
    t->setPos(r.topLeft());
    t->setZValue(7);
    keep(addLine(centre, r.bottom() + 1, centre, kBarTop - 1, ViewPalette::pen(u.colour, 2)))->setZValue(6);
    m_barTexts << u.text;
  }
  m_unlabelled.clear();
}

void HeapScene::drawMapped(const HeapPicture& picture) {
  if (!m_mappedCaption) return;
  if (picture.mapped.empty()) {
    auto* none = keep(addCaption(*this, {0, kMappedTop + 22}, ViewPalette::font(14), ViewPalette::muted().darker(165)));
    none->setText(tr("none"));
    return;
  }
  const QFont font = ViewPalette::font(14, true);
  qreal x = 0;
  // Highest address first: mappings are placed downwards from the top.
  for (auto it = picture.mapped.rbegin(); it != picture.mapped.rend() && x + kMappedWidth <= kWidth; ++it) {
    const QRectF r(x, kMappedTop, kMappedWidth, kMappedHeight);
    const std::size_t index = it->tag.value_or(0);
    const bool leaked = !it->tag;
    const QPen pen = it->highlighted ? ViewPalette::pen(ViewPalette::current(), 4.5)
                     : leaked        ? ViewPalette::pen(ViewPalette::fault(), 1.5, Qt::DashLine)
                                     : ViewPalette::pen(ItemPalette::outline(index), 1.5);
    keep(addRect(r, pen, leaked ? QBrush(ViewPalette::stripe()) : QBrush(ItemPalette::fill(index))));
    const QString name = it->tag            ? tagName(*it->tag)
                         : it->leakedFrom   ? typesetChinese(tr("leaked (was %1)").arg(tagName(*it->leakedFrom)))
                                            : tr("leaked");
    auto* t = keep(addSimpleText(QStringLiteral("%1 · %2\n%3").arg(name, FreelistNarrator::bytesText(it->block.size),
                                                                  FreelistNarrator::addressText(it->block.addr)),
                                 font));
    t->setBrush(leaked ? ViewPalette::fault().darker(120) : ItemPalette::label(index));
    t->setData(0, r.center());
    centerOn(t, r.center());
    x += kMappedWidth + 24;
  }
}

void HeapScene::drawPointers(const HeapPicture& picture) {
  const FreelistState& s = *picture.state;
  std::size_t before = 0;
  const auto chips = pointerChips(s, picture.stepTag, kMostChips, picture.wentWrong, &before);
  if (chips.empty()) {
    auto* none = keep(addCaption(*this, {0, kPointersTop + 12}, ViewPalette::font(14), ViewPalette::muted().darker(165)));
    none->setText(tr("none assigned yet"));
    return;
  }
  const QFont font = typeFont(15, true);
  const QFontMetricsF metrics(font);
  constexpr qreal kGap = 16, kPadding = 28;
  struct Drawn {
    PointerChip chip;
    QString text;
    qreal width;
  };
  std::vector<Drawn> drawn;
  for (PointerChip chip : chips) {
    // The block went back in an earlier beat of this free: its pointer dangles already.
    if (picture.stepTagFreed && picture.stepTag == chip.tag) chip.kind = PointerChip::Kind::Freed;
    const QString name = tagName(chip.tag);
    QString text;
    switch (chip.kind) {
      case PointerChip::Kind::Live:
        text = chip.mapped ? tr("%1 → %2 (mmap)").arg(name, FreelistNarrator::addressText(chip.address))
                           : tr("%1 → %2").arg(name, FreelistNarrator::addressText(chip.address));
        break;
      case PointerChip::Kind::Freed: text = tr("%1 → freed (dangling)").arg(name); break;
      case PointerChip::Kind::Null: text = tr("%1 = NULL").arg(name); break;
      case PointerChip::Kind::NeverAssigned: text = tr("%1: not from malloc").arg(name); break;
    }
    text = typesetChinese(text);
    drawn.push_back({chip, text, metrics.horizontalAdvance(text) + kPadding});
  }
  // As many as the row holds, the step's own last to go; the ones left out are counted.
  const QFont noteFont = typeFont(14, true);
  const auto rowWidth = [&] {
    qreal w = 0;
    for (const Drawn& d : drawn) w += d.width + kGap;
    return w + (before > 0 ? QFontMetricsF(noteFont).horizontalAdvance(tr("%1 more …").arg(before + drawn.size())) + kGap : 0);
  };
  while (drawn.size() > 1 && rowWidth() > kWidth) {
    const bool focusFirst = picture.stepTag && drawn.front().chip.tag == *picture.stepTag;
    drawn.erase(focusFirst ? drawn.begin() + 1 : drawn.begin());
    ++before;
  }
  qreal x = 0;
  if (before > 0) {
    auto* more = keep(addSimpleText(tr("%1 more …").arg(before), noteFont));
    more->setBrush(ViewPalette::ink());
    more->setPos(0, kPointersTop + (kChipHeight - more->boundingRect().height()) / 2);
    x = more->boundingRect().width() + kGap;
  }
  for (const Drawn& d : drawn) {
    const QRectF r(x, kPointersTop, d.width, kChipHeight);
    const bool inStep = picture.stepTag && *picture.stepTag == d.chip.tag;
    QPen pen;
    QBrush brush = Qt::white;
    QColor ink = ViewPalette::ink();
    switch (d.chip.kind) {
      case PointerChip::Kind::Live:
        pen = ViewPalette::pen(ItemPalette::outline(d.chip.tag), 1.5);
        brush = ItemPalette::fill(d.chip.tag);
        ink = ItemPalette::label(d.chip.tag);
        break;
      case PointerChip::Kind::Freed:
        pen = ViewPalette::pen(ViewPalette::muted(), 1.8, Qt::DashLine);
        ink = ViewPalette::muted().darker(165);
        break;
      case PointerChip::Kind::Null:
      case PointerChip::Kind::NeverAssigned:
        pen = ViewPalette::pen(ViewPalette::fault(), 1.8);
        ink = ViewPalette::fault().darker(120);
        break;
    }
    if (inStep) pen = ViewPalette::pen(picture.wentWrong ? ViewPalette::fault() : ViewPalette::current(), 4.5);
    keep(addRect(r, pen, brush));
    auto* t = keep(addSimpleText(d.text, font));
    t->setBrush(ink);
    t->setData(0, r.center());
    centerOn(t, r.center());
    m_pointerTexts << d.text;
    x += d.width + kGap;
  }
}

QStringList HeapScene::listLabels() const { return m_listTexts; }
QStringList HeapScene::verdictLabels() const { return m_verdictTexts; }
QStringList HeapScene::barLabels() const { return m_barTexts; }
QStringList HeapScene::pointerLabels() const { return m_pointerTexts; }

QStringList HeapScene::texts() const {
  QStringList out;
  for (QGraphicsItem* item : items())
    if (const auto* text = qgraphicsitem_cast<const QGraphicsSimpleTextItem*>(item); text && text->isVisible()) out << text->text();
  return out;
}

}  // namespace oslens::views

#include "views/paging/paging_scene.h"

#include <QGraphicsPolygonItem>
#include <QLocale>
#include <QVariantAnimation>
#include <algorithm>

#include "engine/core/step_frame.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/step_number.h"
#include "views/core/view_palette.h"
#include "views/paging/paging_narrator.h"

namespace oslens::views {

using namespace engine::paging;

namespace {
// Layout, in scene units (pixels at 1x).
constexpr qreal kCell = 40;
constexpr qreal kGap = 4;
constexpr qreal kLabelWidth = 130;
constexpr qreal kReferenceTop = 120;
constexpr qreal kBoxWidth = 150;
constexpr qreal kBoxHeight = 112;
constexpr qreal kBoxGap = 26;
constexpr int kBoxesPerRow = 6;

qreal columnX(int column) { return kLabelWidth + column * (kCell + kGap); }
qreal tableRowY(int row) { return kReferenceTop + kCell + 18 + row * (kCell + kGap); }

QPen outline(const QColor& color, qreal width = 1.2) { return ViewPalette::pen(color, width); }
QString pageText(Page page) { return page == kNoPage ? QString() : QString::number(page); }
}  // namespace

PagingScene::PagingScene(const PagingSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  m_animation = new QVariantAnimation(this);
  m_animation->setStartValue(0.0);
  m_animation->setEndValue(1.0);
  buildItems();
  refresh();
}

bool PagingScene::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void PagingScene::buildItems() {
  const auto& state = m_simulation.timeline().state();
  m_shownFrames = std::min<int>(static_cast<int>(state.config.frames), kShownFrames);
  m_columns = std::min<int>(static_cast<int>(m_simulation.stepCount()), kWindowColumns);
  // A run that never writes has no dirty page: its D bit would be an empty box on every frame.
  const auto& ops = m_simulation.timeline().ops();
  m_showsDirtyBit = std::any_of(ops.begin(), ops.end(), [](const PagingOp& op) { return op.write; });
  const QFont cellFont = ViewPalette::font(13, true);
  const QFont labelFont = ViewPalette::font(11);
  // 14 px: the smallest text of the picture (issue 14 asks at least 12 px at 1x; fitted to a 1080
  // projector this is ~19 px).
  const QFont smallFont = ViewPalette::font(10.5);

  m_title = markSceneTitle(addCaption(*this, {0, 0}, ViewPalette::font(18, true), ViewPalette::ink()));
  m_subtitle = addCaption(*this, {0, 36}, ViewPalette::font(11), ViewPalette::muted());
  m_counters = addCaption(*this, {0, 62}, ViewPalette::font(12, true), ViewPalette::ink());

  m_referenceLabel = addCaption(*this, {0, kReferenceTop + 10}, labelFont, ViewPalette::ink());
  for (int c = 0; c < m_columns; ++c) {
    m_stepNumbers.push_back(addCaption(*this, {columnX(c), kReferenceTop - 18}, smallFont, ViewPalette::muted()));
    m_referenceCells.push_back(addLabelledBox(*this, {columnX(c), kReferenceTop, kCell, kCell}, cellFont));
  }
  for (int r = 0; r < m_shownFrames; ++r) {
    m_rowLabels.push_back(addCaption(*this, {0, tableRowY(r) + 10}, labelFont, ViewPalette::ink()));
    auto& row = m_tableCells.emplace_back();
    for (int c = 0; c < m_columns; ++c)
      row.push_back(addLabelledBox(*this, {columnX(c), tableRowY(r), kCell, kCell}, cellFont));
  }
  const qreal resultY = tableRowY(m_shownFrames) + 4;
  m_resultLabel = addCaption(*this, {0, resultY}, labelFont, ViewPalette::ink());
  for (int c = 0; c < m_columns; ++c)
    m_resultMarks.push_back(addCaption(*this, {columnX(c), resultY}, ViewPalette::font(13, true), ViewPalette::ink()));

  const qreal memoryTop = resultY + 56;
  m_memoryLabel = addCaption(*this, {0, memoryTop}, ViewPalette::font(13, true), ViewPalette::ink());
  m_bitLegend = addCaption(*this, {kLabelWidth, memoryTop + 3}, smallFont, ViewPalette::muted());
  for (int f = 0; f < m_shownFrames; ++f) {
    const qreal x = kLabelWidth + (f % kBoxesPerRow) * (kBoxWidth + kBoxGap);
    const qreal y = memoryTop + 36 + (f / kBoxesPerRow) * (kBoxHeight + 78);
    FrameBox box;
    box.caption = addCaption(*this, {x, y}, labelFont, ViewPalette::muted());
    box.page = addLabelledBox(*this, {x, y + 22, kBoxWidth, kBoxHeight - 22}, ViewPalette::font(24, true));
    box.dirtyBit = addLabelledBox(*this, {x + kBoxWidth - 58, y + 26, 26, 24}, ViewPalette::font(11, true));
    box.referenceBit = addLabelledBox(*this, {x + kBoxWidth - 30, y + 26, 26, 24}, ViewPalette::font(11, true));
    box.reason = addCaption(*this, {x + 6, y + kBoxHeight - 22}, smallFont, ViewPalette::muted());
    box.note = addCaption(*this, {x, y + kBoxHeight + 6}, ViewPalette::font(10, true), ViewPalette::fault());
    m_frameBoxes.push_back(box);
  }
  m_moreFrames = addCaption(*this, {kLabelWidth, memoryTop + 36 + ((m_shownFrames + kBoxesPerRow - 1) / kBoxesPerRow) * (kBoxHeight + 78)},
                         labelFont, ViewPalette::muted());

  QPolygonF arrow;
  arrow << QPointF(0, 0) << QPointF(-12, 18) << QPointF(12, 18);
  m_hand = addPolygon(arrow, ViewPalette::pen(ViewPalette::referenced()), QBrush(ViewPalette::referenced()));
  m_handLabel = addCaption(*this, {0, 0}, ViewPalette::font(10, true), ViewPalette::referenced());
  const bool clock = state.config.policy == Policy::Clock;
  m_hand->setVisible(clock);
  m_handLabel->setVisible(clock);

  // A fixed scene rectangle: the picture does not jump as texts change, and exports are stable.
  const qreal tableWidth = columnX(std::max(m_columns, 1)) + 20;
  const qreal memoryWidth = kLabelWidth + std::min(m_shownFrames, kBoxesPerRow) * (kBoxWidth + kBoxGap);
  // The "more frames" line only when some frames are not drawn; else the last row's notes end it.
  const bool allFramesShown = m_shownFrames == static_cast<int>(state.config.frames);
  // Under the last row: its notes, and for Clock the hand and its label below them.
  const qreal lastNoteBottom = m_frameBoxes.back().note->pos().y() + (clock ? 64 : 24);
  const qreal bottom = allFramesShown ? lastNoteBottom : m_moreFrames->pos().y() + 20;
  setSceneRect(-24, -24, std::max({tableWidth, memoryWidth, 760.0}) + 48, bottom + 48);
  m_header.addRow({m_title}, true);
  m_header.addRow({m_subtitle}, false);
  m_header.addRow({m_counters}, false);
  m_header.setFullRect(sceneRect(), kReferenceTop - 24);
}

void PagingScene::setPresentation(bool presentation) {
  finishAnimations();
  m_presentation = presentation;
  m_header.apply(*this, presentation);
  refresh();
}

std::size_t PagingScene::windowStart() const {
  const std::size_t steps = m_simulation.stepCount();
  if (steps <= static_cast<std::size_t>(m_columns)) return 0;
  // Keep the current step two thirds across, so some of the future stays visible.
  const std::size_t position = m_simulation.position();
  const std::size_t lead = static_cast<std::size_t>(m_columns) * 2 / 3;
  const std::size_t start = position > lead ? position - lead : 0;
  return std::min(start, steps - static_cast<std::size_t>(m_columns));
}

std::vector<PagingScene::Column> PagingScene::collectColumns(std::size_t first, std::size_t count) const {
  const auto& timeline = m_simulation.timeline();
  std::vector<Column> columns(count);
  for (std::size_t c = 0; c < count; ++c) columns[c].op = timeline.ops()[first + c];
  // Steps are numbered from 1: column c shows the state after step first + c + 1.
  const std::size_t last = std::min(first + count, timeline.position());
  timeline.visitSteps(first + 1, last, [&](const PagingState& state, const PagingOp&, const auto& events) {
    Column& column = columns[state.step - 1 - first];
    column.done = true;
    for (int f = 0; f < m_shownFrames; ++f) column.frames.push_back(state.frames[f].page);
    for (const auto& e : events) {
      if (const auto* hit = std::get_if<PageHit>(&e)) column.hit = true, column.hitFrame = static_cast<int>(hit->frame);
      if (const auto* load = std::get_if<PageLoaded>(&e)) column.loadedFrame = static_cast<int>(load->frame);
    }
  });
  return columns;
}

void PagingScene::refresh() {
  m_type.apply(*this, m_presentation);
  refreshHeader();
  const std::size_t start = windowStart();
  refreshTable(start, collectColumns(start, static_cast<std::size_t>(m_columns)));
  refreshMemory();
}

void PagingScene::refreshHeader() {
  const auto& state = m_simulation.timeline().state();
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  // The policy's title is Latin ("FIFO") or Chinese ("时钟"): only the finished line can be spaced.
  m_subtitle->setText(typesetChinese(
      (state.config.frames == 1
           ? tr("%1 replacement · 1 frame · step %2 of %3")
                 .arg(PagingNarrator::policyTitle(state.config.policy), QString::number(m_simulation.position()),
                      QString::number(m_simulation.stepCount()))
           : tr("%1 replacement · %4 frames · step %2 of %3")
                 .arg(PagingNarrator::policyTitle(state.config.policy), QString::number(m_simulation.position()),
                      QString::number(m_simulation.stepCount()), QString::number(state.config.frames)))));
  setCounters(state.faults, state.hits, state.writebacks, state.step);
  m_referenceLabel->setText(tr("Reference"));
  m_resultLabel->setText(tr("Result"));
  m_memoryLabel->setText(tr("Memory now"));
  const bool clock = state.config.policy == Policy::Clock;
  m_bitLegend->setText(m_showsDirtyBit ? (clock ? tr("D: dirty bit, R: reference bit (filled = 1)") : tr("D: dirty bit (filled = 1)"))
                                       : (clock ? tr("R: reference bit (filled = 1)") : QString()));
  for (int r = 0; r < m_shownFrames; ++r) m_rowLabels[r]->setText(tr("Frame %1").arg(r));
}

void PagingScene::setCounters(std::uint64_t faults, std::uint64_t hits, std::uint64_t writebacks, std::uint64_t steps) {
  const double rate = steps == 0 ? 0.0 : 100.0 * static_cast<double>(hits) / static_cast<double>(steps);
  m_counters->setText(tr("Faults %1    Hits %2    Write-backs %3    Hit rate %4%")
                          .arg(faults)
                          .arg(hits)
                          .arg(writebacks)
                          .arg(QLocale().toString(rate, 'f', 1)));
}

void PagingScene::holdOutcome(const PageLoaded& loaded, const PageEvicted* evicted, const VictimChosen* victim) {
  const auto& state = m_simulation.timeline().state();
  // The step faulted: one fault fewer before it, and one write-back fewer if the victim was dirty.
  setCounters(state.faults - 1, state.hits, state.writebacks - (evicted && evicted->dirty ? 1 : 0), state.step - 1);
  const std::size_t start = windowStart();
  const std::size_t position = m_simulation.position();
  if (position > start && position - start <= static_cast<std::size_t>(m_columns)) {
    const int c = static_cast<int>(position - start - 1);
    for (int r = 0; r < m_shownFrames; ++r) {
      auto& cell = m_tableCells[r][c];
      const Page before = r == static_cast<int>(loaded.frame) ? (evicted ? evicted->page : kNoPage) : state.frames[r].page;
      cell.setText(pageText(before));
      cell.setStyle(outline(ViewPalette::current(), 2), QBrush(Qt::white), ViewPalette::ink());
    }
    m_resultMarks[c]->setText(QString());
  }
  if (loaded.frame < static_cast<FrameIndex>(m_shownFrames)) {
    FrameBox& box = m_frameBoxes[loaded.frame];
    Frame gone;
    if (victim) {
      gone.page = victim->page;
      gone.loadedAt = victim->loadedAt;
      gone.lastUsedAt = victim->lastUsedAt;
      gone.nextUseAt = victim->nextUseAt;
      gone.useCount = victim->useCount;
    }
    box.reason->setText(victim ? reasonText(gone) : QString());
    const bool dirty = evicted && evicted->dirty;
    box.dirtyBit.setStyle(outline(ViewPalette::dirty()), dirty ? QBrush(ViewPalette::dirty()) : QBrush(Qt::white),
                          dirty ? Qt::white : ViewPalette::dirty());
  }
}

void PagingScene::refreshTable(std::size_t start, const std::vector<Column>& columns) {
  const std::size_t position = m_simulation.position();
  for (int c = 0; c < m_columns; ++c) {
    const Column& column = columns[c];
    const std::size_t step = start + c + 1;
    const bool current = step == position;
    m_stepNumbers[c]->setText(QString::number(step));
    // Just above its cell whatever the type's size (presentation mode sets it larger).
    centerOn(m_stepNumbers[c], {columnX(c) + kCell / 2, kReferenceTop - m_stepNumbers[c]->boundingRect().height() / 2});
    m_stepNumbers[c]->setBrush(current ? ViewPalette::currentInk() : ViewPalette::muted());

    auto& ref = m_referenceCells[c];
    ref.setText(QString::number(column.op.page) + (column.op.write ? QStringLiteral("w") : QString()));
    ref.setStyle(current ? outline(ViewPalette::current(), 3) : outline(ViewPalette::grid()),
                 current ? QBrush(ViewPalette::currentFill()) : QBrush(Qt::white),
                 column.done ? ViewPalette::ink() : ViewPalette::muted());

    for (int r = 0; r < m_shownFrames; ++r) {
      auto& cell = m_tableCells[r][c];
      const Page page = column.done ? column.frames[r] : kNoPage;
      cell.setText(pageText(page));
      QBrush fill(Qt::white);
      if (column.done && column.loadedFrame == r) fill = ViewPalette::faultFill();
      if (column.done && column.hitFrame == r) fill = ViewPalette::hitFill();
      cell.setStyle(outline(current ? ViewPalette::current() : ViewPalette::grid(), current ? 2 : 1), fill,
                    ViewPalette::ink());
    }
    auto* mark = m_resultMarks[c];
    mark->setText(!column.done ? QString() : column.hit ? QStringLiteral("✓") : QStringLiteral("✗"));
    mark->setBrush(column.hit ? ViewPalette::hit() : ViewPalette::fault());
    centerOn(mark, {columnX(c) + kCell / 2, tableRowY(m_shownFrames) + 16});
  }
}

QString PagingScene::reasonText(const Frame& frame) const {
  // Each policy's own ordering key, so the class can see why the victim is the victim.
  switch (m_simulation.timeline().state().config.policy) {
    case Policy::Fifo: return tr("loaded at step %1").arg(stepNumber(frame.loadedAt));
    case Policy::Lru: return tr("last used at step %1").arg(stepNumber(frame.lastUsedAt));
    case Policy::Opt:
      return frame.nextUseAt == kNever ? tr("never used again") : tr("next use at step %1").arg(stepNumber(frame.nextUseAt));
    case Policy::Lfu: return frame.useCount == 1 ? tr("used once") : tr("used %1 times").arg(frame.useCount);
    case Policy::Clock: return tr("loaded at step %1").arg(stepNumber(frame.loadedAt));
    case Policy::Random: return tr("loaded at step %1").arg(stepNumber(frame.loadedAt));
  }
  return {};
}

void PagingScene::refreshMemory() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  int loadedFrame = -1, hitFrame = -1;
  Page evicted = kNoPage;
  bool writeback = false;
  for (const auto& e : timeline.lastEvents()) {
    if (const auto* load = std::get_if<PageLoaded>(&e)) loadedFrame = static_cast<int>(load->frame);
    if (const auto* hit = std::get_if<PageHit>(&e)) hitFrame = static_cast<int>(hit->frame);
    if (const auto* gone = std::get_if<PageEvicted>(&e)) evicted = gone->page, writeback = gone->dirty;
  }
  const bool clock = state.config.policy == Policy::Clock;
  for (int f = 0; f < m_shownFrames; ++f) {
    const Frame& frame = state.frames[f];
    FrameBox& box = m_frameBoxes[f];
    box.caption->setText(tr("Frame %1").arg(f));
    box.page.setText(frame.empty() ? tr("free") : QString::number(frame.page));
    QPen pen = outline(ViewPalette::ink(), 1.5);
    QBrush fill(ViewPalette::panel());
    if (f == loadedFrame) pen = outline(ViewPalette::fault(), 3.5), fill = QBrush(ViewPalette::faultFill());
    if (f == hitFrame) pen = outline(ViewPalette::hit(), 3.5), fill = QBrush(ViewPalette::hitFill());
    box.page.setStyle(pen, fill, frame.empty() ? ViewPalette::muted() : ViewPalette::ink());

    box.dirtyBit.setText(tr("D"));
    box.dirtyBit.setStyle(outline(ViewPalette::dirty()), frame.dirty ? QBrush(ViewPalette::dirty()) : QBrush(Qt::white),
                          frame.dirty ? Qt::white : ViewPalette::dirty());
    box.dirtyBit.box->setVisible(m_showsDirtyBit && !frame.empty());
    box.referenceBit.setText(tr("R"));
    styleReferenceBit(box, frame.referenced);
    // Only Clock reads the reference bit; elsewhere it would be a bit that never changes.
    box.referenceBit.box->setVisible(clock && !frame.empty());
    box.reason->setText(frame.empty() ? QString() : reasonText(frame));
    box.note->setText(f == loadedFrame && evicted != kNoPage
                          ? (writeback ? tr("evicted %1 (written back)") : tr("evicted %1")).arg(evicted)
                          : QString());
  }
  const int hidden = static_cast<int>(state.config.frames) - m_shownFrames;
  m_moreFrames->setText(hidden <= 0    ? QString()
                        : hidden == 1 ? tr("… and 1 more frame not drawn")
                                      : tr("… and %1 more frames not drawn").arg(hidden));

  m_handLabel->setText(tr("hand"));
  placeHand(state.clockHand);
  m_hand->setVisible(clock && state.clockHand < static_cast<FrameIndex>(m_shownFrames));
  m_handLabel->setVisible(m_hand->isVisible());
}

void PagingScene::placeHand(FrameIndex frame) {
  if (frame >= static_cast<FrameIndex>(m_shownFrames)) return;
  const QRectF r = m_frameBoxes[frame].page.box->rect();
  m_hand->setPos(r.center().x(), r.bottom() + 24);
  centerOn(m_handLabel, {r.center().x(), r.bottom() + 54});
}

void PagingScene::styleReferenceBit(FrameBox& box, bool set) {
  box.referenceBit.setStyle(outline(ViewPalette::referenced()), set ? QBrush(ViewPalette::referenced()) : QBrush(Qt::white),
                            set ? Qt::white : ViewPalette::referenced());
}

QString PagingScene::victimText(const VictimChosen& victim) const {
  switch (victim.policy) {
    case Policy::Fifo: return tr("victim: loaded first, at step %1").arg(stepNumber(victim.loadedAt));
    case Policy::Lru: return tr("victim: used longest ago, at step %1").arg(stepNumber(victim.lastUsedAt));
    case Policy::Opt:
      return victim.nextUseAt == kNever ? tr("victim: never used again")
                                        : tr("victim: next used last, at step %1").arg(stepNumber(victim.nextUseAt));
    case Policy::Lfu: return tr("victim: used fewest times (%n)", nullptr, static_cast<int>(victim.useCount));
    case Policy::Clock: return tr("victim: reference bit 0");
    case Policy::Random: return tr("victim: drawn at random");
  }
  return {};
}

QGraphicsSimpleTextItem* PagingScene::addFlyingLabel(Page page, const QPointF& at) {
  auto* item = addSimpleText(QString::number(page), ViewPalette::font(24, true));
  item->setBrush(ViewPalette::ink());
  item->setZValue(10);
  centerOn(item, at);
  m_flying.push_back(item);
  return item;
}

void PagingScene::finishAnimations() {
  if (isAnimating()) m_animation->stop();
  for (auto* item : m_flying) {
    removeItem(item);
    delete item;
  }
  m_flying.clear();
  for (auto& box : m_frameBoxes) box.page.label->setVisible(true);
  if (m_beatsRestyled) {
    // The beats drew the step's beginning (a marked victim, bits not yet cleared): back to its end.
    m_beatsRestyled = false;
    refresh();
  }
}

void PagingScene::showPosition(int from, int to, bool animate) {
  finishAnimations();
  refresh();
  if (animate && std::abs(to - from) == 1 && m_durationMs > 0) animateStep(from, to);
}

// One step forwards plays in beats. Clock's hand first visits each frame it gives a second chance,
// clearing its reference bit as it passes; then the victim is marked, with the reason it goes,
// while it is still in its frame; then it drops out and fades as the new page flies in from the
// reference string. One step back plays the page swap in reverse.
void PagingScene::animateStep(int from, int to) {
  const bool forward = to > from;
  const std::size_t step = static_cast<std::size_t>(forward ? to : from);
  const std::vector<PagingEvent> events = engine::stepEvents(m_simulation.timeline(), step);

  const PageLoaded* loaded = nullptr;
  const PageEvicted* evicted = nullptr;
  const VictimChosen* victim = nullptr;
  std::vector<FrameIndex> sweep;  // frames given a second chance, in the hand's order
  for (const auto& e : events) {
    if (const auto* l = std::get_if<PageLoaded>(&e)) loaded = l;
    if (const auto* v = std::get_if<PageEvicted>(&e)) evicted = v;
    if (const auto* v = std::get_if<VictimChosen>(&e)) victim = v;
    if (const auto* c = std::get_if<SecondChance>(&e); c && c->frame < static_cast<FrameIndex>(m_shownFrames))
      sweep.push_back(c->frame);
  }
  if (!loaded || loaded->frame >= static_cast<FrameIndex>(m_shownFrames)) return;

  FrameBox& box = m_frameBoxes[loaded->frame];
  const QPointF frameCenter = box.page.center() + QPointF(0, -6);
  const QPointF below = frameCenter + QPointF(0, 90);
  const int column = static_cast<int>(step - 1 - windowStart());
  const QPointF reference = column >= 0 && column < m_columns ? m_referenceCells[column].center()
                                                              : frameCenter + QPointF(0, -200);
  box.page.label->setVisible(false);

  QGraphicsSimpleTextItem* incoming = addFlyingLabel(loaded->page, forward ? reference : frameCenter);
  QGraphicsSimpleTextItem* outgoing = evicted ? addFlyingLabel(evicted->page, forward ? frameCenter : below) : nullptr;
  if (!forward && outgoing) outgoing->setOpacity(0);

  // The beats, in units of the base duration.
  const bool clock = m_simulation.timeline().state().config.policy == Policy::Clock;
  const qreal sweepUnits = forward && clock ? 0.5 * static_cast<qreal>(sweep.size()) : 0.0;
  const qreal markUnits = forward && evicted ? 1.0 : 0.0;
  const qreal total = sweepUnits + markUnits + 1.0;
  const FrameIndex victimFrame = loaded->frame;
  if (forward && (evicted || !sweep.empty())) {
    // The step's beginning: the victim still in its frame, marked, and why; the bits the hand is
    // about to clear still set, the hand where the sweep starts.
    m_beatsRestyled = true;
    holdOutcome(*loaded, evicted, victim);
    if (evicted) {
      box.page.setStyle(outline(ViewPalette::fault(), 3.5), QBrush(ViewPalette::panel()), ViewPalette::ink());
      box.note->setText(victim ? victimText(*victim) : QString());
      box.note->setVisible(markUnits > 0);
    }
    for (FrameIndex f : sweep) styleReferenceBit(m_frameBoxes[f], true);
    if (clock) placeHand(sweep.empty() ? victimFrame : sweep.front());
    if (incoming) incoming->setOpacity(0);
  }

  m_animation->setDuration(static_cast<int>(m_durationMs * total));
  disconnect(m_animation, nullptr, this, nullptr);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [=, this](const QVariant& value) {
    const qreal units = value.toReal() * total;
    auto ease = [](qreal x) { return x * x * (3 - 2 * x); };
    if (!forward) {
      const qreal move = ease(value.toReal());
      centerOn(incoming, frameCenter + (reference - frameCenter) * move);
      incoming->setOpacity(1.0 - 0.7 * move);
      if (outgoing) {
        centerOn(outgoing, below + (frameCenter - below) * move);
        outgoing->setOpacity(move);
      }
      return;
    }
    if (units < sweepUnits) {
      // The hand at the i-th frame of its sweep; the bit clears half-way through the visit.
      const std::size_t i = std::min(sweep.size() - 1, static_cast<std::size_t>(units / 0.5));
      placeHand(sweep[i]);
      const qreal within = units - 0.5 * static_cast<qreal>(i);
      for (std::size_t j = 0; j < sweep.size(); ++j) styleReferenceBit(m_frameBoxes[sweep[j]], j > i || (j == i && within < 0.25));
      return;
    }
    if (units < sweepUnits + markUnits) {
      // The victim, marked, waits where it is; the hand (Clock) points at it.
      for (FrameIndex f : sweep) styleReferenceBit(m_frameBoxes[f], false);
      if (clock) placeHand(victimFrame);
      if (outgoing) outgoing->setBrush(ViewPalette::fault());
      return;
    }
    if (m_beatsRestyled) {
      // The swap: the frame takes the state after the step (its new page's style, the hand moved on).
      m_beatsRestyled = false;
      refresh();
      box.page.label->setVisible(false);
      incoming->setOpacity(1.0);
    }
    const qreal t = units - sweepUnits - markUnits;  // 0..1
    if (outgoing) {
      const qreal leave = ease(std::clamp(t / 0.8, 0.0, 1.0));
      outgoing->setBrush(ViewPalette::fault());
      centerOn(outgoing, frameCenter + (below - frameCenter) * leave);
      outgoing->setOpacity(1.0 - leave);
    }
    const qreal arrive = ease(std::clamp((t - 0.1) / 0.9, 0.0, 1.0));
    centerOn(incoming, reference + (frameCenter - reference) * arrive);
  });
  connect(m_animation, &QVariantAnimation::finished, this, [this] { finishAnimations(); });
  m_animation->start();
}

void PagingScene::retranslate() { refresh(); }

QStringList PagingScene::visibleTexts() const {
  QStringList texts;
  for (QGraphicsItem* item : items(Qt::AscendingOrder)) {
    if (!item->isVisible()) continue;
    if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item)) texts << text->text();
  }
  return texts;
}

bool PagingScene::referenceBitDrawnSet(int frame) const {
  return m_frameBoxes.at(frame).referenceBit.box->brush().color() == ViewPalette::referenced();
}

int PagingScene::handFrame() const {
  for (int f = 0; f < m_shownFrames; ++f)
    if (std::abs(m_frameBoxes[f].page.box->rect().center().x() - m_hand->pos().x()) < 1) return f;
  return -1;
}

QString PagingScene::frameNote(int frame) const {
  const auto* note = m_frameBoxes.at(frame).note;
  return note->isVisible() ? note->text() : QString();
}

QString PagingScene::frameLabel(int frame) const {
  return frame < static_cast<int>(m_frameBoxes.size()) ? m_frameBoxes[frame].page.label->text() : QString();
}

}  // namespace oslens::views

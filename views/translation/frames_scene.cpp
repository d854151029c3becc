#include "views/translation/frames_scene.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/kit/flight_player.h"
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

// "code 0x0–0x3f r-x · data 0x1000–0x107f rw-": the regions of a process, the first few.
QString FramesScene::regionsText(const TranslationState& s, ProcessIndex process) {
  constexpr std::size_t kShown = 4;
  const auto& regions = s.managed.processes[process].regions;
  if (regions.empty()) return tr("no region");
  QStringList parts;
  for (std::size_t i = 0; i < std::min(regions.size(), kShown); ++i) {
    const Region& r = regions[i];
    const std::uint64_t pageSize = s.config.format.pageSize;
    parts << QStringLiteral("%1 %2–%3 %4")
                 .arg(QString::fromStdString(r.name), TranslationNarrator::hex(r.startVpn * pageSize),
                      TranslationNarrator::hex((r.startVpn + r.pages) * pageSize - 1), QString::fromStdString(r.perm()));
  }
  QString text = parts.join(QStringLiteral(" · "));
  if (regions.size() > kShown) text += tr(" · %1 more").arg(regions.size() - kShown);
  return text;
}

// The frame grid's columns: of 3 to 8, those that make the picture largest on a 16:9 projector's
// pane (about 1920 x 832), given the legend above (`legendWidth`, `top`): few frames make rows of
// a few tall cells rather than one long strip.
int FramesScene::gridColumns(const ManagedState& m, qreal legendWidth, qreal top) {
  constexpr qreal kPaneWidth = 1920, kPaneHeight = 832;
  int best = kMaxColumns;
  qreal bestScale = 0;
  for (int c = 3; c <= kMaxColumns; ++c) {
    const std::size_t rows = (m.frames.size() + c - 1) / c;
    const std::size_t slotCount = std::min<std::size_t>(m.swapRefs.size(), 2 * static_cast<std::size_t>(c));
    const qreal height = top + 60 + rows * (kCellHeight + 36) + (slotCount ? 40 + ((slotCount + c - 1) / c) * 54 : 0) + 60;
    const qreal width = std::max(legendWidth, c * (kCellWidth + kGap)) + 60;
    const qreal scale = std::min(kPaneWidth / width, kPaneHeight / height);
    if (scale > bestScale + 1e-9) bestScale = scale, best = c;
  }
  return best;
}

FramesScene::FramesScene(const TranslationSimulation& simulation, QObject* parent)
    : WalkFollowingScene(simulation, parent), m_player(new FlightPlayer(this, this)) {
  redraw();
}

// The moving cells are the player's; take them off the scene before it deletes its items.
FramesScene::~FramesScene() { m_player->finish(); }

bool FramesScene::moving() const { return m_player->running(); }

void FramesScene::stopMoving() { m_player->finish(); }

void FramesScene::walkEnded() {
  const auto& timeline = simulation().timeline();
  const TranslationState& after = timeline.state();
  MemoryMotion motion = MemoryMotion::plan(timeline.lastEvents(), looks(timeline.stateAt(timeline.position() - 1)), looks(after),
                                           m_places, shownFont(ViewPalette::font(13, true)), [&](ProcessIndex p) {
                                             return typesetChinese(tr("%1's PTE").arg(TranslationNarrator::processName(after, p)));
                                           });
  if (motion.moves > 0) m_player->play(std::move(motion.flights), static_cast<int>(MemoryMotion::kMotionMs / animationSpeed()), true);
}

void FramesScene::draw(const TranslationState& s, bool changesShown) {
  m_player->finish();  // before clear() deletes the items it moves
  clear();
  m_places = {};
  const ManagedState& m = s.managed;
  const StepChanges changed = changesShown ? StepChanges::of(simulation()) : StepChanges{};
  qreal y = 0;
  if (!presentation()) {
    markSceneTitle(addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink()))->setText(scenarioTitle());
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
    m_places.processes.push_back(addRect(QRectF(x, y + 4, 22, 22), ViewPalette::pen(ItemPalette::outline(p), 1.5), ItemPalette::fill(p))->rect());
    auto* label = addCaption(*this, {x + 30, y}, ViewPalette::font(15, true), ViewPalette::ink());
    label->setText(TranslationNarrator::processName(s, p));
    auto* detail = addCaption(*this, {x + 30, y + 26}, ViewPalette::font(13), ViewPalette::ink());
    detail->setText(typesetChinese(tr("%1 · %2 in memory, %3 swapped").arg(state).arg(m.residentPages(p)).arg(m.swappedPages(p))));
    // Its address space: where an access is allowed (a segmentation fault is an address outside
    // these, or against their permissions).
    auto* regions = addCaption(*this, {x + 30, y + 48}, ViewPalette::font(13), ViewPalette::muted().darker(165));
    regions->setText(regionsText(s, p));
    // The widths as shown (presentation mode sets small print larger after this layout).
    const auto shownWidth = [this](const QGraphicsSimpleTextItem* text) { return QFontMetricsF(shownFont(text->font())).horizontalAdvance(text->text()); };
    x += 30 + std::max({shownWidth(label), shownWidth(detail), shownWidth(regions)}) + 40;
    if (x > kMaxColumns * (kCellWidth + kGap) - 200 && p + 1 < m.processes.size()) {
      x = 0;
      y += 82;
    }
  }
  y += 92;
  const int columns = gridColumns(m, itemsBoundingRect().width(), y);
  addCaption(*this, {0, y}, ViewPalette::font(14, true), ViewPalette::ink())
      ->setText(tr("Physical memory: %1 frames, %2 free").arg(m.frames.size()).arg(m.freeFrames()));
  y += 60;  // the frame numbers stand above their cells
  for (FrameNumber f = 0; f < m.frames.size(); ++f) {
    const QRectF r((f % columns) * (kCellWidth + kGap), y + (f / columns) * (kCellHeight + 36), kCellWidth, kCellHeight);
    m_places.frames.push_back(r);
    addCaption(*this, r.topLeft() + QPointF(2, -28), ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("frame %1").arg(f));
    addCell(r, frameLook(s, f), changed.frames.contains(f));
  }
  y += ((m.frames.size() + columns - 1) / columns) * (kCellHeight + 36) + 10;
  if (!m.swapRefs.empty()) {
    std::size_t used = 0;
    for (std::uint32_t refs : m.swapRefs) used += refs > 0 ? 1 : 0;
    addCaption(*this, {0, y}, ViewPalette::font(14, true), ViewPalette::ink())->setText(tr("Swap: %1 slots, %2 in use").arg(m.swapRefs.size()).arg(used));
    y += 30;
    const std::vector<QStringList> holders = swapHolders(s);
    const std::size_t shown = std::min<std::size_t>(m.swapRefs.size(), 2 * columns);
    for (std::size_t slot = 0; slot < shown; ++slot) {
      const QRectF r((slot % columns) * (kCellWidth + kGap), y + (slot / columns) * 54, kCellWidth, 44);
      m_places.swapSlots.push_back(r);
      addCell(r, slotLook(static_cast<SlotNumber>(slot), holders[slot]), changed.swapSlots.contains(static_cast<SlotNumber>(slot)));
    }
    if (shown < m.swapRefs.size())
      addCaption(*this, {0, y + 2 * 54 + 4}, ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(tr("and %1 more slots").arg(m.swapRefs.size() - shown));
  }
  applyType();
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void FramesScene::addCell(const QRectF& r, const MemoryCell& cell, bool changed) {
  addRect(r, changed ? ViewPalette::pen(ViewPalette::current(), 5) : cell.pen, cell.fill);
  addCaption(*this, r.topLeft() + cell.mainAt, cell.mainFont, cell.mainInk)->setText(cell.main);
  if (!cell.sub.isEmpty()) addCaption(*this, r.topLeft() + cell.subAt, cell.subFont, cell.subInk)->setText(cell.sub);
  if (cell.dirty) {
    const QRectF d(r.right() - 30, r.top() + 6, 24, 24);
    addRect(d, Qt::NoPen, ViewPalette::dirty());
    auto* letter = addCaption(*this, {}, cell.markFont, Qt::white);
    letter->setText(QStringLiteral("D"));
    centerOn(letter, d.center());
  }
}

MemoryCell FramesScene::freeLook() const {
  MemoryCell c;
  c.main = tr("free");
  c.mainFont = ViewPalette::font(15, true);
  c.subFont = ViewPalette::font(12);
  c.markFont = ViewPalette::font(12, true);
  c.mainInk = ViewPalette::muted().darker(165);
  c.subInk = ViewPalette::ink();
  c.fill = QBrush(Qt::white);
  c.pen = ViewPalette::pen(ViewPalette::grid(), 1.5);
  c.mainAt = {8, 6};
  c.subAt = {8, 40};
  return c;
}

MemoryCell FramesScene::frameLook(const TranslationState& s, FrameNumber f) const {
  const ManagedState& m = s.managed;
  const PhysicalFrame& frame = m.frames[f];
  MemoryCell c = freeLook();
  if (frame.use == PhysicalFrame::Use::Table) {
    int level = 0;
    for (const PageTable& t : m.processes[frame.owner].tables)
      if (t.frame == f) level = t.level;
    c.main = TranslationNarrator::tableName(s, level);
    c.sub = typesetChinese(TranslationNarrator::processName(s, frame.owner));
    c.mainInk = ViewPalette::ink();
    c.process = frame.owner;
    // A table page: outlined in its process's colour, not filled, so it never looks like a page.
    c.pen = ViewPalette::pen(ItemPalette::outline(frame.owner), 2, Qt::DashLine);
  } else if (frame.use == PhysicalFrame::Use::Data) {
    const Mapper& first = frame.mappers.front();
    c.main = tr("page %1").arg(TranslationNarrator::hex(first.vpn));
    QStringList owners;
    for (const Mapper& mapper : frame.mappers) owners << TranslationNarrator::processName(s, mapper.process);
    c.sub = typesetChinese(frame.mappers.size() > 1 ? tr("×%1: %2").arg(QString::number(frame.mappers.size()), listText(owners)) : owners.front());
    c.fill = ItemPalette::fill(first.process);
    c.mainInk = c.subInk = ItemPalette::label(first.process);
    c.pen = ViewPalette::pen(ItemPalette::outline(first.process), 2);
    c.dirty = frame.dirty;
    c.process = first.process;
  }
  return c;
}

MemoryCell FramesScene::slotLook(SlotNumber slot, const QStringList& holders) const {
  MemoryCell c = freeLook();
  c.main = holders.isEmpty() ? tr("slot %1 free").arg(slot) : typesetChinese(listText(holders));
  c.mainFont = ViewPalette::font(13);
  c.mainInk = holders.isEmpty() ? ViewPalette::muted().darker(165) : ViewPalette::ink();
  c.fill = holders.isEmpty() ? QBrush(Qt::white) : QBrush(ViewPalette::panel());
  c.mainAt = {8, 10};
  return c;
}

std::vector<QStringList> FramesScene::swapHolders(const TranslationState& s) const {
  const ManagedState& m = s.managed;
  std::vector<QStringList> holders(m.swapRefs.size());
  for (ProcessIndex p = 0; p < m.processes.size(); ++p)
    for (const PageTable& t : m.processes[p].tables)
      if (t.level == s.config.format.levelCount() - 1)
        for (std::size_t i = 0; i < t.entries.size(); ++i)
          if (t.entries[i].kind == Pte::Kind::Swapped)
            holders[t.entries[i].target] << tr("%1 %2").arg(TranslationNarrator::processName(s, p), TranslationNarrator::hex(t.firstVpn + i));
  return holders;
}

MemoryLooks FramesScene::looks(const TranslationState& s) const {
  MemoryLooks out;
  out.freeFrame = freeLook();
  for (FrameNumber f = 0; f < s.managed.frames.size(); ++f) out.frames.push_back(frameLook(s, f));
  const std::vector<QStringList> holders = swapHolders(s);
  for (SlotNumber slot = 0; slot < holders.size() && slot < m_places.swapSlots.size(); ++slot) out.swapSlots.push_back(slotLook(slot, holders[slot]));
  auto raise = [this](MemoryCell& c) {
    c.mainFont = shownFont(c.mainFont);
    c.subFont = shownFont(c.subFont);
    c.markFont = shownFont(c.markFont);
  };
  raise(out.freeFrame);
  for (auto* cells : {&out.frames, &out.swapSlots})
    for (MemoryCell& c : *cells) raise(c);
  return out;
}

}  // namespace oslens::views

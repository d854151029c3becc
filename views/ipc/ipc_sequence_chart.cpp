#include "views/ipc/ipc_sequence_chart.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>
#include <limits>

#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/ipc/sequence_marks.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::ipc;
using Kind = SequenceEntry::Kind;

namespace {
// Scene units are pixels at 1x. The smallest type is 10.5 pt (14 px), so a chart drawn at 1x or
// larger never shows text under 12 px; a long run gets a window of rows, never smaller type.
constexpr qreal kGutter = 64;        // step numbers
constexpr qreal kMaxColumnsWidth = 1440;
constexpr qreal kIdealPitch = 300;
constexpr qreal kMinPitch = 130;
constexpr qreal kTitleY = 0;
constexpr qreal kSubtitleY = 36;
constexpr qreal kLegendY = 66;
constexpr qreal kHeadTop = 104;
constexpr qreal kHeadHeight = 54;
constexpr qreal kBodyTop = kHeadTop + kHeadHeight + 14;
constexpr qreal kLane = 46;          // one arrow and its label
constexpr qreal kArrowInLane = 33;   // the shaft's y below the lane's top
constexpr qreal kBand = 48;          // the deadlock band
constexpr qreal kNoteHeight = 28;    // "steps 1–N above"
constexpr qreal kMaxBody = 720;
constexpr qreal kBarWidth = 12;      // a blocked lifeline
constexpr std::size_t kMeasuredRuns = 400;  // runs up to this long size the body to their rows
}  // namespace

struct IpcSequenceChart::Placed {
  const SequenceEntry* entry;
  qreal fromX, toX;
  int lane;
  QRectF labelRect;  // relative to the lane's top
};

IpcSequenceChart::IpcSequenceChart(const IpcSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation), m_rows(simulation) {
  setBackgroundBrush(Qt::white);
  m_animation = new QVariantAnimation(this);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) { setProgress(v.toDouble()); });
  m_columns = SequenceColumns::place(*simulation.timeline().initialState().setup, kGutter, kMaxColumnsWidth, kIdealPitch, kMinPitch);
  buildHeader();
  m_bodyHeight = bodyHeight();
  m_position = simulation.position();
  retranslate();
}

IpcSequenceChart::~IpcSequenceChart() { m_animation->stop(); }

QFont IpcSequenceChart::labelFont(bool bold) const { return ViewPalette::font(m_presentation ? 12 : 10.5, bold); }

QString IpcSequenceChart::columnName(SequenceColumn column) const {
  const IpcSetup& setup = *m_simulation.timeline().initialState().setup;
  return QString::fromStdString(column.kind == SequenceColumn::Kind::Process ? setup.processes[column.index].name
                                                                              : engine::ipc::objectName(setup.objects[column.index]));
}

void IpcSequenceChart::buildHeader() {
  const IpcSetup& setup = *m_simulation.timeline().initialState().setup;
  m_title = markSceneTitle(addCaption(*this, {0, kTitleY}, ViewPalette::font(18, true), ViewPalette::ink()));
  m_subtitle = addCaption(*this, {0, kSubtitleY}, ViewPalette::font(11), ViewPalette::muted());
  m_more = addCaption(*this, {0, kHeadTop - 26}, ViewPalette::font(10.5, true), ViewPalette::ink());
  // The legend: a sample of each kind of mark, its name beside it (placed in retranslate).
  for (int i = 0; i < 6; ++i) {
    const auto kind = static_cast<SequenceMarkKind>(i);
    // Room after the shaft for the marks that end past it (the hourglass, the bar and cross).
    const qreal shaft = kind == SequenceMarkKind::Blocked || kind == SequenceMarkKind::Failed ? 24 : kind == SequenceMarkKind::Exit ? 20 : 44;
    std::vector<QGraphicsItem*> sample = sequenceMark(*this, kind, {0, kLegendY + 11}, {shaft, kLegendY + 11});
    auto* group = createItemGroup({sample.begin(), sample.end()});
    m_legend.push_back(group);
    m_legendTexts.push_back(addCaption(*this, {0, kLegendY}, ViewPalette::font(10.5), ViewPalette::ink()));
  }
  // The columns' heads: a process's chip in its colour, an object's shape by its kind.
  for (const SequenceColumns::Placed& placed : m_columns.shown) {
    const qreal width = std::min(m_columns.pitch - 14, 200.0);
    const QRectF rect(placed.x - width / 2, kHeadTop, width, kHeadHeight);
    auto* name = new QGraphicsSimpleTextItem(columnName(placed.column));
    name->setFont(ViewPalette::font(12, true));
    QGraphicsSimpleTextItem* kind = nullptr;
    if (placed.column.kind == SequenceColumn::Kind::Process) {
      auto* chip = addPath(roundedRectPath(rect, 10));
      name->setParentItem(chip);
      name->setText(QFontMetricsF(name->font()).elidedText(name->text(), Qt::ElideRight, width - 12));
      centerOn(name, rect.center());
      styleItemChip(chip, rect, name, placed.column.index, 2);
    } else {
      const ObjectSpec& spec = setup.objects[placed.column.index];
      QGraphicsPathItem* shape = objectHeadShape(*this, spec, rect);
      name->setParentItem(shape);
      name->setBrush(ViewPalette::ink());
      name->setText(QFontMetricsF(name->font()).elidedText(name->text(), Qt::ElideRight, width - 24));
      centerOn(name, rect.center() - QPointF(0, 10));
      kind = new QGraphicsSimpleTextItem(shape);
      kind->setFont(ViewPalette::font(10));
      kind->setBrush(ViewPalette::ink());
      kind->setData(0, rect.center() + QPointF(0, 11));
    }
    m_columnKinds.push_back(kind);
  }
}

void IpcSequenceChart::retranslate() {
  m_rows.clear();
  const IpcSetup& setup = *m_simulation.timeline().initialState().setup;
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  m_subtitle->setText(typesetChinese(tr("Time runs down, one row per step; each call is an arrow between a process and an object")));
  const QStringList legend = {tr("call, data in"), tr("returns, data out"), tr("blocks (waits)"), tr("fails with errno"), tr("SIGPIPE"), tr("exit")};
  qreal x = 0;
  for (std::size_t i = 0; i < m_legendTexts.size(); ++i) {
    m_legend[i]->setX(x);
    m_legendTexts[i]->setText(typesetChinese(legend.value(static_cast<int>(i))));
    m_legendTexts[i]->setX(x + 56);
    x += 56 + m_legendTexts[i]->boundingRect().width() + 36;
  }
  m_legendRight = x;
  for (std::size_t i = 0; i < m_columns.shown.size(); ++i) {
    QGraphicsSimpleTextItem* kind = m_columnKinds[i];
    if (!kind) continue;
    const ObjectSpec& spec = setup.objects[m_columns.shown[i].column.index];
    kind->setText(typesetChinese(objectKindTitle(spec)));
    centerOn(kind, kind->data(0).toPointF());
  }
  QStringList more;
  if (m_columns.hiddenProcesses == 1) more << tr("+1 more process not shown");
  if (m_columns.hiddenProcesses > 1) more << tr("+%1 more processes not shown").arg(m_columns.hiddenProcesses);
  if (m_columns.hiddenObjects == 1) more << tr("+1 more object not shown");
  if (m_columns.hiddenObjects > 1) more << tr("+%1 more objects not shown").arg(m_columns.hiddenObjects);
  m_more->setText(typesetChinese(more.join(QStringLiteral(" · "))));
  m_more->setPos(m_columns.right - m_more->boundingRect().width(), kHeadTop - 28);
  m_bodyHeight = bodyHeight();
  const qreal top = m_presentation ? kLegendY - 12 : -16;
  setSceneRect(QRectF(-16, top, std::max(m_columns.right, m_legendRight) + 32, kBodyTop + m_bodyHeight + 32 - (top + 16)));
  if (isAnimating()) finishAnimations();
  else draw(m_position, false);
}

// Each entry's lane: the first, from the lane of the last entry on one of its lifelines, where
// neither its arrow nor its label meets another's.
std::vector<IpcSequenceChart::Placed> IpcSequenceChart::placeRow(const SequenceRow& row) const {
  const QFontMetricsF metrics(labelFont());
  std::vector<Placed> out;
  std::vector<std::vector<std::pair<qreal, qreal>>> lanes;
  for (const SequenceEntry& e : row.entries) {
    const auto from = m_columns.xOf(e.from), to = m_columns.xOf(e.to);
    if (!from || !to) continue;
    Placed p{&e, *from, *to, 0, {}};
    const qreal span = std::abs(*to - *from);
    const qreal natural = metrics.horizontalAdvance(typesetChinese(e.label));
    QRectF label;
    if (e.kind == Kind::Note) {
      const qreal w = std::min(natural + 16, m_columns.pitch * 1.6);
      label = QRectF(*from - w / 2, kArrowInLane - 26, w, 30);
    } else if (e.kind == Kind::Exit) {
      const qreal w = std::min(natural, m_columns.pitch * 0.9);
      label = QRectF(*from + 16, kArrowInLane - metrics.height() / 2, w, metrics.height());
    } else {
      const qreal w = std::min(natural, std::max(span - 12, m_columns.pitch * 1.8));
      const qreal mid = (*from + *to) / 2;
      qreal left = std::clamp(mid - w / 2, kGutter, std::max(kGutter, m_columns.right - w));
      label = QRectF(left, kArrowInLane - 5 - metrics.height(), w, metrics.height());
    }
    p.labelRect = label;
    const qreal lo = std::min({*from, *to, label.left()}) - 6, hi = std::max({*from, *to, label.right()}) + 6;
    // Never above an earlier entry on one of its lifelines: each lifeline reads in time order.
    int lane = 0;
    for (const Placed& before : out)
      if (before.entry->from == e.from || before.entry->from == e.to || before.entry->to == e.from || before.entry->to == e.to)
        lane = std::max(lane, before.lane);
    for (;; ++lane) {
      if (lane == static_cast<int>(lanes.size())) lanes.emplace_back();
      const auto& used = lanes[static_cast<std::size_t>(lane)];
      if (std::none_of(used.begin(), used.end(), [&](const auto& r) { return lo < r.second && r.first < hi; })) break;
    }
    lanes[static_cast<std::size_t>(lane)].emplace_back(lo, hi);
    p.lane = lane;
    out.push_back(p);
  }
  return out;
}

qreal IpcSequenceChart::rowHeight(const SequenceRow& row) const {
  int lanes = 1;
  for (const Placed& p : placeRow(row)) lanes = std::max(lanes, p.lane + 1);
  return lanes * kLane + (row.deadlock ? kBand : 0);
}

// The body is as tall as a short run's rows need (a run's length is on the slider already), and
// kMaxBody for longer ones, so the chart does not change size as it grows. In presentation the
// chart keeps the shape of the screen's pane, a window of the latest rows under a header as wide
// as its columns: a tall chart would be fitted by its height, its columns and words shrunk to
// half the screen's width.
qreal IpcSequenceChart::bodyHeight() {
  const std::size_t steps = m_simulation.stepCount();
  if (steps == 0) return kLane;
  if (m_presentation) {
    constexpr qreal kPaneAspect = 2.4;  // 1920 x 1080 less the caption strip and the timeline bar
    const qreal width = std::max(m_columns.right, m_legendRight) + 32;
    const qreal header = kBodyTop - (kLegendY - 12) + 32;
    return std::clamp(width / kPaneAspect - header, 4 * kLane, kMaxBody);
  }
  if (steps > kMeasuredRuns) return kMaxBody;
  qreal total = 0;
  for (const SequenceRow* row : m_rows.rows(1, steps)) {
    total += rowHeight(*row);
    if (total >= kMaxBody) return kMaxBody;
  }
  return std::max(total, kLane);
}

void IpcSequenceChart::clearDynamic() {
  m_animation->stop();
  m_growing.clear();
  for (QGraphicsItem* item : m_dynamic) {
    removeItem(item);
    delete item;
  }
  m_dynamic.clear();
  m_drawnArrows.clear();
  m_drawnSteps.clear();
  m_drawnTops.clear();
  m_drawnHeights.clear();
  m_blockedBars.clear();
  m_windowNote.clear();
  m_note = nullptr;
}

void IpcSequenceChart::draw(std::size_t position, bool animateLastRow) {
  clearDynamic();
  const qreal top = kBodyTop;
  // The window: the latest rows that fit, the current one at the bottom.
  const std::size_t lookBack = static_cast<std::size_t>(kMaxBody / kLane) + 1;
  const std::size_t first = position > lookBack ? position - lookBack + 1 : 1;
  // The row above the window comes too (its states start the lifelines), in the same call: the
  // store may drop its rows when it makes new ones, never while they are in use here.
  std::vector<const SequenceRow*> candidates = m_rows.rows(first > 1 ? first - 1 : 1, position);
  if (first > 1 && !candidates.empty()) candidates.erase(candidates.begin());
  std::vector<const SequenceRow*> rows;
  std::vector<qreal> heights;
  qreal used = 0;
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    const qreal h = rowHeight(**it);
    const bool cut = (*it)->step > 1;  // rows above this one would not be shown
    if (!rows.empty() && used + h + (cut ? kNoteHeight : 0) > m_bodyHeight) break;
    rows.insert(rows.begin(), *it);
    heights.insert(heights.begin(), h);
    used += h;
  }
  qreal y = top;
  if (!rows.empty() && rows.front()->step > 1) {
    m_windowNote = tr("↑ steps 1–%1 above").arg(rows.front()->step - 1);
    m_note = keep(addCaption(*this, {4, y + 2}, labelFont(), ViewPalette::muted()));
    m_note->setText(typesetChinese(m_windowNote));
    y += kNoteHeight;
  }
  if (rows.empty()) {
    auto* hint = keep(addCaption(*this, {kGutter + 8, y + 10}, labelFont(), ViewPalette::muted()));
    hint->setText(typesetChinese(tr("No step yet: each step adds a row here, its calls drawn as arrows")));
  }
  std::vector<std::size_t> steps;
  std::vector<qreal> tops;
  std::vector<std::vector<Placed>> placedRows;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    steps.push_back(rows[i]->step);
    tops.push_back(y);
    placedRows.push_back(placeRow(*rows[i]));
    const bool current = i + 1 == rows.size();
    drawRow(*rows[i], placedRows.back(), y, heights[i], current, current && animateLastRow);
    y += heights[i];
  }
  m_drawnSteps = steps;
  m_drawnTops = tops;
  m_drawnHeights = heights;
  drawLifelines(steps, tops, heights, placedRows, animateLastRow);
}

void IpcSequenceChart::drawRow(const SequenceRow& row, const std::vector<Placed>& placed, qreal top, qreal height, bool current,
                               bool animated) {
  const qreal left = kGutter - 60, right = std::max(m_columns.right, sceneRect().right() - 16);
  // The band: every other row striped, the current one lit and outlined (not colour alone).
  if (current) {
    auto* band = keep(addRect(QRectF(left, top + 1, right - left, height - 2), ViewPalette::pen(ViewPalette::current(), 2.5),
                              ViewPalette::currentFill()));
    band->setZValue(-2);
  } else if (row.step % 2 == 0) {
    auto* band = keep(addRect(QRectF(left, top, right - left, height), Qt::NoPen, ViewPalette::stripe()));
    band->setZValue(-3);
  }
  auto* number = keep(addSimpleText(current ? QStringLiteral("▶ %1").arg(row.step) : QString::number(row.step), labelFont(current)));
  number->setBrush(current ? ViewPalette::currentInk() : ViewPalette::muted());
  number->setPos(kGutter - 12 - number->boundingRect().width(), top + kArrowInLane - number->boundingRect().height() / 2);

  const QFontMetricsF metrics(labelFont());
  // A step of a column not shown still says what it did, in a note.
  if (placed.empty() && !row.entries.empty()) {
    const QString what = tr("%1 (not shown): %2").arg(columnName(SequenceColumn::process(row.actor)), row.entries.front().label);
    auto* note = keep(addSimpleText(metrics.elidedText(typesetChinese(what), Qt::ElideRight, m_columns.right - kGutter - 8), labelFont()));
    note->setBrush(ViewPalette::muted());
    note->setPos(kGutter + 8, top + kArrowInLane - note->boundingRect().height() / 2);
  }
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Placed& p = placed[i];
    const SequenceEntry& e = *p.entry;
    const qreal laneTop = top + p.lane * kLane;
    const qreal y = laneTop + kArrowInLane;
    const QString text = metrics.elidedText(typesetChinese(e.label), Qt::ElideRight, p.labelRect.width() + 1);
    Growing grow;
    grow.kind = e.kind;
    if (e.kind == Kind::Note) {
      const QRectF box = p.labelRect.translated(0, laneTop);
      auto* frame = keep(addPath(roundedRectPath(box, 6), ViewPalette::pen(ViewPalette::muted(), 1.5), ViewPalette::panel()));
      auto* label = keep(addSimpleText(text, labelFont()));
      label->setBrush(ViewPalette::ink());
      centerOn(label, box.center());
      frame->setZValue(1);
      label->setZValue(2);
      grow.onArrival = {frame};
      grow.label = label;
    } else if (e.kind == Kind::Exit) {
      const bool killed = e.fatal;
      std::vector<QGraphicsItem*> x = sequenceMark(*this, SequenceMarkKind::Exit, {p.fromX - 10, y}, {p.fromX + 10, y}, killed);
      for (QGraphicsItem* item : x) keep(item);
      auto* label = keep(addSimpleText(text, labelFont(true)));
      label->setBrush(killed ? ViewPalette::fault() : ViewPalette::ink());
      label->setPos(p.labelRect.left(), laneTop + p.labelRect.top());
      grow.onArrival = x;
      grow.label = label;
    } else {
      // The shaft stops short of a lifeline it points at, so the head sits on the line.
      const qreal dir = p.toX >= p.fromX ? 1 : -1;
      const QPointF from(p.fromX + dir * (e.kind == Kind::Signal || e.kind == Kind::Reply ? 4 : kBarWidth / 2 + 2), y);
      const QPointF to(p.toX - dir * (e.kind == Kind::Blocked || e.kind == Kind::Failed ? 22 : 3), y);
      const SequenceMarkKind mark = e.kind == Kind::Call      ? SequenceMarkKind::Call
                                    : e.kind == Kind::Reply   ? SequenceMarkKind::Reply
                                    : e.kind == Kind::Blocked ? SequenceMarkKind::Blocked
                                    : e.kind == Kind::Failed  ? SequenceMarkKind::Failed
                                                              : SequenceMarkKind::Signal;
      std::vector<QGraphicsItem*> items = sequenceMark(*this, mark, from, to);
      for (QGraphicsItem* item : items) {
        keep(item)->setZValue(3);
      }
      grow.shaft = static_cast<QGraphicsPathItem*>(items.front());
      grow.onArrival.assign(items.begin() + 1, items.end());
      grow.from = from;
      grow.to = to;
      auto* label = keep(addSimpleText(text, labelFont(e.kind == Kind::Failed)));
      label->setBrush(e.kind == Kind::Failed || e.kind == Kind::Signal ? ViewPalette::fault()
                      : e.kind == Kind::Blocked                       ? blockedColour()
                                                                      : ViewPalette::ink());
      label->setPos(p.labelRect.left() + (p.labelRect.width() - label->boundingRect().width()) / 2, laneTop + p.labelRect.top());
      // A backing in the row's colour, so a lifeline does not run through the words; it comes with
      // the label.
      auto* backing = keep(addRect(label->sceneBoundingRect().adjusted(-3, 0, 3, 0), Qt::NoPen,
                                   current ? ViewPalette::currentFill() : (row.step % 2 == 0 ? ViewPalette::stripe() : QColor(Qt::white))));
      backing->setZValue(1.5);
      label->setZValue(2);
      grow.label = label;
      grow.backing = backing;
      m_drawnArrows.push_back({row.step, e.kind, columnName(e.from), columnName(e.to), p.fromX, p.toX, y, e.label});
    }
    if (animated) m_growing.push_back(grow);
  }
  if (row.deadlock) {
    const qreal bandTop = top + height - kBand + 4;
    auto* band = keep(addRect(QRectF(left, bandTop, right - left, kBand - 8), ViewPalette::pen(ViewPalette::fault(), 2.5), ViewPalette::faultFill()));
    band->setZValue(4);
    auto* text = keep(addSimpleText(QString(), labelFont(true)));
    text->setText(QFontMetricsF(text->font()).elidedText(typesetChinese(*row.deadlock), Qt::ElideRight, right - left - 20));
    text->setBrush(ViewPalette::ink());
    text->setPos(left + 10, bandTop + (kBand - 8 - text->boundingRect().height()) / 2);
    text->setZValue(5);
    if (animated) {
      Growing grow;
      grow.kind = Kind::Note;
      grow.onArrival = {band};
      grow.label = text;
      m_growing.push_back(grow);
    }
  }
}

void IpcSequenceChart::drawLifelines(const std::vector<std::size_t>& steps, const std::vector<qreal>& tops, const std::vector<qreal>& heights,
                                     const std::vector<std::vector<Placed>>& placedRows, bool animateLast) {
  const qreal start = kHeadTop + kHeadHeight;
  const bool band = !steps.empty() && m_rows.row(steps.back()).deadlock.has_value();
  const qreal end = steps.empty() ? kBodyTop + kLane : tops.back() + heights.back() - (band ? kBand - 4 : 0);
  for (const SequenceColumns::Placed& column : m_columns.shown) {
    const qreal x = column.x;
    if (column.column.kind == SequenceColumn::Kind::Object) {
      keep(addLine(QLineF(x, start, x, end), ViewPalette::pen(ViewPalette::grid(), 2)))->setZValue(-1);
      continue;
    }
    const std::uint32_t p = column.column.index;
    // Segments of the lifeline by state: running (a line), blocked (a hatched bar), exited (none).
    struct Segment {
      qreal from, to;
      RunState state;
      int revealAfter;  // the entry of the animated row after which it appears (-1: at once)
    };
    std::vector<Segment> segments;
    RunState state = m_rows.runAfter(steps.empty() ? m_position : steps.front() - 1)[p];
    qreal y = start;
    for (std::size_t r = 0; r < steps.size(); ++r) {
      const SequenceRow& row = m_rows.row(steps[r]);
      // The state changes at each entry of this process: blocked at a blocked call, running again
      // when a call completes, gone at the exit.
      const bool animated = animateLast && r + 1 == steps.size();
      int reveal = -1;
      for (std::size_t i = 0; i < placedRows[r].size(); ++i) {
        const Placed& placed = placedRows[r][i];
        if (placed.entry->process != p) continue;
        const qreal at = tops[r] + placed.lane * kLane + kArrowInLane;
        segments.push_back({y, at, state, reveal});
        switch (placed.entry->kind) {
          case Kind::Blocked: state = RunState::Blocked; break;
          case Kind::Exit: state = RunState::Exited; break;
          case Kind::Signal: break;
          default: state = RunState::Ready; break;
        }
        y = at;
        if (animated) reveal = static_cast<int>(i);
      }
      state = row.runAfter[p];
      if (r + 1 == steps.size()) segments.push_back({y, end, state, reveal});
    }
    if (steps.empty()) segments.push_back({y, end, state, -1});
    // One item per stretch in one state.
    std::vector<Segment> merged;
    for (const Segment& s : segments) {
      if (!merged.empty() && merged.back().state == s.state && merged.back().to == s.from && s.revealAfter < 0 && merged.back().revealAfter < 0)
        merged.back().to = s.to;
      else
        merged.push_back(s);
    }
    segments = std::move(merged);
    for (const Segment& s : segments) {
      if (s.to <= s.from || s.state == RunState::Exited) continue;
      std::vector<QGraphicsItem*> items;
      if (s.state == RunState::Blocked) {
        items = blockedBar(*this, QRectF(x - kBarWidth / 2, s.from, kBarWidth, s.to - s.from));
        m_blockedBars.push_back({columnName(column.column), s.from, s.to});
      } else {
        items = {addLine(QLineF(x, s.from, x, s.to), ViewPalette::pen(ViewPalette::ink(), 2, Qt::SolidLine, Qt::FlatCap))};
      }
      for (QGraphicsItem* item : items) {
        keep(item)->setZValue(0);
        if (s.revealAfter >= 0 && static_cast<std::size_t>(s.revealAfter) < m_growing.size()) {
          m_growing[static_cast<std::size_t>(s.revealAfter)].onArrival.push_back(item);
        }
      }
    }
    // A bar that comes down from above the window says what it is: a text, not colour alone; a
    // process that ended above it says so under its name.
    const RunState above = m_rows.runAfter(steps.empty() ? m_position : steps.front() - 1)[p];
    if (above == RunState::Blocked && !steps.empty() && steps.front() > 1) {
      auto* tag = keep(addSimpleText(typesetChinese(tr("blocked")), labelFont()));
      tag->setBrush(blockedColour());
      tag->setPos(x + kBarWidth, start + 2);
    } else if (above == RunState::Exited) {
      auto* tag = keep(addSimpleText(typesetChinese(tr("(exited)")), labelFont()));
      tag->setBrush(ViewPalette::muted());
      centerOn(tag, QPointF(x, start + 14));
    }
  }
}

void IpcSequenceChart::showPosition(int from, int to, bool animate) {
  m_position = static_cast<std::size_t>(std::max(to, 0));
  const bool grow = animate && to == from + 1 && m_entryMs > 0;
  draw(m_position, grow);
  if (!grow || m_growing.empty()) {
    m_growing.clear();
    return;
  }
  setProgress(0);
  m_animation->setStartValue(0.0);
  m_animation->setEndValue(static_cast<double>(m_growing.size()));
  m_animation->setDuration(static_cast<int>(m_growing.size()) * m_entryMs);
  m_animation->start();
}

// Entry i draws during [i, i + 1]: its shaft from the source to the target, its label fading
// in; what marks its end (the head, the wait mark, the bar, the blocked lifeline) at its end.
void IpcSequenceChart::setProgress(double value) {
  for (std::size_t i = 0; i < m_growing.size(); ++i) {
    Growing& g = m_growing[i];
    const double t = std::clamp(value - static_cast<double>(i), 0.0, 1.0);
    if (g.shaft) {
      const QPointF tip = g.from + (g.to - g.from) * std::max(t, 0.02);
      g.shaft->setPath(sequenceShaft(sequenceMarkOf(g.kind), g.from, tip));
      g.shaft->setVisible(t > 0);
    }
    if (g.label) {
      g.label->setOpacity(std::min(1.0, t * 2));
      if (g.backing) g.backing->setOpacity(t > 0 ? 1 : 0);
    }
    for (QGraphicsItem* item : g.onArrival) item->setVisible(t >= 1);
  }
}

void IpcSequenceChart::finishAnimations() {
  if (!m_growing.empty() || isAnimating()) draw(m_position, false);
}

void IpcSequenceChart::setAnimationSpeed(double speed) {
  m_entryMs = speed <= 0 ? 0 : static_cast<int>(kBaseEntryMs / speed);
  if (m_entryMs == 0) finishAnimations();
}

bool IpcSequenceChart::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void IpcSequenceChart::setPresentation(bool on) {
  if (on == m_presentation) return;
  m_presentation = on;
  // In presentation the caption strip names the scenario and the step: the title and the
  // subtitle give their room to the rows. The small words (legend, kinds, "+N more") grow to
  // the labels' size, to read from the back of a room.
  m_title->setVisible(!on);
  m_subtitle->setVisible(!on);
  for (QGraphicsSimpleTextItem* text : m_legendTexts) text->setFont(ViewPalette::font(on ? 12 : 10.5));
  for (QGraphicsSimpleTextItem* kind : m_columnKinds)
    if (kind) kind->setFont(ViewPalette::font(on ? 11.5 : 10));
  m_more->setFont(ViewPalette::font(on ? 12 : 10.5, true));
  retranslate();  // places the legend and the kinds for their new size, sizes the body, draws
}

qreal IpcSequenceChart::rowTop(std::size_t step) const {
  for (std::size_t i = 0; i < m_drawnSteps.size(); ++i)
    if (m_drawnSteps[i] == step) return m_drawnTops[i];
  return std::numeric_limits<qreal>::quiet_NaN();
}

qreal IpcSequenceChart::rowBottom(std::size_t step) const {
  for (std::size_t i = 0; i < m_drawnSteps.size(); ++i)
    if (m_drawnSteps[i] == step) return m_drawnTops[i] + m_drawnHeights[i];
  return std::numeric_limits<qreal>::quiet_NaN();
}

QStringList IpcSequenceChart::texts() const {
  QStringList out;
  for (QGraphicsItem* item : items())
    if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->isVisible() && !text->text().isEmpty()) out << text->text();
  return out;
}

QString IpcSequenceChart::windowNote() const { return m_windowNote; }

}  // namespace oslens::views

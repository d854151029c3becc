#include "views/kit/cpu_gantt.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <algorithm>
#include <cmath>

#include "views/kit/duration_text.h"
#include "views/kit/item_palette.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using engine::sched::kNoTask;
using engine::sched::Nanoseconds;

namespace {
constexpr qreal kLabelWidth = 96;
constexpr qreal kGanttRowHeight = 26;
constexpr qreal kTop = 34;
constexpr qreal kBarInset = 4;
constexpr qreal kSwatch = 14;

// A tick step of 1, 2 or 5 times a power of ten giving about eight ticks over `span`.
Nanoseconds tickStep(Nanoseconds span) {
  const double raw = static_cast<double>(span) / 8.0;
  const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * power >= raw) return static_cast<Nanoseconds>(m * power);
  return static_cast<Nanoseconds>(10 * power);
}
}  // namespace

CpuGantt::CpuGantt(QStringList taskNames, std::vector<engine::sched::SchedStep> steps, QObject* parent)
    : QGraphicsScene(parent), m_names(std::move(taskNames)), m_steps(std::move(steps)) {
  setBackgroundBrush(Qt::white);
  m_endNs = m_steps.empty() ? 1 : std::max<Nanoseconds>(m_steps.back().atNs, 1);
  m_title = addSimpleText(QString(), ViewPalette::font(12, true));
  m_title->setBrush(ViewPalette::ink());
  m_cpuLabel = addSimpleText(QString(), ViewPalette::font(11, true));
  m_cpuLabel->setBrush(ViewPalette::ink());
  m_cpuLabel->setPos(0, kTop + 4);
  const int rows = std::min<int>(static_cast<int>(m_names.size()), kMaxRows);
  for (int row = 0; row <= rows; ++row)  // row 0 is the CPU
    addRect(QRectF(kLabelWidth, kTop + row * kGanttRowHeight, kPlotWidth, kGanttRowHeight), ViewPalette::pen(ViewPalette::grid(), 0.8),
            row == 0 ? QBrush(ViewPalette::stripe()) : QBrush(Qt::white));
  for (qsizetype task = 0; task < m_names.size(); ++task) {
    const auto index = static_cast<std::size_t>(task);
    const QColor color = ItemPalette::fill(index);
    m_cpuBars.push_back(addPath(QPainterPath(), Qt::NoPen, color));
    m_cpuHatches.push_back(addPath(QPainterPath(), ItemPalette::patternPen(index), Qt::NoBrush));
    m_rowBars.push_back(addPath(QPainterPath(), Qt::NoPen, color));
    m_rowHatches.push_back(addPath(QPainterPath(), ItemPalette::patternPen(index), Qt::NoBrush));
    if (task < kMaxRows) {
      // The row's name in ink, after a swatch of the task's fill: a light colour would not read
      // as text on white, and the swatch carries the hatch of a task past the twelfth.
      const qreal top = kTop + (task + 1) * kGanttRowHeight;
      const QRectF swatch(0, top + (kGanttRowHeight - kSwatch) / 2, kSwatch, kSwatch);
      addRect(swatch, ViewPalette::pen(ItemPalette::outline(index), 1), color);
      addPath(ItemPalette::patternPath(index, swatch), ItemPalette::patternPen(index), Qt::NoBrush);
      auto* label = addSimpleText(m_names[task], ViewPalette::font(11));
      label->setBrush(ViewPalette::ink());
      label->setPos(kSwatch + 5, top + 4);
    }
  }
  m_filled.assign(static_cast<std::size_t>(m_names.size()), 0);
  buildAxis();
  m_now = addLine(QLineF(), ViewPalette::pen(ViewPalette::current(), 2, Qt::DashLine));
  m_now->setZValue(3);
  retranslate();
  setSceneRect(itemsBoundingRect().adjusted(-12, -12, 12, 12));
  showPosition(0);
}

void CpuGantt::buildAxis() {
  const int rows = std::min<int>(static_cast<int>(m_names.size()), kMaxRows);
  const qreal bottom = kTop + (rows + 1) * kGanttRowHeight;
  addLine(QLineF(kLabelWidth, bottom, kLabelWidth + kPlotWidth, bottom), ViewPalette::pen(ViewPalette::ink(), 1.2));
  const Nanoseconds step = std::max<Nanoseconds>(tickStep(m_endNs), 1);
  qreal lastRight = -1e9;
  for (Nanoseconds t = 0; t <= m_endNs; t += step) {
    const qreal x = xOf(t);
    addLine(QLineF(x, bottom, x, bottom + 5), ViewPalette::pen(ViewPalette::ink(), 1));
    auto* label = addSimpleText(durationText(t), ViewPalette::font(9.5));
    label->setBrush(ViewPalette::ink());
    const qreal left = x - label->boundingRect().width() / 2;
    // Labels never overlap: one that would touch the previous is left out.
    if (left < lastRight + 6) {
      delete label;
      continue;
    }
    label->setPos(left, bottom + 7);
    lastRight = left + label->boundingRect().width();
  }
}

qreal CpuGantt::xOf(Nanoseconds ns) const {
  return kLabelWidth + kPlotWidth * static_cast<qreal>(ns) / static_cast<qreal>(m_endNs);
}

std::vector<CpuGantt::Slice> CpuGantt::slicesUpTo(const std::vector<engine::sched::SchedStep>& steps, std::size_t position) {
  std::vector<Slice> out;
  position = std::min(position, steps.size());
  // Step k leaves runningAfter on the CPU from its time until step k+1's.
  for (std::size_t k = 0; k + 1 < position; ++k) {
    const auto& step = steps[k];
    const Nanoseconds to = steps[k + 1].atNs;
    if (step.runningAfter == kNoTask || to <= step.atNs) continue;
    if (!out.empty() && out.back().task == step.runningAfter && out.back().toNs == step.atNs) out.back().toNs = to;
    else out.push_back({step.runningAfter, step.atNs, to});
  }
  return out;
}

void CpuGantt::showPosition(std::size_t position) {
  const std::size_t tasks = m_names.size();
  const auto columns = static_cast<int>(kPlotWidth);
  // Per pixel column: which task had most of it (CPU row) and which tasks ran in it at all.
  std::vector<std::vector<Nanoseconds>> coverage(tasks, std::vector<Nanoseconds>(static_cast<std::size_t>(columns), 0));
  const double nsPerColumn = static_cast<double>(m_endNs) / columns;
  for (const Slice& slice : slicesUpTo(m_steps, position)) {
    if (slice.task >= tasks) continue;
    auto first = static_cast<int>(static_cast<double>(slice.fromNs) / nsPerColumn);
    auto last = static_cast<int>(std::ceil(static_cast<double>(slice.toNs) / nsPerColumn)) - 1;
    first = std::clamp(first, 0, columns - 1);
    last = std::clamp(last, first, columns - 1);
    for (int c = first; c <= last; ++c) {
      const double lo = std::max(static_cast<double>(slice.fromNs), c * nsPerColumn);
      const double hi = std::min(static_cast<double>(slice.toNs), (c + 1) * nsPerColumn);
      coverage[slice.task][static_cast<std::size_t>(c)] += static_cast<Nanoseconds>(std::max(hi - lo, 1.0));
    }
  }
  std::vector<QPainterPath> cpuPaths(tasks), rowPaths(tasks);
  std::vector<int> owner(static_cast<std::size_t>(columns), -1);
  for (int c = 0; c < columns; ++c) {
    Nanoseconds best = 0;
    for (std::size_t t = 0; t < tasks; ++t)
      if (coverage[t][static_cast<std::size_t>(c)] > best) {
        best = coverage[t][static_cast<std::size_t>(c)];
        owner[static_cast<std::size_t>(c)] = static_cast<int>(t);
      }
  }
  // Runs of equal columns become one rectangle each.
  for (int c = 0; c < columns;) {
    int end = c + 1;
    while (end < columns && owner[static_cast<std::size_t>(end)] == owner[static_cast<std::size_t>(c)]) ++end;
    if (const int t = owner[static_cast<std::size_t>(c)]; t >= 0)
      cpuPaths[static_cast<std::size_t>(t)].addRect(QRectF(kLabelWidth + c, kTop + kBarInset, end - c, kGanttRowHeight - 2 * kBarInset));
    c = end;
  }
  for (std::size_t t = 0; t < tasks; ++t) {
    m_filled[t] = 0;
    if (t >= static_cast<std::size_t>(kMaxRows)) continue;
    const qreal top = kTop + (static_cast<qreal>(t) + 1) * kGanttRowHeight + kBarInset;
    for (int c = 0; c < columns;) {
      if (coverage[t][static_cast<std::size_t>(c)] == 0) {
        ++c;
        continue;
      }
      int end = c + 1;
      while (end < columns && coverage[t][static_cast<std::size_t>(end)] > 0) ++end;
      rowPaths[t].addRect(QRectF(kLabelWidth + c, top, end - c, kGanttRowHeight - 2 * kBarInset));
      m_filled[t] += end - c;
      c = end;
    }
  }
  for (std::size_t t = 0; t < tasks; ++t) {
    m_cpuBars[t]->setPath(cpuPaths[t]);
    m_rowBars[t]->setPath(rowPaths[t]);
    m_cpuHatches[t]->setPath(ItemPalette::patternPath(t, cpuPaths[t]));
    m_rowHatches[t]->setPath(ItemPalette::patternPath(t, rowPaths[t]));
  }
  // Names in the CPU row, each in the first bar of a run of its task wide enough to hold it.
  const QFont nameFont = ViewPalette::font(9.5, true);
  const QFontMetricsF metrics(nameFont);
  std::size_t named = 0;
  for (int c = 0; c < columns;) {
    int end = c + 1;
    while (end < columns && owner[static_cast<std::size_t>(end)] == owner[static_cast<std::size_t>(c)]) ++end;
    const int t = owner[static_cast<std::size_t>(c)];
    if (t >= 0 && static_cast<qsizetype>(t) < m_names.size() &&
        metrics.horizontalAdvance(m_names[t]) + 5 <= end - c) {
      if (named == m_cpuNames.size()) {
        // On a plain fill of the task's colour, so that a hatch does not run through the letters.
        auto* backing = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
        backing->setZValue(2);
        auto* text = new QGraphicsSimpleTextItem(backing);
        text->setFont(nameFont);
        m_cpuNames.push_back(text);
      }
      QGraphicsSimpleTextItem* text = m_cpuNames[named++];
      auto* backing = static_cast<QGraphicsRectItem*>(text->parentItem());
      const auto task = static_cast<std::size_t>(t);
      text->setText(m_names[t]);
      text->setBrush(ItemPalette::label(task));
      const QRectF bar(kLabelWidth + c, kTop + kBarInset, end - c, kGanttRowHeight - 2 * kBarInset);
      text->setPos(bar.center() - text->boundingRect().center());
      backing->setBrush(ItemPalette::pattern(task) == ItemPalette::Pattern::None ? QBrush(Qt::NoBrush) : QBrush(ItemPalette::fill(task)));
      backing->setRect(text->mapRectToParent(text->boundingRect()).adjusted(-2, 0, 2, 0));
      backing->setVisible(true);
    }
    c = end;
  }
  for (std::size_t i = named; i < m_cpuNames.size(); ++i) m_cpuNames[i]->parentItem()->setVisible(false);
  const Nanoseconds now = position == 0 || m_steps.empty() ? 0 : m_steps[std::min(position, m_steps.size()) - 1].atNs;
  const int rows = std::min<int>(static_cast<int>(tasks), kMaxRows);
  m_now->setLine(QLineF(xOf(now), kTop - 4, xOf(now), kTop + (rows + 1) * kGanttRowHeight + 4));
}

int CpuGantt::filledColumns(std::size_t task) const { return task < m_filled.size() ? m_filled[task] : 0; }

void CpuGantt::retranslate() {
  m_cpuLabel->setText(tr("CPU"));
  m_title->setText(m_names.size() > kMaxRows ? tr("Who ran when (the first %1 of %2 tasks have rows)").arg(kMaxRows).arg(m_names.size())
                                             : tr("Who ran when"));
  m_title->setPos(kLabelWidth, 4);
}

}  // namespace oslens::views

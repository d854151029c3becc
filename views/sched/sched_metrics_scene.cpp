#include "views/sched/sched_metrics_scene.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <algorithm>

#include "views/core/chinese_typesetting.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/kit/duration_text.h"
#include "views/kit/item_palette.h"
#include "views/sched/sched_metrics.h"
#include "views/sched/sched_narrator.h"

namespace oslens::views {

using namespace engine::baseline;

namespace {
constexpr qreal kSubtitleY = 32;
constexpr qreal kHeadY = 72;
constexpr qreal kFormulaY = 94;
constexpr qreal kRowsTop = 122;
constexpr qreal kRowHeight = 34;
constexpr qreal kCellPadding = 12;  // each side of a cell's text
constexpr qreal kSwatch = 14;
constexpr qreal kSwatchGap = 8;
constexpr int kColumns = SchedMetricsScene::ColumnCount;

QFont headFont() { return ViewPalette::font(12, true); }
QFont formulaFont() { return ViewPalette::font(10); }
QFont cellFont(bool bold) { return ViewPalette::font(13, bold); }

bool isNumeric(int column) { return column != SchedMetricsScene::Task; }
// The columns after which a thin rule separates what is given, what happened, what is measured.
bool groupEndsAfter(int column) { return column == SchedMetricsScene::RunTime || column == SchedMetricsScene::Completion; }

QString dash() { return QStringLiteral("—"); }
}  // namespace

SchedMetricsScene::SchedMetricsScene(const BaselineSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  // The unit of the run's length (its last step's time, or the longest arrival): OSTEP's
  // examples in s, Silberschatz's in ms.
  const auto& timeline = simulation.timeline();
  engine::sched::Nanoseconds end = timeline.ops().empty() ? 0 : timeline.ops().back().atNs;
  for (const auto& spec : timeline.initialState().setup->workload.tasks) end = std::max(end, spec.arrivalNs);
  if (end >= 1'000'000'000) {
    m_unitNs = 1'000'000'000;
    m_unitSymbol = QStringLiteral("s");
  } else if (end >= 1'000'000) {
    m_unitNs = 1'000'000;
    m_unitSymbol = QStringLiteral("ms");
  } else if (end >= 1'000) {
    m_unitNs = 1'000;
    m_unitSymbol = QStringLiteral("µs");
  } else {
    m_unitSymbol = QStringLiteral("ns");
  }

  m_title = addCaption(*this, {0, 0}, ViewPalette::font(16, true), ViewPalette::ink());
  m_subtitle = addCaption(*this, {0, kSubtitleY}, ViewPalette::font(12), ViewPalette::ink());
  for (int c = 0; c < kColumns; ++c) {
    m_heads.push_back(addCaption(*this, {0, kHeadY}, headFont(), ViewPalette::ink()));
    m_formulas.push_back(addCaption(*this, {0, kFormulaY}, formulaFont(), ViewPalette::muted()));
  }
  m_headRule = addLine(QLineF(), ViewPalette::pen(ViewPalette::ink(), 1.5));
  const std::size_t shown = std::min(timeline.initialState().tasks.size(), kMaxRows);
  for (std::size_t i = 0; i < shown; ++i) m_rows.push_back(makeRow(true));
  m_average = makeRow(false);
  m_averageRule = addLine(QLineF(), ViewPalette::pen(ViewPalette::ink(), 2));
  for (int c = 0; c < kColumns; ++c)
    if (groupEndsAfter(c)) m_groupRules.push_back(addLine(QLineF(), ViewPalette::pen(ViewPalette::grid(), 1)));
  m_more = addCaption(*this, {0, 0}, ViewPalette::font(11), ViewPalette::muted());
  m_note = addCaption(*this, {0, 0}, ViewPalette::font(10.5), ViewPalette::muted());
  refresh();
}

SchedMetricsScene::Row SchedMetricsScene::makeRow(bool swatch) {
  Row row;
  row.stripe = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
  row.stripe->setZValue(-2);
  if (swatch) row.swatch = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
  for (int c = 0; c < kColumns; ++c) {
    auto* mark = addRect(QRectF(), Qt::NoPen, Qt::NoBrush);
    mark->setZValue(-1);
    row.marks.push_back(mark);
    row.texts.push_back(addCaption(*this, {0, 0}, cellFont(false), ViewPalette::ink()));
  }
  return row;
}

QString SchedMetricsScene::timeText(engine::sched::Nanoseconds ns) const {
  if (ns == kEndlessBurst) return SchedNarrator::burstText(ns);
  QString text = QString::number(static_cast<double>(ns) / static_cast<double>(m_unitNs), 'f', 2);
  while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.')))) text.chop(1);
  // Too small for the unit (1 µs in a run of seconds): its own unit rather than "0 s".
  if (ns != 0 && (text == QStringLiteral("0") || text == QStringLiteral("-0"))) return durationText(ns);
  return text + QLatin1Char(' ') + m_unitSymbol;
}

QString SchedMetricsScene::meanText(double ns) const { return timeText(static_cast<engine::sched::Nanoseconds>(ns + 0.5)); }

void SchedMetricsScene::refresh() {
  const auto& timeline = m_simulation.timeline();
  show(timeline.state(), timeline.lastEvents());
}

void SchedMetricsScene::show(const BaselineState& s, const std::vector<BaselineEvent>& events) {
  m_title->setText(typesetChinese(tr("Scheduling metrics: %1").arg(SchedNarrator::policyName(s.policy()))));
  m_subtitle->setText(typesetChinese(tr("At t = %1. — : not known yet at this step.").arg(timeText(s.now))));
  const QString heads[kColumns] = {tr("task"),       tr("arrival"),  tr("run time"),   tr("first run"),
                                   tr("completion"), tr("response"), tr("turnaround"), tr("waiting")};
  const QString formulas[kColumns] = {QString(),
                                      QString(),
                                      tr("CPU it needs"),
                                      QString(),
                                      QString(),
                                      tr("first run − arrival"),
                                      tr("completion − arrival"),
                                      tr("ready, not running")};
  for (int c = 0; c < kColumns; ++c) {
    m_heads[static_cast<std::size_t>(c)]->setText(heads[c]);
    m_formulas[static_cast<std::size_t>(c)]->setText(formulas[c]);
  }

  // What this step made known: a first run (Dispatch to a task running for the first time now)
  // and a completion (Exit).
  std::vector<std::vector<bool>> marked(s.tasks.size(), std::vector<bool>(kColumns, false));
  for (const BaselineEvent& event : events) {
    if (const auto* d = std::get_if<Dispatch>(&event); d && d->to != engine::sched::kNoTask && d->to < s.tasks.size() &&
                                                        s.tasks[d->to].run.firstRunNs == s.now) {
      marked[d->to][FirstRun] = marked[d->to][Response] = true;
    }
    if (const auto* e = std::get_if<Exit>(&event); e && e->task < s.tasks.size())
      marked[e->task][Completion] = marked[e->task][Turnaround] = marked[e->task][Waiting] = true;
  }

  for (std::size_t task = 0; task < m_rows.size() && task < s.tasks.size(); ++task) {
    Row& row = m_rows[task];
    const TaskMetrics m = taskMetrics(s, static_cast<TaskId>(task));
    const bool running = s.current == task;
    auto opt = [&](const std::optional<engine::sched::Nanoseconds>& ns) { return ns ? timeText(*ns) : dash(); };
    const QString texts[kColumns] = {
        QString::fromStdString(s.name(static_cast<TaskId>(task))),
        timeText(m.arrivalNs),
        timeText(m.cpuNs),
        opt(m.firstRunNs),
        opt(m.completionNs),
        opt(m.responseNs),
        opt(m.turnaroundNs),
        !m.arrived ? dash() : m.finished ? timeText(m.waitNs) : QStringLiteral("≥ ") + timeText(m.waitNs),
    };
    for (int c = 0; c < kColumns; ++c) {
      auto* text = row.texts[static_cast<std::size_t>(c)];
      text->setText(texts[c]);
      text->setFont(cellFont(c == Task && running));
      // Known facts in ink; what is not known yet, and a task not arrived yet, in grey.
      const bool unknown = texts[c] == dash() || (!m.arrived && c != Task);
      text->setBrush(unknown ? ViewPalette::muted() : ViewPalette::ink());
      row.marks[static_cast<std::size_t>(c)]->setBrush(marked[task][static_cast<std::size_t>(c)] ? QBrush(ViewPalette::changedFill())
                                                                                                  : QBrush(Qt::NoBrush));
    }
    styleItemChip(row.swatch, row.swatch->rect(), nullptr, task, 1);
    row.stripe->setBrush(task % 2 == 1 ? QBrush(ViewPalette::stripe()) : QBrush(Qt::NoBrush));
  }

  // The averages, each once it is known for every task; waiting, while tasks are still to
  // finish, as a lower bound (the waits so far over all tasks).
  const AverageMetrics a = averageMetrics(s);
  const QString averages[kColumns] = {
      tr("average"),
      QString(),
      QString(),
      QString(),
      QString(),
      a.allRan() ? meanText(*a.responseNs()) : dash(),
      a.allFinished() ? meanText(*a.turnaroundNs()) : dash(),
      a.allFinished() ? meanText(*a.waitNs()) : a.arrived > 0 ? QStringLiteral("≥ ") + meanText(a.waitLowerBoundNs()) : dash(),
  };
  const bool allNew[kColumns] = {false, false, false, false, false,
                                 a.allRan() && std::any_of(marked.begin(), marked.end(), [](const auto& r) { return r[Response]; }),
                                 a.allFinished() && std::any_of(marked.begin(), marked.end(), [](const auto& r) { return r[Turnaround]; }),
                                 a.allFinished() && std::any_of(marked.begin(), marked.end(), [](const auto& r) { return r[Waiting]; })};
  for (int c = 0; c < kColumns; ++c) {
    auto* text = m_average.texts[static_cast<std::size_t>(c)];
    text->setText(averages[c]);
    text->setFont(cellFont(true));
    text->setBrush(averages[c] == dash() ? ViewPalette::muted() : ViewPalette::ink());
    m_average.marks[static_cast<std::size_t>(c)]->setBrush(allNew[c] ? QBrush(ViewPalette::changedFill()) : QBrush(Qt::NoBrush));
  }

  const std::size_t hidden = s.tasks.size() - std::min(s.tasks.size(), m_rows.size());
  m_more->setText(hidden > 0 ? typesetChinese(tr("+%1 more tasks, counted in the averages").arg(hidden)) : QString());
  m_note->setText(typesetChinese(tr("≥ : the wait so far (the task has not finished). Highlighted: known from this step on.")));
  layout();
}

void SchedMetricsScene::layout() {
  // Column widths from what a column can hold over the whole run, not from this step's values,
  // so the table keeps its shape as the run goes on.
  const auto& timeline = m_simulation.timeline();
  const engine::sched::Nanoseconds end = timeline.ops().empty() ? 0 : timeline.ops().back().atNs;
  const QFontMetricsF bold(cellFont(true)), heads(headFont()), formulas(formulaFont());
  const QString widest = QStringLiteral("≥ ") + QString::number(static_cast<double>(end) / static_cast<double>(m_unitNs), 'f', 2) +
                         QLatin1Char(' ') + m_unitSymbol;
  std::vector<qreal> widths(kColumns, 0);
  for (int c = 0; c < kColumns; ++c) {
    const auto i = static_cast<std::size_t>(c);
    qreal w = std::max(heads.horizontalAdvance(m_heads[i]->text()), formulas.horizontalAdvance(m_formulas[i]->text()));
    if (isNumeric(c)) w = std::max(w, bold.horizontalAdvance(widest));
    for (const Row& row : m_rows) w = std::max(w, QFontMetricsF(row.texts[i]->font()).horizontalAdvance(row.texts[i]->text()));
    w = std::max(w, bold.horizontalAdvance(m_average.texts[i]->text()));
    if (c == Task) w += kSwatch + kSwatchGap;
    widths[i] = w + 2 * kCellPadding;
  }
  std::vector<qreal> lefts(kColumns + 1, 0);
  for (int c = 0; c < kColumns; ++c) lefts[static_cast<std::size_t>(c) + 1] = lefts[static_cast<std::size_t>(c)] + widths[static_cast<std::size_t>(c)];
  const qreal tableRight = lefts.back();

  // Headers: names left-aligned over the task column, right-aligned over the numbers.
  auto place = [&](QGraphicsSimpleTextItem* item, int c, qreal y, qreal rowHeight = 0) {
    const auto i = static_cast<std::size_t>(c);
    const qreal w = item->boundingRect().width();
    const qreal dy = rowHeight > 0 ? (rowHeight - item->boundingRect().height()) / 2 : 0;
    qreal x = isNumeric(c) ? lefts[i + 1] - kCellPadding - w : lefts[i] + kCellPadding;
    if (c == Task && rowHeight > 0 && item != m_average.texts[i]) x += kSwatch + kSwatchGap;
    item->setPos(x, y + dy);
  };
  for (int c = 0; c < kColumns; ++c) {
    place(m_heads[static_cast<std::size_t>(c)], c, kHeadY);
    place(m_formulas[static_cast<std::size_t>(c)], c, kFormulaY);
  }
  m_headRule->setLine(0, kRowsTop - 4, tableRight, kRowsTop - 4);

  auto placeRow = [&](Row& row, qreal top) {
    row.stripe->setRect(0, top, tableRight, kRowHeight);
    if (row.swatch) row.swatch->setRect(kCellPadding, top + (kRowHeight - kSwatch) / 2, kSwatch, kSwatch);
    for (int c = 0; c < kColumns; ++c) {
      const auto i = static_cast<std::size_t>(c);
      row.marks[i]->setRect(QRectF(lefts[i] + 2, top + 2, widths[i] - 4, kRowHeight - 4));
      place(row.texts[i], c, top, kRowHeight);
    }
  };
  qreal top = kRowsTop;
  for (Row& row : m_rows) {
    placeRow(row, top);
    top += kRowHeight;
  }
  if (!m_more->text().isEmpty()) {
    m_more->setPos(kCellPadding, top + 6);
    top += kRowHeight;
  }
  m_averageRule->setLine(0, top + 2, tableRight, top + 2);
  placeRow(m_average, top + 6);
  const qreal bottom = top + 6 + kRowHeight;
  std::size_t rule = 0;
  for (int c = 0; c < kColumns; ++c)
    if (groupEndsAfter(c)) m_groupRules[rule++]->setLine(lefts[static_cast<std::size_t>(c) + 1], kHeadY - 4, lefts[static_cast<std::size_t>(c) + 1], bottom);
  m_note->setPos(0, bottom + 14);

  // The picture's bounds: the table and its texts (the subtitle's time grows with the run, but
  // not wider than the table in any built-in; the rect is fitted to what is drawn).
  QRectF bounds(0, 0, tableRight, bottom);
  for (QGraphicsSimpleTextItem* item : {m_title, m_subtitle, m_note}) bounds = bounds.united(item->sceneBoundingRect());
  setSceneRect(bounds.adjusted(-16, -16, 16, 16));
}

QString SchedMetricsScene::cellText(std::size_t task, Column column) const {
  return task < m_rows.size() ? m_rows[task].texts[static_cast<std::size_t>(column)]->text() : QString();
}

QString SchedMetricsScene::averageText(Column column) const { return m_average.texts[static_cast<std::size_t>(column)]->text(); }

bool SchedMetricsScene::isMarked(std::size_t task, Column column) const {
  return task < m_rows.size() && m_rows[task].marks[static_cast<std::size_t>(column)]->brush().style() != Qt::NoBrush;
}

QString SchedMetricsScene::titleText() const { return m_title->text(); }
QString SchedMetricsScene::subtitleText() const { return m_subtitle->text(); }

}  // namespace oslens::views

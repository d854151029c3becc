#include "views/cfs/cfs_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

namespace {
// The (time, value) pairs of a line, leaving out the NaN ones (a task not arrived yet).
QList<QPointF> pointsOf(const std::vector<double>& times, const std::vector<double>& values) {
  QList<QPointF> points;
  points.reserve(static_cast<qsizetype>(times.size()));
  for (std::size_t i = 0; i < times.size() && i < values.size(); ++i)
    if (!std::isnan(values[i])) points << QPointF(times[i], values[i]);
  return points;
}

// The part of a line up to time `ms`; a line ends exactly there (interpolated between its two
// samples), so that it meets the step's marker.
QList<QPointF> upTo(const QList<QPointF>& points, double ms, bool interpolate) {
  const auto after = std::upper_bound(points.begin(), points.end(), ms, [](double t, const QPointF& p) { return t < p.x(); });
  QList<QPointF> out(points.begin(), after);
  if (interpolate && after != points.begin() && after != points.end() && out.back().x() < ms) {
    const QPointF a = out.back(), b = *after;
    out << QPointF(ms, a.y() + (b.y() - a.y()) * (ms - a.x()) / (b.x() - a.x()));
  }
  return out;
}

// Where a task's markers go: kMarkersPerLine points along its line, at times spread over the run
// and staggered by task, so that the markers of lines lying on one another (the vruntimes of a
// fair run do) fall side by side, not on top of each other. Each is on the line as drawn (straight
// between two samples).
constexpr int kMarkersPerLine = 8;
QList<QPointF> markerPoints(const std::vector<double>& times, const std::vector<double>& values, std::size_t task, std::size_t tasks) {
  QList<QPointF> points;
  if (times.size() < 2 || values.size() < times.size()) return points;
  const double start = times.front(), span = times.back() - times.front();
  if (span <= 0) return points;
  for (int k = 0; k < kMarkersPerLine; ++k) {
    const double t = start + span * (k + (static_cast<double>(task) + 0.5) / static_cast<double>(std::max<std::size_t>(tasks, 1))) / kMarkersPerLine;
    const auto after = std::upper_bound(times.begin(), times.end(), t);
    if (after == times.begin() || after == times.end()) continue;
    const auto i = static_cast<std::size_t>(after - times.begin()) - 1;
    if (std::isnan(values[i]) || std::isnan(values[i + 1])) continue;
    const double u = times[i + 1] > times[i] ? (t - times[i]) / (times[i + 1] - times[i]) : 0.0;
    points << QPointF(t, values[i] + (values[i + 1] - values[i]) * u);
  }
  return points;
}
}  // namespace

CfsChart::CfsChart(Kind kind, std::shared_ptr<const engine::cfs::CfsShareSamples> samples, QStringList taskNames, QObject* parent)
    : ChartScene(11, 13.5, parent), m_kind(kind), m_samples(std::move(samples)), m_names(std::move(taskNames)) {
  build();
  resizeChart({900, 480});
  retranslate();
}

void CfsChart::build() {
  m_timeAxis = new QValueAxis;
  m_valueAxis = new QValueAxis;
  m_timeAxis->setLabelsFont(ViewPalette::font(10.5));
  m_valueAxis->setLabelsFont(ViewPalette::font(10.5));
  m_timeAxis->setTitleFont(ViewPalette::font(11));
  m_valueAxis->setTitleFont(ViewPalette::font(11));
  chart()->addAxis(m_timeAxis, Qt::AlignBottom);
  chart()->addAxis(m_valueAxis, Qt::AlignLeft);
  const engine::cfs::CfsShareSamples& samples = *m_samples;
  auto attach = [&](QLineSeries* series) { addSeries(series, m_timeAxis, m_valueAxis); };
  m_topValue = m_kind == Kind::Share ? 1.0 : 0.0;
  if (m_kind == Kind::Vruntime) {
    m_minVruntime = new QLineSeries;
    SeriesLook floor;
    floor.colour = ViewPalette::muted();
    floor.width = 2;
    floor.dash = Qt::DashLine;
    addLine(m_minVruntime, floor, m_timeAxis, m_valueAxis);
    m_drawnSoFar.push_back({m_minVruntime, pointsOf(samples.timesMs, samples.minVruntimeMs), true});
  }
  // Each task in its colour (ItemPalette, as in the run queue and the Gantt chart) and with a
  // marker (and past twelve tasks a dash) of its own, so the lines part without colour too.
  for (std::size_t task = 0; task < samples.taskCount; ++task) {
    const SeriesLook look = SeriesLook::numbered(task, ItemPalette::line(task));
    auto* line = new QLineSeries;
    const auto& values = m_kind == Kind::Vruntime ? samples.vruntimeMs[task] : samples.share[task];
    for (double v : values)
      if (!std::isnan(v)) m_topValue = std::max(m_topValue, v);
    if (m_kind == Kind::Share) {
      // The promised share under it: the task's colour, thin and dashed, without markers.
      auto* promised = new QLineSeries;
      promised->setPen(ViewPalette::pen(look.colour, 1.6, Qt::DashLine));
      attach(promised);
      m_drawnSoFar.push_back({promised, pointsOf(samples.timesMs, samples.promised[task]), true});
      m_promisedSeries.push_back(promised);
    }
    QScatterSeries* markers = addLine(line, look, m_timeAxis, m_valueAxis);
    m_drawnSoFar.push_back({line, pointsOf(samples.timesMs, values), true});
    m_drawnSoFar.push_back({markers, markerPoints(samples.timesMs, values, task, samples.taskCount), false});
    m_taskSeries.push_back(line);
  }
  m_current = new QLineSeries;
  m_current->setPen(ViewPalette::pen(ViewPalette::current(), 2, Qt::DotLine));
  attach(m_current);
  const double end = samples.timesMs.empty() ? 1.0 : std::max(samples.timesMs.back(), 1e-3);
  m_timeAxis->setRange(0, end);
  m_valueAxis->setRange(0, m_kind == Kind::Share ? 1.0 : std::max(m_topValue * 1.05, 1e-3));
  m_timeAxis->applyNiceNumbers();
  if (m_kind == Kind::Vruntime) m_valueAxis->applyNiceNumbers();
  setCurrentTime(0);
}

void CfsChart::setCurrentTime(double ms) {
  m_currentMs = ms;
  const double top = m_valueAxis->max();
  m_current->replace(QList<QPointF>{{ms, 0}, {ms, top}});
  for (const DrawnSoFar& line : m_drawnSoFar) line.series->replace(upTo(line.points, ms, line.interpolate));
}

void CfsChart::retranslate() {
  m_timeAxis->setTitleText(tr("time (ms)"));
  if (m_kind == Kind::Vruntime) {
    // Not "the lines stay together": a task that sleeps falls behind (and is placed near
    // min_vruntime when it wakes), which is what cfs-interactive-vs-hogs shows.
    setTitle(tr("vruntime of each task: CFS runs the one furthest behind"));
    m_valueAxis->setTitleText(tr("vruntime (ms)"));
    m_minVruntime->setName(tr("min_vruntime"));
  } else {
    setTitle(tr("CPU share so far (lines with markers) and the share the weights promise (thin dashed lines)"));
    m_valueAxis->setTitleText(tr("share of the CPU"));
  }
  for (std::size_t task = 0; task < m_taskSeries.size(); ++task)
    m_taskSeries[task]->setName(task < static_cast<std::size_t>(m_names.size()) ? m_names[static_cast<qsizetype>(task)] : QString());
}

}  // namespace oslens::views

#include "views/cfs/cfs_chart.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

#include "views/kit/task_palette.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
// A series from (time, value) pairs, leaving out the NaN ones (a task not arrived yet).
void fill(QLineSeries* series, const std::vector<double>& times, const std::vector<double>& values) {
  QList<QPointF> points;
  points.reserve(static_cast<qsizetype>(times.size()));
  for (std::size_t i = 0; i < times.size() && i < values.size(); ++i)
    if (!std::isnan(values[i])) points << QPointF(times[i], values[i]);
  series->replace(points);
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
    m_minVruntime->setPen(ViewPalette::pen(ViewPalette::muted(), 2, Qt::DashLine));
    fill(m_minVruntime, samples.timesMs, samples.minVruntimeMs);
    attach(m_minVruntime);
  }
  for (std::size_t task = 0; task < samples.taskCount; ++task) {
    const QColor color = taskColor(task);
    auto* line = new QLineSeries;
    line->setPen(ViewPalette::pen(color, 2.5));
    const auto& values = m_kind == Kind::Vruntime ? samples.vruntimeMs[task] : samples.share[task];
    fill(line, samples.timesMs, values);
    for (double v : values)
      if (!std::isnan(v)) m_topValue = std::max(m_topValue, v);
    attach(line);
    m_taskSeries.push_back(line);
    if (m_kind == Kind::Share) {
      auto* promised = new QLineSeries;
      promised->setPen(ViewPalette::pen(color, 1.6, Qt::DashLine));
      fill(promised, samples.timesMs, samples.promised[task]);
      attach(promised);
      m_promisedSeries.push_back(promised);
    }
  }
  m_current = new QLineSeries;
  m_current->setPen(ViewPalette::pen(ViewPalette::current(), 2, Qt::DotLine));
  attach(m_current);
  // Only the task lines in the legend (the promised lines are explained in the title).
  for (QLegendMarker* marker : chart()->legend()->markers()) {
    auto* series = marker->series();
    const bool isTask = std::find(m_taskSeries.begin(), m_taskSeries.end(), series) != m_taskSeries.end();
    marker->setVisible(isTask || series == m_minVruntime);
  }
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
}

void CfsChart::retranslate() {
  m_timeAxis->setTitleText(tr("time (ms)"));
  if (m_kind == Kind::Vruntime) {
    chart()->setTitle(tr("vruntime of each task: the lines stay together, that is \"fair\""));
    m_valueAxis->setTitleText(tr("vruntime (ms)"));
    m_minVruntime->setName(tr("min_vruntime"));
  } else {
    chart()->setTitle(tr("CPU share so far (solid) and the share the weights promise (dashed)"));
    m_valueAxis->setTitleText(tr("share of the CPU"));
  }
  for (std::size_t task = 0; task < m_taskSeries.size(); ++task)
    m_taskSeries[task]->setName(task < static_cast<std::size_t>(m_names.size()) ? m_names[static_cast<qsizetype>(task)] : QString());
}

}  // namespace oslens::views

#include "views/kit/free_space_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <vector>

#include "views/core/view_palette.h"
#include "views/kit/buddy_palette.h"

namespace oslens::views {

namespace {
// External fragmentation as the summary defines it: 1 - largest/free, 0 when nothing is free.
double fragmentationPercent(const FreeSpaceChart::Point& p) { return p.free > 0 ? 100.0 * (1.0 - p.largest / p.free) : 0.0; }
}  // namespace

FreeSpaceChart::FreeSpaceChart(std::size_t steps, std::size_t currentStep, Sampler sampler, QObject* parent)
    : ChartScene(11, 13.5, parent) {
  m_steps = steps;
  m_stride = std::max<std::size_t>(1, (m_steps + kMaxSamples - 1) / kMaxSamples);
  m_currentStep = currentStep;
  buildAxesAndSeries();
  if (m_steps <= kMaxStepsChartedAtOnce) {
    m_result = sample(sampler, m_steps, m_stride, {});
  } else {
    // The starting point now, the rest when the worker is done.
    sampler.seek(0);
    const Point start = sampler.point();
    m_result = Samples{{{0, start.free}}, {{0, start.largest}}, {}, {{0, fragmentationPercent(start)}}, false};
    m_worker = std::jthread([this, sampler = std::move(sampler)](std::stop_token stop) {
      Samples samples = sample(sampler, m_steps, m_stride, stop);
      if (stop.stop_requested()) return;
      {
        std::lock_guard lock(m_resultMutex);
        m_result = std::move(samples);
      }
      // Queued to the GUI thread; dropped if the chart is gone by then.
      QMetaObject::invokeMethod(this, [this] { apply(); }, Qt::QueuedConnection);
    });
  }
  apply();
  resizeChart({900, 520});
}

FreeSpaceChart::~FreeSpaceChart() {
  m_worker.request_stop();
  if (m_worker.joinable()) m_worker.join();
}

// Steps the scratch timeline forward a stride at a time: each state is seen once, so the pass
// costs one replay of the scenario.
FreeSpaceChart::Samples FreeSpaceChart::sample(const Sampler& sampler, std::size_t steps, std::size_t stride,
                                               const std::stop_token& stop) {
  Samples out;
  const bool staircase = stride == 1;
  sampler.seek(0);
  const Point first = sampler.point();
  double lastFree = first.free;
  double lastLargest = first.largest;
  double lastFragmentation = fragmentationPercent(first);
  out.free << QPointF(0, lastFree);
  out.largest << QPointF(0, lastLargest);
  out.fragmentation << QPointF(0, lastFragmentation);
  std::uint64_t failures = first.failures;
  for (std::size_t step = std::min(stride, steps); step <= steps && step > 0; step += stride) {
    if (stop.stop_requested()) return out;
    sampler.seek(step);
    const Point p = sampler.point();
    const double x = static_cast<double>(step);
    // A failure in this stride is marked where the stride ends (at its own step when stride is 1).
    if (p.failures > failures) out.failures << QPointF(x, p.free);
    failures = p.failures;
    const double fragmentation = fragmentationPercent(p);
    if (staircase) {
      // A state holds from its step to the next: steps, not slopes.
      out.free << QPointF(x, lastFree) << QPointF(x, p.free);
      out.largest << QPointF(x, lastLargest) << QPointF(x, p.largest);
      out.fragmentation << QPointF(x, lastFragmentation) << QPointF(x, fragmentation);
    } else {
      out.free << QPointF(x, p.free);
      out.largest << QPointF(x, p.largest);
      out.fragmentation << QPointF(x, fragmentation);
    }
    lastFree = p.free;
    lastLargest = p.largest;
    lastFragmentation = fragmentation;
    if (step < steps && step + stride > steps) step = steps - stride;  // end on the last step
  }
  out.complete = true;
  return out;
}

void FreeSpaceChart::buildAxesAndSeries() {
  m_stepAxis = new QValueAxis;
  m_valueAxis = new QValueAxis;
  m_percentAxis = new QValueAxis;
  chart()->addAxis(m_stepAxis, Qt::AlignBottom);
  chart()->addAxis(m_valueAxis, Qt::AlignLeft);
  chart()->addAxis(m_percentAxis, Qt::AlignRight);
  // The gap, shaded between the two lines. Without colour the lines still part: free pages a
  // thick solid line, the largest block a thinner dashed one drawn over it (where the two are
  // equal, the dashes run along the solid line and both show), failures a marker, this step dotted.
  SeriesLook gap;
  gap.area = QBrush(QColor(0xc6, 0x28, 0x28, 45));
  m_gap = new QAreaSeries(new QLineSeries, new QLineSeries);
  m_gap->setPen(Qt::NoPen);
  m_gap->setBrush(gap.area);
  addSeries(m_gap, m_stepAxis, m_valueAxis);
  addLegendEntry(m_gap, gap);
  SeriesLook free;
  free.colour = BuddyPalette::freeLine();
  free.width = 4;
  m_free = new QLineSeries;
  addLine(m_free, free, m_stepAxis, m_valueAxis);
  SeriesLook largest;
  largest.colour = BuddyPalette::usedLine();
  largest.width = 2.5;
  largest.dash = Qt::DashLine;
  m_largest = new QLineSeries;
  addLine(m_largest, largest, m_stepAxis, m_valueAxis);
  SeriesLook failed;
  failed.colour = ViewPalette::fault();
  failed.dash = Qt::NoPen;
  failed.marker = SeriesLook::Marker::Diamond;
  failed.markerSize = 15;
  m_failures = new QScatterSeries;
  applyMarker(m_failures, failed);
  addSeries(m_failures, m_stepAxis, m_valueAxis);
  addLegendEntry(m_failures, failed);
  SeriesLook fragmentation;
  fragmentation.colour = ViewPalette::ink();
  fragmentation.width = 2;
  fragmentation.dash = Qt::DashDotLine;
  m_fragmentation = new QLineSeries;
  addLine(m_fragmentation, fragmentation, m_stepAxis, m_percentAxis);
  SeriesLook now;
  now.colour = ViewPalette::current();
  now.dash = Qt::DotLine;
  now.width = 3;
  m_current = new QLineSeries;
  addLine(m_current, now, m_stepAxis, m_valueAxis);

  const bool staircase = m_stride == 1;
  m_stepAxis->setRange(0, static_cast<double>(std::max<std::size_t>(m_steps, 1)) + (staircase ? 0.5 : 0.0));
  m_stepAxis->setLabelFormat(QStringLiteral("%d"));
  // Ticks on whole steps: every 1, 2, 5, 10, 20, 50 ... steps, at most about 20 of them, fewer
  // as the numbers get wider, so that "500000" is not elided to "..." in a pane of 400 pixels.
  m_stepAxis->setTickType(QValueAxis::TicksDynamic);
  m_stepAxis->setTickAnchor(0);
  const double digits = static_cast<double>(QString::number(m_steps).size());
  const double maxTicks = digits <= 3 ? 20 : digits <= 4 ? 10 : 6;
  double interval = 1;
  for (int k = 0; static_cast<double>(m_steps) / interval > maxTicks; ++k)
    interval = (k % 3 == 0 ? 2 : k % 3 == 1 ? 5 : 10) * std::pow(10.0, k / 3);
  m_stepAxis->setTickInterval(interval);
  m_valueAxis->setLabelFormat(QStringLiteral("%d"));
  m_percentAxis->setRange(0, 100);
  m_percentAxis->setTickType(QValueAxis::TicksDynamic);
  m_percentAxis->setTickAnchor(0);
  m_percentAxis->setTickInterval(25);
  m_percentAxis->setLabelFormat(QStringLiteral("%d%%"));
  m_percentAxis->setGridLineVisible(false);
  for (auto* axis : {m_stepAxis, m_valueAxis, m_percentAxis}) {
    axis->setTitleFont(ViewPalette::font(11.5, true));
    axis->setLabelsFont(ViewPalette::font(10.5));
  }
}

void FreeSpaceChart::apply() {
  std::optional<Samples> result;
  {
    std::lock_guard lock(m_resultMutex);
    result.swap(m_result);
  }
  if (!result) return;
  m_all = std::move(*result);
  double most = 1;
  for (const QPointF& p : m_all.free) most = std::max(most, p.y());
  // Up to the most ever free, in whole units at a round interval: 0, 4, 8, 12, 16 for a 16-page
  // memory (applyNiceNumbers would stretch it to 20).
  // The smallest round interval (1, 2, 4, 5 times a power of ten, or a power of two: memories
  // are powers of two) that needs at most six steps.
  std::vector<double> candidates;
  for (double decade = 1; decade <= most; decade *= 10)
    for (double factor : {1.0, 2.0, 4.0, 5.0}) candidates.push_back(factor * decade);
  for (double power = 1; power <= most; power *= 2) candidates.push_back(power);
  std::sort(candidates.begin(), candidates.end());
  double interval = most;
  for (double candidate : candidates)
    if (std::ceil(most / candidate) <= 6) {
      interval = candidate;
      break;
    }
  m_valueAxis->setRange(0, std::ceil(most / interval) * interval);
  m_valueAxis->setTickType(QValueAxis::TicksDynamic);
  m_valueAxis->setTickAnchor(0);
  m_valueAxis->setTickInterval(interval);
  m_valueAxis->setLabelFormat(QStringLiteral("%d"));
  axisTicksChanged(m_valueAxis);
  m_ready = m_all.complete;
  setCurrentStep(m_currentStep);
  setWords(m_words);
}

void FreeSpaceChart::resizeChart(const QSizeF& size) {
  const bool room = !isCompact(size);
  m_fragmentation->setVisible(room);
  m_percentAxis->setVisible(room);
  ChartScene::resizeChart(size);
}

void FreeSpaceChart::waitUntilReady() {
  if (m_worker.joinable()) m_worker.join();
  apply();
}

// The lines and the failures up to the step shown (no spoiler: a failure to come is not marked
// before it happens), on axes that span the whole run.
void FreeSpaceChart::setCurrentStep(std::size_t step) {
  m_currentStep = step;
  const double x = static_cast<double>(step);
  m_current->replace(QList<QPointF>{{x, 0}, {x, m_valueAxis->max()}});
  auto upTo = [x](const QList<QPointF>& points) {
    const auto end = std::upper_bound(points.begin(), points.end(), x, [](double v, const QPointF& p) { return v < p.x(); });
    return QList<QPointF>(points.begin(), end);
  };
  // Each line's level at the step shown holds on for half a step, so that it shows (a line that
  // ends where it changes would have no width at its last level).
  const bool staircase = m_stride == 1;
  auto level = [&](const QList<QPointF>& points) {
    QList<QPointF> out = upTo(points);
    if (staircase && !out.isEmpty()) out << QPointF(x + 0.5, out.last().y());
    return out;
  };
  const QList<QPointF> free = level(m_all.free), largest = level(m_all.largest);
  m_free->replace(free);
  m_largest->replace(largest);
  m_gap->upperSeries()->replace(free);
  m_gap->lowerSeries()->replace(largest);
  m_fragmentation->replace(level(m_all.fragmentation));
  const QList<QPointF> failures = upTo(m_all.failures);
  m_failures->replace(failures);
  // In the legend once a request has failed, not before: neither a promise nor a spoiler.
  m_failures->setVisible(!failures.isEmpty());
}

void FreeSpaceChart::setWords(const Words& words) {
  m_words = words;
  if (!m_ready) setTitle(words.chartingTitle.arg(QLocale().toString(static_cast<qulonglong>(m_steps))));
  else setTitle(m_stride == 1 ? words.title : words.sampledTitle.arg(m_stride));
  m_stepAxis->setTitleText(words.stepAxis);
  m_valueAxis->setTitleText(words.valueAxis);
  m_free->setName(words.free);
  m_largest->setName(words.largest);
  m_gap->setName(words.gap);
  m_failures->setName(words.failed);
  m_current->setName(words.current);
  m_fragmentation->setName(words.fragmentation);
}

}  // namespace oslens::views

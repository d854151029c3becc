#include "views/buddy/fragmentation_chart.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

#include "views/core/view_palette.h"
#include "views/kit/buddy_palette.h"

namespace oslens::views {

using namespace engine::buddy;

namespace {
double largestBlockPages(const BuddyAllocator& memory) {
  const int order = memory.largestFreeOrder();
  return order < 0 ? 0.0 : static_cast<double>(std::uint64_t{1} << order);
}
}  // namespace

FragmentationChart::FragmentationChart(const BuddySimulation& simulation, QObject* parent)
    : ChartScene(11, 13.5, parent) {
  const auto& timeline = simulation.timeline();
  m_steps = timeline.size();
  m_stride = std::max<std::size_t>(1, (m_steps + kMaxSamples - 1) / kMaxSamples);
  m_currentStep = simulation.position();
  buildAxesAndSeries();

  // A timeline of its own, from the initial state and the ops, with no checkpoints to keep (a
  // budget of one byte): the worker never touches the document's timeline, which the GUI moves.
  engine::Timeline<BuddyReportingModel> scratch(timeline.initialState(), timeline.ops(), 1);
  if (m_steps <= kMaxStepsChartedAtOnce) {
    m_result = sample(std::move(scratch), m_stride, {});
  } else {
    // The starting point now, the rest when the worker is done.
    const auto& start = timeline.initialState().memory;
    m_result = Samples{{{0, static_cast<double>(start.freePages())}}, {{0, largestBlockPages(start)}}, {}, false};
    m_worker = std::jthread([this, scratch = std::move(scratch)](std::stop_token stop) mutable {
      Samples samples = sample(std::move(scratch), m_stride, stop);
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
  retranslate();
}

FragmentationChart::~FragmentationChart() {
  m_worker.request_stop();
  if (m_worker.joinable()) m_worker.join();
}

// Steps the scratch timeline forward a stride at a time: each state is seen once, so the pass
// costs one replay of the scenario.
FragmentationChart::Samples FragmentationChart::sample(engine::Timeline<BuddyReportingModel> scratch, std::size_t stride,
                                                       const std::stop_token& stop) {
  Samples out;
  const std::size_t steps = scratch.size();
  const bool staircase = stride == 1;
  double lastFree = static_cast<double>(scratch.state().memory.freePages());
  double lastLargest = largestBlockPages(scratch.state().memory);
  out.free << QPointF(0, lastFree);
  out.largest << QPointF(0, lastLargest);
  std::uint64_t failures = 0;
  for (std::size_t step = std::min(stride, steps); step <= steps && step > 0; step += stride) {
    if (stop.stop_requested()) return out;
    scratch.seek(step);
    const BuddyState& s = scratch.state();
    const double x = static_cast<double>(step);
    const double free = static_cast<double>(s.memory.freePages());
    const double largest = largestBlockPages(s.memory);
    // A failure in this stride is marked where the stride ends (at its own step when stride is 1).
    if (s.failures > failures) out.failures << QPointF(x, free);
    failures = s.failures;
    if (staircase) {
      // A state holds from its step to the next: steps, not slopes.
      out.free << QPointF(x, lastFree) << QPointF(x, free);
      out.largest << QPointF(x, lastLargest) << QPointF(x, largest);
    } else {
      out.free << QPointF(x, free);
      out.largest << QPointF(x, largest);
    }
    lastFree = free;
    lastLargest = largest;
    if (step < steps && step + stride > steps) step = steps - stride;  // end on the last step
  }
  if (staircase && steps > 0) {
    // The state after the last step, drawn for half a step so its level shows.
    out.free << QPointF(static_cast<double>(steps) + 0.5, lastFree);
    out.largest << QPointF(static_cast<double>(steps) + 0.5, lastLargest);
  }
  out.complete = true;
  return out;
}

void FragmentationChart::buildAxesAndSeries() {
  m_stepAxis = new QValueAxis;
  m_pagesAxis = new QValueAxis;
  chart()->addAxis(m_stepAxis, Qt::AlignBottom);
  chart()->addAxis(m_pagesAxis, Qt::AlignLeft);
  // The gap, shaded between the two lines. Without colour the lines still part: free pages a
  // thick solid line, the largest block a thinner dashed one drawn over it (where the two are
  // equal, the dashes run along the solid line and both show), failures a marker, this step dotted.
  SeriesLook gap;
  gap.area = QBrush(QColor(0xc6, 0x28, 0x28, 45));
  m_gap = new QAreaSeries(new QLineSeries, new QLineSeries);
  m_gap->setPen(Qt::NoPen);
  m_gap->setBrush(gap.area);
  addSeries(m_gap, m_stepAxis, m_pagesAxis);
  addLegendEntry(m_gap, gap);
  SeriesLook free;
  free.colour = BuddyPalette::freeLine();
  free.width = 4;
  m_free = new QLineSeries;
  addLine(m_free, free, m_stepAxis, m_pagesAxis);
  SeriesLook largest;
  largest.colour = BuddyPalette::usedLine();
  largest.width = 2.5;
  largest.dash = Qt::DashLine;
  m_largest = new QLineSeries;
  addLine(m_largest, largest, m_stepAxis, m_pagesAxis);
  SeriesLook failed;
  failed.colour = ViewPalette::fault();
  failed.dash = Qt::NoPen;
  failed.marker = SeriesLook::Marker::Diamond;
  failed.markerSize = 15;
  m_failures = new QScatterSeries;
  applyMarker(m_failures, failed);
  addSeries(m_failures, m_stepAxis, m_pagesAxis);
  addLegendEntry(m_failures, failed);
  SeriesLook now;
  now.colour = ViewPalette::current();
  now.dash = Qt::DotLine;
  now.width = 3;
  m_current = new QLineSeries;
  addLine(m_current, now, m_stepAxis, m_pagesAxis);

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
  m_pagesAxis->setLabelFormat(QStringLiteral("%d"));
  for (auto* axis : {m_stepAxis, m_pagesAxis}) {
    axis->setTitleFont(ViewPalette::font(11.5, true));
    axis->setLabelsFont(ViewPalette::font(10.5));
  }
}

void FragmentationChart::apply() {
  std::optional<Samples> result;
  {
    std::lock_guard lock(m_resultMutex);
    result.swap(m_result);
  }
  if (!result) return;
  m_all = std::move(*result);
  double most = 1;
  for (const QPointF& p : m_all.free) most = std::max(most, p.y());
  // Up to the most pages ever free, in whole pages at a round interval: 0, 4, 8, 12, 16 for a
  // 16-page memory (applyNiceNumbers would stretch it to 20).
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
  m_pagesAxis->setRange(0, std::ceil(most / interval) * interval);
  m_pagesAxis->setTickType(QValueAxis::TicksDynamic);
  m_pagesAxis->setTickAnchor(0);
  m_pagesAxis->setTickInterval(interval);
  m_pagesAxis->setLabelFormat(QStringLiteral("%d"));
  axisTicksChanged(m_pagesAxis);
  m_ready = m_all.complete;
  setCurrentStep(m_currentStep);
  retranslate();
}

void FragmentationChart::waitUntilReady() {
  if (m_worker.joinable()) m_worker.join();
  apply();
}

// The lines and the failures up to the step shown (no spoiler: a failure to come is not marked
// before it happens), on axes that span the whole run.
void FragmentationChart::setCurrentStep(std::size_t step) {
  m_currentStep = step;
  const double x = static_cast<double>(step);
  m_current->replace(QList<QPointF>{{x, 0}, {x, m_pagesAxis->max()}});
  auto upTo = [x](const QList<QPointF>& points) {
    const auto end = std::upper_bound(points.begin(), points.end(), x, [](double v, const QPointF& p) { return v < p.x(); });
    return QList<QPointF>(points.begin(), end);
  };
  const QList<QPointF> free = upTo(m_all.free), largest = upTo(m_all.largest);
  m_free->replace(free);
  m_largest->replace(largest);
  m_gap->upperSeries()->replace(free);
  m_gap->lowerSeries()->replace(largest);
  m_failures->replace(upTo(m_all.failures));
}

void FragmentationChart::retranslate() {
  if (!m_ready) {
    setTitle(tr("Free pages and the largest free block: charting %1 steps…")
                          .arg(QLocale().toString(static_cast<qulonglong>(m_steps))));
  } else {
    setTitle(m_stride == 1
                          ? tr("Free pages and the largest free block: the gap is external fragmentation")
                          : tr("Free pages and the largest free block (a point every %1 steps): the gap is external "
                               "fragmentation")
                                .arg(m_stride));
  }
  m_stepAxis->setTitleText(tr("Step"));
  m_pagesAxis->setTitleText(tr("Pages"));
  m_free->setName(tr("free pages"));
  m_largest->setName(tr("largest free block (pages)"));
  m_gap->setName(tr("free, but not in one block"));
  m_failures->setName(tr("request failed"));
  m_current->setName(tr("this step"));
}

}  // namespace oslens::views

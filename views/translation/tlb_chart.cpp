#include "views/translation/tlb_chart.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

#include "views/core/chinese_typesetting.h"
#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
double faultsOf(const ManagedState& m) { return static_cast<double>(m.faults.minor + m.faults.major + m.faults.cow); }
}  // namespace

TlbChart::TlbChart(const TranslationSimulation& simulation, QObject* parent) : ChartScene(11, 13.5, parent), m_simulation(simulation) {
  const auto& timeline = simulation.timeline();
  const std::size_t steps = timeline.size();
  m_stride = std::max<std::size_t>(1, (steps + kMaxSamples - 1) / kMaxSamples);
  // One replay of the run on a timeline of its own (no checkpoints kept), a point per stride.
  engine::Timeline<TranslationReportingModel> scratch(timeline.initialState(), timeline.ops(), 1);
  m_samples.push_back({});
  double mostFaults = 1;
  for (std::size_t step = m_stride; step <= steps + m_stride - 1; step += m_stride) {
    const std::size_t at = std::min(step, steps);
    scratch.seek(at);
    const ManagedState& m = scratch.state().managed;
    const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
    m_samples.push_back({static_cast<double>(at), lookups ? 100.0 * static_cast<double>(m.tlbHits) / static_cast<double>(lookups) : 0.0,
                         faultsOf(m), m.tlbHits, lookups});
    mostFaults = std::max(mostFaults, faultsOf(m));
    if (at == steps) break;
  }

  m_stepAxis = new QValueAxis;
  m_rateAxis = new QValueAxis;
  m_faultAxis = new QValueAxis;
  chart()->addAxis(m_stepAxis, Qt::AlignBottom);
  chart()->addAxis(m_rateAxis, Qt::AlignLeft);
  chart()->addAxis(m_faultAxis, Qt::AlignRight);
  SeriesLook rate;
  rate.colour = ItemPalette::line(0);
  rate.width = 4;
  rate.marker = steps <= 60 ? SeriesLook::Marker::Circle : SeriesLook::Marker::None;
  m_hitRate = new QLineSeries;
  m_hitRateMarkers = addLine(m_hitRate, rate, m_stepAxis, m_rateAxis);
  SeriesLook faults;
  faults.colour = ViewPalette::fault();
  faults.width = 2.5;
  faults.dash = Qt::DashLine;
  faults.marker = steps <= 60 ? SeriesLook::Marker::Diamond : SeriesLook::Marker::None;
  faults.hollow = true;
  m_faults = new QLineSeries;
  m_faultMarkers = addLine(m_faults, faults, m_stepAxis, m_faultAxis);
  SeriesLook now;
  now.colour = ViewPalette::current();
  now.dash = Qt::DotLine;
  now.width = 3;
  m_current = new QLineSeries;
  addLine(m_current, now, m_stepAxis, m_rateAxis);

  m_stepAxis->setRange(0, static_cast<double>(std::max<std::size_t>(steps, 1)));
  m_stepAxis->setLabelFormat(QStringLiteral("%d"));
  m_stepAxis->setTickType(QValueAxis::TicksDynamic);
  m_stepAxis->setTickAnchor(0);
  double interval = 1;
  for (int k = 0; static_cast<double>(steps) / interval > 12; ++k) interval = (k % 3 == 0 ? 2 : k % 3 == 1 ? 5 : 10) * std::pow(10.0, k / 3);
  m_stepAxis->setTickInterval(interval);
  // Fixed ticks on both value axes, so that their lines coincide (0, 20, ... 100 % against as many
  // round steps of faults).
  m_rateAxis->setRange(0, 100);
  m_rateAxis->setTickCount(6);
  m_rateAxis->setLabelFormat(QStringLiteral("%d"));
  // Faults in whole numbers: five round steps, the ticks of the rate axis.
  double faultInterval = 1;
  for (int k = 0; faultInterval * 5 < mostFaults; ++k) faultInterval = (k % 3 == 0 ? 2 : k % 3 == 1 ? 5 : 10) * std::pow(10.0, k / 3);
  m_faultAxis->setRange(0, faultInterval * 5);
  m_faultAxis->setTickCount(6);
  m_faultAxis->setLabelFormat(QStringLiteral("%d"));
  for (auto* axis : {m_stepAxis, m_rateAxis, m_faultAxis}) {
    axis->setTitleFont(ViewPalette::font(11.5, true));
    axis->setLabelsFont(ViewPalette::font(10.5));
  }
  m_step = simulation.position();
  draw();
  resizeChart({900, 520});
  retranslate();
}

void TlbChart::showPosition(int, int to, bool) {
  m_step = static_cast<std::size_t>(std::max(to, 0));
  draw();
  retranslate();  // the title's figures are those of the step shown
}

// The lines up to the step shown (no spoiler), on axes that span the whole run.
void TlbChart::draw() {
  QList<QPointF> rate, faults;
  for (const Sample& s : m_samples) {
    if (s.step > static_cast<double>(m_step)) break;
    if (s.lookups > 0) rate << QPointF(s.step, s.hitRate);
    faults << QPointF(s.step, s.faults);
  }
  m_hitRate->replace(rate);
  m_faults->replace(faults);
  if (m_hitRateMarkers) m_hitRateMarkers->replace(rate);
  if (m_faultMarkers) m_faultMarkers->replace(faults);
  const double x = static_cast<double>(m_step);
  m_current->replace(QList<QPointF>{{x, 0}, {x, 100}});
}

void TlbChart::retranslate() {
  const TranslationState& s = m_simulation.timeline().state();
  const ManagedState& m = s.managed;
  const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
  const double h = lookups ? static_cast<double>(m.tlbHits) / static_cast<double>(lookups) : 0.0;
  const Latencies& l = s.config.latencies;
  if (!m.tlb)
    setTitle(tr("Page faults so far (no TLB: every access walks %1 levels)").arg(s.config.format.levelCount()));
  else
    setTitle(typesetChinese(tr("TLB hit rate %1% so far: effective access time %2 ns (memory %3 ns, TLB %4 ns, %5 memory accesses on a miss; %6 ns with no TLB hits)")
                                .arg(QString::number(100 * h, 'f', 1))
                                .arg(QString::number(effectiveAccessTimeNs(l, h, s.config.format.levelCount()), 'f', 1))
                                .arg(l.memoryNs)
                                .arg(l.tlbNs)
                                .arg(s.config.format.levelCount() + 1)
                                .arg(QString::number(effectiveAccessTimeNs(l, 0, s.config.format.levelCount()), 'f', 1))));
  m_stepAxis->setTitleText(m_stride == 1 ? tr("Step") : tr("Step (a point every %1 steps)").arg(m_stride));
  // Short axis titles: a pane of the main window is ~200 px tall; the legend names the lines.
  m_rateAxis->setTitleText(QStringLiteral("%"));
  m_faultAxis->setTitleText(QString());
  m_hitRate->setName(tr("TLB hit rate so far (%, left)"));
  m_faults->setName(tr("page faults so far (right)"));
  m_current->setName(tr("this step"));
}

}  // namespace oslens::views

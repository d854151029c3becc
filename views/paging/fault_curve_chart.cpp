#include "views/paging/fault_curve_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "engine/memory/paging/fault_curve.h"
#include "views/core/view_palette.h"
#include "views/paging/paging_narrator.h"

namespace oslens::views {

using namespace engine::paging;

namespace {
// Each policy's look, the same in every scenario: colours from Paul Tol's "bright" scheme, made
// for lines and colour-blind safe (P. Tol, "Colour Schemes", SRON/EPS/TN/09-002, issue 3.2, 2021),
// and a marker shape each, so that the curves part in grey print too. Hollow markers: where two
// curves pass through one point, both shapes show.
SeriesLook policyLook(Policy policy) {
  SeriesLook look;
  look.hollow = true;
  look.markerSize = 13;
  switch (policy) {
    case Policy::Fifo:
      look.colour = QColor(0xEE, 0x66, 0x77);  // red
      look.marker = SeriesLook::Marker::Circle;
      break;
    case Policy::Lru:
      look.colour = QColor(0x44, 0x77, 0xAA);  // blue
      look.marker = SeriesLook::Marker::Square;
      break;
    case Policy::Opt:
      look.colour = QColor(0x22, 0x88, 0x33);  // green
      look.marker = SeriesLook::Marker::Triangle;
      break;
    case Policy::Clock:
      look.colour = QColor(0xCC, 0xBB, 0x44);  // yellow
      look.marker = SeriesLook::Marker::Diamond;
      look.markerSize = 15;
      break;
    case Policy::Lfu:
      look.colour = QColor(0xAA, 0x33, 0x77);  // purple
      look.marker = SeriesLook::Marker::Pentagon;
      look.markerSize = 15;
      break;
    case Policy::Random:
      look.colour = ViewPalette::muted();  // no policy at all: grey and dashed
      look.marker = SeriesLook::Marker::Star;
      look.markerSize = 16;
      look.dash = Qt::DashLine;
      break;
  }
  return look;
}
}  // namespace

FaultCurveChart::FaultCurveChart(const PagingSimulation& simulation, QObject* parent)
    : ChartScene(10, 13, parent), m_simulation(simulation) {
  buildSeries();
  resizeChart({760, 480});
  retranslate();
}

void FaultCurveChart::buildSeries() {
  const auto& timeline = m_simulation.timeline();
  const auto& config = timeline.state().config;
  std::vector<PagingOp> refs = timeline.ops();
  m_truncated = refs.size() > kMaxCharted;
  if (m_truncated) refs.resize(kMaxCharted);

  std::unordered_set<Page> distinct;
  for (const auto& op : refs) {
    distinct.insert(op.page);
    if (distinct.size() > kMaxChartedFrames) break;
  }
  // Up to the point where everything fits (one past it shows the curve flatten).
  m_maxFrames = std::clamp<std::uint32_t>(std::max<std::uint32_t>(config.frames + 2, static_cast<std::uint32_t>(distinct.size()) + 1),
                                          1, kMaxChartedFrames);

  m_framesAxis = new QValueAxis;
  m_faultsAxis = new QValueAxis;
  chart()->addAxis(m_framesAxis, Qt::AlignBottom);
  chart()->addAxis(m_faultsAxis, Qt::AlignLeft);
  std::uint64_t mostFaults = 1;
  // Policies with the same curve share one line.
  std::vector<std::pair<std::vector<std::uint64_t>, std::vector<Policy>>> groups;
  for (Policy policy : kAllPolicies) {
    auto curve = faultCurve(refs, policy, m_maxFrames, config.seed);
    mostFaults = std::max(mostFaults, curve.front());
    auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == curve; });
    if (same == groups.end()) groups.emplace_back(std::move(curve), std::vector<Policy>{policy});
    else same->second.push_back(policy);
  }
  // The scenario's own policy leads its group and is drawn last, on top, thicker: the line the
  // description talks about.
  for (auto& [curve, policies] : groups)
    if (auto it = std::find(policies.begin(), policies.end(), config.policy); it != policies.end()) std::rotate(policies.begin(), it, it + 1);
  std::stable_partition(groups.begin(), groups.end(), [&](const auto& g) { return g.second.front() != config.policy; });
  for (const auto& [curve, policies] : groups) {
    auto* series = new QLineSeries;
    for (std::uint32_t i = 0; i < curve.size(); ++i) series->append(i + 1, static_cast<qreal>(curve[i]));
    SeriesLook look = policyLook(policies.front());
    if (policies.front() == config.policy) look.width = 4;
    series->setObjectName(QString::fromLatin1(policyName(policies.front()).data()));
    QScatterSeries* markers = addLine(series, look, m_framesAxis, m_faultsAxis);
    markers->replace(series->points());
    m_curves.push_back({series, policies});
  }
  // The scenario's own policy and memory size, ringed.
  m_current = new QScatterSeries;
  SeriesLook ring;
  ring.colour = ViewPalette::current();
  ring.dash = Qt::NoPen;
  ring.marker = SeriesLook::Marker::Circle;
  ring.hollow = true;
  ring.markerSize = 24;
  applyMarker(m_current, ring);
  m_current->setPen(ViewPalette::pen(ViewPalette::current(), 3));
  showPosition(0, static_cast<int>(m_simulation.position()), false);
  addSeries(m_current, m_framesAxis, m_faultsAxis);
  addLegendEntry(m_current, ring);

  // Half a frame of room at both ends, so the markers at the first and the last frame count are
  // drawn whole, not cut by the plot's edge; ticks on the whole frame counts.
  m_framesAxis->setRange(0.6, m_maxFrames + 0.4);
  m_framesAxis->setTickType(QValueAxis::TicksDynamic);
  m_framesAxis->setTickAnchor(1);
  m_framesAxis->setTickInterval(std::max<double>(1, std::ceil((m_maxFrames - 1) / 11.0)));
  m_framesAxis->setLabelFormat(QStringLiteral("%d"));
  m_faultsAxis->setRange(0, static_cast<qreal>(mostFaults));
  m_faultsAxis->applyNiceNumbers();
  m_faultsAxis->setLabelFormat(QStringLiteral("%d"));
  for (auto* axis : {m_framesAxis, m_faultsAxis}) {
    axis->setTitleFont(ViewPalette::font(10.5, true));
    axis->setLabelsFont(ViewPalette::font(9.5));
  }
}

void FaultCurveChart::showPosition(int, int, bool) {
  const auto& state = m_simulation.timeline().state();
  m_current->clear();
  if (state.config.frames <= m_maxFrames) m_current->append(state.config.frames, static_cast<qreal>(state.faults));
}

QPointF FaultCurveChart::scenarioPoint() const { return m_current->count() ? m_current->at(0) : QPointF(); }

void FaultCurveChart::retranslate() {
  setTitle(m_truncated ? tr("Page faults against number of frames (first %1 references)")
                                      .arg(QLocale().toString(static_cast<qulonglong>(kMaxCharted)))
                                : tr("Page faults against number of frames"));
  m_framesAxis->setTitleText(tr("Frames"));
  m_faultsAxis->setTitleText(tr("Page faults"));
  m_current->setName(tr("this run so far"));
  for (const Curve& curve : m_curves) {
    QStringList titles;
    for (Policy policy : curve.policies) titles << PagingNarrator::policyTitle(policy);
    curve.line->setName(titles.join(QStringLiteral(" = ")));
  }
}

}  // namespace oslens::views

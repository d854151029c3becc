#include "views/paging/fault_curve_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <unordered_set>

#include "engine/memory/paging/fault_curve.h"
#include "views/core/view_palette.h"
#include "views/paging/paging_narrator.h"

namespace oslens::views {

using namespace engine::paging;

namespace {
QColor policyColor(Policy policy) {
  switch (policy) {
    case Policy::Fifo: return QColor(0xc6, 0x28, 0x28);
    case Policy::Lru: return QColor(0x15, 0x65, 0xc0);
    case Policy::Opt: return QColor(0x2e, 0x7d, 0x32);
    case Policy::Clock: return QColor(0xef, 0x6c, 0x00);
    case Policy::Lfu: return QColor(0x6a, 0x1b, 0x9a);
    case Policy::Random: return QColor(0x75, 0x75, 0x75);
  }
  return Qt::black;
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
  std::uint64_t currentFaults = 0;
  // The scenario's own policy is drawn last, on top: where curves coincide (Clock and FIFO on
  // Belady's string) the line the description talks about must be the one a student sees.
  std::vector<Policy> order;
  for (Policy policy : kAllPolicies)
    if (policy != config.policy) order.push_back(policy);
  order.push_back(config.policy);
  for (Policy policy : order) {
    auto* series = new QLineSeries;
    const auto curve = faultCurve(refs, policy, m_maxFrames, config.seed);
    for (std::uint32_t i = 0; i < curve.size(); ++i) series->append(i + 1, static_cast<qreal>(curve[i]));
    mostFaults = std::max(mostFaults, curve.front());
    if (policy == config.policy && config.frames <= m_maxFrames) currentFaults = curve[config.frames - 1];
    QPen pen = ViewPalette::pen(policyColor(policy), policy == config.policy ? 3.5 : 2.0);
    if (policy == Policy::Random) pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setObjectName(QString::fromLatin1(policyName(policy).data()));
    addSeries(series, m_framesAxis, m_faultsAxis);
  }
  // The scenario's own policy and memory size, ringed.
  m_current = new QScatterSeries;
  m_current->setMarkerSize(16);
  m_current->setColor(QColor(0xf5, 0x9e, 0x0b, 70));
  m_current->setBorderColor(ViewPalette::current());
  m_current->setPen(ViewPalette::pen(ViewPalette::current(), 3));
  if (config.frames <= m_maxFrames) m_current->append(config.frames, static_cast<qreal>(currentFaults));
  addSeries(m_current, m_framesAxis, m_faultsAxis);

  m_framesAxis->setRange(1, m_maxFrames);
  m_framesAxis->setTickCount(static_cast<int>(std::min<std::uint32_t>(m_maxFrames, 12)));
  m_framesAxis->setLabelFormat(QStringLiteral("%d"));
  m_faultsAxis->setRange(0, static_cast<qreal>(mostFaults));
  m_faultsAxis->applyNiceNumbers();
  m_faultsAxis->setLabelFormat(QStringLiteral("%d"));
  for (auto* axis : {m_framesAxis, m_faultsAxis}) {
    axis->setTitleFont(ViewPalette::font(10.5, true));
    axis->setLabelsFont(ViewPalette::font(9.5));
  }
}

void FaultCurveChart::retranslate() {
  chart()->setTitle(m_truncated ? tr("Page faults against number of frames (first %1 references)")
                                      .arg(QLocale().toString(static_cast<qulonglong>(kMaxCharted)))
                                : tr("Page faults against number of frames"));
  m_framesAxis->setTitleText(tr("Frames"));
  m_faultsAxis->setTitleText(tr("Page faults"));
  for (auto* series : chart()->series()) {
    if (series == m_current) {
      series->setName(tr("this scenario"));
      continue;
    }
    if (auto policy = policyFromName(series->objectName().toStdString())) series->setName(PagingNarrator::policyTitle(*policy));
  }
}

}  // namespace oslens::views

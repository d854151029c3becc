#include "views/buddy/buddy_view.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "views/buddy/buddy_info_model.h"
#include "views/buddy/buddy_scene.h"
#include "views/buddy/fragmentation_chart.h"
#include "views/buddy/live_allocations_model.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_table.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
const QString kFragmentation = QStringLiteral("fragmentation");
// A buddy step has several moves (search, take, each split, hand out): each gets about this long.
constexpr int kBaseAnimationMs = 800;
}  // namespace

BuddyView::BuddyView(const engine::buddy::BuddySimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_diagram(new BuddyScene(simulation, this)),
      m_buddyInfo(new BuddyInfoModel(simulation, this)),
      m_live(new LiveAllocationsModel(simulation, this)) {}

BuddyView::~BuddyView() = default;

FragmentationChart* BuddyView::chart() {
  if (!m_chart) m_chart = new FragmentationChart(m_simulation, this);
  return m_chart;
}

QStringList BuddyView::viewNames() const { return {kMemory, kFragmentation}; }

QString BuddyView::viewTitle(const QString& name) const {
  return name == kFragmentation ? tr("Fragmentation over time (chart)") : tr("Free lists and physical memory");
}

QGraphicsScene* BuddyView::scene(const QString& name) {
  if (name == kMemory) return m_diagram;
  if (name == kFragmentation) {
    // Exports ask for the scene: they get the whole chart, waiting for the worker if need be.
    chart()->waitUntilReady();
    return m_chart;
  }
  return nullptr;
}

QWidget* BuddyView::createWidget(QWidget* parent) {
  auto* splitter = new QSplitter(Qt::Vertical, parent);
  auto* diagramView = new FittedSceneView(m_diagram, splitter);
  diagramView->setObjectName(QStringLiteral("buddyDiagramView"));
  FragmentationChart* fragmentation = chart();
  auto* chartView = new FittedSceneView(fragmentation, splitter,
                                        [fragmentation](const QSizeF& size) { fragmentation->resizeChart(size); });
  chartView->setObjectName(QStringLiteral("fragmentationView"));
  splitter->addWidget(diagramView);
  splitter->addWidget(chartView);
  // The diagram is wide, so it is width-bound: the chart gets the height it does not use.
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({620, 360});
  return splitter;
}

QWidget* BuddyView::createStateWidget(QWidget* parent) {
  auto* panel = new QWidget(parent);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  m_buddyInfoTitle = new QLabel(panel);
  auto* info = makeStateTable(m_buddyInfo, QStringLiteral("buddyInfoTable"), panel);
  // A few rows: as tall as they are, the live allocations get the rest.
  info->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  info->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
  m_liveTitle = new QLabel(panel);
  auto* live = makeStateTable(m_live, QStringLiteral("liveAllocationsTable"), panel);
  layout->addWidget(m_buddyInfoTitle);
  layout->addWidget(info);
  layout->addWidget(m_liveTitle);
  layout->addWidget(live, 1);
  retranslate();
  return panel;
}

void BuddyView::showPosition(int from, int to, bool animate) {
  m_diagram->showPosition(from, to, animate);
  if (m_chart) m_chart->setCurrentStep(static_cast<std::size_t>(to));
  m_buddyInfo->refresh();
  m_live->refresh();
}

void BuddyView::finishAnimations() { m_diagram->finishAnimations(); }

void BuddyView::retranslate() {
  m_diagram->retranslate();
  if (m_chart) m_chart->retranslate();
  m_buddyInfo->refresh();
  m_live->refresh();
  if (m_buddyInfoTitle) m_buddyInfoTitle->setText(tr("/proc/buddyinfo: free blocks (nr_free) per zone and order"));
  if (m_liveTitle) m_liveTitle->setText(tr("Live allocations"));
}

void BuddyView::setAnimationSpeed(double speed) {
  m_diagram->setAnimationDuration(speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed));
}

}  // namespace oslens::views

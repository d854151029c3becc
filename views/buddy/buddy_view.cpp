#include "views/buddy/buddy_view.h"

#include <QSplitter>

#include "views/buddy/buddy_info_model.h"
#include "views/buddy/buddy_scene.h"
#include "views/buddy/buddy_tree_scene.h"
#include "views/buddy/fragmentation_chart.h"
#include "views/buddy/live_allocations_model.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
const QString kFragmentation = QStringLiteral("fragmentation");
const QString kTree = QStringLiteral("tree");
}  // namespace

BuddyView::BuddyView(const engine::buddy::BuddySimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_diagram(new BuddyScene(simulation, this)),
      m_buddyInfo(new BuddyInfoModel(simulation, this)),
      m_live(new LiveAllocationsModel(simulation, this)) {
  addScene(kMemory, QT_TR_NOOP("Free lists and physical memory"), m_diagram);
  addScene(kTree, QT_TR_NOOP("Splits as a binary tree"), new BuddyTreeScene(simulation, this));
  addSceneMadeOnFirstUse(kFragmentation, QT_TR_NOOP("Fragmentation over time (chart)"), [this] { return chart(); },
                         {.showPosition = [this](int, int to, bool) { if (m_chart) m_chart->setCurrentStep(static_cast<std::size_t>(to)); },
                          .retranslate = [this] { if (m_chart) m_chart->retranslate(); },
                          .waitUntilReady = [this] { chart()->waitUntilReady(); }});
  addTable(m_buddyInfo);
  addTable(m_live);
}

FragmentationChart* BuddyView::chart() {
  if (!m_chart) m_chart = new FragmentationChart(m_simulation, this);
  return m_chart;
}

// The diagram is wide, so it is width-bound: the chart gets the height it does not use.
QWidget* BuddyView::createWidget(QWidget* parent) {
  auto* tabs = createSceneTabs({{kTree, QStringLiteral("buddyTreeView")}, {kFragmentation, QStringLiteral("fragmentationView")}},
                               nullptr);
  return stack(createSceneView(kMemory, QStringLiteral("buddyDiagramView"), nullptr), tabs, 2, 1, {620, 360}, parent);
}

QWidget* BuddyView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("/proc/buddyinfo: free blocks (nr_free) per zone and order"); });
  panel->addTable(m_buddyInfo, QStringLiteral("buddyInfoTable"), StatePanel::Height::FitRows);
  panel->addLabel([this] { return tr("Live allocations"); });
  panel->addTable(m_live, QStringLiteral("liveAllocationsTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

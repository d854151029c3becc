#include "views/freelist/freelist_view.h"

#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/freelist/heap_blocks_model.h"
#include "views/freelist/heap_chart.h"
#include "views/freelist/heap_scene.h"

namespace oslens::views {

namespace {
const QString kHeap = QStringLiteral("heap");
const QString kFragmentation = QStringLiteral("fragmentation");
}  // namespace

FreelistView::FreelistView(const engine::freelist::FreelistSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_heap(new HeapScene(simulation, this)),
      m_blocks(new HeapBlocksModel(simulation, this)) {
  addScene(kHeap, QT_TR_NOOP("Free list and heap"), m_heap);
  addSceneMadeOnFirstUse(kFragmentation, QT_TR_NOOP("Free space over time (chart)"), [this] { return chart(); },
                         {.showPosition = [this](int, int to, bool) { if (m_chart) m_chart->setCurrentStep(static_cast<std::size_t>(to)); },
                          .retranslate = [this] { if (m_chart) m_chart->retranslate(); },
                          .waitUntilReady = [this] { chart()->waitUntilReady(); }});
  addTable(m_blocks);
}

HeapChart* FreelistView::chart() {
  if (!m_chart) m_chart = new HeapChart(m_simulation, this);
  return m_chart;
}

// The heap picture is wide: width-bound, with the chart under it in the height it leaves.
QWidget* FreelistView::createWidget(QWidget* parent) {
  auto* tabs = createSceneTabs({{kFragmentation, QStringLiteral("heapChartView")}}, nullptr);
  return stack(createSceneView(kHeap, QStringLiteral("heapView"), nullptr), tabs, 2, 1, {620, 360}, parent);
}

QWidget* FreelistView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("Blocks in use, by address"); });
  panel->addTable(m_blocks, QStringLiteral("heapBlocksTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

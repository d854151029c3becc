#include "views/paging/paging_view.h"

#include <QSplitter>

#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/paging/fault_curve_chart.h"
#include "views/paging/frame_table_model.h"
#include "views/paging/paging_scene.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
const QString kFaults = QStringLiteral("faults");
}  // namespace

PagingView::PagingView(const engine::paging::PagingSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_diagram(new PagingScene(simulation, this)),
      m_chart(new FaultCurveChart(simulation, this)),
      m_frames(new FrameTableModel(simulation, this)) {
  addScene(kMemory, QT_TR_NOOP("Memory and reference string"), m_diagram);
  addScene(kFaults, QT_TR_NOOP("Faults against frames (chart)"), m_chart);
  addTable(m_frames);
}

// Stacked: both pictures are wider than tall, so each gets the full width.
QWidget* PagingView::createWidget(QWidget* parent) {
  return stack(createSceneView(kMemory, QStringLiteral("pagingDiagramView"), nullptr),
               createSceneView(kFaults, QStringLiteral("faultCurveView"), nullptr), 2, 1, {600, 380}, parent);
}

QWidget* PagingView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addTable(m_frames, QStringLiteral("frameTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

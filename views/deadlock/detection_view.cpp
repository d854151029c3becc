#include "views/deadlock/detection_view.h"

#include <QSplitter>
#include <cstdlib>

#include "views/core/fitted_scene_view.h"
#include "views/deadlock/detection_matrices.h"
#include "views/deadlock/resource_graph_scene.h"
#include "views/kit/matrix_scene.h"
#include "views/kit/matrix_steps.h"

namespace oslens::views {

namespace {
const QString kGraph = QStringLiteral("graph");
const QString kMatrices = QStringLiteral("matrices");
}  // namespace

DetectionView::DetectionView(const engine::deadlock::detection::DetectionSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_graph(new ResourceGraphScene(simulation, this)),
      m_matrices(new MatrixScene(this)),
      m_player(new MatrixPlayer(m_matrices, this)) {
  showMatrixStep<DetectionMatrices>(*m_player, simulation, static_cast<int>(simulation.position()), false);
  m_graph->setVerdictWaitsFor([this] { return m_player->running(); });
  addScene(kGraph, QT_TR_NOOP("Resource-allocation graph"), m_graph,
           {.showPosition = [this](int from, int to, bool animate) { m_graph->showCurrent(animate && std::abs(to - from) == 1); }});
  addScene(kMatrices, QT_TR_NOOP("Detection algorithm: the matrices"), m_matrices,
           matrixStepHooks<DetectionMatrices>(m_player, &simulation));
}

// The graph above the matrices: a class sees the cycle and the algorithm's verdict at once.
QWidget* DetectionView::createWidget(QWidget* parent) {
  return stack(createSceneView(kGraph, QStringLiteral("deadlockGraphView"), nullptr),
               createSceneView(kMatrices, QStringLiteral("deadlockMatricesView"), nullptr), 3, 2, {420, 300}, parent);
}

}  // namespace oslens::views

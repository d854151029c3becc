#include "views/deadlock/detection_view.h"

#include <QSplitter>

#include "views/core/fitted_scene_view.h"
#include "views/deadlock/detection_matrices.h"
#include "views/kit/matrix_scene.h"
#include "views/kit/matrix_steps.h"
#include "views/deadlock/resource_graph_scene.h"

namespace oslens::views {

namespace {
const QString kGraph = QStringLiteral("graph");
const QString kMatrices = QStringLiteral("matrices");
}  // namespace

DetectionView::DetectionView(const engine::deadlock::detection::DetectionSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_graph(new ResourceGraphScene(simulation, this)),
      m_matrices(new MatrixScene(this)),
      m_player(new MatrixPlayer(m_matrices, this)) {
  showMatrixStep<DetectionMatrices>(*m_player, m_simulation, static_cast<int>(m_simulation.position()), false);
}

DetectionView::~DetectionView() = default;

QStringList DetectionView::viewNames() const { return {kGraph, kMatrices}; }

QString DetectionView::viewTitle(const QString& name) const {
  if (name == kMatrices) return tr("Detection algorithm: the matrices");
  return tr("Resource-allocation graph");
}

QGraphicsScene* DetectionView::scene(const QString& name) {
  if (name == kGraph) return m_graph;
  if (name == kMatrices) return m_matrices;
  return nullptr;
}

// The graph above the matrices: a class sees the cycle and the algorithm's verdict at once.
QWidget* DetectionView::createWidget(QWidget* parent) {
  auto* split = new QSplitter(Qt::Vertical, parent);
  auto* graph = new FittedSceneView(m_graph, split);
  graph->setObjectName(QStringLiteral("deadlockGraphView"));
  auto* matrices = new FittedSceneView(m_matrices, split);
  matrices->setObjectName(QStringLiteral("deadlockMatricesView"));
  split->addWidget(graph);
  split->addWidget(matrices);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({420, 300});
  return split;
}

QWidget* DetectionView::createStateWidget(QWidget*) { return nullptr; }

void DetectionView::showPosition(int from, int to, bool animate) {
  m_graph->showCurrent(animate && std::abs(to - from) == 1);
  showMatrixStep<DetectionMatrices>(*m_player, m_simulation, to, animate && to == from + 1);
}

void DetectionView::finishAnimations() {
  m_graph->finishAnimations();
  m_player->finish();
}

void DetectionView::retranslate() {
  m_graph->retranslate();
  showMatrixStep<DetectionMatrices>(*m_player, m_simulation, static_cast<int>(m_simulation.position()), false);
}

void DetectionView::setAnimationSpeed(double speed) {
  m_graph->setSpeed(speed);
  m_player->setSpeed(speed);
}

}  // namespace oslens::views

#include "views/banker/banker_view.h"

#include "views/banker/banker_matrices.h"
#include "views/core/fitted_scene_view.h"
#include "views/kit/matrix_scene.h"
#include "views/kit/matrix_steps.h"

namespace oslens::views {

namespace {
const QString kMatrices = QStringLiteral("matrices");
}

BankerView::BankerView(const engine::deadlock::banker::BankerSimulation& simulation, QObject* parent)
    : ModuleView(parent), m_scene(new MatrixScene(this)), m_player(new MatrixPlayer(m_scene, this)) {
  showMatrixStep<BankerMatrices>(*m_player, simulation, static_cast<int>(simulation.position()), false);
  addScene(kMatrices, QT_TR_NOOP("Banker's algorithm: the matrices"), m_scene,
           matrixStepHooks<BankerMatrices>(m_player, &simulation));
}

QWidget* BankerView::createWidget(QWidget* parent) {
  return createSceneView(kMatrices, QStringLiteral("bankerMatricesView"), parent);
}

}  // namespace oslens::views

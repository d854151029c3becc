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
    : ModuleView(parent), m_simulation(simulation), m_scene(new MatrixScene(this)), m_player(new MatrixPlayer(m_scene, this)) {
  showMatrixStep<BankerMatrices>(*m_player, m_simulation, static_cast<int>(m_simulation.position()), false);
}

BankerView::~BankerView() = default;

QStringList BankerView::viewNames() const { return {kMatrices}; }

QString BankerView::viewTitle(const QString&) const { return tr("Banker's algorithm: the matrices"); }

QGraphicsScene* BankerView::scene(const QString& name) { return name == kMatrices ? m_scene : nullptr; }

QWidget* BankerView::createWidget(QWidget* parent) {
  auto* view = new FittedSceneView(m_scene, parent);
  view->setObjectName(QStringLiteral("bankerMatricesView"));
  return view;
}

// The tables are the whole picture; the narration beside them says the rest.
QWidget* BankerView::createStateWidget(QWidget*) { return nullptr; }

void BankerView::showPosition(int from, int to, bool animate) {
  showMatrixStep<BankerMatrices>(*m_player, m_simulation, to, animate && to == from + 1);
}

void BankerView::finishAnimations() { m_player->finish(); }

void BankerView::retranslate() {
  showMatrixStep<BankerMatrices>(*m_player, m_simulation, static_cast<int>(m_simulation.position()), false);
}

void BankerView::setAnimationSpeed(double speed) { m_player->setSpeed(speed); }

}  // namespace oslens::views

#include "views/core/fitted_scene_view.h"

#include <QKeyEvent>

#include "views/core/chart_scene.h"

namespace oslens::views {

FittedSceneView::FittedSceneView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_chart(qobject_cast<ChartScene*>(scene)) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setFrameShape(QFrame::NoFrame);
  setBackgroundBrush(Qt::white);
  // The diagram holds the keyboard focus so that Left/Right/Space reach the timeline's shortcuts
  // (a QGraphicsView does not claim them); it must never scroll, so the keys are not its own.
  setFocusPolicy(Qt::StrongFocus);
  connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
    if (!m_chart) fit();
  });
}

void FittedSceneView::fit() {
  if (!scene()) return;
  if (m_chart) {
    m_chart->resizeChart(QSizeF(viewport()->size()));
    setSceneRect(scene()->sceneRect());
    resetTransform();
  } else {
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
  }
}

void FittedSceneView::keyPressEvent(QKeyEvent* event) {
  // Arrows, Home, End and Space are the timeline's: never scroll the scene with them.
  event->ignore();
}

void FittedSceneView::resizeEvent(QResizeEvent* event) {
  QGraphicsView::resizeEvent(event);
  fit();
}

void FittedSceneView::showEvent(QShowEvent* event) {
  QGraphicsView::showEvent(event);
  fit();
}

}  // namespace oslens::views

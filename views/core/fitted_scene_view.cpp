#include "views/core/fitted_scene_view.h"

namespace oslens::views {

FittedSceneView::FittedSceneView(QGraphicsScene* scene, QWidget* parent, std::function<void(const QSizeF&)> relayout)
    : QGraphicsView(scene, parent), m_relayout(std::move(relayout)) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setFrameShape(QFrame::NoFrame);
  setBackgroundBrush(Qt::white);
  // Keys belong to the timeline (Left/Right step), not to scrolling the view.
  setFocusPolicy(Qt::NoFocus);
  connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
    if (!m_relayout) fit();
  });
}

void FittedSceneView::fit() {
  if (!scene()) return;
  if (m_relayout) {
    m_relayout(QSizeF(viewport()->size()));
    setSceneRect(scene()->sceneRect());
    resetTransform();
  } else {
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
  }
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

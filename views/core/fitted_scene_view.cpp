#include "views/core/fitted_scene_view.h"

#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

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
  if (scene) {
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
      if (!m_chart) fit();
    });
  }
  // A drag pans: remember where to, so that the next refit (the next step) keeps it.
  for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
    connect(bar, &QScrollBar::valueChanged, this, [this] {
      if (!m_fitting && m_hasCentre) m_centre = centre();
    });
}

QPointF FittedSceneView::centre() const { return mapToScene(viewport()->rect().center()); }

void FittedSceneView::setZoom(double zoom) { zoomAbout(zoom, centre()); }

void FittedSceneView::setChartScale(double scale) {
  scale = std::max(scale, 0.1);
  if (scale == m_chartScale) return;
  m_chartScale = scale;
  if (m_chart) fit();
}

void FittedSceneView::zoomAbout(double zoom, const QPointF& anchor) {
  zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  // In and out again lands on 1 up to rounding: that is the fit, with nothing to pan.
  if (std::abs(zoom - 1.0) < 1e-9) zoom = 1.0;
  if (!scene()) return;
  // The anchor stays put on the screen: the centre moves towards it as the zoom grows.
  const QPointF centreNow = centre();
  const double ratio = m_zoom / zoom;
  m_centre = anchor + (centreNow - anchor) * ratio;
  m_hasCentre = true;
  m_zoom = zoom;
  fit();
}

void FittedSceneView::fit() {
  if (!scene()) return;
  const QScopedValueRollback fitting(m_fitting, true);
  const QPointF keep = m_hasCentre ? m_centre : QPointF();
  resetTransform();
  if (m_chart) {
    // A chart lays itself out for the size it will be seen at; the chart scale and zoom enlarge
    // that layout.
    m_chart->resizeChart(QSizeF(viewport()->size()) / (m_zoom * m_chartScale));
    scale(m_chartScale, m_chartScale);
  } else {
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
  }
  if (m_zoom == 1.0) {
    // Fitted: the whole scene, centred, nothing to pan.
    setSceneRect(scene()->sceneRect());
    setDragMode(QGraphicsView::NoDrag);
    m_hasCentre = false;
    return;
  }
  scale(m_zoom, m_zoom);
  // Room to pan around the whole scene when zoomed in; centred on it when zoomed out.
  setSceneRect(scene()->sceneRect());
  setDragMode(m_zoom > 1.0 ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
  centerOn(m_hasCentre ? keep : scene()->sceneRect().center());
  m_centre = centre();
  m_hasCentre = true;
}

void FittedSceneView::keyPressEvent(QKeyEvent* event) {
  if (event->modifiers() & Qt::ControlModifier) {
    switch (event->key()) {
      case Qt::Key_Plus:
      case Qt::Key_Equal:  // + without Shift on most layouts
        setZoom(m_zoom * kZoomStep);
        event->accept();
        return;
      case Qt::Key_Minus:
        setZoom(m_zoom / kZoomStep);
        event->accept();
        return;
      case Qt::Key_0:
        m_hasCentre = false;
        m_zoom = 1.0;
        fit();
        event->accept();
        return;
      default: break;
    }
  }
  // Arrows, Home, End and Space are the timeline's: never scroll the scene with them.
  event->ignore();
}

void FittedSceneView::wheelEvent(QWheelEvent* event) {
  if (!(event->modifiers() & Qt::ControlModifier)) {
    event->ignore();
    return;
  }
  const double notches = event->angleDelta().y() / 120.0;
  if (notches != 0) zoomAbout(m_zoom * std::pow(kZoomStep, notches), mapToScene(event->position().toPoint()));
  event->accept();
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

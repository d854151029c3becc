#pragma once

#include <QGraphicsView>
#include <QPointF>

namespace oslens::views {

class ChartScene;

// A view that shows its whole scene: diagrams are scaled to fit, up or down (a projector shows the
// same picture as a laptop, only larger); a chart (ChartScene) lays itself out for the viewport's
// size instead, so its text stays at its natural size.
//
// On top of the fit, each view keeps its own zoom and pan: Ctrl and +/−/0, Ctrl and the wheel
// (about the point under the mouse), and dragging when zoomed in. The zoom and the point at the
// centre survive every refit (a step, a resize, a language change); Ctrl+0 fits again. All other
// keys are left to the window, so arrows and Space keep stepping the timeline.
class FittedSceneView : public QGraphicsView {
  Q_OBJECT

 public:
  static constexpr double kMinZoom = 0.5;
  static constexpr double kMaxZoom = 8.0;
  static constexpr double kZoomStep = 1.25;  // one key press or one wheel notch

  explicit FittedSceneView(QGraphicsScene* scene, QWidget* parent = nullptr);

  // 1 = the whole scene fits; 2 = twice as large, panned to keep the centre.
  double zoom() const { return m_zoom; }
  void setZoom(double zoom);
  // The scene point shown at the centre of the viewport.
  QPointF centre() const;
  // A chart lays itself out for the viewport shrunk by `scale` and is drawn `scale` times larger:
  // its text and lines grow with the screen (presentation mode). Diagrams ignore it: they fit.
  void setChartScale(double scale);
  double chartScale() const { return m_chartScale; }
  bool showsChart() const { return m_chart != nullptr; }

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void fit();
  // Zooms to `zoom`, keeping the scene point `anchor` where it is on the screen.
  void zoomAbout(double zoom, const QPointF& anchor);

  ChartScene* m_chart;  // null for a diagram
  double m_zoom = 1.0;
  double m_chartScale = 1.0;
  QPointF m_centre;      // the scene point to keep at the centre when zoomed in
  bool m_hasCentre = false;
  bool m_fitting = false;  // the scroll bars move because of fit(), not a drag
};

}  // namespace oslens::views

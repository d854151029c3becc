#pragma once

#include <QGraphicsView>

namespace oslens::views {

class ChartScene;

// A view that always shows its whole scene: diagrams are scaled to fit (a projector shows the same
// picture as a laptop, only larger); a chart (ChartScene) lays itself out for the viewport's size
// instead, so its text stays at its natural size.
class FittedSceneView : public QGraphicsView {
  Q_OBJECT

 public:
  explicit FittedSceneView(QGraphicsScene* scene, QWidget* parent = nullptr);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void fit();
  ChartScene* m_chart;  // null for a diagram
};

}  // namespace oslens::views

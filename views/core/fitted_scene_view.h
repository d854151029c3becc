#pragma once

#include <QGraphicsView>
#include <functional>

namespace oslens::views {

// A view that always shows its whole scene: diagrams are scaled to fit (a projector shows the same
// picture as a laptop, only larger); a scene that can lay itself out instead (a chart) is given the
// viewport's size through `relayout`, so its text stays at its natural size.
class FittedSceneView : public QGraphicsView {
  Q_OBJECT

 public:
  explicit FittedSceneView(QGraphicsScene* scene, QWidget* parent = nullptr,
                           std::function<void(const QSizeF&)> relayout = {});

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void fit();
  std::function<void(const QSizeF&)> m_relayout;
};

}  // namespace oslens::views

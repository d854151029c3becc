#pragma once

#include "engine/deadlock/detection/detection_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class MatrixScene;
class MatrixPlayer;
class ResourceGraphScene;

// Deadlock detection: the resource-allocation graph with its cycle ("graph") beside the
// Allocation and Request matrices with the detection algorithm's Work and Finish ("matrices").
class DetectionView : public ModuleView {
  Q_OBJECT

 public:
  DetectionView(const engine::deadlock::detection::DetectionSimulation& simulation, QObject* parent = nullptr);
  ~DetectionView() override;

  QStringList viewNames() const override;
  QString viewTitle(const QString& name) const override;
  QGraphicsScene* scene(const QString& name) override;
  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;
  void showPosition(int from, int to, bool animate) override;
  void finishAnimations() override;
  void retranslate() override;
  void setAnimationSpeed(double speed) override;

  ResourceGraphScene* graph() const { return m_graph; }
  MatrixScene* matrices() const { return m_matrices; }
  MatrixPlayer* player() const { return m_player; }

 private:
  const engine::deadlock::detection::DetectionSimulation& m_simulation;
  ResourceGraphScene* m_graph;
  MatrixScene* m_matrices;
  MatrixPlayer* m_player;
};

}  // namespace oslens::views

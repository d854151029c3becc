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

  QWidget* createWidget(QWidget* parent) override;

  ResourceGraphScene* graph() const { return m_graph; }
  MatrixScene* matrices() const { return m_matrices; }
  MatrixPlayer* player() const { return m_player; }

 private:
  ResourceGraphScene* m_graph;
  MatrixScene* m_matrices;
  MatrixPlayer* m_player;
};

}  // namespace oslens::views

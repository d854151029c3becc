#pragma once

#include "engine/deadlock/banker/banker_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class MatrixScene;
class MatrixPlayer;

// The banker's algorithm as the tables of a textbook page ("matrices"): Allocation, Max, Need,
// Available, and during a safety check Work and Finish, with each comparison of the step played
// in turn.
class BankerView : public ModuleView {
  Q_OBJECT

 public:
  BankerView(const engine::deadlock::banker::BankerSimulation& simulation, QObject* parent = nullptr);
  ~BankerView() override;

  QStringList viewNames() const override;
  QString viewTitle(const QString& name) const override;
  QGraphicsScene* scene(const QString& name) override;
  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;
  void showPosition(int from, int to, bool animate) override;
  void finishAnimations() override;
  void retranslate() override;
  void setAnimationSpeed(double speed) override;

  MatrixScene* matrices() const { return m_scene; }
  MatrixPlayer* player() const { return m_player; }

 private:
  const engine::deadlock::banker::BankerSimulation& m_simulation;
  MatrixScene* m_scene;
  MatrixPlayer* m_player;
};

}  // namespace oslens::views

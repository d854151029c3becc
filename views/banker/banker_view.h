#pragma once

#include "engine/deadlock/banker/banker_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class MatrixScene;
class MatrixPlayer;

// The banker's algorithm as the tables of a textbook page ("matrices"): Allocation, Max, Need,
// Available, and during a safety check Work and Finish, with each comparison of the step played
// in turn. The tables are the whole picture; the narration beside them says the rest, so there
// is no state panel.
class BankerView : public ModuleView {
  Q_OBJECT

 public:
  BankerView(const engine::deadlock::banker::BankerSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;

  MatrixScene* matrices() const { return m_scene; }
  MatrixPlayer* player() const { return m_player; }

 private:
  MatrixScene* m_scene;
  MatrixPlayer* m_player;
};

}  // namespace oslens::views

#pragma once

#include "engine/sched/baseline/baseline_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// The classroom table of a baseline run: per task its state, CPU time, response (arrival to
// first run), turnaround (arrival to exit), waiting time (ready but not running) and switches,
// then a row of averages, as OSTEP's scheduler.py and the textbooks' worked examples report them.
class SchedTasksModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { Name, State, Runtime, Response, Turnaround, Wait, Switches, ColumnCount };

  SchedTasksModel(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 protected:
  int rows() const override;
  int columns() const override { return ColumnCount; }

 private:
  QVariant averageCell(int column) const;
  const engine::baseline::BaselineSimulation& m_simulation;
};

}  // namespace oslens::views

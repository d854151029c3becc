#pragma once

#include <QCoreApplication>

#include "engine/sched/cfs/cfs_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// Every task's sched_entity as the state panel shows it: state, nice and weight, vruntime, the
// CPU time it has had, the slice it is due now, its switches and its time waiting while ready.
class CfsTasksModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { Name, State, Nice, Weight, Vruntime, Runtime, Slice, Switches, Wait, ColumnCount };

  CfsTasksModel(const engine::cfs::CfsSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 protected:
  int rows() const override;
  int columns() const override { return ColumnCount; }

 private:
  const engine::cfs::CfsSimulation& m_simulation;
};

}  // namespace oslens::views

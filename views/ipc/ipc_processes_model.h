#pragma once

#include "engine/ipc/ipc_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// The processes of an IPC run as a table: state, the action it does next (or is blocked in),
// bytes written and read, steps spent blocked, its registers (for the lost update).
class IpcProcessesModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { Name, State, Action, Written, Read, Blocked, Registers, ColumnCount };

  IpcProcessesModel(const engine::ipc::IpcSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 protected:
  int rows() const override;
  int columns() const override { return ColumnCount; }

 private:
  const engine::ipc::IpcSimulation& m_simulation;
};

}  // namespace oslens::views

#pragma once

#include "engine/ipc/ipc_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// The objects of an IPC run as a table: kind, contents in a few words, who waits on it.
class IpcObjectsModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { Name, Kind, Contents, Waiters, ColumnCount };

  IpcObjectsModel(const engine::ipc::IpcSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 protected:
  int rows() const override;
  int columns() const override { return ColumnCount; }

 private:
  const engine::ipc::IpcSimulation& m_simulation;
};

}  // namespace oslens::views

#pragma once

#include <vector>

#include "engine/memory/freelist/freelist_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// The blocks the program holds, by address: its tag, the pointer malloc returned, the block's
// size, the bytes asked for and what the header and rounding add (internal fragmentation).
class HeapBlocksModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { TagColumn, PointerColumn, SizeColumn, RequestColumn, OverheadColumn, ColumnCount };
  HeapBlocksModel(const engine::freelist::FreelistSimulation& simulation, QObject* parent = nullptr);
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 protected:
  int rows() const override { return static_cast<int>(m_live.size()); }
  int columns() const override { return ColumnCount; }
  void reload() override;

 private:
  const engine::freelist::FreelistSimulation& m_simulation;
  std::vector<engine::freelist::TagId> m_live;
};

}  // namespace oslens::views

#pragma once

#include <vector>

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// The blocks handed out and not yet freed, by address: tag, first pfn, order, pages, and the bytes
// that rounding a request in bytes up to 2^order pages wastes (internal fragmentation).
class LiveAllocationsModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { TagColumn, PfnColumn, OrderColumn, PagesColumn, WastedColumn, ColumnCount };

  explicit LiveAllocationsModel(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override;
  void reload() override;

  const engine::buddy::BuddySimulation& m_simulation;
  std::vector<engine::buddy::TagId> m_live;  // sorted by pfn
  engine::buddy::TagId m_justAllocated = engine::buddy::kNoTag;
};

}  // namespace oslens::views

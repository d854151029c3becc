#pragma once

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// Every frame's state as a table: page, dirty and reference bits, and the numbers each policy
// orders by. The diagram draws the first frames; the table shows all of them (up to 2^20, read
// lazily as rows scroll into view).
class FrameTableModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { FrameColumn, PageColumn, DirtyColumn, ReferencedColumn, LoadedColumn, LastUsedColumn, NextUseColumn,
                UsesColumn, ColumnCount };

  explicit FrameTableModel(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override { return ColumnCount; }

  const engine::paging::PagingSimulation& m_simulation;
};

}  // namespace oslens::views

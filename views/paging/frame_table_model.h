#pragma once

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// Every frame's state as a table: page, dirty and reference bits, the reference bit's recent
// history (what Clock's hand reads and clears, step by step), and the numbers each policy orders
// by. The diagram draws the first frames; the table shows all of them (up to 2^20, read
// lazily as rows scroll into view).
class FrameTableModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { FrameColumn, PageColumn, DirtyColumn, ReferencedColumn, ReferenceHistoryColumn, LoadedColumn,
                LastUsedColumn, NextUseColumn, UsesColumn, ColumnCount };
  // The reference bit after each of the last steps, oldest first; kept for memories of up to
  // kHistoryFrames frames (a larger table shows "—": the history would cost a replay per move).
  static constexpr int kHistorySteps = 8;
  static constexpr std::size_t kHistoryFrames = 64;

  explicit FrameTableModel(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override { return ColumnCount; }
  void reload() override;

  const engine::paging::PagingSimulation& m_simulation;
  std::vector<QString> m_referenceHistory;  // per frame: "1 1 0 1"
};

}  // namespace oslens::views

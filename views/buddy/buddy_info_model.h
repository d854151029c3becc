#pragma once

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// /proc/buddyinfo as a table: one row per zone (and a total when there are several), one column
// per order with nr_free, and the zone's free pages. A student can hold it beside
// `cat /proc/buddyinfo` on their own machine.
class BuddyInfoModel : public StateTableModel {
  Q_OBJECT

 public:
  explicit BuddyInfoModel(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override;

  int zoneCount() const;
  int orderCount() const;

  const engine::buddy::BuddySimulation& m_simulation;
};

}  // namespace oslens::views

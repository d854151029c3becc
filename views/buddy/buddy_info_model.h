#pragma once

#include <QAbstractTableModel>

#include "engine/memory/buddy/buddy_scenario.h"

namespace oslens::views {

// /proc/buddyinfo as a table: one row per zone (and a total when there are several), one column
// per order with nr_free, and the zone's free pages. A student can hold it beside
// `cat /proc/buddyinfo` on their own machine.
class BuddyInfoModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  explicit BuddyInfoModel(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  void refresh();

 private:
  int zoneCount() const;
  int orderCount() const;

  const engine::buddy::BuddySimulation& m_simulation;
};

}  // namespace oslens::views

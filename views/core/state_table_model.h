#pragma once

#include <QAbstractTableModel>

namespace oslens::views {

// A table of a module's state for the panel beside the narration: flat (no tree), and reset as a
// whole whenever the simulation moves or the language changes. A subclass says how many rows and
// columns there are, and recomputes in reload() what it keeps of the state.
class StateTableModel : public QAbstractTableModel {
 public:
  using QAbstractTableModel::QAbstractTableModel;

  int rowCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : rows(); }
  int columnCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : columns(); }

  // The simulation moved or the language changed.
  void refresh() {
    beginResetModel();
    reload();
    endResetModel();
  }

 protected:
  virtual int rows() const = 0;
  virtual int columns() const = 0;
  virtual void reload() {}
};

}  // namespace oslens::views

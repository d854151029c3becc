#pragma once

#include <vector>

#include "engine/memory/slab/slab_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// What each tag holds now, by address: an object of a cache (its slab, index and address) or a
// large kmalloc's pages, with the bytes kmalloc's rounding up wastes.
class LiveObjectsModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { TagColumn, CacheColumn, SlabColumn, ObjectColumn, AddressColumn, WastedColumn, ColumnCount };

  explicit LiveObjectsModel(const engine::slab::SlabSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override;
  void reload() override;

  std::uint64_t addressOf(engine::slab::TagId tag) const;

  const engine::slab::SlabSimulation& m_simulation;
  std::vector<engine::slab::TagId> m_live;  // by address
  engine::slab::TagId m_justAllocated = engine::slab::kNoTag;
};

}  // namespace oslens::views

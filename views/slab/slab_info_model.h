#pragma once

#include "engine/memory/slab/slab_scenario.h"
#include "views/core/state_table_model.h"

namespace oslens::views {

// /proc/slabinfo as a table, one row per cache with the columns of `cat /proc/slabinfo` (name,
// active_objs, num_objs, objsize, objperslab, pagesperslab) and the lengths of the three lists,
// computed as mm/slab.c's get_slabinfo does (and as the JSON summary's `slabinfo` has them). The
// cache the current step is about is highlighted.
class SlabInfoModel : public StateTableModel {
  Q_OBJECT

 public:
  enum Column { Name, ActiveObjs, NumObjs, ObjSize, ObjPerSlab, PagesPerSlab, Full, Partial, Empty, ColumnCount };

  explicit SlabInfoModel(const engine::slab::SlabSimulation& simulation, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  int rows() const override;
  int columns() const override;
  void reload() override;

  const engine::slab::SlabSimulation& m_simulation;
  engine::slab::CacheId m_focus = engine::slab::kNoCache;
};

}  // namespace oslens::views

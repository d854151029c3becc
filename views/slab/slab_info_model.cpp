#include "views/slab/slab_info_model.h"

#include <QBrush>

#include "views/kit/item_palette.h"
#include "views/slab/slab_palette.h"
#include "views/slab/slab_step_marks.h"

namespace oslens::views {

using namespace engine::slab;

SlabInfoModel::SlabInfoModel(const SlabSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int SlabInfoModel::rows() const { return static_cast<int>(m_simulation.timeline().state().caches.size()); }
int SlabInfoModel::columns() const { return ColumnCount; }

QVariant SlabInfoModel::data(const QModelIndex& index, int role) const {
  const auto& state = m_simulation.timeline().state();
  const auto cache = static_cast<CacheId>(index.row());
  if (role == Qt::BackgroundRole) return cache == m_focus ? QBrush(SlabPalette::focusRow()) : QVariant();
  if (role == Qt::DecorationRole && index.column() == Name) return ItemPalette::swatch(cache);
  if (role == Qt::TextAlignmentRole) return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole) return {};
  const CacheGeometry& g = state.geometry(cache);
  const CacheState& c = state.caches[cache];
  // mm/slab.c: get_slabinfo. num_objs = total_slabs * cachep->num.
  switch (index.column()) {
    case Name: return QString::fromStdString(g.name);
    case ActiveObjs: return static_cast<qulonglong>(c.activeObjs);
    case NumObjs: return static_cast<qulonglong>(c.slabCount() * g.num);
    case ObjSize: return g.size;
    case ObjPerSlab: return g.num;
    case PagesPerSlab: return qulonglong{1} << g.order;
    case Full: return c.list(SlabList::Full).count;
    case Partial: return c.list(SlabList::Partial).count;
    case Empty: return c.list(SlabList::Free).count;
    default: return {};
  }
}

QVariant SlabInfoModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case ActiveObjs: return tr("objects in use");
      case NumObjs: return tr("objects the cache's slabs hold, in use or free");
      case ObjSize: return tr("bytes each object takes in a slab, after alignment");
      case Full: return tr("slabs on slabs_full");
      case Partial: return tr("slabs on slabs_partial");
      case Empty: return tr("slabs on slabs_free (no object in use)");
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  // The column names of /proc/slabinfo, the same in every language.
  static const char* const kNames[] = {"name", "active_objs", "num_objs", "objsize", "objperslab",
                                       "pagesperslab", "full", "partial", "empty"};
  return section >= 0 && section < ColumnCount ? QString::fromLatin1(kNames[section]) : QVariant();
}

void SlabInfoModel::reload() { m_focus = SlabStepMarks::of(m_simulation.timeline().lastEvents()).cache; }

}  // namespace oslens::views

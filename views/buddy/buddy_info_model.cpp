#include "views/buddy/buddy_info_model.h"

#include <QBrush>

#include "views/buddy/buddy_narrator.h"
#include "views/kit/buddy_palette.h"

namespace oslens::views {

using namespace engine::buddy;

BuddyInfoModel::BuddyInfoModel(const BuddySimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {}

int BuddyInfoModel::zoneCount() const {
  return static_cast<int>(m_simulation.timeline().state().memory.config().zones.size());
}
int BuddyInfoModel::orderCount() const { return m_simulation.timeline().state().memory.config().maxOrder; }

int BuddyInfoModel::rows() const { return zoneCount() > 1 ? zoneCount() + 1 : 1; }

// Zone, nr_free of each order, free pages.
int BuddyInfoModel::columns() const { return orderCount() + 2; }

QVariant BuddyInfoModel::data(const QModelIndex& index, int role) const {
  const auto& timeline = m_simulation.timeline();
  const auto& memory = timeline.state().memory;
  const auto& config = memory.config();
  const bool total = index.row() >= zoneCount();
  const auto zone = static_cast<ZoneIndex>(index.row());
  const int order = index.column() - 1;
  if (role == Qt::TextAlignmentRole) return index.column() == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
  if (role == Qt::BackgroundRole) {
    // The orders the current step searched, took from or gave back to.
    if (order < 0 || order >= orderCount()) return {};
    for (const auto& e : timeline.lastEvents()) {
      if (const auto* t = std::get_if<BlockTaken>(&e); t && t->order == order && (total || t->zone == zone))
        return QBrush(BuddyPalette::requestedBand());
      if (const auto* f = std::get_if<BlockFreed>(&e); f && f->order == order && (total || f->zone == zone))
        return QBrush(BuddyPalette::requestedBand());
      if (const auto* s = std::get_if<BlockSplit>(&e); s && s->order - 1 == order && (total || memory.zoneOf(s->pfn) == zone))
        return QBrush(BuddyPalette::freeFill());
    }
    return {};
  }
  if (role != Qt::DisplayRole) return {};
  if (index.column() == 0) return total ? tr("all zones") : QString::fromStdString(config.zones[zone].name);
  if (order < orderCount()) {
    return static_cast<qulonglong>(total ? memory.nrFree(static_cast<Order>(order)) : memory.nrFree(zone, static_cast<Order>(order)));
  }
  return static_cast<qulonglong>(total ? memory.freePages() : memory.zoneFreePages(zone));
}

QVariant BuddyInfoModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  const int order = section - 1;
  if (role == Qt::ToolTipRole && order >= 0 && order < orderCount())
    return tr("nr_free of order %1: free blocks of %2").arg(order).arg(BuddyNarrator::pagesText(qulonglong{1} << order));
  if (role != Qt::DisplayRole) return {};
  if (section == 0) return tr("Zone");
  if (order < orderCount()) return QString::number(order);
  return tr("Free pages");
}

}  // namespace oslens::views

#include "views/buddy/live_allocations_model.h"

#include <QBrush>
#include <QLocale>
#include <algorithm>

#include "views/kit/buddy_palette.h"

namespace oslens::views {

using namespace engine::buddy;

LiveAllocationsModel::LiveAllocationsModel(const BuddySimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int LiveAllocationsModel::rows() const { return static_cast<int>(m_live.size()); }
int LiveAllocationsModel::columns() const { return ColumnCount; }

QVariant LiveAllocationsModel::data(const QModelIndex& index, int role) const {
  const auto& state = m_simulation.timeline().state();
  const TagId tag = m_live.at(static_cast<std::size_t>(index.row()));
  const TagSlot& slot = state.tags.at(tag);
  if (role == Qt::BackgroundRole) return tag == m_justAllocated ? QBrush(BuddyPalette::requestedBand()) : QVariant();
  if (role == Qt::TextAlignmentRole) return index.column() == TagColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case TagColumn: return QString::fromStdString(state.tagName(tag));
    case PfnColumn: return static_cast<qulonglong>(slot.pfn);
    case OrderColumn: return static_cast<int>(slot.order);
    case PagesColumn: return static_cast<qulonglong>(std::uint64_t{1} << slot.order);
    case WastedColumn: return QLocale().toString(static_cast<qulonglong>(slot.wastedBytes));
    default: return {};
  }
}

QVariant LiveAllocationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TagColumn: return tr("Tag");
    case PfnColumn: return tr("First pfn");
    case OrderColumn: return tr("Order");
    case PagesColumn: return tr("Pages");
    case WastedColumn: return tr("Wasted bytes");
    default: return {};
  }
}

void LiveAllocationsModel::reload() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  m_live.clear();
  for (TagId id = 0; id < state.tags.size(); ++id)
    if (state.tags[id].status == TagSlot::Status::Live) m_live.push_back(id);
  std::sort(m_live.begin(), m_live.end(), [&](TagId a, TagId b) { return state.tags[a].pfn < state.tags[b].pfn; });
  m_justAllocated = kNoTag;
  for (const auto& e : timeline.lastEvents())
    if (const auto* a = std::get_if<BlockAllocated>(&e)) m_justAllocated = a->tag;
}

}  // namespace oslens::views

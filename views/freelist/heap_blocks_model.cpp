#include "views/freelist/heap_blocks_model.h"

#include <QBrush>
#include <algorithm>

#include "views/freelist/freelist_narrator.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::freelist;

HeapBlocksModel::HeapBlocksModel(const FreelistSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

QVariant HeapBlocksModel::data(const QModelIndex& index, int role) const {
  const FreelistState& s = m_simulation.timeline().state();
  const TagId tag = m_live.at(static_cast<std::size_t>(index.row()));
  const TagSlot slot = s.tag(tag);
  if (role == Qt::DecorationRole && index.column() == TagColumn) return ItemPalette::swatch(tag);
  if (role == Qt::TextAlignmentRole) return index.column() == TagColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case TagColumn: return QString::fromStdString(s.tagName(tag));
    case PointerColumn: return FreelistNarrator::addressText(slot.block.addr + s.config->header);
    case SizeColumn: return static_cast<qulonglong>(slot.block.size);
    case RequestColumn: return static_cast<qulonglong>(slot.bytes);
    case OverheadColumn: return static_cast<qulonglong>(slot.block.size - slot.bytes);
    default: return {};
  }
}

QVariant HeapBlocksModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TagColumn: return tr("Tag");
    case PointerColumn: return tr("Pointer");
    case SizeColumn: return tr("Block");
    case RequestColumn: return tr("Asked");
    case OverheadColumn: return tr("Header + rounding");
    default: return {};
  }
}

void HeapBlocksModel::reload() {
  const FreelistState& s = m_simulation.timeline().state();
  m_live.clear();
  for (const auto& [id, t] : s.live) m_live.push_back(id);
  std::sort(m_live.begin(), m_live.end(), [&](TagId a, TagId b) { return s.live.at(a).block.addr < s.live.at(b).block.addr; });
}

}  // namespace oslens::views

#include "views/slab/live_objects_model.h"

#include <QBrush>
#include <QLocale>
#include <algorithm>

#include "views/slab/slab_palette.h"

namespace oslens::views {

using namespace engine::slab;

LiveObjectsModel::LiveObjectsModel(const SlabSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int LiveObjectsModel::rows() const { return static_cast<int>(m_live.size()); }
int LiveObjectsModel::columns() const { return ColumnCount; }

std::uint64_t LiveObjectsModel::addressOf(TagId tag) const {
  const auto& state = m_simulation.timeline().state();
  const TagSlot& t = state.tags[tag];
  return t.large ? std::uint64_t{t.pfn} * state.setup->constants.pageSize : state.objectAddress(t.cache, t.slot, t.index);
}

QVariant LiveObjectsModel::data(const QModelIndex& index, int role) const {
  const auto& state = m_simulation.timeline().state();
  const TagId tag = m_live.at(static_cast<std::size_t>(index.row()));
  const TagSlot& t = state.tags[tag];
  if (role == Qt::BackgroundRole) return tag == m_justAllocated ? QBrush(SlabPalette::focusRow()) : QVariant();
  if (role == Qt::TextAlignmentRole) {
    const bool text = index.column() == TagColumn || index.column() == CacheColumn;
    return text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case TagColumn: return QString::fromStdString(state.tagName(tag));
    case CacheColumn: return t.large ? tr("large kmalloc (order %1)").arg(t.order) : QString::fromStdString(state.cacheName(t.cache));
    case SlabColumn: return static_cast<qulonglong>(t.pfn);
    case ObjectColumn: return t.large ? QVariant() : QVariant(static_cast<int>(t.index));
    case AddressColumn: return QStringLiteral("0x") + QString::number(addressOf(tag), 16);
    case WastedColumn: return QLocale().toString(static_cast<qulonglong>(t.wastedBytes));
    default: return {};
  }
}

QVariant LiveObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TagColumn: return tr("Tag");
    case CacheColumn: return tr("Cache");
    case SlabColumn: return tr("Page");
    case ObjectColumn: return tr("Object");
    case AddressColumn: return tr("Address");
    case WastedColumn: return tr("Wasted bytes");
    default: return {};
  }
}

void LiveObjectsModel::reload() {
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  m_live.clear();
  for (TagId id = 0; id < state.tags.size(); ++id)
    if (state.tags[id].status == TagSlot::Status::Live) m_live.push_back(id);
  std::sort(m_live.begin(), m_live.end(), [&](TagId a, TagId b) { return addressOf(a) < addressOf(b); });
  m_justAllocated = kNoTag;
  for (const auto& e : timeline.lastEvents()) {
    if (const auto* a = std::get_if<ObjectAllocated>(&e)) m_justAllocated = a->tag;
    if (const auto* p = std::get_if<PageAllocatorEvent>(&e))
      if (const auto* b = std::get_if<engine::buddy::BlockAllocated>(&p->event); b && b->tag != kNoTag) m_justAllocated = b->tag;
  }
}

}  // namespace oslens::views

#include "views/ipc/ipc_objects_model.h"

#include "views/ipc/ipc_narrator.h"
#include "views/ipc/ipc_object_text.h"

namespace oslens::views {

using namespace engine::ipc;

IpcObjectsModel::IpcObjectsModel(const IpcSimulation& simulation, QObject* parent) : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int IpcObjectsModel::rows() const { return static_cast<int>(m_simulation.timeline().state().objects.size()); }

QVariant IpcObjectsModel::data(const QModelIndex& index, int role) const {
  if (role != Qt::DisplayRole) return {};
  const IpcState& s = m_simulation.timeline().state();
  const auto o = static_cast<ObjectId>(index.row());
  switch (index.column()) {
    case Name: return IpcNarrator::objectName(s, o);
    case Kind: return IpcNarrator::kindName(s.setup->objects[o]);
    case Contents: return IpcObjectText::contents(s, o);
    case Waiters: return IpcObjectText::waiters(s, o);
    default: return {};
  }
}

QVariant IpcObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Name: return tr("object");
    case Kind: return tr("kind");
    case Contents: return tr("contents");
    case Waiters: return tr("waiting (first woken first)");
    default: return {};
  }
}

}  // namespace oslens::views

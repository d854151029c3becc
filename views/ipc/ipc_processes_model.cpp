#include "views/ipc/ipc_processes_model.h"

#include <QFont>

#include "views/ipc/ipc_narrator.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::ipc;

IpcProcessesModel::IpcProcessesModel(const IpcSimulation& simulation, QObject* parent) : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int IpcProcessesModel::rows() const { return static_cast<int>(m_simulation.timeline().state().processes.size()); }

QVariant IpcProcessesModel::data(const QModelIndex& index, int role) const {
  const auto& timeline = m_simulation.timeline();
  const IpcState& s = timeline.state();
  const auto p = static_cast<ProcessId>(index.row());
  const std::optional<ProcessId> ran = timeline.lastOp() ? std::optional<ProcessId>(timeline.lastOp()->process) : std::nullopt;
  if (role == Qt::TextAlignmentRole)
    return index.column() >= Written && index.column() <= Blocked ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
  if (role == Qt::FontRole && ran == p) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role == Qt::DecorationRole && index.column() == Name) return ItemPalette::swatch(p);
  if (role != Qt::DisplayRole) return {};
  const ProcessState& ps = s.processes[p];
  switch (index.column()) {
    case Name: return IpcNarrator::processName(s, p);
    case State: return IpcNarrator::stateName(s, p, ran);
    case Action: {
      const engine::ipc::Action* a = s.currentAction(p);
      return a ? IpcNarrator::actionText(*s.setup, p, *a) : QStringLiteral("—");
    }
    case Written: return static_cast<qulonglong>(ps.bytesWritten);
    case Read: return static_cast<qulonglong>(ps.bytesRead);
    case Blocked: return static_cast<qulonglong>(ps.blockedSteps);
    case Registers: {
      QStringList values;
      const auto& names = s.setup->processes[p].registers;
      for (std::size_t r = 0; r < names.size() && r < ps.registers.size(); ++r)
        values << QStringLiteral("%1 = %2").arg(QString::fromStdString(names[r])).arg(ps.registers[r]);
      return values.isEmpty() ? QStringLiteral("—") : values.join(QStringLiteral(", "));
    }
    default: return {};
  }
}

QVariant IpcProcessesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Action: return tr("the call it makes next, or is blocked in");
      case Blocked: return tr("steps it spent blocked in a wait queue");
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case Name: return tr("process");
    case State: return tr("state");
    case Action: return tr("next action");
    case Written: return tr("written");
    case Read: return tr("read");
    case Blocked: return tr("blocked steps");
    case Registers: return tr("registers");
    default: return {};
  }
}

}  // namespace oslens::views

#include "views/cfs/cfs_tasks_model.h"

#include <QBrush>
#include <QFont>

#include "views/cfs/cfs_narrator.h"
#include "views/kit/item_palette.h"
#include "views/kit/duration_text.h"

namespace oslens::views {

using namespace engine::cfs;
using engine::sched::TaskState;

CfsTasksModel::CfsTasksModel(const CfsSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int CfsTasksModel::rows() const { return static_cast<int>(m_simulation.timeline().state().tasks.size()); }

QVariant CfsTasksModel::data(const QModelIndex& index, int role) const {
  const CfsState& s = m_simulation.timeline().state();
  const auto id = static_cast<engine::sched::TaskId>(index.row());
  const CfsTask& task = s.tasks[id];
  if (role == Qt::DecorationRole && index.column() == Name) return ItemPalette::swatch(id);
  if (role == Qt::TextAlignmentRole)
    return index.column() <= State ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::FontRole && s.current == id) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role != Qt::DisplayRole) return {};
  const bool runnable = task.run.state == TaskState::Ready || task.run.state == TaskState::Running;
  switch (index.column()) {
    case Name: return QString::fromStdString(s.name(id));
    case State: return CfsNarrator::stateName(task.run.state);
    case Nice: return task.run.nice;
    case Weight: return task.weight;
    case Vruntime: return task.run.state == TaskState::New ? QString() : durationText(static_cast<std::int64_t>(task.vruntime));
    case Runtime: return durationText(task.run.runtimeNs);
    case Slice: return runnable ? durationText(s.slice(id)) : QString();
    case Switches: return static_cast<qulonglong>(task.run.switches);
    case Wait: {
      const auto waited = task.run.waitNs + (task.run.state == TaskState::Ready ? s.now - task.run.readySinceNs : 0);
      return durationText(waited);
    }
    default: return {};
  }
}

QVariant CfsTasksModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Weight: return tr("load weight from the kernel's nice table (nice 0 = 1024)");
      case Vruntime: return tr("virtual runtime: CPU time scaled by 1024 / weight");
      case Runtime: return tr("CPU time received (sum_exec_runtime)");
      case Slice: return tr("the slice it is due now: period × weight / total weight");
      case Switches: return tr("times it was put on the CPU");
      case Wait: return tr("time spent ready but not running");
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case Name: return tr("task");
    case State: return tr("state");
    case Nice: return tr("nice");
    case Weight: return tr("weight");
    case Vruntime: return tr("vruntime");
    case Runtime: return tr("runtime");
    case Slice: return tr("slice");
    case Switches: return tr("switches");
    case Wait: return tr("waited");
    default: return {};
  }
}

}  // namespace oslens::views

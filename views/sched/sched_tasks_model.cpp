#include "views/sched/sched_tasks_model.h"

#include <QFont>

#include "views/kit/duration_text.h"
#include "views/kit/item_palette.h"
#include "views/kit/task_state_diagram.h"

namespace oslens::views {

using namespace engine::baseline;
using engine::sched::TaskState;

namespace {
// The metric of one task at `now`, or -1 when it is not defined yet.
std::int64_t metric(const BaselineState& s, std::size_t task, int column) {
  const auto& run = s.tasks[task].run;
  const auto arrival = s.spec(static_cast<TaskId>(task)).arrivalNs;
  switch (column) {
    case SchedTasksModel::Runtime: return run.runtimeNs;
    case SchedTasksModel::Response: return run.firstRunNs < 0 ? -1 : run.firstRunNs - arrival;
    case SchedTasksModel::Turnaround: return run.exitNs < 0 ? -1 : run.exitNs - arrival;
    case SchedTasksModel::Wait: return run.waitNs + (run.state == TaskState::Ready ? s.now - run.readySinceNs : 0);
    default: return -1;
  }
}
}  // namespace

SchedTasksModel::SchedTasksModel(const BaselineSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {
  refresh();
}

int SchedTasksModel::rows() const { return static_cast<int>(m_simulation.timeline().state().tasks.size()) + 1; }

QVariant SchedTasksModel::averageCell(int column) const {
  const BaselineState& s = m_simulation.timeline().state();
  if (column == Name) return tr("average");
  if (column == State || column == Switches) return {};
  double sum = 0;
  int count = 0;
  for (std::size_t task = 0; task < s.tasks.size(); ++task)
    if (const auto value = metric(s, task, column); value >= 0) {
      sum += static_cast<double>(value);
      ++count;
    }
  return count == 0 ? QVariant() : QVariant(durationText(static_cast<std::int64_t>(sum / count)));
}

QVariant SchedTasksModel::data(const QModelIndex& index, int role) const {
  const BaselineState& s = m_simulation.timeline().state();
  const auto task = static_cast<std::size_t>(index.row());
  const bool average = task == s.tasks.size();
  if (role == Qt::TextAlignmentRole)
    return index.column() <= State ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::FontRole && (average || s.current == task)) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role == Qt::DecorationRole && index.column() == Name && !average) return ItemPalette::swatch(task);
  if (role != Qt::DisplayRole) return {};
  if (average) return averageCell(index.column());
  const auto& run = s.tasks[task].run;
  switch (index.column()) {
    case Name: return QString::fromStdString(s.name(static_cast<TaskId>(task)));
    case State: return TaskStateDiagram::stateName(run.state);
    case Switches: return static_cast<qulonglong>(run.switches);
    default: {
      const auto value = metric(s, task, index.column());
      return value < 0 ? QVariant(QStringLiteral("—")) : QVariant(durationText(value));
    }
  }
}

QVariant SchedTasksModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Response: return tr("from arrival to its first time on the CPU");
      case Turnaround: return tr("from arrival to exit");
      case Wait: return tr("time spent ready but not running");
      case Switches: return tr("times it was put on the CPU");
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case Name: return tr("task");
    case State: return tr("state");
    case Runtime: return tr("runtime");
    case Response: return tr("response");
    case Turnaround: return tr("turnaround");
    case Wait: return tr("waited");
    case Switches: return tr("switches");
    default: return {};
  }
}

}  // namespace oslens::views

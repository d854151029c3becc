#include "views/ipc/ipc_view.h"

#include <cstdlib>

#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/ipc/ipc_objects_model.h"
#include "views/ipc/ipc_processes_model.h"
#include "views/ipc/ipc_scene.h"
#include "views/kit/task_state_diagram.h"

// The message sequence chart is its own piece of work (views/ipc/ipc_sequence_chart.h); the view
// shows it once it is there.
#if __has_include("views/ipc/ipc_sequence_chart.h")
#include "views/ipc/ipc_sequence_chart.h"
#define OSLENS_IPC_SEQUENCE_CHART 1
#endif

namespace oslens::views {

using namespace engine::ipc;

namespace {
const QString kProcesses = QStringLiteral("processes");
const QString kStates = QStringLiteral("states");
const QString kSequence = QStringLiteral("sequence");

// The IPC states in the five-state diagram's places: the process that ran this step and can go on
// is on the CPU; a blocked one waits (Silberschatz 10e, Figure 3.2).
std::vector<engine::sched::TaskState> taskStates(const IpcState& s, const IpcStep* op) {
  std::vector<engine::sched::TaskState> out;
  for (ProcessId p = 0; p < s.processes.size(); ++p) {
    switch (s.processes[p].run) {
      case RunState::Ready: out.push_back(op && op->process == p ? engine::sched::TaskState::Running : engine::sched::TaskState::Ready); break;
      case RunState::Blocked: out.push_back(engine::sched::TaskState::Blocked); break;
      case RunState::Exited: out.push_back(engine::sched::TaskState::Exited); break;
    }
  }
  return out;
}

QStringList processNames(const IpcState& s) {
  QStringList names;
  for (const ProcessSpec& p : s.setup->processes) names << QString::fromStdString(p.name);
  return names;
}
}  // namespace

IpcView::IpcView(const IpcSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_processes(new IpcScene(simulation, this)),
      m_states(new TaskStateDiagram(processNames(simulation.timeline().initialState()), this)),
      m_processTable(new IpcProcessesModel(simulation, this)),
      m_objectTable(new IpcObjectsModel(simulation, this)) {
  m_states->show(taskStates(simulation.timeline().state(), simulation.timeline().lastOp()));
  addScene(kProcesses, QT_TR_NOOP("Processes and IPC objects"), m_processes);
  addScene(kStates, QT_TR_NOOP("Process states"), m_states,
           {.showPosition = [this](int from, int to, bool animate) {
             const auto& timeline = m_simulation.timeline();
             m_states->showStates(taskStates(timeline.state(), timeline.lastOp()), animate && std::abs(to - from) == 1);
           }});
#ifdef OSLENS_IPC_SEQUENCE_CHART
  addScene(kSequence, QT_TR_NOOP("Message sequence chart"), new IpcSequenceChart(simulation, this));
  m_hasSequence = true;
#endif
  addTable(m_processTable);
  addTable(m_objectTable);
}

// The processes and objects on top, as large as the window allows (what a class watches); below,
// the process states and the sequence chart as tabs.
QWidget* IpcView::createWidget(QWidget* parent) {
  QList<std::pair<QString, QString>> tabs = {{kStates, QStringLiteral("ipcStatesView")}};
  if (m_hasSequence) tabs.append({kSequence, QStringLiteral("ipcSequenceView")});
  return stack(createSceneView(kProcesses, QStringLiteral("ipcProcessesView"), nullptr), createSceneTabs(tabs, nullptr), 3, 2, {600, 340}, parent);
}

QWidget* IpcView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("Processes (the one that ran this step in bold)"); });
  panel->addTable(m_processTable, QStringLiteral("ipcProcessesTable"), StatePanel::Height::FitRows);
  panel->addLabel([this] { return tr("Objects and their wait queues"); });
  panel->addTable(m_objectTable, QStringLiteral("ipcObjectsTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

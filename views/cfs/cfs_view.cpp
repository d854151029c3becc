#include "views/cfs/cfs_view.h"

#include <QSplitter>
#include <QTabWidget>
#include <cstdlib>

#include "views/cfs/cfs_chart.h"
#include "views/cfs/cfs_run_queue_scene.h"
#include "views/cfs/cfs_tasks_model.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/kit/cpu_gantt.h"
#include "views/kit/task_state_diagram.h"

namespace oslens::views {

namespace {
const QString kRunQueue = QStringLiteral("runqueue");
const QString kStates = QStringLiteral("states");
const QString kGantt = QStringLiteral("gantt");
const QString kVruntime = QStringLiteral("vruntime");
const QString kShare = QStringLiteral("share");
}  // namespace

CfsView::CfsView(const engine::cfs::CfsSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_runQueue(new CfsRunQueueScene(simulation, this)),
      m_states(new TaskStateDiagram(taskNamesOf(simulation.timeline().initialState()), this)),
      m_gantt(new CpuGantt(taskNamesOf(simulation.timeline().initialState()), simulation.timeline().ops(), this)),
      m_tasks(new CfsTasksModel(simulation, this)) {
  const QStringList names = taskNamesOf(simulation.timeline().initialState());
  auto samples = std::make_shared<const engine::cfs::CfsShareSamples>(engine::cfs::CfsShareSamples::collect(simulation.timeline()));
  m_vruntime = new CfsChart(CfsChart::Kind::Vruntime, samples, names, this);
  m_share = new CfsChart(CfsChart::Kind::Share, samples, names, this);
  m_vruntime->setCurrentTime(nowMs());
  m_share->setCurrentTime(nowMs());
  m_states->show(taskStatesOf(simulation.timeline().state()));
  m_gantt->showPosition(simulation.position());

  addScene(kRunQueue, QT_TR_NOOP("Run queue (red-black tree) and CPU"), m_runQueue);
  addScene(kStates, QT_TR_NOOP("Process states"), m_states,
           {.showPosition = [this](int from, int to, bool animate) {
             m_states->showStates(taskStatesOf(m_simulation.timeline().state()), animate && std::abs(to - from) == 1);
           }});
  addScene(kGantt, QT_TR_NOOP("Gantt chart: who ran when"), m_gantt,
           {.showPosition = [this](int, int to, bool) { m_gantt->showPosition(static_cast<std::size_t>(to)); }});
  addScene(kVruntime, QT_TR_NOOP("vruntime over time"), m_vruntime,
           {.showPosition = [this](int, int, bool) { m_vruntime->setCurrentTime(nowMs()); }});
  addScene(kShare, QT_TR_NOOP("CPU share against the weights"), m_share,
           {.showPosition = [this](int, int, bool) { m_share->setCurrentTime(nowMs()); }});
  addTable(m_tasks);
}

double CfsView::nowMs() const { return static_cast<double>(m_simulation.timeline().state().now) / 1e6; }

// The tree and the CPU on top, as large as the window allows (it is what a class watches); below,
// tabs for the Gantt chart, the process states and the two charts over the run.
QWidget* CfsView::createWidget(QWidget* parent) {
  auto* tabs = createSceneTabs({{kGantt, QStringLiteral("cfsGanttView")},
                                {kStates, QStringLiteral("cfsStatesView")},
                                {kVruntime, QStringLiteral("cfsVruntimeView")},
                                {kShare, QStringLiteral("cfsShareView")}},
                               nullptr);
  return stack(createSceneView(kRunQueue, QStringLiteral("cfsRunQueueView"), nullptr), tabs, 3, 2, {600, 340}, parent);
}

QWidget* CfsView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("Tasks (sched_entity): the running one in bold"); });
  panel->addTable(m_tasks, QStringLiteral("cfsTasksTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

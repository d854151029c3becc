#include "views/sched/sched_view.h"

#include <QSplitter>
#include <QTabWidget>
#include <cstdlib>

#include "engine/core/step_frame.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/kit/cpu_gantt.h"
#include "views/kit/task_state_diagram.h"
#include "views/sched/ready_queue_scene.h"
#include "views/sched/sched_metrics_scene.h"
#include "views/sched/sched_tasks_model.h"

namespace oslens::views {

namespace {
const QString kQueue = QStringLiteral("queue");
const QString kGantt = QStringLiteral("gantt");
const QString kStates = QStringLiteral("states");
const QString kMetrics = QStringLiteral("metrics");
}  // namespace

SchedView::SchedView(const engine::baseline::BaselineSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_queue(new ReadyQueueScene(simulation, this)),
      m_metrics(new SchedMetricsScene(simulation, this)),
      m_states(new TaskStateDiagram(taskNamesOf(simulation.timeline().initialState()), this)),
      m_gantt(new CpuGantt(taskNamesOf(simulation.timeline().initialState()), simulation.timeline().ops(), this)),
      m_tasks(new SchedTasksModel(simulation, this)) {
  m_states->show(taskStatesOf(simulation.timeline().state()));
  m_gantt->showPosition(simulation.position());

  addScene(kQueue, QT_TR_NOOP("CPU and ready queue"), m_queue);
  addScene(kGantt, QT_TR_NOOP("Gantt chart: who ran when"), m_gantt,
           {.showPosition = [this](int, int to, bool) { m_gantt->showPosition(static_cast<std::size_t>(to)); }});
  addScene(kMetrics, QT_TR_NOOP("Metrics: response, turnaround and waiting time"), m_metrics,
           {.showPosition = [this](int from, int to, bool) { showMetrics(from, to); }, .finishAnimations = [this] { m_metrics->refresh(); }});
  connect(m_queue, &ReadyQueueScene::animationFinished, m_metrics, &SchedMetricsScene::refresh);
  addScene(kStates, QT_TR_NOOP("Process states"), m_states,
           {.showPosition = [this](int from, int to, bool animate) {
             m_states->showStates(taskStatesOf(m_simulation.timeline().state()), animate && std::abs(to - from) == 1);
           }});
  addTable(m_tasks);
}

// While the ready queue plays a step, the metrics still show the state it started from: a
// completion or a first run appears when the chips have moved, not before (the queue's scene is
// added first, so it has started playing when this is called).
void SchedView::showMetrics(int from, int to) {
  if (!m_queue->isAnimating() || from == to) return m_metrics->refresh();
  const auto& timeline = m_simulation.timeline();
  const auto step = static_cast<std::size_t>(from);
  m_metrics->show(timeline.stateAt(step), step == 0 ? std::vector<engine::baseline::BaselineEvent>{} : engine::stepEvents(timeline, step));
}

// The CPU and the queue on top; the Gantt chart, the metrics and the process states as tabs below.
QWidget* SchedView::createWidget(QWidget* parent) {
  auto* tabs = createSceneTabs({{kGantt, QStringLiteral("schedGanttView")},
                                {kMetrics, QStringLiteral("schedMetricsView")},
                                {kStates, QStringLiteral("schedStatesView")}},
                               nullptr);
  return stack(createSceneView(kQueue, QStringLiteral("schedQueueView"), nullptr), tabs, 0, 0, {420, 480}, parent);
}

QWidget* SchedView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("Per task: response, turnaround and waiting time (the running one in bold)"); });
  panel->addTable(m_tasks, QStringLiteral("schedTasksTable"), StatePanel::Height::Rest);
  return panel;
}

}  // namespace oslens::views

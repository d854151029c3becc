#include "views/sched/sched_view.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <cstdlib>

#include "views/core/fitted_scene_view.h"
#include "views/core/state_table.h"
#include "views/kit/cpu_gantt.h"
#include "views/sched/ready_queue_scene.h"
#include "views/sched/sched_tasks_model.h"
#include "views/kit/task_state_diagram.h"

namespace oslens::views {

namespace {
const QString kQueue = QStringLiteral("queue");
const QString kGantt = QStringLiteral("gantt");
const QString kStates = QStringLiteral("states");

QStringList taskNames(const engine::baseline::BaselineSimulation& simulation) {
  QStringList names;
  for (const auto& task : simulation.timeline().initialState().setup->workload.tasks) names << QString::fromStdString(task.name);
  return names;
}

std::vector<engine::sched::TaskState> statesOf(const engine::baseline::BaselineState& state) {
  std::vector<engine::sched::TaskState> out;
  for (const auto& task : state.tasks) out.push_back(task.run.state);
  return out;
}
}  // namespace

SchedView::SchedView(const engine::baseline::BaselineSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_queue(new ReadyQueueScene(simulation, this)),
      m_states(new TaskStateDiagram(taskNames(simulation), this)),
      m_gantt(new CpuGantt(taskNames(simulation), simulation.timeline().ops(), this)),
      m_tasks(new SchedTasksModel(simulation, this)) {
  m_shownStates = statesOf(simulation.timeline().state());
  m_states->show(m_shownStates);
  m_gantt->showPosition(simulation.position());
}

SchedView::~SchedView() = default;

QStringList SchedView::viewNames() const { return {kQueue, kGantt, kStates}; }

QString SchedView::viewTitle(const QString& name) const {
  if (name == kGantt) return tr("Gantt chart: who ran when");
  if (name == kStates) return tr("Process states");
  return tr("CPU and ready queue");
}

QGraphicsScene* SchedView::scene(const QString& name) {
  if (name == kQueue) return m_queue;
  if (name == kGantt) return m_gantt;
  if (name == kStates) return m_states;
  return nullptr;
}

// The CPU and the queue on top; the Gantt chart and the process states as tabs below.
QWidget* SchedView::createWidget(QWidget* parent) {
  auto* vertical = new QSplitter(Qt::Vertical, parent);
  auto* queue = new FittedSceneView(m_queue, vertical);
  queue->setObjectName(QStringLiteral("schedQueueView"));
  m_tabs = new QTabWidget(vertical);
  auto* gantt = new FittedSceneView(m_gantt, m_tabs);
  gantt->setObjectName(QStringLiteral("schedGanttView"));
  auto* states = new FittedSceneView(m_states, m_tabs);
  states->setObjectName(QStringLiteral("schedStatesView"));
  m_tabs->addTab(gantt, QString());
  m_tabs->addTab(states, QString());
  vertical->addWidget(queue);
  vertical->addWidget(m_tabs);
  vertical->setSizes({420, 480});
  retranslate();
  return vertical;
}

QWidget* SchedView::createStateWidget(QWidget* parent) {
  auto* panel = new QWidget(parent);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  m_tasksTitle = new QLabel(panel);
  m_tasksTitle->setWordWrap(true);
  layout->addWidget(m_tasksTitle);
  layout->addWidget(makeStateTable(m_tasks, QStringLiteral("schedTasksTable"), panel), 1);
  retranslate();
  return panel;
}

void SchedView::showPosition(int from, int to, bool animate) {
  const auto now = statesOf(m_simulation.timeline().state());
  if (animate && std::abs(to - from) == 1) m_states->animate(m_shownStates, now);
  else m_states->show(now);
  m_shownStates = now;
  m_queue->refresh();
  m_gantt->showPosition(static_cast<std::size_t>(to));
  m_tasks->refresh();
}

void SchedView::finishAnimations() { m_states->finish(); }

void SchedView::retranslate() {
  m_queue->retranslate();
  m_states->retranslate();
  m_gantt->retranslate();
  m_tasks->refresh();
  if (m_tabs) {
    m_tabs->setTabText(0, viewTitle(kGantt));
    m_tabs->setTabText(1, viewTitle(kStates));
  }
  if (m_tasksTitle) m_tasksTitle->setText(tr("Per task: response, turnaround and waiting time (the running one in bold)"));
}

void SchedView::setAnimationSpeed(double speed) { m_states->setSpeed(speed); }

}  // namespace oslens::views

#include "views/cfs/cfs_view.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <cstdlib>

#include "views/cfs/cfs_chart.h"
#include "views/cfs/cfs_run_queue_scene.h"
#include "views/kit/cpu_gantt.h"
#include "views/kit/task_state_diagram.h"
#include "views/cfs/cfs_tasks_model.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_table.h"

namespace oslens::views {

namespace {
const QString kRunQueue = QStringLiteral("runqueue");
const QString kStates = QStringLiteral("states");
const QString kGantt = QStringLiteral("gantt");
const QString kVruntime = QStringLiteral("vruntime");
const QString kShare = QStringLiteral("share");

QStringList taskNames(const engine::cfs::CfsSimulation& simulation) {
  QStringList names;
  for (const auto& task : simulation.timeline().initialState().setup->workload.tasks) names << QString::fromStdString(task.name);
  return names;
}

std::vector<engine::sched::TaskState> statesOf(const engine::cfs::CfsState& state) {
  std::vector<engine::sched::TaskState> out;
  for (const auto& task : state.tasks) out.push_back(task.run.state);
  return out;
}

FittedSceneView* chartView(CfsChart* chart, QWidget* parent, const QString& objectName) {
  auto* view = new FittedSceneView(chart, parent, [chart](const QSizeF& size) { chart->resizeChart(size); });
  view->setObjectName(objectName);
  return view;
}
}  // namespace

CfsView::CfsView(const engine::cfs::CfsSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_runQueue(new CfsRunQueueScene(simulation, this)),
      m_states(new TaskStateDiagram(taskNames(simulation), this)),
      m_gantt(new CpuGantt(taskNames(simulation), simulation.timeline().ops(), this)),
      m_tasks(new CfsTasksModel(simulation, this)) {
  auto samples = std::make_shared<const engine::cfs::CfsShareSamples>(engine::cfs::CfsShareSamples::collect(simulation.timeline()));
  m_vruntime = new CfsChart(CfsChart::Kind::Vruntime, samples, taskNames(simulation), this);
  m_share = new CfsChart(CfsChart::Kind::Share, samples, taskNames(simulation), this);
  const double ms = static_cast<double>(simulation.timeline().state().now) / 1e6;
  m_vruntime->setCurrentTime(ms);
  m_share->setCurrentTime(ms);
  m_shownStates = statesOf(simulation.timeline().state());
  m_states->show(m_shownStates);
  m_gantt->showPosition(simulation.position());
}

CfsView::~CfsView() = default;

QStringList CfsView::viewNames() const { return {kRunQueue, kStates, kGantt, kVruntime, kShare}; }

QString CfsView::viewTitle(const QString& name) const {
  if (name == kStates) return tr("Process states");
  if (name == kGantt) return tr("Gantt chart: who ran when");
  if (name == kVruntime) return tr("vruntime over time");
  if (name == kShare) return tr("CPU share against the weights");
  return tr("Run queue (red-black tree) and CPU");
}

QGraphicsScene* CfsView::scene(const QString& name) {
  if (name == kRunQueue) return m_runQueue;
  if (name == kStates) return m_states;
  if (name == kGantt) return m_gantt;
  if (name == kVruntime) return m_vruntime;
  if (name == kShare) return m_share;
  return nullptr;
}

// The tree and the CPU on top, as large as the window allows (it is what a class watches); below,
// tabs for the Gantt chart, the process states and the two charts over the run.
QWidget* CfsView::createWidget(QWidget* parent) {
  auto* vertical = new QSplitter(Qt::Vertical, parent);
  auto* tree = new FittedSceneView(m_runQueue, vertical);
  tree->setObjectName(QStringLiteral("cfsRunQueueView"));
  m_tabs = new QTabWidget(vertical);
  auto* gantt = new FittedSceneView(m_gantt, m_tabs);
  gantt->setObjectName(QStringLiteral("cfsGanttView"));
  auto* states = new FittedSceneView(m_states, m_tabs);
  states->setObjectName(QStringLiteral("cfsStatesView"));
  m_tabs->addTab(gantt, QString());
  m_tabs->addTab(states, QString());
  m_tabs->addTab(chartView(m_vruntime, m_tabs, QStringLiteral("cfsVruntimeView")), QString());
  m_tabs->addTab(chartView(m_share, m_tabs, QStringLiteral("cfsShareView")), QString());
  vertical->addWidget(tree);
  vertical->addWidget(m_tabs);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 2);
  vertical->setSizes({600, 340});
  retranslate();
  return vertical;
}

QWidget* CfsView::createStateWidget(QWidget* parent) {
  auto* panel = new QWidget(parent);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  m_tasksTitle = new QLabel(panel);
  m_tasksTitle->setWordWrap(true);
  layout->addWidget(m_tasksTitle);
  layout->addWidget(makeStateTable(m_tasks, QStringLiteral("cfsTasksTable"), panel), 1);
  retranslate();
  return panel;
}

void CfsView::showPosition(int from, int to, bool animate) {
  m_runQueue->showPosition(from, to, animate);
  const auto now = statesOf(m_simulation.timeline().state());
  if (animate && std::abs(to - from) == 1) m_states->animate(m_shownStates, now);
  else m_states->show(now);
  m_shownStates = now;
  m_gantt->showPosition(static_cast<std::size_t>(to));
  const double ms = static_cast<double>(m_simulation.timeline().state().now) / 1e6;
  m_vruntime->setCurrentTime(ms);
  m_share->setCurrentTime(ms);
  m_tasks->refresh();
}

void CfsView::finishAnimations() {
  m_runQueue->finishAnimations();
  m_states->finish();
}

void CfsView::retranslate() {
  m_runQueue->retranslate();
  m_states->retranslate();
  m_gantt->retranslate();
  m_vruntime->retranslate();
  m_share->retranslate();
  m_tasks->refresh();
  if (m_tabs) {
    m_tabs->setTabText(0, viewTitle(kGantt));
    m_tabs->setTabText(1, viewTitle(kStates));
    m_tabs->setTabText(2, viewTitle(kVruntime));
    m_tabs->setTabText(3, viewTitle(kShare));
  }
  if (m_tasksTitle) m_tasksTitle->setText(tr("Tasks (sched_entity): the running one in bold"));
}

void CfsView::setAnimationSpeed(double speed) {
  m_runQueue->setSpeed(speed);
  m_states->setSpeed(speed);
}

}  // namespace oslens::views

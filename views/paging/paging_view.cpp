#include "views/paging/paging_view.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

#include "views/core/fitted_scene_view.h"
#include "views/paging/fault_curve_chart.h"
#include "views/paging/frame_table_model.h"
#include "views/paging/paging_scene.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
const QString kFaults = QStringLiteral("faults");
constexpr int kBaseAnimationMs = 700;
}  // namespace

PagingView::PagingView(const engine::paging::PagingSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_diagram(new PagingScene(simulation, this)),
      m_chart(new FaultCurveChart(simulation, this)),
      m_frames(new FrameTableModel(simulation, this)) {}

PagingView::~PagingView() = default;

QStringList PagingView::viewNames() const { return {kMemory, kFaults}; }

QString PagingView::viewTitle(const QString& name) const {
  return name == kFaults ? tr("Faults against frames (chart)") : tr("Memory and reference string");
}

QGraphicsScene* PagingView::scene(const QString& name) {
  if (name == kMemory) return m_diagram;
  if (name == kFaults) return m_chart;
  return nullptr;
}

QWidget* PagingView::createWidget(QWidget* parent) {
  // Stacked: both pictures are wider than tall, so each gets the full width.
  auto* splitter = new QSplitter(Qt::Vertical, parent);
  auto* diagramView = new FittedSceneView(m_diagram, splitter);
  diagramView->setObjectName(QStringLiteral("pagingDiagramView"));
  auto* chartView =
      new FittedSceneView(m_chart, splitter, [chart = m_chart](const QSizeF& size) { chart->resizeChart(size); });
  chartView->setObjectName(QStringLiteral("faultCurveView"));
  splitter->addWidget(diagramView);
  splitter->addWidget(chartView);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({600, 380});
  return splitter;
}

QWidget* PagingView::createStateWidget(QWidget* parent) {
  auto* table = new QTableView(parent);
  table->setObjectName(QStringLiteral("frameTable"));
  table->setModel(m_frames);
  table->setFocusPolicy(Qt::NoFocus);  // arrow keys step the timeline
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  return table;
}

void PagingView::showPosition(int from, int to, bool animate) {
  m_diagram->showPosition(from, to, animate);
  m_frames->refresh();
}
void PagingView::finishAnimations() { m_diagram->finishAnimations(); }

void PagingView::retranslate() {
  m_diagram->retranslate();
  m_frames->refresh();
  m_chart->retranslate();
}

void PagingView::setAnimationSpeed(double speed) {
  m_diagram->setAnimationDuration(speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed));
}

}  // namespace oslens::views

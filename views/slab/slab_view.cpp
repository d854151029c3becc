#include "views/slab/slab_view.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "views/buddy/buddy_narrator.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_table.h"
#include "views/slab/live_objects_model.h"
#include "views/slab/slab_info_model.h"
#include "views/slab/slab_scene.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
// A slab step has a few moves (a slab grows, an object lights up, a slab changes list): each gets
// about this long.
constexpr int kBaseAnimationMs = 700;
}  // namespace

SlabView::SlabView(const engine::slab::SlabSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_diagram(new SlabScene(simulation, this)),
      m_slabInfo(new SlabInfoModel(simulation, this)),
      m_live(new LiveObjectsModel(simulation, this)) {}

SlabView::~SlabView() = default;

QStringList SlabView::viewNames() const { return {kMemory}; }

QString SlabView::viewTitle(const QString&) const { return tr("Caches, slabs and physical memory"); }

QGraphicsScene* SlabView::scene(const QString& name) { return name == kMemory ? m_diagram : nullptr; }

QWidget* SlabView::createWidget(QWidget* parent) {
  auto* view = new FittedSceneView(m_diagram, parent);
  view->setObjectName(QStringLiteral("slabDiagramView"));
  return view;
}

QWidget* SlabView::createStateWidget(QWidget* parent) {
  auto* panel = new QWidget(parent);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  m_slabInfoTitle = new QLabel(panel);
  auto* info = makeStateTable(m_slabInfo, QStringLiteral("slabInfoTable"), panel);
  // A few rows: as tall as they are, the live objects get the rest.
  info->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  info->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
  m_freePages = new QLabel(panel);
  m_freePages->setObjectName(QStringLiteral("slabFreePages"));
  m_freePages->setWordWrap(true);
  m_liveTitle = new QLabel(panel);
  auto* live = makeStateTable(m_live, QStringLiteral("liveObjectsTable"), panel);
  layout->addWidget(m_slabInfoTitle);
  layout->addWidget(info);
  layout->addWidget(m_freePages);
  layout->addWidget(m_liveTitle);
  layout->addWidget(live, 1);
  retranslate();
  return panel;
}

QString SlabView::freePagesText() const {
  const auto& state = m_simulation.timeline().state();
  return tr("Buddy allocator: %1 of %2 pages free; slabs hold %3, large kmallocs %4.")
      .arg(state.memory.freePages())
      .arg(state.memory.totalPages())
      .arg(BuddyNarrator::pagesText(state.slabPages()), BuddyNarrator::pagesText(state.largePages));
}

void SlabView::showPosition(int from, int to, bool animate) {
  m_diagram->showPosition(from, to, animate);
  m_slabInfo->refresh();
  m_live->refresh();
  if (m_freePages) m_freePages->setText(freePagesText());
}

void SlabView::finishAnimations() { m_diagram->finishAnimations(); }

void SlabView::retranslate() {
  m_diagram->retranslate();
  m_slabInfo->refresh();
  m_live->refresh();
  if (m_slabInfoTitle) m_slabInfoTitle->setText(tr("/proc/slabinfo: objects and slabs per cache"));
  if (m_freePages) m_freePages->setText(freePagesText());
  if (m_liveTitle) m_liveTitle->setText(tr("What each tag holds"));
}

void SlabView::setAnimationSpeed(double speed) {
  m_diagram->setAnimationDuration(speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed));
}

}  // namespace oslens::views

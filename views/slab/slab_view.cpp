#include "views/slab/slab_view.h"

#include "views/buddy/buddy_narrator.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/slab/live_objects_model.h"
#include "views/slab/slab_info_model.h"
#include "views/slab/slab_scene.h"

namespace oslens::views {

namespace {
const QString kMemory = QStringLiteral("memory");
}  // namespace

SlabView::SlabView(const engine::slab::SlabSimulation& simulation, QObject* parent)
    : ModuleView(parent),
      m_simulation(simulation),
      m_diagram(new SlabScene(simulation, this)),
      m_slabInfo(new SlabInfoModel(simulation, this)),
      m_live(new LiveObjectsModel(simulation, this)) {
  addScene(kMemory, QT_TR_NOOP("Caches, slabs and physical memory"), m_diagram);
  addTable(m_slabInfo);
  addTable(m_live);
}

QWidget* SlabView::createWidget(QWidget* parent) { return createSceneView(kMemory, QStringLiteral("slabDiagramView"), parent); }

QWidget* SlabView::createStateWidget(QWidget* parent) {
  auto* panel = createStatePanel(parent);
  panel->addLabel([this] { return tr("/proc/slabinfo: objects and slabs per cache"); });
  panel->addTable(m_slabInfo, QStringLiteral("slabInfoTable"), StatePanel::Height::FitRows);
  panel->addLabel([this] { return freePagesText(); }, QStringLiteral("slabFreePages"));
  panel->addLabel([this] { return tr("What each tag holds"); });
  panel->addTable(m_live, QStringLiteral("liveObjectsTable"), StatePanel::Height::Rest);
  return panel;
}

QString SlabView::freePagesText() const {
  const auto& state = m_simulation.timeline().state();
  return tr("Buddy allocator: %1 of %2 pages free; slabs hold %3, large kmallocs %4.")
      .arg(state.memory.freePages())
      .arg(state.memory.totalPages())
      .arg(BuddyNarrator::pagesText(state.slabPages()), BuddyNarrator::pagesText(state.largePages));
}

}  // namespace oslens::views

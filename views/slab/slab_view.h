#pragma once

#include "engine/memory/slab/slab_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class SlabScene;
class SlabInfoModel;
class LiveObjectsModel;

// The slab allocator: its caches, their three lists and the slabs' objects above the buddy
// allocator's memory ("memory"); beside them /proc/slabinfo, the buddy zone's free pages and what
// each tag holds, as tables.
class SlabView : public ModuleView {
  Q_OBJECT

 public:
  SlabView(const engine::slab::SlabSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  SlabScene* diagram() const { return m_diagram; }
  SlabInfoModel* slabInfo() const { return m_slabInfo; }
  LiveObjectsModel* liveObjects() const { return m_live; }
  // "Buddy allocator: 14 of 16 pages free ...", the line over the tables.
  QString freePagesText() const;

 private:
  const engine::slab::SlabSimulation& m_simulation;
  SlabScene* m_diagram;
  SlabInfoModel* m_slabInfo;
  LiveObjectsModel* m_live;
};

}  // namespace oslens::views

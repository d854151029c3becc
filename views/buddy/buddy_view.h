#pragma once

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class BuddyScene;
class FragmentationChart;
class BuddyInfoModel;
class LiveAllocationsModel;

// The buddy allocator: the free lists above physical memory ("memory"), the splits as a binary
// tree ("tree") and fragmentation over the timeline ("fragmentation"); beside them /proc/buddyinfo and the live allocations as tables.
class BuddyView : public ModuleView {
  Q_OBJECT

 public:
  BuddyView(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  BuddyScene* diagram() const { return m_diagram; }
  // Made on first use: charting replays the whole timeline once (on a worker thread when it is
  // long), which an export of the diagram need not wait for.
  FragmentationChart* chart();
  BuddyInfoModel* buddyInfo() const { return m_buddyInfo; }
  LiveAllocationsModel* liveAllocations() const { return m_live; }

 private:
  const engine::buddy::BuddySimulation& m_simulation;
  BuddyScene* m_diagram;
  FragmentationChart* m_chart = nullptr;
  BuddyInfoModel* m_buddyInfo;
  LiveAllocationsModel* m_live;
};

}  // namespace oslens::views

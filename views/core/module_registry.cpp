#include "views/core/module_registry.h"

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/sched/baseline/baseline_scenario.h"
#include "engine/sched/cfs/cfs_scenario.h"
#include "views/banker/banker_narrator.h"
#include "views/banker/banker_view.h"
#include "views/buddy/buddy_narrator.h"
#include "views/buddy/buddy_view.h"
#include "views/cfs/cfs_narrator.h"
#include "views/cfs/cfs_view.h"
#include "views/deadlock/detection_narrator.h"
#include "views/deadlock/detection_view.h"
#include "views/paging/paging_narrator.h"
#include "views/paging/paging_view.h"
#include "views/sched/sched_narrator.h"
#include "views/sched/sched_view.h"
#include "views/slab/slab_narrator.h"
#include "views/slab/slab_view.h"

namespace oslens::views {

namespace {

// One presenter object per module, made on first use (no static initialisation order to mind).
template <class SimulationType, class ViewType, class NarratorType>
const ModulePresenter* presenter() {
  static const TypedModulePresenter<SimulationType, ViewType, NarratorType> instance;
  return &instance;
}

struct Entry {
  std::string_view module;
  const ModulePresenter* (*presenter)();
};

// Adding a module: one line here, plus engine/<area>/<module>/ and views/<module>/ (STYLE.md item 2).
constexpr Entry kModules[] = {
    {"paging", presenter<engine::paging::PagingSimulation, PagingView, PagingNarrator>},
    {"buddy", presenter<engine::buddy::BuddySimulation, BuddyView, BuddyNarrator>},
    {"slab", presenter<engine::slab::SlabSimulation, SlabView, SlabNarrator>},
    {"cfs", presenter<engine::cfs::CfsSimulation, CfsView, CfsNarrator>},
    {"sched", presenter<engine::baseline::BaselineSimulation, SchedView, SchedNarrator>},
    {"banker", presenter<engine::deadlock::banker::BankerSimulation, BankerView, BankerNarrator>},
    {"deadlock", presenter<engine::deadlock::detection::DetectionSimulation, DetectionView, DetectionNarrator>},
};

}  // namespace

const ModulePresenter* presenterFor(std::string_view module) {
  for (const auto& entry : kModules)
    if (entry.module == module) return entry.presenter();
  return nullptr;
}

}  // namespace oslens::views

#include "views/modules.h"

#include <QtGlobal>
#include <vector>

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/ipc/ipc_scenario.h"
#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/freelist/freelist_scenario.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/memory/translation/translation_scenario.h"
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
#include "views/freelist/freelist_narrator.h"
#include "views/freelist/freelist_view.h"
#include "views/ipc/ipc_narrator.h"
#include "views/ipc/ipc_view.h"
#include "views/paging/paging_narrator.h"
#include "views/paging/paging_view.h"
#include "views/sched/sched_narrator.h"
#include "views/sched/sched_view.h"
#include "views/slab/slab_narrator.h"
#include "views/slab/slab_view.h"
#include "views/translation/translation_narrator.h"
#include "views/translation/translation_view.h"

namespace oslens::views {

namespace {

// One presenter object per module, made on first use (no static initialisation order to mind).
// `title` is the untranslated name of the module's group in the scenario library.
template <class SimulationType, class ViewType, class NarratorType>
const ModulePresenter* presenter(const char* module, const char* title) {
  static const TypedModulePresenter<SimulationType, ViewType, NarratorType> instance(module, title);
  return &instance;
}

// Adding a module: one line here, one in engine/modules.cpp, and the module's folders
// (docs/architecture.md, "The module kit"). The order is the engine's.
const std::vector<const ModulePresenter*>& table() {
  static const std::vector<const ModulePresenter*> presenters = {
      presenter<engine::paging::PagingSimulation, PagingView, PagingNarrator>(
          "paging", QT_TRANSLATE_NOOP("ModulePresenter", "Page replacement")),
      presenter<engine::buddy::BuddySimulation, BuddyView, BuddyNarrator>(
          "buddy", QT_TRANSLATE_NOOP("ModulePresenter", "Buddy allocator")),
      presenter<engine::slab::SlabSimulation, SlabView, SlabNarrator>(
          "slab", QT_TRANSLATE_NOOP("ModulePresenter", "Slab allocator")),
      presenter<engine::translation::TranslationSimulation, TranslationView, TranslationNarrator>(
          "translation", QT_TRANSLATE_NOOP("ModulePresenter", "Virtual memory: address translation")),
      presenter<engine::freelist::FreelistSimulation, FreelistView, FreelistNarrator>(
          "freelist", QT_TRANSLATE_NOOP("ModulePresenter", "malloc and free: the free list")),
      presenter<engine::baseline::BaselineSimulation, SchedView, SchedNarrator>(
          "sched", QT_TRANSLATE_NOOP("ModulePresenter", "Scheduling: FIFO, SJF, STCF, RR")),
      presenter<engine::cfs::CfsSimulation, CfsView, CfsNarrator>(
          "cfs", QT_TRANSLATE_NOOP("ModulePresenter", "CFS scheduler")),
      presenter<engine::deadlock::banker::BankerSimulation, BankerView, BankerNarrator>(
          "banker", QT_TRANSLATE_NOOP("ModulePresenter", "Deadlock avoidance: the banker's algorithm")),
      presenter<engine::deadlock::detection::DetectionSimulation, DetectionView, DetectionNarrator>(
          "deadlock", QT_TRANSLATE_NOOP("ModulePresenter", "Deadlock detection and recovery")),
      presenter<engine::ipc::IpcSimulation, IpcView, IpcNarrator>(
          "ipc", QT_TRANSLATE_NOOP("ModulePresenter", "Interprocess communication")),
  };
  return presenters;
}

}  // namespace

const ModulePresenter* presenterFor(std::string_view module) {
  for (const ModulePresenter* entry : table())
    if (entry->module() == module) return entry;
  return nullptr;
}

std::span<const ModulePresenter* const> presenters() { return table(); }

}  // namespace oslens::views

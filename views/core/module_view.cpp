#include "views/core/module_view.h"

#include "engine/memory/paging/paging_scenario.h"
#include "views/paging/paging_view.h"

namespace oslens::views {

std::unique_ptr<ModuleView> createModuleView(const engine::Simulation& simulation, QObject* parent) {
  if (const auto* paging = dynamic_cast<const engine::paging::PagingSimulation*>(&simulation))
    return std::make_unique<PagingView>(*paging, parent);
  return nullptr;
}

}  // namespace oslens::views

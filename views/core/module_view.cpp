#include "views/core/module_view.h"

#include "views/modules.h"

namespace oslens::views {

std::unique_ptr<ModuleView> createModuleView(const engine::Simulation& simulation, QObject* parent) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? presenter->createView(simulation, parent) : nullptr;
}

}  // namespace oslens::views

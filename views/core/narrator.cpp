#include "views/core/narrator.h"

#include "views/modules.h"

namespace oslens::views {

QStringList narrateCurrentStep(const engine::Simulation& simulation) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? presenter->narrateCurrentStep(simulation) : QStringList();
}

std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first, std::size_t last) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? presenter->narrateSteps(simulation, first, last) : std::vector<QStringList>();
}

QString summarizeSimulation(const engine::Simulation& simulation) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? presenter->summarize(simulation) : QString();
}

}  // namespace oslens::views

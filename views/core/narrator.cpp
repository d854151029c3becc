#include "views/core/narrator.h"

#include "engine/memory/paging/paging_scenario.h"
#include "views/paging/paging_narrator.h"

namespace oslens::views {

QStringList narrateCurrentStep(const engine::Simulation& simulation) {
  if (const auto* paging = dynamic_cast<const engine::paging::PagingSimulation*>(&simulation)) {
    const auto& timeline = paging->timeline();
    if (!timeline.lastOp()) return {};
    return PagingNarrator::narrate(timeline.position() - 1, *timeline.lastOp(), timeline.lastEvents());
  }
  return {};
}

std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first, std::size_t last) {
  std::vector<QStringList> out;
  if (const auto* paging = dynamic_cast<const engine::paging::PagingSimulation*>(&simulation)) {
    paging->timeline().visitSteps(first, last, [&](const auto& state, const auto& op, const auto& events) {
      out.push_back(PagingNarrator::narrate(state.step - 1, op, events));
    });
  }
  return out;
}

QString summarizeSimulation(const engine::Simulation& simulation) {
  if (const auto* paging = dynamic_cast<const engine::paging::PagingSimulation*>(&simulation))
    return PagingNarrator::summary(paging->timeline().state());
  return {};
}

}  // namespace oslens::views

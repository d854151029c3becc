#include "views/buddy/fragmentation_chart.h"

#include <memory>

namespace oslens::views {

using namespace engine::buddy;

namespace {
double largestBlockPages(const BuddyAllocator& memory) {
  const int order = memory.largestFreeOrder();
  return order < 0 ? 0.0 : static_cast<double>(std::uint64_t{1} << order);
}

// A timeline of its own, from the initial state and the ops, with no checkpoints to keep (a
// budget of one byte): the worker never touches the document's timeline, which the GUI moves.
FreeSpaceChart::Sampler samplerOf(const BuddySimulation& simulation) {
  const auto& timeline = simulation.timeline();
  auto scratch = std::make_shared<engine::Timeline<BuddyReportingModel>>(timeline.initialState(), timeline.ops(), 1);
  return {[scratch](std::size_t step) { scratch->seek(step); },
          [scratch] {
            const BuddyState& s = scratch->state();
            return FreeSpaceChart::Point{static_cast<double>(s.memory.freePages()), largestBlockPages(s.memory), s.failures};
          }};
}
}  // namespace

FragmentationChart::FragmentationChart(const BuddySimulation& simulation, QObject* parent)
    : FreeSpaceChart(simulation.timeline().size(), simulation.position(), samplerOf(simulation), parent) {
  retranslate();
}

void FragmentationChart::retranslate() {
  setWords({tr("Free pages and the largest free block: the gap is external fragmentation"),
            tr("Free pages and the largest free block (a point every %1 steps): the gap is external "
               "fragmentation"),
            tr("Free pages and the largest free block: charting %1 steps…"), tr("Step"), tr("Pages"), tr("free pages"),
            tr("largest free block (pages)"), tr("free, but not in one block"), tr("request failed"), tr("this step"),
            tr("external fragmentation (1 − largest/free)")});
}

}  // namespace oslens::views

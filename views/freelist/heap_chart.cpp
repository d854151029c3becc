#include "views/freelist/heap_chart.h"

#include <memory>

namespace oslens::views {

using namespace engine::freelist;

namespace {
FreeSpaceChart::Sampler samplerOf(const FreelistSimulation& simulation) {
  const auto& timeline = simulation.timeline();
  // A timeline of its own with no checkpoints to keep: the worker never touches the document's.
  auto scratch = std::make_shared<engine::Timeline<FreelistReportingModel>>(timeline.initialState(), timeline.ops(), 1);
  return {[scratch](std::size_t step) { scratch->seek(step); },
          [scratch] {
            const FreelistState& s = scratch->state();
            return FreeSpaceChart::Point{static_cast<double>(s.freeBytes()), static_cast<double>(s.largestFree()), s.failed};
          }};
}
}  // namespace

HeapChart::HeapChart(const FreelistSimulation& simulation, QObject* parent)
    : FreeSpaceChart(simulation.timeline().size(), simulation.position(), samplerOf(simulation), parent) {
  retranslate();
}

void HeapChart::retranslate() {
  setWords({tr("Free bytes and the largest free block: the gap is external fragmentation"),
            tr("Free bytes and the largest free block (a point every %1 steps): the gap is external fragmentation"),
            tr("Free bytes and the largest free block: charting %1 steps…"), tr("Step"), tr("Bytes"), tr("free bytes"),
            tr("largest free block"), tr("free, but not in one block"), tr("malloc returned NULL"), tr("this step"),
            tr("external fragmentation (1 − largest/free)")});
}

}  // namespace oslens::views

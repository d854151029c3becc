#pragma once

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/kit/free_space_chart.h"

namespace oslens::views {

// Free pages and the largest free block (2^largest free order pages) over the timeline: the kit's
// free-space chart over a scratch replay of the buddy scenario.
class FragmentationChart : public FreeSpaceChart {
  Q_OBJECT

 public:
  explicit FragmentationChart(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  void retranslate();
  QLineSeries* freePagesSeries() const { return freeSeries(); }
};

}  // namespace oslens::views

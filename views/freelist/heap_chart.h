#pragma once

#include "engine/memory/freelist/freelist_scenario.h"
#include "views/kit/free_space_chart.h"

namespace oslens::views {

// Free bytes and the largest free block over the run, failed mallocs marked: the gap between the
// lines is external fragmentation (the kit's free-space chart over a scratch replay).
class HeapChart : public FreeSpaceChart {
  Q_OBJECT

 public:
  explicit HeapChart(const engine::freelist::FreelistSimulation& simulation, QObject* parent = nullptr);
  void retranslate();
};

}  // namespace oslens::views

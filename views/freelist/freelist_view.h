#pragma once

#include "engine/memory/freelist/freelist_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class HeapScene;
class HeapChart;
class HeapBlocksModel;

// malloc and free: the free list above the heap ("heap") and free space over the run
// ("fragmentation"); beside them the blocks the program holds, as a table.
class FreelistView : public ModuleView {
  Q_OBJECT

 public:
  FreelistView(const engine::freelist::FreelistSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  HeapScene* heap() const { return m_heap; }
  // Made on first use: charting replays the whole run once.
  HeapChart* chart();

 private:
  const engine::freelist::FreelistSimulation& m_simulation;
  HeapScene* m_heap;
  HeapChart* m_chart = nullptr;
  HeapBlocksModel* m_blocks;
};

}  // namespace oslens::views

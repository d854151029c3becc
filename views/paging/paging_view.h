#pragma once

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class PagingScene;
class FaultCurveChart;
class FrameTableModel;

// Page replacement: the diagram ("memory") and, below it, the faults-against-frames chart
// ("faults"); the frame table in the state panel.
class PagingView : public ModuleView {
  Q_OBJECT

 public:
  PagingView(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  PagingScene* diagram() const { return m_diagram; }
  FaultCurveChart* chart() const { return m_chart; }

 private:
  PagingScene* m_diagram;
  FaultCurveChart* m_chart;
  FrameTableModel* m_frames;
};

}  // namespace oslens::views

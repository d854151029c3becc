#pragma once

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class PagingScene;
class FaultCurveChart;
class FrameTableModel;

// Page replacement: the diagram ("memory") and, beside it, the faults-against-frames chart
// ("faults").
class PagingView : public ModuleView {
  Q_OBJECT

 public:
  PagingView(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);
  ~PagingView() override;

  QStringList viewNames() const override;
  QString viewTitle(const QString& name) const override;
  QGraphicsScene* scene(const QString& name) override;
  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;
  void showPosition(int from, int to, bool animate) override;
  void finishAnimations() override;
  void retranslate() override;
  void setAnimationSpeed(double speed) override;

  PagingScene* diagram() const { return m_diagram; }
  FaultCurveChart* chart() const { return m_chart; }

 private:
  PagingScene* m_diagram;
  FaultCurveChart* m_chart;
  FrameTableModel* m_frames;
};

}  // namespace oslens::views

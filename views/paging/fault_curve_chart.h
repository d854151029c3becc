#pragma once

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// Faults against number of frames (1..N) for every policy on the scenario's reference string, in a
// scene of its own so it can be shown beside the diagram and exported alone. Belady's anomaly is a
// FIFO curve that goes up; LRU and OPT, stack algorithms, never go up.
class FaultCurveChart : public ChartScene {
  Q_OBJECT

 public:
  // Longer strings are charted on their first kMaxCharted references (the title says so), so that
  // loading a scenario stays instant.
  static constexpr std::size_t kMaxCharted = 100'000;
  static constexpr std::uint32_t kMaxChartedFrames = 32;

  explicit FaultCurveChart(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  void retranslate();

 private:
  void buildSeries();

  const engine::paging::PagingSimulation& m_simulation;
  QValueAxis* m_framesAxis = nullptr;
  QValueAxis* m_faultsAxis = nullptr;
  QScatterSeries* m_current = nullptr;
  std::uint32_t m_maxFrames = 1;
  bool m_truncated = false;
};

}  // namespace oslens::views

#pragma once

#include <vector>

#include "engine/memory/paging/paging_scenario.h"
#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// Faults against number of frames (1..N) for every policy on the scenario's reference string, in a
// scene of its own so it can be shown beside the diagram and exported alone. Belady's anomaly is a
// FIFO curve that goes up; LRU and OPT, stack algorithms, never go up.
//
// Policies whose curves are the same point for point (on Belady's string LRU and LFU, Clock and
// FIFO) are drawn as one line named after all of them ("FIFO = Clock"): drawn one over the other,
// the line on top would hide the other, and the legend would promise a line nobody can see. Each
// policy has a marker shape of its own (hollow, so that curves meeting at a point all show there).
class FaultCurveChart : public ChartScene {
  Q_OBJECT

 public:
  // Longer strings are charted on their first kMaxCharted references (the title says so), so that
  // loading a scenario stays instant.
  static constexpr std::size_t kMaxCharted = 100'000;
  static constexpr std::uint32_t kMaxChartedFrames = 32;

  explicit FaultCurveChart(const engine::paging::PagingSimulation& simulation, QObject* parent = nullptr);

  void retranslate();
  // The ring for the scenario's own policy and memory shows the faults so far: the curves are
  // what every policy would do with the whole string, but the scenario's own count is not told
  // before its steps have happened.
  void showPosition(int from, int to, bool animate);

  // A line of the chart: the policies whose curve it is, the one whose look it has first (the
  // scenario's own policy if it is among them).
  struct Curve {
    QLineSeries* line = nullptr;
    std::vector<engine::paging::Policy> policies;
  };
  const std::vector<Curve>& curves() const { return m_curves; }
  // The ring: (frames, faults so far); tests.
  QPointF scenarioPoint() const;

 private:
  void buildSeries();

  const engine::paging::PagingSimulation& m_simulation;
  QValueAxis* m_framesAxis = nullptr;
  QValueAxis* m_faultsAxis = nullptr;
  std::vector<Curve> m_curves;
  QScatterSeries* m_current = nullptr;
  std::uint32_t m_maxFrames = 1;
  bool m_truncated = false;
};

}  // namespace oslens::views

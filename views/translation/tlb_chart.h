#pragma once

#include <QList>
#include <QPointF>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// Managed mode over the run: the TLB's hit rate so far (left axis, %) and the page faults so far
// (right axis), each drawn only up to the step shown; the title gives the effective access time
// of the textbook formula at the hit rate measured so far (Silberschatz 10e 9.3.2.2), with the
// scenario's latencies and the number of levels.
class TlbChart : public ChartScene {
  Q_OBJECT

 public:
  // At most this many points: a longer run is sampled every stride() steps.
  static constexpr std::size_t kMaxSamples = 2000;

  explicit TlbChart(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void retranslate();
  std::size_t stride() const { return m_stride; }
  QLineSeries* hitRateSeries() const { return m_hitRate; }

 private:
  struct Sample {
    double step = 0;
    double hitRate = 0;  // %, of the lookups so far (0 before the first)
    double faults = 0;   // minor + major + copy-on-write so far
    std::uint64_t hits = 0, lookups = 0;
  };
  void draw();

  const engine::translation::TranslationSimulation& m_simulation;
  QValueAxis* m_stepAxis = nullptr;
  QValueAxis* m_rateAxis = nullptr;
  QValueAxis* m_faultAxis = nullptr;
  QLineSeries* m_hitRate = nullptr;
  QLineSeries* m_faults = nullptr;
  QLineSeries* m_current = nullptr;
  QScatterSeries* m_hitRateMarkers = nullptr;  // the lines' markers, a series of their own
  QScatterSeries* m_faultMarkers = nullptr;
  std::vector<Sample> m_samples;
  std::size_t m_stride = 1;
  std::size_t m_step = 0;
};

}  // namespace oslens::views

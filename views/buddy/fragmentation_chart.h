#pragma once

#include <QList>
#include <QPointF>
#include <mutex>
#include <optional>
#include <thread>

#include "engine/memory/buddy/buddy_scenario.h"
#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// Free pages and the largest free block (2^largest free order pages) over the timeline, in a
// scene of its own. The gap between the two lines is external fragmentation: memory that is free
// but cannot serve a request as large as itself. Failed requests are marked, the current step is
// a vertical line; the lines and marks reach only as far as the step shown.
class FragmentationChart : public ChartScene {
  Q_OBJECT

 public:
  // At most this many points: a longer timeline is sampled every stride() steps.
  static constexpr std::size_t kMaxSamples = 2000;
  // Longer timelines are charted on a worker thread (a replay of 10^6 steps takes a good part of
  // a second); the chart fills in when it is done.
  static constexpr std::size_t kMaxStepsChartedAtOnce = 50'000;

  explicit FragmentationChart(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);
  ~FragmentationChart() override;

  void retranslate();
  void setCurrentStep(std::size_t step);
  // Waits for the worker, if there is one, and draws its result (exports call this).
  void waitUntilReady();
  bool ready() const { return m_ready; }

  QLineSeries* freePagesSeries() const { return m_free; }
  QScatterSeries* failureSeries() const { return m_failures; }
  // Steps per point: 1 unless the timeline is longer than kMaxSamples.
  std::size_t stride() const { return m_stride; }

 private:
  struct Samples {
    QList<QPointF> free, largest, failures;
    bool complete = false;  // false: only the start, while the worker runs
  };
  static Samples sample(engine::Timeline<engine::buddy::BuddyReportingModel> scratch, std::size_t stride,
                        const std::stop_token& stop);
  void buildAxesAndSeries();
  void apply();

  QValueAxis* m_stepAxis = nullptr;
  QValueAxis* m_pagesAxis = nullptr;
  QLineSeries* m_free = nullptr;
  QLineSeries* m_largest = nullptr;
  QAreaSeries* m_gap = nullptr;
  QScatterSeries* m_failures = nullptr;
  QLineSeries* m_current = nullptr;
  std::size_t m_steps = 0;
  std::size_t m_stride = 1;
  std::size_t m_currentStep = 0;
  bool m_ready = false;
  Samples m_all;  // the whole run's points; setCurrentStep draws those up to the step

  std::mutex m_resultMutex;
  std::optional<Samples> m_result;  // the worker's, until apply() draws it
  std::jthread m_worker;
};

}  // namespace oslens::views

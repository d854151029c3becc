#pragma once

#include <QList>
#include <QPointF>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// Free space and the largest free block over the timeline of an allocator (buddy's pages, the
// malloc heap's bytes), in a scene of its own. The gap between the two lines is external
// fragmentation: memory that is free but cannot serve a request as large as itself. Failed
// requests are marked, the current step is a vertical line; external fragmentation itself
// (1 - largest/free) is a line against a percent axis on the right; the lines and marks reach only as far
// as the step shown. A module gives the values of one state (`Sampler`) and the words (`Words`).
class FreeSpaceChart : public ChartScene {
  Q_OBJECT

 public:
  // At most this many points: a longer timeline is sampled every stride() steps.
  static constexpr std::size_t kMaxSamples = 2000;
  // Longer timelines are charted on a worker thread (a replay of 10^6 steps takes a good part of
  // a second); the chart fills in when it is done.
  static constexpr std::size_t kMaxStepsChartedAtOnce = 50'000;

  // One state's values: free, largest free block, failed requests so far.
  struct Point {
    double free = 0;
    double largest = 0;
    std::uint64_t failures = 0;
  };
  // Runs the scenario on a timeline of its own (never the document's, which the GUI moves):
  // `seek(step)` and the values of the state there. Called on the worker thread for long runs.
  struct Sampler {
    std::function<void(std::size_t step)> seek;
    std::function<Point()> point;
  };
  struct Words {
    QString title;          // with "%1": the stride, for a sampled run
    QString sampledTitle;
    QString chartingTitle;  // while the worker runs; "%1": the steps
    QString stepAxis, valueAxis, free, largest, gap, failed, current;
    QString fragmentation;  // on the right-hand percent axis (untitled: its labels say %, the legend what)
  };

  FreeSpaceChart(std::size_t steps, std::size_t currentStep, Sampler sampler, QObject* parent = nullptr);
  ~FreeSpaceChart() override;

  void setCurrentStep(std::size_t step);
  // A compact chart (a short pane) leaves out the fragmentation line and its axis: no room.
  void resizeChart(const QSizeF& size) override;
  // Waits for the worker, if there is one, and draws its result (exports call this).
  void waitUntilReady();
  bool ready() const { return m_ready; }

  QLineSeries* freeSeries() const { return m_free; }
  QScatterSeries* failureSeries() const { return m_failures; }
  QLineSeries* fragmentationSeries() const { return m_fragmentation; }
  // Steps per point: 1 unless the timeline is longer than kMaxSamples.
  std::size_t stride() const { return m_stride; }

 protected:
  void setWords(const Words& words);

 private:
  struct Samples {
    QList<QPointF> free, largest, failures, fragmentation;
    bool complete = false;  // false: only the start, while the worker runs
  };
  static Samples sample(const Sampler& sampler, std::size_t steps, std::size_t stride, const std::stop_token& stop);
  void buildAxesAndSeries();
  void apply();

  QValueAxis* m_stepAxis = nullptr;
  QValueAxis* m_valueAxis = nullptr;
  QValueAxis* m_percentAxis = nullptr;
  QLineSeries* m_free = nullptr;
  QLineSeries* m_largest = nullptr;
  QAreaSeries* m_gap = nullptr;
  QScatterSeries* m_failures = nullptr;
  QLineSeries* m_fragmentation = nullptr;
  QLineSeries* m_current = nullptr;
  std::size_t m_steps = 0;
  std::size_t m_stride = 1;
  std::size_t m_currentStep = 0;
  bool m_ready = false;
  Samples m_all;  // the whole run's points; setCurrentStep draws those up to the step
  Words m_words;

  std::mutex m_resultMutex;
  std::optional<Samples> m_result;  // the worker's, until apply() draws it
  std::jthread m_worker;
};

}  // namespace oslens::views

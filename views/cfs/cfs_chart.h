#pragma once

#include <QStringList>
#include <memory>
#include <vector>

#include "engine/sched/cfs/cfs_share_samples.h"
#include "views/core/chart_scene.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QXYSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace oslens::views {

// One Qt Charts chart over the whole CFS run, in a scene of its own (so it exports like the
// diagrams): either every task's vruntime against time — the lines stay together, which is what
// "fair" means, with min_vruntime dashed under them — or every task's CPU share so far against
// the share its weight promised (dashed). A vertical line marks the step shown. The axes span
// the whole run (the picture keeps its scale from step to step), but the lines are drawn only up
// to the step shown: the chart tells nothing the run has not played yet.
class CfsChart : public ChartScene {
  Q_OBJECT

 public:
  enum class Kind { Vruntime, Share };

  CfsChart(Kind kind, std::shared_ptr<const engine::cfs::CfsShareSamples> samples, QStringList taskNames, QObject* parent = nullptr);

  Kind kind() const { return m_kind; }
  void setCurrentTime(double ms);
  void retranslate();
  // Tests: the line of one task (vruntime or share).
  QLineSeries* taskSeries(std::size_t task) const { return m_taskSeries.at(task); }

 private:
  void build();

  Kind m_kind;
  std::shared_ptr<const engine::cfs::CfsShareSamples> m_samples;
  QStringList m_names;
  QValueAxis* m_timeAxis = nullptr;
  QValueAxis* m_valueAxis = nullptr;
  std::vector<QLineSeries*> m_taskSeries;
  std::vector<QLineSeries*> m_promisedSeries;
  QLineSeries* m_minVruntime = nullptr;
  QLineSeries* m_current = nullptr;
  // Every line and marker series with all its points; setCurrentTime draws the part so far.
  struct DrawnSoFar {
    QXYSeries* series;
    QList<QPointF> points;
    bool interpolate;  // lines end exactly at the step; markers only where they are
  };
  std::vector<DrawnSoFar> m_drawnSoFar;
  double m_currentMs = 0;
  double m_topValue = 1;
};

}  // namespace oslens::views

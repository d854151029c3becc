#pragma once

#include <QGraphicsScene>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace oslens::views {

// A Qt Charts chart in a scene of its own, so that it is shown, fitted and exported like every
// diagram: white, no animation, square corners, the legend below. A module's chart derives from
// it, builds its axes and series, and calls resizeChart(its export size) at the end of its
// constructor. In a window, FittedSceneView lays the chart out for the view's size instead of
// scaling it, so its text keeps its size.
class ChartScene : public QGraphicsScene {
  Q_OBJECT

 public:
  ChartScene(double legendPointSize, double titlePointSize, QObject* parent = nullptr);

  QChart* chart() const { return m_chart; }
  // The chart fills a scene of this size.
  virtual void resizeChart(const QSizeF& size);

 protected:
  // Adds a series drawn against the two axes (which the chart already holds).
  void addSeries(QAbstractSeries* series, QAbstractAxis* horizontal, QAbstractAxis* vertical);

 private:
  QChart* m_chart;
};

}  // namespace oslens::views

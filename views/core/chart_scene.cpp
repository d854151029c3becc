#include "views/core/chart_scene.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QLegend>

#include "views/core/view_palette.h"

namespace oslens::views {

ChartScene::ChartScene(double legendPointSize, double titlePointSize, QObject* parent)
    : QGraphicsScene(parent), m_chart(new QChart) {
  setBackgroundBrush(Qt::white);
  // No animation: an export must show the finished chart, and stepping must not replay it.
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->setBackgroundRoundness(0);
  m_chart->legend()->setAlignment(Qt::AlignBottom);
  m_chart->legend()->setFont(ViewPalette::font(legendPointSize));
  m_chart->setTitleFont(ViewPalette::font(titlePointSize, true));
  addItem(m_chart);
}

void ChartScene::resizeChart(const QSizeF& size) {
  m_chart->setGeometry(QRectF(QPointF(0, 0), size));
  setSceneRect(QRectF(QPointF(0, 0), size));
}

void ChartScene::addSeries(QAbstractSeries* series, QAbstractAxis* horizontal, QAbstractAxis* vertical) {
  m_chart->addSeries(series);
  series->attachAxis(horizontal);
  series->attachAxis(vertical);
}

}  // namespace oslens::views

#include "views/kit/flight_player.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QVariantAnimation>
#include <algorithm>

#include "views/core/scene_items.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
qreal ease(qreal x) { return x * x * (3 - 2 * x); }

QRectF lerp(const QRectF& a, const QRectF& b, qreal u) {
  return {a.x() + (b.x() - a.x()) * u, a.y() + (b.y() - a.y()) * u, a.width() + (b.width() - a.width()) * u,
          a.height() + (b.height() - a.height()) * u};
}
}  // namespace

FlightPlayer::FlightPlayer(QGraphicsScene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_animation(new QVariantAnimation(this)), m_labelFont(ViewPalette::font(14, true)) {
  m_animation->setStartValue(0.0);
  m_animation->setEndValue(1.0);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) { showAt(v.toReal()); });
  connect(m_animation, &QVariantAnimation::finished, this, [this] {
    finish();
    emit finished();
  });
}

bool FlightPlayer::running() const { return m_animation->state() == QAbstractAnimation::Running; }

void FlightPlayer::play(std::vector<Flight> flights, int milliseconds, bool forward) {
  finish();
  m_flights = std::move(flights);
  for (const Flight& f : m_flights) {
    QGraphicsRectItem* item = f.makeItem ? f.makeItem() : new QGraphicsRectItem;
    if (!f.makeItem) {
      item->setPen(f.pen);
      item->setBrush(f.brush);
    }
    m_scene->addItem(item);
    item->setZValue(20);
    auto* label = new QGraphicsSimpleTextItem(item);
    label->setFont(m_labelFont);
    label->setBrush(f.textColor);
    m_items.push_back(item);
    m_labels.push_back(label);
  }
  showAt(forward ? 0.0 : 1.0);
  m_animation->setDirection(forward ? QAbstractAnimation::Forward : QAbstractAnimation::Backward);
  m_animation->setDuration(std::max(milliseconds, 1));
  m_animation->start();
}

void FlightPlayer::showAt(qreal t) {
  for (std::size_t i = 0; i < m_flights.size() && i < m_items.size(); ++i) {
    const auto& frames = m_flights[i].frames;
    QGraphicsRectItem* item = m_items[i];
    if (frames.empty() || t < frames.front().t) {
      item->setVisible(false);
      continue;
    }
    // The last keyframe at or before t, and the next one.
    std::size_t k = 0;
    while (k + 1 < frames.size() && frames[k + 1].t <= t) ++k;
    QRectF rect = frames[k].rect;
    qreal opacity = frames[k].opacity;
    if (k + 1 < frames.size()) {
      const auto& next = frames[k + 1];
      const qreal span = next.t - frames[k].t;
      const qreal u = span > 0 ? ease(std::clamp((t - frames[k].t) / span, 0.0, 1.0)) : 1.0;
      rect = lerp(frames[k].rect, next.rect, u);
      opacity = frames[k].opacity + (next.opacity - frames[k].opacity) * u;
    }
    item->setVisible(opacity > 0.01);
    item->setOpacity(opacity);
    item->setRect(rect);
    QGraphicsSimpleTextItem* label = m_labels[i];
    if (label->text() != frames[k].label) label->setText(frames[k].label);
    centerOn(label, rect.center());
  }
}

void FlightPlayer::finish() {
  if (running()) {
    m_animation->blockSignals(true);
    m_animation->stop();
    m_animation->blockSignals(false);
  }
  for (auto* item : m_items) {
    m_scene->removeItem(item);
    delete item;
  }
  m_items.clear();
  m_labels.clear();
  m_flights.clear();
}

}  // namespace oslens::views

#pragma once

#include <QBrush>
#include <QFont>
#include <QObject>
#include <QPen>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

class QGraphicsScene;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

// A labelled box that moves through keyframes while a step animates: a block leaving its free
// list, breaking into buddies, joining its buddy, landing on the memory bar.
struct Flight {
  struct Keyframe {
    qreal t;  // 0..1 over the whole step
    QRectF rect;
    qreal opacity = 1.0;
    QString label;
  };
  std::vector<Keyframe> frames;  // by t; the box is hidden before the first and holds after the last
  QPen pen;
  QBrush brush;
  QColor textColor;
  // Makes the moving item when a plain box will not do (a slab strip with its object cells); the
  // item paints itself inside its rect, which the keyframes set. Pen and brush are then unused.
  std::function<QGraphicsRectItem*()> makeItem;

  void add(qreal t, const QRectF& rect, const QString& label, qreal opacity = 1.0) {
    frames.push_back({t, rect, opacity, label});
  }
  bool empty() const { return frames.empty(); }
};

// Plays flights on a scene, forwards (t 0 -> 1) or backwards (1 -> 0, a step undone), and
// removes their items when done or interrupted.
class FlightPlayer : public QObject {
  Q_OBJECT

 public:
  explicit FlightPlayer(QGraphicsScene* scene, QObject* parent = nullptr);

  void play(std::vector<Flight> flights, int milliseconds, bool forward);
  // The font of the moving boxes' labels: the font of the boxes they fly between.
  void setLabelFont(const QFont& font) { m_labelFont = font; }
  // Stops at once and removes the moving items.
  void finish();
  bool running() const;
  // Moves every box to where it is at `t` (tests call this to look at a moment of a step).
  void showAt(qreal t);

 signals:
  void finished();

 private:
  QGraphicsScene* m_scene;
  QVariantAnimation* m_animation;
  std::vector<Flight> m_flights;
  std::vector<QGraphicsRectItem*> m_items;
  std::vector<QGraphicsSimpleTextItem*> m_labels;  // one per item
  QFont m_labelFont;
};

}  // namespace oslens::views

#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>
#include <map>
#include <vector>

#include "engine/core/rbtree/rb_tree.h"

class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

using RunQueueTree = engine::rbtree::RbTree<std::uint64_t>;

// A red-black tree event with the key RbTree::apply needs for an RbLink.
struct KeyedRbEvent {
  engine::rbtree::RbEvent event;
  std::uint64_t key = 0;
};

// The run queue drawn as the red-black tree it is: red and black nodes labelled with the task and
// its vruntime, x from the in-order rank and y from the depth, the cached leftmost ringed as the
// next to run. A step's inserts and erases are played event by event: the new node descends past
// the nodes it is compared with, drops in red, and every recolouring and rotation of the fix-up
// follows with the textbook's case as the caption. The shapes between events come from replaying
// the recorded events on a copy of the tree (RbTree::apply), never from simulating.
class CfsTreeDiagram : public QObject {
  Q_OBJECT

 public:
  struct NodeText {
    QString title;
    QString detail;
  };
  using NodeTextFunction = std::function<NodeText(engine::rbtree::NodeId, std::uint64_t key)>;

  CfsTreeDiagram(QGraphicsScene* scene, QObject* parent = nullptr);
  ~CfsTreeDiagram() override;

  void setNodeText(NodeTextFunction text) { m_text = std::move(text); }
  void setOrigin(const QPointF& topLeft) { m_origin = topLeft; }
  void show(const RunQueueTree& tree);
  // One step: from `before` through `events`; backwards (step back) ends showing `before`.
  void animate(const RunQueueTree& before, const std::vector<KeyedRbEvent>& events, bool forward);
  void finish();
  void setSpeed(double speed) { m_speed = speed; }
  void retranslate();
  void showAt(qreal t);  // tests: the moment t (0..1) of the running step
  bool running() const;

  QRectF bounds() const;
  QString caption() const;
  // Tests: where a node is drawn (its centre), whether it is drawn, its fill.
  QPointF nodeCenter(engine::rbtree::NodeId id) const;
  bool nodeVisible(engine::rbtree::NodeId id) const;
  bool nodeIsRed(engine::rbtree::NodeId id) const;
  engine::rbtree::NodeId ringedNode() const { return m_ringed; }

 signals:
  void finished();

 private:
  struct NodeItems {
    QGraphicsEllipseItem* disc = nullptr;
    QGraphicsSimpleTextItem* title = nullptr;
    QGraphicsSimpleTextItem* detail = nullptr;
    QGraphicsLineItem* edge = nullptr;  // to its parent
  };
  // One moment of a step: the tree's shape after some of the events, what to say, and what to point at.
  struct Frame {
    RunQueueTree tree;
    QString caption;
    engine::rbtree::NodeId focus = engine::rbtree::kNil;
    engine::rbtree::NodeId floating = engine::rbtree::kNil;  // a node being inserted, not linked yet
    std::uint64_t floatingKey = 0;
    std::map<engine::rbtree::NodeId, QPointF> layout;
  };

  std::map<engine::rbtree::NodeId, QPointF> layoutOf(const RunQueueTree& tree) const;
  NodeItems& itemsFor(engine::rbtree::NodeId id);
  void drawFrame(const Frame& from, const Frame& to, qreal u);
  void drawStill(const Frame& frame);
  QString captionFor(const RunQueueTree& tree, const KeyedRbEvent& event) const;
  bool compact(std::size_t nodes) const { return nodes > kCompactAbove; }
  void stop();

  static constexpr std::size_t kCompactAbove = 31;  // more nodes: small discs, no labels

  QGraphicsScene* m_scene;
  NodeTextFunction m_text;
  QPointF m_origin;
  double m_speed = 1.0;
  std::map<engine::rbtree::NodeId, NodeItems> m_items;
  QGraphicsEllipseItem* m_ring = nullptr;
  QGraphicsSimpleTextItem* m_ringLabel = nullptr;
  QGraphicsEllipseItem* m_focus = nullptr;
  QGraphicsSimpleTextItem* m_caption = nullptr;
  QGraphicsSimpleTextItem* m_empty = nullptr;
  engine::rbtree::NodeId m_ringed = engine::rbtree::kNil;
  std::vector<Frame> m_frames;
  QVariantAnimation* m_animation = nullptr;
  bool m_forward = true;
  QRectF m_bounds;
  QRectF m_extent;  // what the running step will cover
};

}  // namespace oslens::views

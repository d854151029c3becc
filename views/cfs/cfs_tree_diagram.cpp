#include "views/cfs/cfs_tree_diagram.h"

#include <QBrush>
#include <QEasingCurve>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QVariantAnimation>
#include <algorithm>
#include <cmath>

#include "engine/core/overloaded.h"
#include "views/cfs/cfs_narrator.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::rbtree;

namespace {
struct Geometry {
  qreal radius, dx, dy;
};
constexpr Geometry kLarge{24, 62, 78};
constexpr qreal kMaxCompactWidth = 4000;  // a 1,000-task run queue still fits a wide screen when scaled

// Small discs without labels for a big tree, narrower the more nodes there are.
Geometry compactGeometry(std::size_t nodes) {
  const qreal dx = std::clamp(kMaxCompactWidth / static_cast<qreal>(std::max<std::size_t>(nodes, 1)), 4.0, 17.0);
  return {std::min(7.0, dx * 0.42), dx, 36};
}
constexpr int kPhaseMs = 380;     // each event of a step, at speed 1
constexpr int kMaxStepMs = 9000;  // a long fix-up speeds up rather than drags
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kBlack(0x21, 0x21, 0x21);
const QColor kLeftmost(0x15, 0x65, 0xc0);

QPointF lerp(const QPointF& a, const QPointF& b, qreal u) { return a + (b - a) * u; }

constexpr qreal kCaptionWidth = 600;

// Breaks a caption into lines of at most kCaptionWidth, at spaces where there are any (Chinese
// has none: it breaks between characters).
QString wrapped(const QString& text, const QFont& font) {
  const QFontMetricsF metrics(font);
  QStringList lines;
  QString line;
  qsizetype lastSpace = -1;
  for (const QChar c : text) {
    line += c;
    if (c == QLatin1Char(' ')) lastSpace = line.size() - 1;
    if (metrics.horizontalAdvance(line) <= kCaptionWidth) continue;
    const qsizetype cut = lastSpace > 0 ? lastSpace : line.size() - 1;
    lines << line.left(cut).trimmed();
    line = line.mid(cut).trimmed();
    lastSpace = -1;
  }
  if (!line.isEmpty()) lines << line;
  return lines.join(QLatin1Char('\n'));
}
}  // namespace

CfsTreeDiagram::CfsTreeDiagram(QGraphicsScene* scene, QObject* parent) : QObject(parent), m_scene(scene) {
  m_ring = scene->addEllipse(QRectF(), ViewPalette::pen(kLeftmost, 4), Qt::NoBrush);
  m_ring->setZValue(3);
  m_ringLabel = scene->addSimpleText(QString(), ViewPalette::font(10, true));
  m_ringLabel->setBrush(kLeftmost);
  m_ringLabel->setZValue(3);
  m_focus = scene->addEllipse(QRectF(), ViewPalette::pen(ViewPalette::current(), 5), Qt::NoBrush);
  m_focus->setZValue(4);
  m_caption = scene->addSimpleText(QString(), ViewPalette::font(12, true));
  m_caption->setBrush(ViewPalette::ink());
  m_empty = scene->addSimpleText(QString(), ViewPalette::font(11));
  m_empty->setBrush(ViewPalette::muted());
  // Nothing drawn until a tree is shown (an empty ellipse with a wide pen would leave a dot).
  for (QGraphicsItem* item : std::initializer_list<QGraphicsItem*>{m_ring, m_ringLabel, m_focus, m_empty}) item->setVisible(false);
  m_animation = new QVariantAnimation(this);
  m_animation->setStartValue(0.0);
  m_animation->setEndValue(1.0);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
    const qreal t = value.toReal();
    showAt(m_forward ? t : 1.0 - t);
  });
  connect(m_animation, &QVariantAnimation::finished, this, [this] {
    if (!m_frames.empty()) drawStill(m_forward ? m_frames.back() : m_frames.front());
    m_frames.clear();
    emit finished();
  });
  retranslate();
}

CfsTreeDiagram::~CfsTreeDiagram() = default;

bool CfsTreeDiagram::running() const { return m_animation->state() == QAbstractAnimation::Running; }

std::map<NodeId, QPointF> CfsTreeDiagram::layoutOf(const RunQueueTree& tree) const {
  const Geometry g = compact(tree.size()) ? compactGeometry(tree.size()) : kLarge;
  std::map<NodeId, QPointF> out;
  int rank = 0;
  tree.forEachInOrder([&](NodeId id) {
    int depth = 0;
    for (NodeId up = tree.parent(id); up != kNil; up = tree.parent(up)) ++depth;
    out[id] = m_origin + QPointF(g.radius + rank * g.dx, g.radius + 12 + depth * g.dy);
    ++rank;
  });
  return out;
}

CfsTreeDiagram::NodeItems& CfsTreeDiagram::itemsFor(NodeId id) {
  auto [it, added] = m_items.try_emplace(id);
  if (added) {
    NodeItems& items = it->second;
    items.edge = m_scene->addLine(QLineF(), ViewPalette::pen(ViewPalette::ink(), 2));
    items.edge->setZValue(0);
    items.edge->setVisible(false);  // a root has none; a zero-length line would be a dot
    items.disc = m_scene->addEllipse(QRectF());
    items.disc->setZValue(1);
    items.title = m_scene->addSimpleText(QString(), ViewPalette::font(11, true));
    items.title->setBrush(Qt::white);
    items.title->setZValue(2);
    items.detail = m_scene->addSimpleText(QString(), ViewPalette::font(9));
    items.detail->setBrush(ViewPalette::ink());
    items.detail->setZValue(2);
  }
  return it->second;
}

// Draws the moment `u` (0..1) between two frames: nodes glide from one layout to the other, a node
// only in one of them fades, and colours and links switch half-way.
void CfsTreeDiagram::drawFrame(const Frame& from, const Frame& to, qreal u) {
  const Frame& shape = u < 0.5 ? from : to;
  const std::size_t nodes = std::max(from.tree.size(), to.tree.size());
  const Geometry g = compact(nodes) ? compactGeometry(nodes) : kLarge;
  const qreal eased = QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(std::clamp((u - 0.1) / 0.8, 0.0, 1.0));
  std::map<NodeId, QPointF> where;
  std::map<NodeId, qreal> opacity;
  for (const auto& [id, p] : from.layout) {
    auto other = to.layout.find(id);
    where[id] = other == to.layout.end() ? p : lerp(p, other->second, eased);
    opacity[id] = other == to.layout.end() ? 1.0 - eased : 1.0;
  }
  for (const auto& [id, p] : to.layout)
    if (!where.count(id)) {
      where[id] = p;
      opacity[id] = eased;
    }
  for (auto& [id, items] : m_items) {
    const bool drawn = where.count(id) > 0;
    items.disc->setVisible(drawn);
    items.title->setVisible(drawn && !compact(nodes));
    items.detail->setVisible(drawn && !compact(nodes));
    items.edge->setVisible(false);
  }
  QRectF bounds;
  for (const auto& [id, centre] : where) {
    NodeItems& items = itemsFor(id);
    items.disc->setVisible(true);
    const Frame& owner = shape.tree.contains(id) || shape.floating == id ? shape : (from.layout.count(id) ? from : to);
    const bool floating = owner.floating == id;
    const bool red = floating || owner.tree.color(id) == RbColor::Red;
    const std::uint64_t key = floating ? owner.floatingKey : owner.tree.key(id);
    items.disc->setRect(QRectF(centre - QPointF(g.radius, g.radius), QSizeF(2 * g.radius, 2 * g.radius)));
    items.disc->setBrush(red ? kRed : kBlack);
    items.disc->setPen(ViewPalette::pen(floating ? ViewPalette::current() : Qt::white, floating ? 3 : 1.5, floating ? Qt::DashLine : Qt::SolidLine));
    items.disc->setOpacity(opacity[id]);
    bounds |= items.disc->sceneBoundingRect();
    if (!compact(nodes)) {
      const NodeText text = m_text ? m_text(id, key) : NodeText{QString::number(id), QString::number(key)};
      items.title->setText(text.title);
      items.title->setPos(centre - items.title->boundingRect().center());
      items.title->setOpacity(opacity[id]);
      items.title->setVisible(true);
      items.detail->setText(text.detail);
      items.detail->setPos(centre + QPointF(-items.detail->boundingRect().width() / 2, g.radius + 2));
      items.detail->setOpacity(opacity[id]);
      items.detail->setVisible(true);
      bounds |= items.detail->sceneBoundingRect();
    }
    const NodeId parent = floating ? kNil : owner.tree.parent(id);
    if (parent != kNil && where.count(parent)) {
      items.edge->setLine(QLineF(where[parent], centre));
      items.edge->setOpacity(opacity[id]);
      items.edge->setVisible(true);
    }
  }
  // The leftmost: the next task to run.
  m_ringed = shape.tree.leftmost();
  const bool ring = m_ringed != kNil && where.count(m_ringed);
  m_ring->setVisible(ring);
  m_ringLabel->setVisible(ring && !compact(nodes));
  if (ring) {
    const qreal r = g.radius + 5;
    m_ring->setRect(QRectF(where[m_ringed] - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    // The leftmost node has nothing to its left (it has the lowest rank): the label goes there.
    const QRectF label = m_ringLabel->boundingRect();
    m_ringLabel->setPos(where[m_ringed] + QPointF(-r - 8 - label.width(), -label.height() / 2));
    bounds |= m_ringLabel->sceneBoundingRect();
  }
  const NodeId focus = to.focus;
  m_focus->setVisible(focus != kNil && where.count(focus) && u > 0.05);
  if (m_focus->isVisible()) {
    const qreal r = g.radius + 9;
    m_focus->setRect(QRectF(where[focus] - QPointF(r, r), QSizeF(2 * r, 2 * r)));
  }
  m_empty->setVisible(where.empty());
  m_empty->setPos(m_origin + QPointF(0, 12));
  if (where.empty()) bounds = m_empty->sceneBoundingRect();
  m_caption->setText(wrapped(u > 0.02 ? to.caption : from.caption, m_caption->font()));
  m_caption->setPos(m_origin.x(), std::max(bounds.bottom(), m_origin.y() + 40) + 14);
  bounds |= QRectF(m_caption->pos(), QSizeF(std::max<qreal>(m_caption->boundingRect().width(), 10), 22));
  m_bounds = bounds;
}

void CfsTreeDiagram::drawStill(const Frame& frame) { drawFrame(frame, frame, 1.0); }

void CfsTreeDiagram::stop() {
  if (m_animation->state() != QAbstractAnimation::Stopped) {
    m_animation->blockSignals(true);
    m_animation->stop();
    m_animation->blockSignals(false);
  }
  m_frames.clear();
}

void CfsTreeDiagram::show(const RunQueueTree& tree) {
  stop();
  Frame frame{tree, QString(), kNil, kNil, 0, layoutOf(tree)};
  drawStill(frame);
}

QString CfsTreeDiagram::captionFor(const RunQueueTree& tree, const KeyedRbEvent& keyed) const {
  auto name = [&](NodeId id) {
    if (!m_text) return QString::number(id);
    return m_text(id, tree.contains(id) ? tree.key(id) : keyed.key).title;
  };
  return std::visit(engine::Overloaded{
                        [&](const RbDescend& e) {
                          return e.side == RbSide::Left
                                     ? CfsNarrator::tr("%1 < %2: go left").arg(name(e.node), name(e.at))
                                     : CfsNarrator::tr("%1 ≥ %2: go right").arg(name(e.node), name(e.at));
                        },
                        [&](const RbLink& e) {
                          return e.parent == kNil ? CfsNarrator::tr("%1 becomes the root").arg(name(e.node))
                                                  : CfsNarrator::tr("%1 is linked under %2 as a red leaf").arg(name(e.node), name(e.parent));
                        },
                        [&](const RbFixup& e) { return CfsNarrator::caseText(e.which); },
                        [&](const RbRecolor& e) {
                          return e.color == RbColor::Red ? CfsNarrator::tr("Paint %1 red").arg(name(e.node))
                                                         : CfsNarrator::tr("Paint %1 black").arg(name(e.node));
                        },
                        [&](const RbRotate& e) {
                          return e.direction == RbSide::Left ? CfsNarrator::tr("Rotate left at %1.").arg(name(e.pivot))
                                                             : CfsNarrator::tr("Rotate right at %1.").arg(name(e.pivot));
                        },
                        [&](const RbSuccessor& e) {
                          return CfsNarrator::tr("%1 has two children: its successor %2 takes its place.").arg(name(e.node), name(e.successor));
                        },
                        [&](const RbUnlink& e) { return CfsNarrator::tr("%1 leaves the tree.").arg(name(e.node)); },
                        [&](const RbLeftmost& e) {
                          return e.node == kNil ? CfsNarrator::tr("The tree is empty.")
                                                : CfsNarrator::tr("%1 is now the leftmost: it runs next.").arg(name(e.node));
                        },
                    },
                    keyed.event);
}

void CfsTreeDiagram::animate(const RunQueueTree& before, const std::vector<KeyedRbEvent>& events, bool forward) {
  stop();
  if (events.empty()) {
    show(before);
    return;
  }
  RunQueueTree tree = before;
  m_frames.push_back(Frame{tree, QString(), kNil, kNil, 0, layoutOf(tree)});
  for (std::size_t i = 0; i < events.size(); ++i) {
    const KeyedRbEvent& keyed = events[i];
    Frame frame;
    frame.caption = captionFor(tree, keyed);
    if (const auto* descend = std::get_if<RbDescend>(&keyed.event)) {
      // The node being inserted hovers by the node it is compared with; its key is its link's.
      frame.floating = descend->node;
      for (std::size_t j = i; j < events.size(); ++j)
        if (const auto* link = std::get_if<RbLink>(&events[j].event); link && link->node == descend->node) {
          frame.floatingKey = events[j].key;
          break;
        }
      frame.focus = descend->at;
    } else {
      tree.apply(keyed.event, keyed.key);
      frame.focus = std::visit(engine::Overloaded{
                                   [](const RbLink& e) { return e.node; }, [](const RbFixup& e) { return e.node; },
                                   [](const RbRecolor& e) { return e.node; }, [](const RbRotate& e) { return e.pivot; },
                                   [](const RbSuccessor& e) { return e.successor; }, [](const RbLeftmost& e) { return e.node; },
                                   [](const auto&) { return kNil; }},
                               keyed.event);
    }
    frame.tree = tree;
    frame.layout = layoutOf(tree);
    if (frame.floating != kNil) {
      const Geometry g = compact(tree.size() + 1) ? compactGeometry(tree.size() + 1) : kLarge;
      const QPointF at = frame.layout.count(frame.focus) ? frame.layout[frame.focus] : m_origin + QPointF(g.radius, g.radius);
      frame.layout[frame.floating] = at + QPointF(-1.6 * g.radius, -0.55 * g.dy);
    }
    m_frames.push_back(std::move(frame));
  }
  // Everything the step will draw, so that the scene can make room once rather than jump.
  m_extent = QRectF();
  for (const Frame& frame : m_frames)
    for (const auto& [id, p] : frame.layout) m_extent |= QRectF(p - QPointF(40, 40), QSizeF(80, 80));
  m_extent |= QRectF(m_origin, QSizeF(kCaptionWidth, 10));
  m_extent.setBottom(m_extent.bottom() + 80);  // the caption's lines under the tree
  m_forward = forward;
  const int phases = static_cast<int>(m_frames.size()) - 1;
  const int ms = m_speed <= 0 ? 0 : static_cast<int>(std::min(kPhaseMs * phases, kMaxStepMs) / m_speed);
  showAt(forward ? 0.0 : 1.0);
  if (ms == 0) {
    finish();
    return;
  }
  m_animation->setDuration(ms);
  m_animation->start();
}

void CfsTreeDiagram::showAt(qreal t) {
  if (m_frames.size() < 2) return;
  const auto phases = static_cast<qreal>(m_frames.size() - 1);
  const qreal scaled = std::clamp(t, 0.0, 1.0) * phases;
  const auto segment = std::min(static_cast<std::size_t>(scaled), m_frames.size() - 2);
  drawFrame(m_frames[segment], m_frames[segment + 1], scaled - static_cast<qreal>(segment));
}

void CfsTreeDiagram::finish() {
  if (m_frames.empty()) return;
  const Frame last = m_forward ? m_frames.back() : m_frames.front();
  stop();
  Frame still = last;
  still.caption.clear();
  still.focus = kNil;
  drawStill(still);
  emit finished();
}

void CfsTreeDiagram::retranslate() {
  m_ringLabel->setText(CfsNarrator::tr("leftmost: runs next"));
  m_empty->setText(CfsNarrator::tr("(empty: no task is waiting for the CPU)"));
}

QRectF CfsTreeDiagram::bounds() const { return m_frames.empty() ? m_bounds : m_bounds.united(m_extent); }
QString CfsTreeDiagram::caption() const { return m_caption->text(); }

QPointF CfsTreeDiagram::nodeCenter(NodeId id) const {
  auto it = m_items.find(id);
  return it == m_items.end() ? QPointF() : it->second.disc->rect().center();
}

bool CfsTreeDiagram::nodeVisible(NodeId id) const {
  auto it = m_items.find(id);
  return it != m_items.end() && it->second.disc->isVisible() && it->second.disc->opacity() > 0.5;
}

bool CfsTreeDiagram::nodeIsRed(NodeId id) const {
  auto it = m_items.find(id);
  return it != m_items.end() && it->second.disc->brush().color() == kRed;
}

}  // namespace oslens::views

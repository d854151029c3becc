#include "views/buddy/buddy_tree_scene.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <algorithm>
#include <map>
#include <set>

#include "views/core/chinese_typesetting.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/kit/buddy_palette.h"

namespace oslens::views {

using namespace engine::buddy;

namespace {
// Layout, in scene units (pixels at 1x).
constexpr qreal kLabelWidth = 100;
constexpr qreal kTreeWidth = 900;
constexpr qreal kTreeTop = 78;
constexpr qreal kNodeHeight = 36;
constexpr qreal kRowGap = 22;
constexpr qreal kMinNodeWidth = 4;    // narrower nodes are not drawn
constexpr qreal kMinLabelWidth = 34;  // narrower nodes carry no label
constexpr std::size_t kMaxNodes = 4096;

qreal rowTop(Order topOrder, Order order) { return kTreeTop + (topOrder - order) * (kNodeHeight + kRowGap); }
}  // namespace

BuddyTreeScene::BuddyTreeScene(const BuddySimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  rebuild();
}

void BuddyTreeScene::showPosition(int, int, bool) { rebuild(); }

void BuddyTreeScene::collect(Pfn pfn, Order order) {
  // Built from the blocks, so the tree is the state's, whatever steps led to it.
  const auto& memory = m_simulation.timeline().state().memory;
  const PageFrame& head = memory.pages()[pfn];
  const bool block = head.role != PageRole::Tail && head.order == order;
  if (block) {
    m_nodes.push_back({pfn, order, head.role == PageRole::FreeHead ? Node::Kind::Free : Node::Kind::Used, {}, false});
    return;
  }
  m_nodes.push_back({pfn, order, Node::Kind::Split, {}, false});
  if (order == 0 || m_nodes.size() >= kMaxNodes) return;
  const Order half = static_cast<Order>(order - 1);
  collect(pfn, half);
  collect(pfn + (Pfn{1} << half), half);
}

void BuddyTreeScene::rebuild() {
  clear();
  m_nodes.clear();
  const auto& timeline = m_simulation.timeline();
  const auto& state = timeline.state();
  const auto& memory = state.memory;
  const BuddyConfig& config = memory.config();

  auto* title = addCaption(*this, {0, 0}, ViewPalette::font(14, true), ViewPalette::ink());
  title->setText(tr("The splits as a binary tree: the two halves of a block are buddies"));

  // Each zone's largest aligned blocks, from its first page on, as the allocator cut it at boot.
  std::vector<std::pair<Pfn, Order>> roots;
  for (const ZoneConfig& zone : config.zones) {
    const Pfn end = zone.startPfn + zone.pages;
    for (Pfn pfn = zone.startPfn; pfn < end && roots.size() <= static_cast<std::size_t>(kMaxRoots);) {
      Order order = config.largestOrder();
      while (order > 0 && ((pfn & ((Pfn{1} << order) - 1)) != 0 || pfn + (Pfn{1} << order) > end)) --order;
      roots.emplace_back(pfn, order);
      pfn += Pfn{1} << order;
    }
  }
  if (roots.size() > static_cast<std::size_t>(kMaxRoots)) {
    auto* note = addCaption(*this, {0, kTreeTop}, ViewPalette::font(11), ViewPalette::muted());
    note->setText(typesetChinese(tr("Memory here is more than %1 blocks of the largest order: too many to draw as "
                                    "trees. The free lists and the memory bar show it.")
                                     .arg(kMaxRoots)));
    setSceneRect(itemsBoundingRect().adjusted(-24, -24, 24, 24));
    return;
  }
  for (const auto& [pfn, order] : roots) collect(pfn, order);

  // What the current step touched: the halves of a split, the block taken or freed, both buddies
  // of a merge and the block they became.
  std::set<std::pair<Pfn, Order>> touched;
  for (const auto& e : timeline.lastEvents()) {
    if (const auto* s = std::get_if<BlockSplit>(&e)) touched.insert({s->pfn, s->order}), touched.insert({s->upperPfn, s->order});
    if (const auto* a = std::get_if<BlockAllocated>(&e)) touched.insert({a->pfn, a->order});
    if (const auto* f = std::get_if<BlockFreed>(&e)) touched.insert({f->pfn, f->order});
    if (const auto* m = std::get_if<BuddiesMerged>(&e)) {
      touched.insert({m->pfn, m->order});
      touched.insert({m->buddy, m->order});
      touched.insert({std::min(m->pfn, m->buddy), static_cast<Order>(m->order + 1)});
    }
  }
  std::map<Pfn, QString> tags;
  for (std::size_t t = 0; t < state.tags.size(); ++t)
    if (state.tags[t].status == TagSlot::Status::Live) tags[state.tags[t].pfn] = QString::fromStdString(state.tagName(static_cast<TagId>(t)));
  for (Node& node : m_nodes) {
    node.touched = touched.count({node.pfn, node.order}) > 0;
    if (node.kind == Node::Kind::Used && tags.count(node.pfn)) node.label = tags[node.pfn];
  }

  // Rows are orders (the largest at the top), x is the address.
  Order topOrder = 0;
  for (const auto& root : roots) topOrder = std::max(topOrder, root.second);
  const Pfn first = config.zones.front().startPfn;
  Pfn last = first;
  for (const ZoneConfig& zone : config.zones) last = std::max<Pfn>(last, zone.startPfn + zone.pages);
  const qreal unit = kTreeWidth / static_cast<qreal>(std::max<Pfn>(1, last - first));
  auto rectOf = [&](Pfn pfn, Order order) {
    return QRectF(kLabelWidth + static_cast<qreal>(pfn - first) * unit + 1, rowTop(topOrder, order),
                  static_cast<qreal>(Pfn{1} << order) * unit - 2, kNodeHeight);
  };
  if (config.zones.size() > 1) {
    // Each zone is a forest of its own: its name over its pages, a line between zones.
    for (std::size_t z = 0; z < config.zones.size(); ++z) {
      const ZoneConfig& zone = config.zones[z];
      const qreal left = kLabelWidth + static_cast<qreal>(zone.startPfn - first) * unit;
      auto* name = addCaption(*this, {left + 4, kTreeTop - 28}, ViewPalette::font(10.5, true), ViewPalette::muted());
      name->setText(QString::fromStdString(zone.name));
      if (z > 0)
        addLine(QLineF(left, kTreeTop - 30, left, rowTop(topOrder, 0) + kNodeHeight + 4),
                ViewPalette::pen(ViewPalette::ink(), 1.5, Qt::DashLine));
    }
  }
  for (int order = topOrder; order >= 0; --order) {
    auto* label = addCaption(*this, {0, rowTop(topOrder, static_cast<Order>(order)) + 8}, ViewPalette::font(10.5, true),
                             ViewPalette::ink());
    label->setText(tr("order %1").arg(order));
  }
  for (const Node& node : m_nodes) {
    const QRectF rect = rectOf(node.pfn, node.order);
    if (rect.width() < kMinNodeWidth) continue;
    QPen pen = ViewPalette::pen(ViewPalette::ink(), 1.2);
    QBrush fill(Qt::white);
    QString text;
    switch (node.kind) {
      case Node::Kind::Free:
        pen = ViewPalette::pen(BuddyPalette::freeLine(), 1.5);
        fill = BuddyPalette::freeFill();
        text = tr("free");
        break;
      case Node::Kind::Used:
        pen = ViewPalette::pen(BuddyPalette::usedLine(), 1.5);
        fill = BuddyPalette::usedFill();
        text = node.label;
        break;
      case Node::Kind::Split:
        // A split block is no block any more: drawn as an outline, its halves below it.
        pen = ViewPalette::pen(ViewPalette::muted(), 1.2, Qt::DashLine);
        break;
    }
    if (node.touched) pen = ViewPalette::pen(ViewPalette::current(), 3.5);
    addRect(rect, pen, fill)->setZValue(1);
    if (node.kind == Node::Kind::Split && node.order > 0) {
      const Order half = static_cast<Order>(node.order - 1);
      for (const Pfn child : {node.pfn, node.pfn + (Pfn{1} << half)}) {
        const QRectF below = rectOf(child, half);
        if (below.width() < kMinNodeWidth) continue;
        addLine(QLineF(QPointF(rect.center().x(), rect.bottom()), QPointF(below.center().x(), below.top())),
                ViewPalette::pen(ViewPalette::muted(), 1.5));
      }
    }
    if (!text.isEmpty() && rect.width() >= kMinLabelWidth) {
      auto* caption = addCaption(*this, {}, ViewPalette::font(10, node.kind == Node::Kind::Used), ViewPalette::ink());
      caption->setText(text);
      caption->setZValue(2);
      centerOn(caption, rect.center());
      // A label wider than its block is not drawn: the colour says free or used.
      if (caption->boundingRect().width() > rect.width() - 4) caption->setVisible(false);
    }
  }
  // The legend, under the tree.
  const qreal legendTop = rowTop(topOrder, 0) + kNodeHeight + 18;
  qreal x = kLabelWidth;
  auto sample = [&](const QPen& pen, const QBrush& brush, const QString& words) {
    addRect(QRectF(x, legendTop, 26, 16), pen, brush);
    auto* text = addCaption(*this, {x + 32, legendTop - 1}, ViewPalette::font(10), ViewPalette::ink());
    text->setText(words);
    x += 32 + text->boundingRect().width() + 28;
  };
  sample(ViewPalette::pen(BuddyPalette::freeLine(), 1.5), BuddyPalette::freeFill(), tr("free block"));
  sample(ViewPalette::pen(BuddyPalette::usedLine(), 1.5), BuddyPalette::usedFill(), tr("allocated block"));
  sample(ViewPalette::pen(ViewPalette::muted(), 1.2, Qt::DashLine), Qt::white, tr("split into its two buddies"));
  sample(ViewPalette::pen(ViewPalette::current(), 3.5), Qt::NoBrush, tr("changed by this step"));
  // A fixed rectangle: every order has its row at every step, so the picture does not jump.
  setSceneRect(QRectF(-24, -24, kLabelWidth + kTreeWidth + 48, legendTop + 16 + 48));
}

}  // namespace oslens::views

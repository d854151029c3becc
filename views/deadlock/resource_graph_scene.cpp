#include "views/deadlock/resource_graph_scene.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>
#include <QPen>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <optional>

#include "engine/deadlock/graph/graph_layout.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/view_palette.h"
#include "views/deadlock/detection_narrator.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::detection;

namespace {
constexpr qreal kTitleHeight = 64;
constexpr qreal kMargin = 60;
constexpr int kMaxDots = 12;  // more instances: "×N" in the box
constexpr int kFadeMs = 600;

QColor requestColor() { return ViewPalette::referenced(); }
// Red only for a cycle that proves a deadlock; a cycle through resources with several instances
// that is no deadlock gets a colour of its own (amber), and says so.
QColor deadlockColor() { return ViewPalette::fault(); }
QColor harmlessCycleColor() { return ViewPalette::currentInk(); }

// Whether the layout put every vertex on one circle (a ring of the run): then it is drawn round,
// not stretched to the landscape canvas.
bool isRound(const std::vector<LayoutPoint>& points) {
  return points.size() > 2 && std::all_of(points.begin(), points.end(), [](const LayoutPoint& p) {
           return std::abs(std::hypot(p.x - 0.5, p.y - 0.5) - 0.5) < 1e-6;
         });
}

// Every process-resource pair the run ever links, for a layout that does not move between
// steps. A pair is linked by the initial table or by a request op (a request is granted or
// waits, a waiter's grant and a preemption move it between the two kinds of edge, a release or
// an abort only removes): so the ops tell it without replaying the run. O(cells + ops x R).
std::vector<std::pair<VertexId, VertexId>> edgesOfTheRun(const DetectionSimulation& simulation) {
  const auto& timeline = simulation.timeline();
  const DetectionState& initial = timeline.initialState();
  const RagVertices v = initial.setup->vertices();
  std::set<std::pair<VertexId, VertexId>> edges;
  for (ProcessId p = 0; p < initial.processCount(); ++p)
    for (ResourceId r = 0; r < initial.setup->resources.size(); ++r)
      if (initial.allocation.at(p, r) > 0 || initial.request.at(p, r) > 0) edges.emplace(v.ofProcess(p), v.ofResource(r));
  for (const DetectionOp& op : timeline.ops())
    if (const auto* request = std::get_if<RequestOp>(&op))
      for (ResourceId r = 0; r < request->vector.size(); ++r)
        if (request->vector[r] > 0) edges.emplace(v.ofProcess(request->process), v.ofResource(r));
  return {edges.begin(), edges.end()};
}

// Where the line from `from` towards `to` leaves a circle of `radius` around `from`.
QPointF leaveCircle(QPointF from, QPointF to, qreal radius) {
  const QPointF d = to - from;
  const qreal length = std::hypot(d.x(), d.y());
  return length < 1e-6 ? from : from + d * (radius / length);
}

// Where the line from the box's centre towards `to` leaves the box.
QPointF leaveBox(QPointF center, QSizeF size, QPointF to) {
  const QPointF d = to - center;
  if (std::abs(d.x()) < 1e-6 && std::abs(d.y()) < 1e-6) return center;
  const qreal sx = std::abs(d.x()) > 1e-6 ? (size.width() / 2) / std::abs(d.x()) : 1e9;
  const qreal sy = std::abs(d.y()) > 1e-6 ? (size.height() / 2) / std::abs(d.y()) : 1e9;
  return center + d * std::min(sx, sy);
}


void tag(QGraphicsItem* item, ResourceGraphScene::Part part, VertexId from, std::optional<VertexId> to = std::nullopt) {
  item->setData(ResourceGraphScene::kPartKey, static_cast<int>(part));
  item->setData(ResourceGraphScene::kFromKey, static_cast<uint>(from));
  if (to) item->setData(ResourceGraphScene::kToKey, static_cast<uint>(*to));
}

QPainterPath arrowHead(QPointF tip, QPointF from, qreal size) {
  const QPointF d = tip - from;
  const qreal length = std::hypot(d.x(), d.y());
  QPainterPath head;
  if (length < 1e-6) return head;
  const QPointF unit = d / length, normal(-unit.y(), unit.x());
  head.moveTo(tip);
  head.lineTo(tip - unit * size + normal * size * 0.45);
  head.lineTo(tip - unit * size - normal * size * 0.45);
  head.closeSubpath();
  return head;
}
}  // namespace

ResourceGraphScene::ResourceGraphScene(const DetectionSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  const auto& setup = *simulation.timeline().initialState().setup;
  const RagVertices vertices = setup.vertices();
  const std::size_t n = vertices.processes + vertices.resources;
  // Room for the vertices, never below a slide's width; capped, because a picture of thousands
  // of vertices is unreadable at any size and one of 9,000 px takes seconds to draw.
  const qreal side = std::clamp<qreal>(120 * std::sqrt(static_cast<qreal>(n)) * 1.6, 520, 1600);
  if (n > 40) {  // a crowd: smaller vertices
    m_radius = 16;
    m_box = QSizeF(52, 34);
  }
  if (n > 200) {
    m_radius = 7;
    m_box = QSizeF(22, 14);
  }
  // Landscape, like a slide and the pane above the matrices: the layout's square is stretched.
  m_canvas = QSizeF(side * 1.5, side * 0.8);
  const std::vector<LayoutPoint> layout = layoutResourceGraph(vertices, edgesOfTheRun(simulation));
  // A ring (the philosophers' table) stays round: one scale both ways, centred.
  const bool round = isRound(layout);
  const qreal across = std::min(m_canvas.width(), m_canvas.height());
  const QSizeF scale = round ? QSizeF(across, across) : m_canvas;
  const QPointF offset(kMargin + (m_canvas.width() - scale.width()) / 2, kTitleHeight + kMargin + (m_canvas.height() - scale.height()) / 2);
  for (const LayoutPoint& point : layout) m_centers.emplace_back(offset + QPointF(point.x * scale.width(), point.y * scale.height()));
  m_verdictWait.setInterval(40);
  connect(&m_verdictWait, &QTimer::timeout, this, [this] {
    if (m_verdictBusy && m_verdictBusy()) return;
    revealVerdict();
  });
  m_fade.setStartValue(0.0);
  m_fade.setEndValue(1.0);
  connect(&m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
    for (auto* item : m_fading) item->setOpacity(value.toDouble());
  });
  showCurrent(false);
}

void ResourceGraphScene::setVertexCenters(std::vector<QPointF> centers) {
  m_centers = std::move(centers);
  showCurrent(false);
}

void ResourceGraphScene::revealVerdict() {
  m_verdictWait.stop();
  if (!m_verdictHeld) return;
  m_verdictHeld = false;
  // The picture is drawn again: the fading items go with the old one.
  m_fade.stop();
  m_fading.clear();
  draw(false);
}

void ResourceGraphScene::finishAnimations() {
  m_fade.stop();
  for (auto* item : m_fading) item->setOpacity(1.0);
  m_fading.clear();
  revealVerdict();
}

void ResourceGraphScene::showCurrent(bool animate) {
  finishAnimations();
  // A detect step's verdict comes once the algorithm has played (the matrices' scan): until
  // then the graph shows who holds and who waits, and that detection is running.
  m_verdictHeld = animate && m_simulation.timeline().state().lastReport && m_verdictBusy;
  draw(animate);
  if (m_verdictHeld) m_verdictWait.start();
}

void ResourceGraphScene::draw(bool animate) {
  clear();
  const DetectionState& s = m_simulation.timeline().state();
  // Only a detect step knows a verdict: the graph does not announce a deadlock before the
  // algorithm has found it.
  const bool verdict = s.lastReport && !m_verdictHeld;
  const DetectionReport report = verdict ? *s.lastReport : DetectionReport{};
  const RagVertices v = s.setup->vertices();
  const bool deadlock = !report.deadlocked.empty();
  const QColor cycleColor = deadlock ? deadlockColor() : harmlessCycleColor();

  // Title: the cycle, if any, and what it means.
  QString caption;
  if (!s.lastReport)
    caption = DetectionNarrator::tr("Who holds and who waits; a detect step checks this state for deadlock.");
  else if (m_verdictHeld)
    caption = DetectionNarrator::tr("Detection is running…");
  else if (!report.cycle)
    caption = DetectionNarrator::tr("No cycle: no deadlock.");
  else if (report.singleInstance)
    caption = DetectionNarrator::tr("Cycle %1: single instances, so a deadlock.").arg(DetectionNarrator::cycleText(*s.setup, *report.cycle));
  else if (!report.deadlocked.empty())
    caption = DetectionNarrator::tr("Cycle %1; deadlocked: %2.")
                  .arg(DetectionNarrator::cycleText(*s.setup, *report.cycle), [&] {
                    QStringList names;
                    for (ProcessId p : report.deadlocked) names << QString::fromStdString(s.processName(p));
                    return names.join(QStringLiteral(", "));
                  }());
  else
    caption = DetectionNarrator::tr("Cycle %1, but no deadlock: its resources have several instances.")
                  .arg(DetectionNarrator::cycleText(*s.setup, *report.cycle));
  // Process and resource names are the scenario's; the caption wraps (counters stay whole).
  caption = typesetChinese(caption);
  m_captionText = caption;
  auto* title = addText(DetectionNarrator::tr("Resource-allocation graph"), ViewPalette::font(14, true));
  title->setDefaultTextColor(ViewPalette::ink());
  title->setPos(0, 0);
  auto* sub = addText(caption, ViewPalette::font(12));
  sub->setDefaultTextColor(report.cycle ? cycleColor : ViewPalette::ink());
  sub->setTextWidth(m_canvas.width() + 2 * kMargin);
  sub->setPos(0, 26);

  std::set<Edge> onCycle;
  if (report.cycle)
    for (std::size_t i = 0; i < report.cycle->size(); ++i)
      onCycle.emplace((*report.cycle)[i], (*report.cycle)[(i + 1) % report.cycle->size()]);

  std::set<Edge> edges;
  m_assignment = m_request = m_cycleEdges = 0;
  for (ProcessId p = 0; p < s.processCount(); ++p)
    for (ResourceId r = 0; r < s.setup->resources.size(); ++r) {
      if (const Count held = s.allocation.at(p, r); held > 0) {
        const Edge e{v.ofResource(r), v.ofProcess(p)};
        edges.insert(e);
        drawEdge(s, e, held, false, onCycle.count(e) > 0, cycleColor, animate && !m_shownEdges.count(e));
      }
      if (const Count wanted = s.request.at(p, r); wanted > 0) {
        const Edge e{v.ofProcess(p), v.ofResource(r)};
        edges.insert(e);
        drawEdge(s, e, wanted, true, onCycle.count(e) > 0, cycleColor, animate && !m_shownEdges.count(e));
      }
    }
  m_shownEdges = std::move(edges);
  drawVertices(s, report.deadlocked);
  drawLegend(kTitleHeight + m_canvas.height() + 2 * kMargin - 10);
  setSceneRect(QRectF(-16, -16, m_canvas.width() + 2 * kMargin + 32, kTitleHeight + m_canvas.height() + 2 * kMargin + 60)
                   .united(itemsBoundingRect().adjusted(-16, -16, 16, 16)));
  if (!m_fading.empty() && m_speed > 0) {
    for (auto* item : m_fading) item->setOpacity(0.0);
    m_fade.setDuration(std::max(1, static_cast<int>(kFadeMs / m_speed)));
    m_fade.start();
  } else {
    m_fading.clear();
  }
}

void ResourceGraphScene::drawEdge(const DetectionState& s, Edge edge, Count count, bool request, bool cycle,
                                  const QColor& cycleColor, bool fresh) {
  const RagVertices v = s.setup->vertices();
  const QPointF from = m_centers[edge.first], to = m_centers[edge.second];
  // A pair with edges both ways (P holds R and wants more) is drawn as two parallel lines.
  const bool bothWays = request ? s.allocation.at(edge.first, v.resourceOf(edge.second)) > 0
                                : s.request.at(edge.second, v.resourceOf(edge.first)) > 0;
  QPointF shift;
  if (bothWays) {
    const QPointF d = to - from;
    const qreal length = std::max<qreal>(1e-6, std::hypot(d.x(), d.y()));
    shift = QPointF(-d.y(), d.x()) / length * 6.0;
  }
  const QPointF start = (request ? leaveCircle(from, to, m_radius) : leaveBox(from, m_box, to)) + shift;
  const QPointF end = (request ? leaveBox(to, m_box, from) : leaveCircle(to, from, m_radius)) + shift;
  QColor color = request ? requestColor() : ViewPalette::ink();
  if (cycle) color = cycleColor;
  // Dashes cost a lot to draw on long lines: a crowd's request edges differ by colour alone.
  const bool dashed = request && m_radius > 10;
  QPen pen = ViewPalette::pen(color, cycle ? 3.2 : (m_radius > 10 ? 1.8 : 0.8), dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
  QPainterPath line(start);
  line.lineTo(end);
  auto* path = addPath(line, pen);
  auto* head = addPath(arrowHead(end, start, cycle ? 14 : 11), ViewPalette::pen(color, 1), color);
  path->setZValue(1);
  head->setZValue(1);
  tag(path, Part::Edge, edge.first, edge.second);
  tag(head, Part::ArrowHead, edge.first, edge.second);
  (request ? m_request : m_assignment)++;
  if (cycle) ++m_cycleEdges;
  if (fresh) {
    m_fading.push_back(path);
    m_fading.push_back(head);
  }
  if (count > 1) {
    auto* label = addSimpleText(QStringLiteral("×%1").arg(count), ViewPalette::font(10.5, true));
    label->setBrush(color);
    const QPointF mid = (start + end) / 2 + shift * 1.8;
    label->setPos(mid - QPointF(label->boundingRect().width() / 2, label->boundingRect().height() / 2));
    label->setZValue(3);
    tag(label, Part::Multiplicity, edge.first, edge.second);
    if (fresh) m_fading.push_back(label);
  }
}

void ResourceGraphScene::drawVertices(const DetectionState& s, const std::vector<ProcessId>& deadlocked) {
  const RagVertices v = s.setup->vertices();
  for (ProcessId p = 0; p < s.processCount(); ++p) {
    const QPointF c = m_centers[v.ofProcess(p)];
    const bool stuck = std::binary_search(deadlocked.begin(), deadlocked.end(), p);
    QColor fill = ViewPalette::referencedFill(), outline = ViewPalette::ink();
    if (s.status(p) == ProcessStatus::Waiting) fill = ViewPalette::currentFill();
    if (stuck) {
      fill = ViewPalette::faultFill();
      outline = deadlockColor();
    }
    if (s.status(p) == ProcessStatus::Aborted) {
      fill = ViewPalette::stripe();
      outline = ViewPalette::muted();
    }
    auto* circle = addEllipse(QRectF(c - QPointF(m_radius, m_radius), QSizeF(2 * m_radius, 2 * m_radius)),
                              ViewPalette::pen(outline, stuck ? 3 : 2), fill);
    circle->setZValue(2);
    tag(circle, Part::Vertex, v.ofProcess(p));
    auto* name = addSimpleText(QString::fromStdString(s.processName(p)), ViewPalette::font(m_radius > 20 ? 12 : 9, true));
    name->setBrush(s.status(p) == ProcessStatus::Aborted ? ViewPalette::muted() : ViewPalette::ink());
    name->setPos(c - name->boundingRect().center());
    name->setZValue(3);
    if (s.status(p) == ProcessStatus::Aborted) {
      QPainterPath cross;
      cross.moveTo(c + QPointF(-m_radius * 0.7, -m_radius * 0.7));
      cross.lineTo(c + QPointF(m_radius * 0.7, m_radius * 0.7));
      cross.moveTo(c + QPointF(m_radius * 0.7, -m_radius * 0.7));
      cross.lineTo(c + QPointF(-m_radius * 0.7, m_radius * 0.7));
      addPath(cross, ViewPalette::pen(ViewPalette::muted(), 1.5))->setZValue(3);
    }
  }
  for (ResourceId r = 0; r < s.setup->resources.size(); ++r) {
    const QPointF c = m_centers[v.ofResource(r)];
    const QRectF box(c - QPointF(m_box.width() / 2, m_box.height() / 2), m_box);
    auto* boxItem = addRect(box, ViewPalette::pen(ViewPalette::ink(), 2), ViewPalette::panel());
    boxItem->setZValue(2);
    tag(boxItem, Part::Vertex, v.ofResource(r));
    const Count total = s.setup->resources[r].total;
    Count held = 0;
    for (ProcessId p = 0; p < s.processCount(); ++p) held += s.allocation.at(p, r);
    auto* name = addSimpleText(QString::fromStdString(s.setup->resources[r].name), ViewPalette::font(m_radius > 20 ? 11 : 8.5, true));
    name->setBrush(ViewPalette::ink());
    name->setPos(box.left() + 4, box.top() + 2);
    name->setZValue(3);
    if (total <= kMaxDots) {
      // One dot per instance, filled when held (the book's dots inside the box).
      const int perRow = 6;
      const qreal dot = m_radius > 20 ? 7 : 5;
      const int rows = static_cast<int>((total + perRow - 1) / perRow);
      for (Count i = 0; i < total; ++i) {
        const int row = static_cast<int>(i / perRow), col = static_cast<int>(i % perRow);
        const int inRow = static_cast<int>(std::min<Count>(perRow, total - row * perRow));
        const qreal x = c.x() + (col - (inRow - 1) / 2.0) * (dot + 4);
        const qreal y = box.bottom() - 8 - (rows - row - 1) * (dot + 4) - dot / 2;
        auto* dotItem = addEllipse(QRectF(x - dot / 2, y - dot / 2, dot, dot), ViewPalette::pen(ViewPalette::ink(), 1.2),
                                   i < held ? QBrush(ViewPalette::ink()) : QBrush(Qt::white));
        dotItem->setZValue(3);
        tag(dotItem, Part::InstanceDot, v.ofResource(r));
      }
    } else {
      auto* count = addSimpleText(DetectionNarrator::tr("%1 of %2 held").arg(held).arg(total), ViewPalette::font(9));
      count->setBrush(ViewPalette::ink());
      count->setPos(box.left() + 4, box.bottom() - count->boundingRect().height() - 3);
      count->setZValue(3);
    }
  }
}

void ResourceGraphScene::drawLegend(qreal top) {
  qreal x = 0;
  auto sample = [&](const QPen& pen, const QString& text) {
    QPainterPath line(QPointF(x, top + 8));
    line.lineTo(x + 36, top + 8);
    addPath(line, pen);
    auto* label = addSimpleText(text, ViewPalette::font(10.5));
    label->setBrush(ViewPalette::ink());
    label->setPos(x + 42, top);
    x += 42 + label->boundingRect().width() + 28;
  };
  sample(ViewPalette::pen(ViewPalette::ink(), 1.8), DetectionNarrator::tr("assignment R → P (holds)"));
  sample(ViewPalette::pen(requestColor(), 1.8, m_radius > 10 ? Qt::DashLine : Qt::SolidLine), DetectionNarrator::tr("request P → R (waits for)"));
  sample(ViewPalette::pen(deadlockColor(), 3.2), DetectionNarrator::tr("cycle: deadlock"));
  sample(ViewPalette::pen(harmlessCycleColor(), 3.2), DetectionNarrator::tr("cycle, but no deadlock"));
  auto* dots = addSimpleText(DetectionNarrator::tr("● held instance  ○ free instance"), ViewPalette::font(10.5));
  dots->setBrush(ViewPalette::ink());
  dots->setPos(x, top);
}

}  // namespace oslens::views

#include "views/deadlock/resource_graph_scene.h"

#include <QFontMetricsF>
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
#include <tuple>

#include "engine/deadlock/graph/graph_layout.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/deadlock/detection_narrator.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::detection;

namespace {
constexpr qreal kTitleHeight = 76;
constexpr qreal kMargin = 60;
constexpr int kMaxDots = 12;  // more instances: "×N" in the box
constexpr int kFadeMs = 600;
constexpr qreal kPairShift = 6;
constexpr std::size_t kMaxCheckedEdges = 400;  // more edges: counts are not placed round the others  // a pair drawn both ways: each line this far to its own side

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

void tag(QGraphicsItem* item, ResourceGraphScene::Part part, VertexId from, std::optional<VertexId> to = std::nullopt) {
  item->setData(ResourceGraphScene::kPartKey, static_cast<int>(part));
  item->setData(ResourceGraphScene::kFromKey, static_cast<uint>(from));
  if (to) item->setData(ResourceGraphScene::kToKey, static_cast<uint>(*to));
}

qreal lengthOf(QPointF d) { return std::hypot(d.x(), d.y()); }

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

// The parameter where the curve comes within `distance` of its end (the line stops inside its
// arrow head, so a thick line's cap does not poke out of the tip).
qreal stopBefore(const Cubic& course, qreal distance) {
  qreal in = 0, out = 1;  // `in`: farther than distance from the end
  if (lengthOf(course.p0 - course.p3) <= distance) return 1;
  for (int k = 0; k < 40; ++k) {
    const qreal mid = (in + out) / 2;
    (lengthOf(course.pointAt(mid) - course.p3) > distance ? in : out) = mid;
  }
  return in;
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
  buildRouter();
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
  buildRouter();
  showCurrent(false);
}

// The vertices as obstacles. An edge keeps clear of every other vertex by its pair's shift, half
// its thickest line (a cycle's, in high contrast), the vertex's outline and a little air.
void ResourceGraphScene::buildRouter() {
  const RagVertices v = m_simulation.timeline().initialState().setup->vertices();
  std::vector<RouteVertex> vertices;
  for (std::size_t i = 0; i < m_centers.size(); ++i) {
    const bool process = v.isProcess(static_cast<VertexId>(i));
    vertices.push_back({m_centers[i], process ? QSizeF(2 * m_radius, 2 * m_radius) : m_box, process});
  }
  const qreal clearance = m_radius > 20 ? kPairShift + 10 : m_radius > 10 ? kPairShift + 6 : 4;
  m_router = EdgeRouter(std::move(vertices), clearance);
}

QFont ResourceGraphScene::type(qreal points, bool bold) const { return ViewPalette::font(std::max(points, m_typeFloor), bold); }

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
                    return listText(names);
                  }());
  else
    caption = DetectionNarrator::tr("Cycle %1, but no deadlock: its resources have several instances.")
                  .arg(DetectionNarrator::cycleText(*s.setup, *report.cycle));
  // Process and resource names are the scenario's; the caption wraps (counters stay whole).
  caption = typesetChinese(caption);
  m_captionText = caption;
  auto* title = addText(DetectionNarrator::tr("Resource-allocation graph"), type(16, true));
  title->setDefaultTextColor(ViewPalette::ink());
  title->setPos(0, 0);
  auto* sub = addText(caption, type(13.5));
  sub->setDefaultTextColor(report.cycle ? cycleColor : ViewPalette::ink());
  sub->setTextWidth(m_canvas.width() + 2 * kMargin);
  sub->setPos(0, 26);

  std::set<Edge> onCycle;
  if (report.cycle)
    for (std::size_t i = 0; i < report.cycle->size(); ++i)
      onCycle.emplace((*report.cycle)[i], (*report.cycle)[(i + 1) % report.cycle->size()]);

  std::set<Edge> edges;
  std::vector<DrawnEdge> drawn;
  m_assignment = m_request = m_cycleEdges = 0;
  for (ProcessId p = 0; p < s.processCount(); ++p)
    for (ResourceId r = 0; r < s.setup->resources.size(); ++r) {
      if (const Count held = s.allocation.at(p, r); held > 0) {
        const Edge e{v.ofResource(r), v.ofProcess(p)};
        edges.insert(e);
        drawn.push_back(drawEdge(s, e, held, false, onCycle.count(e) > 0, cycleColor, animate && !m_shownEdges.count(e)));
      }
      if (const Count wanted = s.request.at(p, r); wanted > 0) {
        const Edge e{v.ofProcess(p), v.ofResource(r)};
        edges.insert(e);
        drawn.push_back(drawEdge(s, e, wanted, true, onCycle.count(e) > 0, cycleColor, animate && !m_shownEdges.count(e)));
      }
    }
  m_shownEdges = std::move(edges);
  drawCounts(drawn);
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

ResourceGraphScene::DrawnEdge ResourceGraphScene::drawEdge(const DetectionState& s, Edge edge, Count count, bool request, bool cycle,
                                                          const QColor& cycleColor, bool fresh) {
  const RagVertices v = s.setup->vertices();
  // A pair with edges both ways (P holds R and wants more) is drawn as two parallel lines.
  const bool bothWays = request ? s.allocation.at(edge.first, v.resourceOf(edge.second)) > 0
                                : s.request.at(edge.second, v.resourceOf(edge.first)) > 0;
  DrawnEdge out;
  out.edge = edge;
  out.count = count;
  out.color = cycle ? cycleColor : request ? requestColor() : ViewPalette::ink();
  out.shift = bothWays ? kPairShift : 0.0;
  out.fresh = fresh;
  // From the source's outline to the target's, round any vertex in the way.
  out.course = m_router.course(edge.first, edge.second, out.shift);
  // Dashes cost a lot to draw on long lines: a crowd's request edges differ by colour alone.
  const bool dashed = request && m_radius > 10;
  const QPen pen = ViewPalette::pen(out.color, cycle ? 3.2 : (m_radius > 10 ? 1.8 : 0.8), dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
  // The head's tip on the target's outline, along the curve's last direction; the line stops
  // inside the head.
  const qreal headSize = cycle ? 14 : 11;
  const QPointF tip = out.course.p3, along = out.course.tangentAt(1);
  out.head = arrowHead(tip, tip - along / std::max<qreal>(1e-9, lengthOf(along)), headSize);
  const QPainterPath line = out.course.between(0, stopBefore(out.course, headSize * 0.5)).path();
  auto* path = addPath(line, pen);
  auto* head = addPath(out.head, ViewPalette::pen(out.color, 1), out.color);
  path->setZValue(1);
  head->setZValue(1);
  tag(path, Part::Edge, edge.first, edge.second);
  tag(head, Part::ArrowHead, edge.first, edge.second);
  out.lineWidth = pen.widthF();
  (request ? m_request : m_assignment)++;
  if (cycle) ++m_cycleEdges;
  if (fresh) {
    m_fading.push_back(path);
    m_fading.push_back(head);
  }
  return out;
}

// Each count above one ("×3") beside its edge: at the first of a few places along it (the middle
// first), on its outer side first (away from its pair's other line; outside a bend, away from the
// vertex it goes round), that keeps clear of every vertex, arrow head, its own line and the
// counts already placed; among those, one over no other line if there is one, else on a white
// ground. In the order the edges are drawn: the same picture every time.
void ResourceGraphScene::drawCounts(const std::vector<DrawnEdge>& edges) {
  const QFont font = type(13, true);
  const std::vector<RouteVertex>& vertices = m_router.vertices();
  const qreal vertexAir = ViewPalette::lineWidth(3) / 2 + 4;  // outline (thick when deadlocked) and air
  constexpr qreal kNear = 10;  // a line this close to a count could be the one it belongs to
  std::vector<QRectF> placed;
  // A crowd's counts stand beside the middle of their edges, unchecked and with no ground: each
  // check looks at the edges near, a ground is an item more for each (~20 KB each in a
  // QGraphicsScene), and nothing makes thousands of counts readable.
  const bool crowd = edges.size() > kMaxCheckedEdges;
  // Each line as a polyline, made when a count comes near it.
  std::vector<std::vector<QPointF>> polylines(crowd ? 0 : edges.size());
  std::vector<QRectF> strokeBounds, headBounds;
  for (const DrawnEdge& e : edges) {
    headBounds.push_back(e.head.boundingRect());
    const qreal w = e.lineWidth / 2 + 1;
    strokeBounds.push_back(e.course.controlRect().adjusted(-w, -w, w, w));
  }
  // How far `box` is from the line of edge j (0: the line runs through it).
  const auto lineDistance = [&](std::size_t j, const QRectF& box) {
    auto& points = polylines[j];
    if (points.empty())
      for (int i = 0; i <= EdgeRouter::kSegments; ++i) points.push_back(edges[j].course.pointAt(static_cast<qreal>(i) / EdgeRouter::kSegments));
    const RouteVertex area{box.center(), box.size(), false};
    qreal nearest = 1e9;
    const QRectF around = box.adjusted(-kNear - 4, -kNear - 4, kNear + 4, kNear + 4);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
      const QPointF a = points[i], b = points[i + 1];
      if (std::max(a.x(), b.x()) < around.left() || std::min(a.x(), b.x()) > around.right() ||
          std::max(a.y(), b.y()) < around.top() || std::min(a.y(), b.y()) > around.bottom())
        continue;
      nearest = std::min(nearest, area.distanceTo(a, b));
    }
    return std::max<qreal>(0, nearest - edges[j].lineWidth / 2);
  };
  static constexpr qreal kAlong[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.45, 0.55, 0.35, 0.65, 0.15, 0.85};
  static constexpr qreal kGaps[] = {3, 10, 20};
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const DrawnEdge& e = edges[i];
    if (e.count <= 1) continue;
    auto* label = addSimpleText(QStringLiteral("×%1").arg(e.count), font);
    label->setBrush(e.color);
    const QSizeF size = label->boundingRect().size();
    // The outer side: the pair's own side, or outside the bend, or away from the nearer vertices.
    const Cubic& c = e.course;
    const QPointF chord = c.p3 - c.p0;
    const QPointF left = QPointF(-chord.y(), chord.x()) / std::max<qreal>(1e-9, lengthOf(chord));
    const QPointF bulge = c.pointAt(0.5) - (c.p0 + c.p3) / 2;
    int outer = 1;
    if (e.shift != 0) outer = e.shift > 0 ? 1 : -1;
    else if (lengthOf(bulge) > 1) outer = QPointF::dotProduct(bulge, left) > 0 ? 1 : -1;
    else {
      qreal pull = 0;  // which side the other vertices crowd
      const QPointF mid = c.pointAt(0.5);
      for (const RouteVertex& v : vertices) {
        const QPointF d = v.center - mid;
        const qreal squared = QPointF::dotProduct(d, d);
        if (squared > 1) pull += QPointF::dotProduct(d, left) / (squared * std::sqrt(squared));
      }
      outer = pull > 0 ? -1 : 1;
    }
    struct Score {
      int blocked = 0;    // on a vertex, an arrow head, its own line or another count
      int overLines = 0;  // other edges' lines under it
      int nearLines = 0;  // other edges' lines close by: whose count is it?
      bool operator<(const Score& o) const {
        return std::tie(blocked, overLines, nearLines) < std::tie(o.blocked, o.overLines, o.nearLines);
      }
      bool perfect() const { return blocked == 0 && overLines == 0 && nearLines == 0; }
    };
    // What any place tried for this count could touch: the rest is not looked at.
    std::vector<std::size_t> nearVertices, nearEdges;
    std::vector<QRectF> nearPlaced;
    if (!crowd) {
      const qreal reach = kGaps[std::size(kGaps) - 1] + std::max(size.width(), size.height()) + ViewPalette::lineWidth(3.2) + kNear + vertexAir;
      const QRectF area = c.controlRect().adjusted(-reach, -reach, reach, reach);
      for (std::size_t v = 0; v < vertices.size(); ++v)
        if (QRectF(vertices[v].center - QPointF(vertices[v].size.width() / 2, vertices[v].size.height() / 2), vertices[v].size).intersects(area))
          nearVertices.push_back(v);
      for (std::size_t j = 0; j < edges.size(); ++j)
        if (strokeBounds[j].intersects(area) || headBounds[j].intersects(area)) nearEdges.push_back(j);
      for (const QRectF& other : placed)
        if (other.intersects(area)) nearPlaced.push_back(other.adjusted(-3, -3, 3, 3));
    }
    std::optional<std::pair<Score, QRectF>> best;
    for (const qreal gap : kGaps) {
      for (const qreal t : kAlong) {
        for (const int side : {outer, -outer}) {
          const QPointF at = c.pointAt(t), tangent = c.tangentAt(t);
          const QPointF normal = QPointF(-tangent.y(), tangent.x()) / std::max<qreal>(1e-9, lengthOf(tangent)) * side;
          // Far enough along the normal that the box clears the line by `gap`.
          const qreal extent = std::abs(normal.x()) * size.width() / 2 + std::abs(normal.y()) * size.height() / 2;
          const QPointF centre = at + normal * (extent + gap + ViewPalette::lineWidth(3.2) / 2);
          const QRectF box(centre - QPointF(size.width() / 2, size.height() / 2), size);
          Score score;
          if (crowd) {
            best = std::pair(Score{}, box);
            break;
          }
          const QRectF aired = box.adjusted(-vertexAir, -vertexAir, vertexAir, vertexAir);
          for (const std::size_t i : nearVertices) {
            const RouteVertex& v = vertices[i];
            score.blocked += QRectF(v.center - QPointF(v.size.width() / 2, v.size.height() / 2), v.size).intersects(aired) &&
                             v.distanceTo(box) < vertexAir;
          }
          for (const QRectF& other : nearPlaced) score.blocked += other.intersects(box);
          const QRectF around = box.adjusted(-kNear, -kNear, kNear, kNear);
          for (const std::size_t j : nearEdges) {
            const QRectF airy = box.adjusted(-3, -3, 3, 3);
            score.blocked += headBounds[j].intersects(airy) && edges[j].head.intersects(airy);
            if (!strokeBounds[j].intersects(around)) continue;
            const qreal distance = lineDistance(j, box);
            if (distance >= kNear) continue;
            // Its own line, and the other line of its pair, count as blocking: it stands beside them.
            const bool samePair = std::minmax(edges[j].edge.first, edges[j].edge.second) == std::minmax(e.edge.first, e.edge.second);
            if (distance > 1) score.nearLines += samePair ? 0 : 1;
            else (samePair ? score.blocked : score.overLines) += 1;
          }
          if (!best || score < best->first) best = std::pair(score, box);
          if (score.perfect()) break;
        }
        if (crowd || best->first.perfect()) break;
      }
      if (crowd || best->first.perfect()) break;
    }
    const QRectF box = best->second;
    label->setPos(box.topLeft());
    label->setZValue(5);
    tag(label, Part::Multiplicity, e.edge.first, e.edge.second);
    placed.push_back(box);
    if (e.fresh) m_fading.push_back(label);
    if (best->first.overLines > 0) {
      // Over a line: a white ground, so the count reads.
      auto* halo = addRect(box.adjusted(-2, 1, 2, -1), Qt::NoPen, QBrush(Qt::white));
      halo->setZValue(4.5);
      if (e.fresh) m_fading.push_back(halo);
    }
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
    auto* name = addSimpleText(QString::fromStdString(s.processName(p)), m_radius > 20 ? type(14, true) : ViewPalette::font(9, true));
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
    auto* name = addSimpleText(QString::fromStdString(s.setup->resources[r].name), m_radius > 20 ? type(13, true) : ViewPalette::font(8.5, true));
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

// The legend in words large enough for the back of a room, wrapped to the canvas's width (a
// wider legend would make the whole picture smaller on the screen).
void ResourceGraphScene::drawLegend(qreal top) {
  const QFont font = type(13);
  const qreal width = m_canvas.width() + 2 * kMargin;
  const qreal lineHeight = QFontMetricsF(font).height() + 10;
  qreal x = 0;
  auto place = [&](qreal entryWidth) {
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      top += lineHeight;
    }
  };
  auto sample = [&](const QPen& pen, const QString& text) {
    auto* label = addSimpleText(text, font);
    place(46 + label->boundingRect().width());
    QPainterPath line(QPointF(x, top + lineHeight / 2 - 5));
    line.lineTo(x + 36, top + lineHeight / 2 - 5);
    addPath(line, pen);
    label->setBrush(ViewPalette::ink());
    label->setPos(x + 46, top);
    x += 46 + label->boundingRect().width() + 30;
  };
  sample(ViewPalette::pen(ViewPalette::ink(), 1.8), DetectionNarrator::tr("assignment R → P (holds)"));
  sample(ViewPalette::pen(requestColor(), 1.8, m_radius > 10 ? Qt::DashLine : Qt::SolidLine), DetectionNarrator::tr("request P → R (waits for)"));
  sample(ViewPalette::pen(deadlockColor(), 3.2), DetectionNarrator::tr("cycle: deadlock"));
  sample(ViewPalette::pen(harmlessCycleColor(), 3.2), DetectionNarrator::tr("cycle, but no deadlock"));
  auto* dots = addSimpleText(DetectionNarrator::tr("● held instance  ○ free instance"), font);
  place(dots->boundingRect().width());
  dots->setBrush(ViewPalette::ink());
  dots->setPos(x, top);
}

}  // namespace oslens::views

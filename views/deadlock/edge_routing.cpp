#include "views/deadlock/edge_routing.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace oslens::views {

namespace {

// std::hypot is several times slower, and these distances are in pixels: no overflow to fear.
qreal length(QPointF d) { return std::sqrt(d.x() * d.x() + d.y() * d.y()); }
qreal dot(QPointF a, QPointF b) { return a.x() * b.x() + a.y() * b.y(); }

// The left normal of the direction from `a` to `b` (y down: "left" as seen on the screen turned
// round; the same convention as the pair's parallel shift).
QPointF normalOf(QPointF a, QPointF b) {
  const QPointF d = b - a;
  const qreal l = length(d);
  return l < 1e-9 ? QPointF(0, 1) : QPointF(-d.y(), d.x()) / l;
}

qreal pointSegmentDistance(QPointF p, QPointF a, QPointF b) {
  const QPointF d = b - a;
  const qreal squared = dot(d, d);
  const qreal t = squared < 1e-12 ? 0 : std::clamp(dot(p - a, d) / squared, 0.0, 1.0);
  return length(p - (a + d * t));
}

// Liang-Barsky: whether the segment from a to b enters the rectangle.
bool segmentEntersRect(QPointF a, QPointF b, const QRectF& r) {
  qreal t0 = 0, t1 = 1;
  const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
  const qreal p[4] = {-dx, dx, -dy, dy};
  const qreal q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
  for (int i = 0; i < 4; ++i) {
    if (std::abs(p[i]) < 1e-12) {
      if (q[i] < 0) return false;
      continue;
    }
    const qreal t = q[i] / p[i];
    if (p[i] < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

qreal pointRectDistance(QPointF p, const QRectF& r) {
  const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
  const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
  return std::sqrt(dx * dx + dy * dy);
}

QPointF lerp(QPointF a, QPointF b, qreal t) { return a + (b - a) * t; }

// The curve split at t: the part before and the part after.
std::pair<Cubic, Cubic> split(const Cubic& c, qreal t) {
  const QPointF a = lerp(c.p0, c.p1, t), b = lerp(c.p1, c.p2, t), d = lerp(c.p2, c.p3, t);
  const QPointF ab = lerp(a, b, t), bd = lerp(b, d, t);
  const QPointF m = lerp(ab, bd, t);
  return {Cubic{c.p0, a, ab, m}, Cubic{m, bd, d, c.p3}};
}

// The parameter where the curve crosses the vertex's outline, searched from `inside` (a
// parameter inside the vertex) towards `outside` (one outside): samples, then bisection.
qreal crossing(const Cubic& c, const RouteVertex& v, qreal inside, qreal outside) {
  constexpr int kSamples = 64;
  qreal last = inside;
  for (int i = 1; i <= kSamples; ++i) {
    const qreal t = inside + (outside - inside) * i / kSamples;
    if (!v.contains(c.pointAt(t))) {
      qreal in = last, out = t;
      for (int k = 0; k < 40; ++k) {
        const qreal mid = (in + out) / 2;
        (v.contains(c.pointAt(mid)) ? in : out) = mid;
      }
      return out;
    }
    last = t;
  }
  return outside;
}

// How far along `d` from `p` (inside the vertex) the ray leaves it, in units of d.
qreal exitAlong(const RouteVertex& v, QPointF p, QPointF d) {
  if (v.round) {
    // |p + t d - c| = r, the larger root.
    const QPointF f = p - v.center;
    const qreal a = dot(d, d), b = 2 * dot(f, d), c = dot(f, f) - v.size.width() * v.size.width() / 4;
    if (a < 1e-12) return 0;
    return (-b + std::sqrt(std::max<qreal>(0, b * b - 4 * a * c))) / (2 * a);
  }
  qreal t = 1e18;
  if (std::abs(d.x()) > 1e-12) t = std::min(t, ((d.x() > 0 ? v.size.width() : -v.size.width()) / 2 + v.center.x() - p.x()) / d.x());
  if (std::abs(d.y()) > 1e-12) t = std::min(t, ((d.y() > 0 ? v.size.height() : -v.size.height()) / 2 + v.center.y() - p.y()) / d.y());
  return t > 1e17 ? 0 : std::max<qreal>(0, t);
}

}  // namespace

bool RouteVertex::contains(QPointF point) const {
  if (round) return length(point - center) <= size.width() / 2;
  return std::abs(point.x() - center.x()) <= size.width() / 2 && std::abs(point.y() - center.y()) <= size.height() / 2;
}

qreal RouteVertex::distanceTo(QPointF point) const {
  if (round) return std::max<qreal>(0, length(point - center) - size.width() / 2);
  return pointRectDistance(point, QRectF(center - QPointF(size.width() / 2, size.height() / 2), size));
}

qreal RouteVertex::distanceTo(QPointF a, QPointF b) const {
  if (round) return std::max<qreal>(0, pointSegmentDistance(center, a, b) - size.width() / 2);
  const QRectF box(center - QPointF(size.width() / 2, size.height() / 2), size);
  if (segmentEntersRect(a, b, box)) return 0;
  return std::min({pointRectDistance(a, box), pointRectDistance(b, box), pointSegmentDistance(box.topLeft(), a, b),
                   pointSegmentDistance(box.topRight(), a, b), pointSegmentDistance(box.bottomLeft(), a, b),
                   pointSegmentDistance(box.bottomRight(), a, b)});
}

qreal RouteVertex::distanceTo(const QRectF& rect) const {
  if (round) return std::max<qreal>(0, pointRectDistance(center, rect) - size.width() / 2);
  const QRectF box(center - QPointF(size.width() / 2, size.height() / 2), size);
  const qreal dx = std::max({box.left() - rect.right(), 0.0, rect.left() - box.right()});
  const qreal dy = std::max({box.top() - rect.bottom(), 0.0, rect.top() - box.bottom()});
  return std::sqrt(dx * dx + dy * dy);
}

QPointF Cubic::pointAt(qreal t) const {
  const qreal u = 1 - t;
  return p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t);
}

QPointF Cubic::tangentAt(qreal t) const {
  const qreal u = 1 - t;
  const QPointF d = (p1 - p0) * (3 * u * u) + (p2 - p1) * (6 * u * t) + (p3 - p2) * (3 * t * t);
  // A degenerate end (a control point on the end point): the chord's direction.
  return length(d) < 1e-9 ? p3 - p0 : d;
}

Cubic Cubic::between(qreal t0, qreal t1) const {
  if (t1 <= t0) return Cubic{pointAt(t0), pointAt(t0), pointAt(t0), pointAt(t0)};
  const Cubic before = split(*this, t1).first;
  return t0 <= 0 ? before : split(before, t0 / t1).second;
}

QPainterPath Cubic::path() const {
  QPainterPath out(p0);
  // Straight: a line (the same picture, and a simpler SVG).
  const QPointF d = p3 - p0;
  const qreal l = length(d);
  const bool straight = l > 1e-9 && std::abs(d.x() * (p1 - p0).y() - d.y() * (p1 - p0).x()) / l < 1e-6 &&
                        std::abs(d.x() * (p2 - p0).y() - d.y() * (p2 - p0).x()) / l < 1e-6;
  if (straight) out.lineTo(p3);
  else out.cubicTo(p1, p2, p3);
  return out;
}

QRectF Cubic::controlRect() const {
  const qreal left = std::min({p0.x(), p1.x(), p2.x(), p3.x()}), right = std::max({p0.x(), p1.x(), p2.x(), p3.x()});
  const qreal top = std::min({p0.y(), p1.y(), p2.y(), p3.y()}), bottom = std::max({p0.y(), p1.y(), p2.y(), p3.y()});
  return QRectF(QPointF(left, top), QPointF(right, bottom));
}

EdgeRouter::EdgeRouter(std::vector<RouteVertex> vertices, qreal clearance)
    : m_vertices(std::move(vertices)), m_clearance(clearance) {
  if (m_vertices.empty()) return;
  qreal extent = 0;
  for (const RouteVertex& v : m_vertices) {
    const QRectF area = QRectF(v.center - QPointF(v.size.width() / 2, v.size.height() / 2), v.size)
                            .adjusted(-clearance, -clearance, clearance, clearance);
    m_bounds = m_bounds.isNull() ? area : m_bounds.united(area);
    extent = std::max({extent, area.width(), area.height()});
  }
  m_cell = std::max<qreal>(extent, 32);
  m_columns = std::max(1, static_cast<int>(std::ceil(m_bounds.width() / m_cell)));
  m_rows = std::max(1, static_cast<int>(std::ceil(m_bounds.height() / m_cell)));
  m_grid.assign(static_cast<std::size_t>(m_columns) * m_rows, {});
  for (std::size_t i = 0; i < m_vertices.size(); ++i) {
    const RouteVertex& v = m_vertices[i];
    const QRectF area = QRectF(v.center - QPointF(v.size.width() / 2, v.size.height() / 2), v.size)
                            .adjusted(-clearance, -clearance, clearance, clearance);
    const int c0 = std::clamp(static_cast<int>((area.left() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int c1 = std::clamp(static_cast<int>((area.right() - m_bounds.left()) / m_cell), 0, m_columns - 1);
    const int r0 = std::clamp(static_cast<int>((area.top() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    const int r1 = std::clamp(static_cast<int>((area.bottom() - m_bounds.top()) / m_cell), 0, m_rows - 1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) m_grid[static_cast<std::size_t>(r) * m_columns + c].push_back(i);
  }
}

std::vector<std::size_t> EdgeRouter::near(const QRectF& rect) const {
  std::vector<std::size_t> out;
  if (m_grid.empty() || !rect.intersects(m_bounds.adjusted(-1, -1, 1, 1))) return out;
  const int c0 = std::clamp(static_cast<int>(std::floor((rect.left() - m_bounds.left()) / m_cell)), 0, m_columns - 1);
  const int c1 = std::clamp(static_cast<int>(std::floor((rect.right() - m_bounds.left()) / m_cell)), 0, m_columns - 1);
  const int r0 = std::clamp(static_cast<int>(std::floor((rect.top() - m_bounds.top()) / m_cell)), 0, m_rows - 1);
  const int r1 = std::clamp(static_cast<int>(std::floor((rect.bottom() - m_bounds.top()) / m_cell)), 0, m_rows - 1);
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) {
      const auto& cell = m_grid[static_cast<std::size_t>(r) * m_columns + c];
      out.insert(out.end(), cell.begin(), cell.end());
    }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Cubic EdgeRouter::centreCurve(std::size_t a, std::size_t b, Bend bend) const {
  const QPointF from = m_vertices[a].center, to = m_vertices[b].center;
  const QPointF n = normalOf(from, to);
  return Cubic{from, lerp(from, to, 1.0 / 3) + n * bend.first, lerp(from, to, 2.0 / 3) + n * bend.second, to};
}

qreal EdgeRouter::intrusion(const Cubic& curve, std::size_t a, std::size_t b, std::size_t* firstInTheWay) const {
  const std::vector<std::size_t> candidates = near(curve.controlRect().adjusted(-1, -1, 1, 1));
  qreal total = 0;
  int firstSegment = kSegments;
  QPointF points[kSegments + 1];
  for (int i = 0; i <= kSegments; ++i) points[i] = curve.pointAt(static_cast<qreal>(i) / kSegments);
  for (const std::size_t v : candidates) {
    if (v == a || v == b) continue;
    for (int i = 0; i < kSegments; ++i) {
      const qreal missing = m_clearance - m_vertices[v].distanceTo(points[i], points[i + 1]);
      if (missing <= 0) continue;
      total += missing;
      if (firstInTheWay && i < firstSegment) {
        firstSegment = i;
        *firstInTheWay = v;
      }
    }
  }
  return total;
}

qreal EdgeRouter::clearanceOf(const Cubic& curve, std::size_t a, std::size_t b) const {
  qreal nearest = 1e9;
  for (std::size_t v = 0; v < m_vertices.size(); ++v) {
    if (v == a || v == b) continue;
    for (int i = 0; i < kSegments; ++i)
      nearest = std::min(nearest, m_vertices[v].distanceTo(curve.pointAt(static_cast<qreal>(i) / kSegments),
                                                           curve.pointAt(static_cast<qreal>(i + 1) / kSegments)));
  }
  return nearest;
}

EdgeRouter::Bend EdgeRouter::route(std::size_t a, std::size_t b) const {
  if (m_vertices.size() > kMaxRoutedVertices) return {0, 0};
  const QPointF from = m_vertices[a].center, to = m_vertices[b].center;
  const qreal chord = length(to - from);
  if (chord < 1) return {0, 0};
  std::size_t inTheWay = a;
  if (intrusion(centreCurve(a, b, {0, 0}), a, b, &inTheWay) <= 0) return {0, 0};
  // Bend away from the first vertex in the way (to the side it is not on), then the other side.
  const int away = dot(m_vertices[inTheWay].center - from, normalOf(from, to)) > 0 ? -1 : 1;
  const qreal step = std::clamp(chord * 0.05, 8.0, 28.0);
  constexpr int kLevels = 14;
  constexpr qreal kSmallestDetour = 4;
  const bool sCurves = m_vertices.size() <= kMaxSearchedVertices;
  struct Candidate {
    qreal cost;
    int wrongSide;
    int i, j;
  };
  std::vector<Candidate> candidates;
  for (int i = -kLevels; i <= kLevels; ++i)
    for (int j = -kLevels; j <= kLevels; ++j) {
      if (i == 0 && j == 0) continue;
      if (!sCurves && i != j) continue;
      // An arc (i == j) costs its size; an uneven or S-shaped bend costs more.
      const qreal cost = std::max(std::abs(i), std::abs(j)) + 0.5 * std::abs(i - j);
      const int sum = i + j;
      candidates.push_back({cost, sum == 0 ? 1 : (sum > 0) == (away > 0) ? 0 : 2, i, j});
    }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(x.cost, x.wrongSide, x.i, x.j) < std::tie(y.cost, y.wrongSide, y.i, y.j);
  });
  Bend best{0, 0};
  qreal bestIntrusion = intrusion(centreCurve(a, b, best), a, b);
  for (const Candidate& c : candidates) {
    const Bend bend{c.i * step, c.j * step};
    const qreal in = intrusion(centreCurve(a, b, bend), a, b);
    if (in <= 0) return bend;
    // Nothing clears: the least intrusion (found first among equals) among small bends; a big
    // detour that still hits something is worse than the straight line.
    if (c.cost <= kSmallestDetour && in < bestIntrusion - 1e-9) {
      bestIntrusion = in;
      best = bend;
    }
  }
  return best;
}

std::pair<qreal, qreal> EdgeRouter::bendOf(std::size_t a, std::size_t b) const {
  const auto key = std::minmax(a, b);
  const auto found = m_bends.find(key);
  if (found != m_bends.end()) return found->second;
  const Bend bend = route(key.first, key.second);
  m_bends.emplace(key, bend);
  return bend;
}

Cubic EdgeRouter::course(std::size_t from, std::size_t to, qreal shift) const {
  const auto [low, high] = std::minmax(from, to);
  const Bend bend = bendOf(low, high);
  const RouteVertex &source = m_vertices[from], &target = m_vertices[to];
  if (bend == Bend{0, 0}) {
    // Straight: where the line leaves and enters, exactly (and fast, for a crowd's thousands).
    const QPointF p = source.center + normalOf(source.center, target.center) * shift;
    const QPointF d = target.center - source.center;
    const qreal t0 = source.contains(p) ? exitAlong(source, p, d) : 0;
    const qreal t1 = target.contains(p + d) ? 1 - exitAlong(target, p + d, -d) : 1;
    const QPointF start = p + d * t0, end = p + d * std::max(t0, t1);
    return Cubic{start, lerp(start, end, 1.0 / 3), lerp(start, end, 2.0 / 3), end};
  }
  Cubic c = centreCurve(low, high, bend);
  if (from != low) c = Cubic{c.p3, c.p2, c.p1, c.p0};
  const QPointF offset = normalOf(m_vertices[from].center, m_vertices[to].center) * shift;
  c = Cubic{c.p0 + offset, c.p1 + offset, c.p2 + offset, c.p3 + offset};
  // From where it leaves `from` to where it meets `to`.
  const qreal t0 = source.contains(c.p0) ? crossing(c, source, 0, 0.5) : 0;
  const qreal t1 = target.contains(c.p3) ? crossing(c, target, 1, 0.5) : 1;
  return c.between(t0, std::max(t0, t1));
}

}  // namespace oslens::views

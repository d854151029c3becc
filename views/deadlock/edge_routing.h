#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <cstddef>
#include <map>
#include <utility>
#include <vector>

namespace oslens::views {

// A vertex of the resource-allocation graph as the routing sees it: a circle (a process, `size`
// its diameter) or a box (a resource), centred on `center`.
struct RouteVertex {
  QPointF center;
  QSizeF size;
  bool round = false;

  bool contains(QPointF point) const;
  // How far `point` is from the vertex's outline (0 inside).
  qreal distanceTo(QPointF point) const;
  // How far the segment from `a` to `b` comes to the vertex (0 if it enters it).
  qreal distanceTo(QPointF a, QPointF b) const;
  // How far `rect` is from the vertex (0 if they overlap).
  qreal distanceTo(const QRectF& rect) const;
};

// A cubic Bézier curve: a straight edge has its control points on the line, a bent one pushed
// sideways.
struct Cubic {
  QPointF p0, p1, p2, p3;

  QPointF pointAt(qreal t) const;
  QPointF tangentAt(qreal t) const;  // the derivative: points along the curve, from p0 to p3
  Cubic between(qreal t0, qreal t1) const;  // the same curve, from t0 to t1 only (de Casteljau)
  QPainterPath path() const;
  QRectF controlRect() const;  // holds the curve (its control polygon's bounding box)
};

// Routes the edges of a drawing around its vertices. An edge between vertices a and b leaves a's
// centre and enters b's along a cubic curve; when the straight line would come nearer than
// `clearance` to a third vertex, the curve's two control points are pushed sideways (both to one
// side: an arc; or to opposite sides: an S), by the smallest amount that clears every other
// vertex; the search tries the side away from the first vertex in the way first, then the other,
// and grows the bend. The bend belongs to the pair, not to one direction: the request and the
// assignment between the same two vertices bend alike and stay `shift` apart (parallel). A pair's
// bend depends on the vertices' places alone, not on the other edges, so an edge keeps its course
// while others come and go, and the same layout gives the same picture every time.
//
// Cost: each tried bend is checked against the vertices near its control polygon (a grid), at
// kSegments segments. Above kMaxRoutedVertices a crowd's edges stay straight (nothing can be
// routed clear there); above kMaxSearchedVertices only arcs are tried, not S-curves.
class EdgeRouter {
 public:
  static constexpr std::size_t kMaxRoutedVertices = 300;
  static constexpr std::size_t kMaxSearchedVertices = 60;
  static constexpr int kSegments = 24;

  EdgeRouter() = default;
  EdgeRouter(std::vector<RouteVertex> vertices, qreal clearance);

  // The course of the edge from vertex `from` to vertex `to`, moved sideways by `shift` (to the
  // left of the direction of travel, for a pair drawn both ways; 0 otherwise), from where it
  // leaves `from`'s outline to where it meets `to`'s.
  Cubic course(std::size_t from, std::size_t to, qreal shift) const;
  // The pair's bend: the control points' sideways offsets, along the left normal of the line from
  // the lower-numbered vertex to the higher.
  std::pair<qreal, qreal> bendOf(std::size_t a, std::size_t b) const;
  // The nearest the curve comes to a vertex other than `a` and `b` (for tests; huge when none).
  qreal clearanceOf(const Cubic& curve, std::size_t a, std::size_t b) const;
  const std::vector<RouteVertex>& vertices() const { return m_vertices; }

 private:
  using Bend = std::pair<qreal, qreal>;
  Bend route(std::size_t a, std::size_t b) const;
  Cubic centreCurve(std::size_t a, std::size_t b, Bend bend) const;
  // How far the curve intrudes into the clearance of vertices other than a and b: 0 when clear.
  qreal intrusion(const Cubic& curve, std::size_t a, std::size_t b, std::size_t* firstInTheWay = nullptr) const;
  std::vector<std::size_t> near(const QRectF& rect) const;

  std::vector<RouteVertex> m_vertices;
  qreal m_clearance = 0;
  // A grid over the vertices (each listed in every cell its clearance reaches), for near().
  QRectF m_bounds;
  qreal m_cell = 1;
  int m_columns = 0, m_rows = 0;
  std::vector<std::vector<std::size_t>> m_grid;
  mutable std::map<std::pair<std::size_t, std::size_t>, Bend> m_bends;
};

}  // namespace oslens::views

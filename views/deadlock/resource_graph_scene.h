#pragma once

#include <QFont>
#include <QGraphicsScene>
#include <QPointF>
#include <QTimer>
#include <functional>
#include <QVariantAnimation>
#include <set>
#include <utility>
#include <vector>

#include "engine/deadlock/detection/detection_scenario.h"
#include "views/deadlock/edge_routing.h"

namespace oslens::views {

// The resource-allocation graph (Silberschatz 10e 8.3.1) of the current state: processes as
// circles, resources as boxes with one dot per instance (filled when held), assignment edges
// R -> P solid, request edges P -> R dashed. Only a detect step draws a verdict, once the
// algorithm has played in the matrices: the cycle it reports in red when it proves a deadlock
// (the deadlocked processes red too), in amber with "cycle, but no deadlock" when its resources
// have instances enough. Other steps show who holds and who waits, and no verdict. The layout
// (Boost.Graph's Fruchterman-Reingold, engine/deadlock/graph/graph_layout.h) is computed once over
// every edge the run ever has, so vertices stay put and only edges change; a new edge fades in. A
// ring of the run (the dining philosophers) is drawn round. An edge whose straight line would
// pass through another vertex bends round it (EdgeRouter, edge_routing.h); a count above one
// ("×3") stands beside its edge, where it covers no vertex, arrow head or other count.
class ResourceGraphScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit ResourceGraphScene(const engine::deadlock::detection::DetectionSimulation& simulation, QObject* parent = nullptr);

  void showCurrent(bool animate);
  void finishAnimations();
  bool isAnimating() const { return m_verdictHeld || m_fade.state() == QAbstractAnimation::Running; }
  // While `busy` (the detection algorithm still plays in the matrices), a detect step's verdict
  // waits.
  void setVerdictWaitsFor(std::function<bool()> busy) { m_verdictBusy = std::move(busy); }
  void retranslate() { showCurrent(false); }
  // Presentation mode: the picture's words are set at least 15 pt (labels, counts and legend are
  // placed by their measured size, so nothing runs into anything); a crowd keeps its small type.
  void setPresentation(bool presentation) {
    m_typeFloor = presentation ? kPresentationFloor : 0;
    showCurrent(false);
  }
  void setAnimationSpeed(double speed) { m_speed = speed; }

  // What an item of the picture is (QGraphicsItem::data(kPartKey)) and the vertices it belongs
  // to (an edge's or arrow head's ends, from and to; a vertex's or an instance dot's own vertex
  // in kFromKey): so a test checks the real drawn geometry.
  enum class Part { Vertex = 1, InstanceDot, Edge, ArrowHead, Multiplicity };
  static constexpr int kPartKey = 0x0d10;
  static constexpr int kFromKey = 0x0d11;
  static constexpr int kToKey = 0x0d12;

  // Tests.
  QPointF vertexCenter(engine::deadlock::VertexId v) const { return m_centers.at(v); }
  // Another layout (scene coordinates of each vertex's centre), drawn at once: a test places a
  // vertex on the straight line between two others.
  void setVertexCenters(std::vector<QPointF> centers);
  std::size_t assignmentEdges() const { return m_assignment; }
  std::size_t requestEdges() const { return m_request; }
  std::size_t cycleEdges() const { return m_cycleEdges; }
  QString captionText() const { return m_captionText; }

 private:
  using Edge = std::pair<engine::deadlock::VertexId, engine::deadlock::VertexId>;

  void draw(bool animate);
  void revealVerdict();
  void drawVertices(const engine::deadlock::detection::DetectionState& state, const std::vector<engine::deadlock::ProcessId>& deadlocked);
  // One edge as drawn: its course, its items, and what its count's label must keep clear of.
  struct DrawnEdge {
    Edge edge;
    engine::deadlock::Count count = 0;
    QColor color;
    qreal shift = 0;  // sideways, for a pair drawn both ways
    Cubic course;
    qreal lineWidth = 1;
    QPainterPath head;
    bool fresh = false;
  };
  DrawnEdge drawEdge(const engine::deadlock::detection::DetectionState& state, Edge edge, engine::deadlock::Count count, bool request,
                     bool onCycle, const QColor& cycleColor, bool fresh);
  void drawCounts(const std::vector<DrawnEdge>& edges);
  void buildRouter();
  void drawLegend(qreal top);

  const engine::deadlock::detection::DetectionSimulation& m_simulation;
  std::vector<QPointF> m_centers;
  EdgeRouter m_router;
  QSizeF m_canvas;
  static constexpr qreal kPresentationFloor = 15;
  // The font of a text of the picture: `points`, or the presentation floor if larger.
  QFont type(qreal points, bool bold = false) const;
  qreal m_typeFloor = 0;
  qreal m_radius = 26;
  QSizeF m_box{78, 50};
  std::set<Edge> m_shownEdges;
  std::vector<QGraphicsItem*> m_fading;
  QVariantAnimation m_fade;
  double m_speed = 1.0;
  std::size_t m_assignment = 0;
  std::size_t m_request = 0;
  std::size_t m_cycleEdges = 0;
  QString m_captionText;
  std::function<bool()> m_verdictBusy;
  bool m_verdictHeld = false;
  QTimer m_verdictWait;
};

}  // namespace oslens::views

// The resource-allocation graph's geometry, checked on the items the scene really draws: no edge
// (its stroked path, and its arrow head) passes through a vertex other than its two ends; no
// multiplicity label ("×3") lies on a vertex, an instance dot, an arrow head or another label;
// an arrow head sits on its target's outline and points along the end of its path. Over every
// step of every built-in deadlock scenario in both themes, random graphs with fixed seeds, and a
// layout where the straight line between two vertices runs through a third. Offscreen QtTest.
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPathStroker>
#include <QtMath>
#include <cmath>
#include <map>
#include <string>

#include "engine/core/rng.h"
#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/view_palette.h"
#include "views/deadlock/detection_view.h"
#include "views/deadlock/resource_graph_scene.h"

using namespace oslens;
using namespace oslens::engine::deadlock;
using views::ResourceGraphScene;
using Part = ResourceGraphScene::Part;

namespace {

// How far from a vertex's drawn outline (its pen included) an edge or a label must stay.
constexpr qreal kVertexMargin = 2.0;

std::unique_ptr<engine::Simulation> loadScenario(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString());
}

QStringList builtIns(const QString& pattern) {
  return QDir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios")).entryList({pattern});
}

std::optional<Part> partOf(const QGraphicsItem* item) {
  const QVariant part = item->data(ResourceGraphScene::kPartKey);
  if (!part.isValid()) return std::nullopt;
  return static_cast<Part>(part.toInt());
}

VertexId fromOf(const QGraphicsItem* item) { return item->data(ResourceGraphScene::kFromKey).toUInt(); }
VertexId toOf(const QGraphicsItem* item) { return item->data(ResourceGraphScene::kToKey).toUInt(); }

// The area a line covers: its path stroked with its pen's width (a dash counts as solid).
QPainterPath strokeOf(const QGraphicsPathItem* item) {
  QPainterPathStroker stroker;
  stroker.setWidth(std::max<qreal>(item->pen().widthF(), 1.0));
  stroker.setCapStyle(Qt::FlatCap);
  return item->mapToScene(stroker.createStroke(item->path()));
}

// A vertex's shape (outline pen included), grown by `margin`.
QPainterPath grownShape(const QGraphicsItem* item, qreal margin) {
  const QPainterPath shape = item->shape();
  QPainterPathStroker stroker;
  stroker.setWidth(2 * margin);
  return item->mapToScene(shape.united(stroker.createStroke(shape)).simplified());
}

// How far `point` is from the vertex's outline (the circle or the box itself, without its pen).
qreal distanceToOutline(const QGraphicsItem& vertex, QPointF point) {
  const QPointF p = vertex.mapFromScene(point);
  if (const auto* circle = dynamic_cast<const QGraphicsEllipseItem*>(&vertex)) {
    const QRectF r = circle->rect();
    return std::abs(QLineF(r.center(), p).length() - r.width() / 2);
  }
  const QRectF r = dynamic_cast<const QGraphicsRectItem&>(vertex).rect();
  if (!r.contains(p)) {
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
  }
  return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

QString vertexName(const ResourceGraphScene& scene, VertexId v) {
  for (QGraphicsItem* item : scene.items())
    if (partOf(item) == Part::Vertex && fromOf(item) == v) {
      for (QGraphicsItem* other : scene.items())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(other);
            text && !partOf(text) && item->sceneBoundingRect().contains(text->sceneBoundingRect().center()))
          return text->text();
    }
  return QString::number(v);
}

struct Drawn {
  std::map<VertexId, QGraphicsItem*> vertices;
  std::vector<QGraphicsItem*> dots;
  std::vector<QGraphicsPathItem*> edges, heads;
  std::vector<QGraphicsSimpleTextItem*> labels;
};

Drawn drawnParts(const ResourceGraphScene& scene) {
  Drawn d;
  for (QGraphicsItem* item : scene.items()) {
    const auto part = partOf(item);
    if (!part) continue;
    switch (*part) {
      case Part::Vertex: d.vertices[fromOf(item)] = item; break;
      case Part::InstanceDot: d.dots.push_back(item); break;
      case Part::Edge: d.edges.push_back(dynamic_cast<QGraphicsPathItem*>(item)); break;
      case Part::ArrowHead: d.heads.push_back(dynamic_cast<QGraphicsPathItem*>(item)); break;
      case Part::Multiplicity: d.labels.push_back(dynamic_cast<QGraphicsSimpleTextItem*>(item)); break;
    }
  }
  return d;
}

// Every way the picture breaks the rules, named ("edge P1 → B through A").
QStringList geometryProblems(const ResourceGraphScene& scene) {
  QStringList out;
  const Drawn d = drawnParts(scene);
  std::map<VertexId, QPainterPath> grown;
  for (const auto& [v, item] : d.vertices) grown[v] = grownShape(item, kVertexMargin);
  const auto edgeName = [&](const QGraphicsItem* item) {
    return vertexName(scene, fromOf(item)) + QStringLiteral(" → ") + vertexName(scene, toOf(item));
  };

  // Edges and their heads keep off every vertex but their own two.
  for (const auto* list : {&d.edges, &d.heads})
    for (const QGraphicsPathItem* item : *list) {
      const QPainterPath stroke = item == nullptr ? QPainterPath() : strokeOf(item);
      for (const auto& [v, shape] : grown)
        if (v != fromOf(item) && v != toOf(item) && stroke.intersects(shape))
          out << QStringLiteral("%1 %2 through %3").arg(list == &d.edges ? QStringLiteral("edge") : QStringLiteral("arrow head"),
                                                         edgeName(item), vertexName(scene, v));
    }

  // Labels keep off vertices, dots, arrow heads and each other.
  for (std::size_t i = 0; i < d.labels.size(); ++i) {
    const QGraphicsSimpleTextItem* label = d.labels[i];
    const QRectF box = label->sceneBoundingRect();
    const QString name = QStringLiteral("label %1 of %2").arg(label->text(), edgeName(label));
    if (label->font().pointSizeF() * 96.0 / 72.0 < 12 - 0.01) out << name + QStringLiteral(" below 12 px");
    for (const auto& [v, shape] : grown)
      if (shape.intersects(box)) out << QStringLiteral("%1 on vertex %2").arg(name, vertexName(scene, v));
    for (const QGraphicsItem* dot : d.dots)
      if (dot->sceneBoundingRect().intersects(box)) out << QStringLiteral("%1 on a dot of %2").arg(name, vertexName(scene, fromOf(dot)));
    for (const QGraphicsPathItem* head : d.heads)
      if (head->mapToScene(head->shape()).intersects(box)) out << QStringLiteral("%1 on the arrow head of %2").arg(name, edgeName(head));
    for (std::size_t j = i + 1; j < d.labels.size(); ++j)
      if (d.labels[j]->sceneBoundingRect().intersects(box))
        out << QStringLiteral("%1 on label %2 of %3").arg(name, d.labels[j]->text(), edgeName(d.labels[j]));
  }

  // Each arrow head's tip on its target's outline, pointing along the end of its edge.
  for (const QGraphicsPathItem* head : d.heads) {
    const QGraphicsItem* target = d.vertices.count(toOf(head)) ? d.vertices.at(toOf(head)) : nullptr;
    if (!target) {
      out << QStringLiteral("arrow head of %1 without its target").arg(edgeName(head));
      continue;
    }
    const QPainterPath path = head->mapToScene(head->path());
    const QPointF tip = path.elementAt(0);
    const QPointF base = (QPointF(path.elementAt(1)) + QPointF(path.elementAt(2))) / 2;
    if (const qreal off = distanceToOutline(*target, tip); off > 1.0)
      out << QStringLiteral("arrow head of %1 %2 px off the outline of %3").arg(edgeName(head)).arg(off, 0, 'f', 1).arg(vertexName(scene, toOf(head)));
    const QGraphicsPathItem* edge = nullptr;
    for (const QGraphicsPathItem* e : d.edges)
      if (fromOf(e) == fromOf(head) && toOf(e) == toOf(head)) edge = e;
    if (!edge) {
      out << QStringLiteral("arrow head of %1 without its edge").arg(edgeName(head));
      continue;
    }
    const QPainterPath line = edge->mapToScene(edge->path());
    const qreal lineAngle = line.angleAtPercent(1.0);
    const QLineF axis(base, tip);
    qreal difference = std::abs(axis.angle() - lineAngle);
    difference = std::min(difference, 360 - difference);
    if (difference > 8) out << QStringLiteral("arrow head of %1 %2° off its path").arg(edgeName(head)).arg(difference, 0, 'f', 1);
    if (QLineF(line.pointAtPercent(1.0), tip).length() > 14)
      out << QStringLiteral("edge %1 ends %2 px from its arrow head").arg(edgeName(head)).arg(QLineF(line.pointAtPercent(1.0), tip).length());
  }
  return out;
}

// Every step of `simulation` in `view`, stepped forwards as the window does (the verdict
// revealed): the problems of each, named by step.
QStringList problemsAtEveryStep(engine::Simulation& simulation, views::DetectionView& view, const QString& name) {
  QStringList out;
  for (std::size_t step = 0; step <= simulation.stepCount(); ++step) {
    simulation.seek(step);
    view.showPosition(step == 0 ? 0 : static_cast<int>(step) - 1, static_cast<int>(step), true);
    view.finishAnimations();
    for (const QString& problem : geometryProblems(*view.graph()))
      out << QStringLiteral("%1 step %2: %3").arg(name).arg(step).arg(problem);
  }
  return out;
}

// A random state: `processes` and `resources` (1 to 4 instances each), each process holding and
// wanting random counts within what is left, then a few requests, releases and detects.
std::string randomScenario(std::uint64_t seed, std::size_t processes, std::size_t resources) {
  engine::Rng rng(seed);
  std::vector<int> total(resources), left(resources);
  std::string text = "{\"oslens\": 1, \"module\": \"deadlock\", \"config\": {\"resources\": [";
  for (std::size_t r = 0; r < resources; ++r) {
    total[r] = left[r] = 1 + static_cast<int>(rng.below(4));
    text += std::string(r ? ", " : "") + "{\"name\": \"R" + std::to_string(r) + "\", \"total\": " + std::to_string(total[r]) + "}";
  }
  text += "], \"processes\": [";
  for (std::size_t p = 0; p < processes; ++p) {
    std::string allocation, request;
    for (std::size_t r = 0; r < resources; ++r) {
      const int held = rng.below(3) == 0 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(left[r]) + 1)) : 0;
      left[r] -= held;
      const int wanted = rng.below(4) == 0 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(total[r] - held) + 1)) : 0;
      allocation += std::string(r ? ", " : "") + std::to_string(held);
      request += std::string(r ? ", " : "") + std::to_string(wanted);
    }
    text += std::string(p ? ", " : "") + "{\"name\": \"P" + std::to_string(p) + "\", \"allocation\": [" + allocation +
            "], \"request\": [" + request + "]}";
  }
  text += "]}, \"ops\": [{\"detect\": true}";
  for (int op = 0; op < 4; ++op) {
    const std::size_t p = rng.below(processes), r = rng.below(resources);
    std::string vector;
    for (std::size_t i = 0; i < resources; ++i) vector += std::string(i ? ", " : "") + (i == r ? "1" : "0");
    text += ", {\"request\": {\"process\": \"P" + std::to_string(p) + "\", \"vector\": [" + vector + "]}}";
  }
  text += ", {\"detect\": true}]}";
  return text;
}

}  // namespace

class DeadlockGraphGeometryTest : public QObject {
  Q_OBJECT

 private slots:
  void cleanup() { views::ViewPalette::setTheme(views::Theme::Standard); }

  void everyBuiltInStepKeepsEdgesAndLabelsClear() {
    QVERIFY(builtIns(QStringLiteral("deadlock-*.oslens.json")).size() >= 3);
    QStringList problems;
    for (const views::Theme theme : {views::Theme::Standard, views::Theme::HighContrast}) {
      views::ViewPalette::setTheme(theme);
      for (const QString& name : builtIns(QStringLiteral("deadlock-*.oslens.json"))) {
        auto simulation = loadScenario(name);
        views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
        problems << problemsAtEveryStep(*simulation, view, views::ViewPalette::themeName(theme) + QLatin1Char(' ') + name);
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // Random graphs of 3 to 8 processes and 2 to 5 resources, laid out by the view's own layout
  // (seed 2 has an edge straight through a resource), in both themes (thicker lines).
  void randomGraphsKeepEdgesAndLabelsClear() {
    QStringList problems;
    for (const views::Theme theme : {views::Theme::Standard, views::Theme::HighContrast}) {
      views::ViewPalette::setTheme(theme);
      for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        engine::Rng sizes(seed * 7919);
        const std::size_t processes = 3 + sizes.below(6), resources = 2 + sizes.below(4);
        auto simulation = engine::loadSimulation(randomScenario(seed, processes, resources));
        QVERIFY2(simulation, qPrintable(QStringLiteral("seed %1").arg(seed)));
        views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
        const QString name = QStringLiteral("%1 seed %2").arg(views::ViewPalette::themeName(theme)).arg(seed);
        problems << problemsAtEveryStep(*simulation, view, name);
        oslens::test::saveFrame(*view.graph(), QStringLiteral("deadlock-graph-%1-seed-%2").arg(views::ViewPalette::themeName(theme)).arg(seed));
      }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // A crowd (1,000 processes, 20 resources, 2,000 edges, every one counted) is still drawn in
  // moments: its edges are not routed and its counts not placed round each other.
  void aCrowdIsDrawnInMoments() {
    const int n = 1000, m = 20;
    std::string resources, processes;
    for (int r = 0; r < m; ++r) resources += std::string(r ? ", " : "") + "{\"name\": \"R" + std::to_string(r) + "\", \"total\": " + std::to_string(2 * n) + "}";
    for (int p = 0; p < n; ++p) {
      std::string allocation, request;
      for (int r = 0; r < m; ++r) {
        allocation += std::string(r ? ", " : "") + (r == p % m ? "2" : "0");
        request += std::string(r ? ", " : "") + (r == (p * 7 + 3) % m && r != p % m ? "3" : "0");
      }
      processes += std::string(p ? ", " : "") + "{\"name\": \"P" + std::to_string(p) + "\", \"allocation\": [" + allocation +
                   "], \"request\": [" + request + "]}";
    }
    auto simulation = engine::loadSimulation("{\"oslens\": 1, \"module\": \"deadlock\", \"config\": {\"resources\": [" +
                                             resources + "], \"processes\": [" + processes + "]}, \"ops\": [{\"detect\": true}]}");
    QVERIFY(simulation);
    QElapsedTimer timer;
    timer.start();
    views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
    simulation->seek(1);
    view.showPosition(0, 1, false);
    QVERIFY(view.graph()->assignmentEdges() == std::size_t{n});
    // About 0.2 s on the machine this was written on. Printed, not tested: tests never fail on
    // timing (docs/performance.md has the benchmarks).
    qInfo("1,000 processes drawn in %lld ms", timer.elapsed());
  }

  // P0 wants R1 three times over, and R0 stands halfway between them on the straight line; P1
  // holds R0 and wants R1 and R0 more, so R0 and P1 lie on lines too. The edge goes round R0.
  void anEdgeGoesRoundAVertexInItsWay() {
    auto simulation = engine::loadSimulation(
        "{\"oslens\": 1, \"module\": \"deadlock\", \"config\": {\"resources\": [{\"name\": \"R0\", \"total\": 3}, "
        "{\"name\": \"R1\", \"total\": 4}], \"processes\": ["
        "{\"name\": \"P0\", \"allocation\": [0, 1], \"request\": [0, 3]},"
        "{\"name\": \"P1\", \"allocation\": [2, 2], \"request\": [1, 1]}]}, \"ops\": [{\"detect\": true}]}");
    QVERIFY(simulation);
    views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
    // P0, R0 and R1 on one horizontal line, P1 below R0 (the layout stays for every step).
    view.graph()->setVertexCenters({QPointF(100, 300), QPointF(400, 520), QPointF(400, 300), QPointF(700, 300)});
    const QStringList problems = problemsAtEveryStep(*simulation, view, QStringLiteral("through R0"));
    oslens::test::saveFrame(*view.graph(), QStringLiteral("deadlock-graph-through-R0"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The edge P0 -> R1 is bent: its middle is off the straight line.
    for (QGraphicsPathItem* edge : drawnParts(*view.graph()).edges)
      if (fromOf(edge) == 0 && toOf(edge) == 3) QVERIFY(std::abs(edge->path().pointAtPercent(0.5).y() - 300) > 20);
  }

  // Many vertices in a row and labels on every edge: a fan from each process to every resource.
  void aFanOfCountedEdgesKeepsItsLabelsApart() {
    std::string resources, processes;
    for (int r = 0; r < 5; ++r) resources += std::string(r ? ", " : "") + "{\"name\": \"R" + std::to_string(r) + "\", \"total\": 9}";
    for (int p = 0; p < 3; ++p)
      processes += std::string(p ? ", " : "") + "{\"name\": \"P" + std::to_string(p) +
                   "\", \"allocation\": [2, 2, 2, 2, 2], \"request\": [" + (p == 2 ? "3, 3, 3, 3, 3" : "0, 0, 0, 0, 0") + "]}";
    auto simulation = engine::loadSimulation("{\"oslens\": 1, \"module\": \"deadlock\", \"config\": {\"resources\": [" +
                                             resources + "], \"processes\": [" + processes + "]}, \"ops\": [{\"detect\": true}]}");
    QVERIFY(simulation);
    views::DetectionView view(dynamic_cast<const detection::DetectionSimulation&>(*simulation));
    QStringList problems = problemsAtEveryStep(*simulation, view, QStringLiteral("fan"));
    // The same in a row: the processes above and below a line of resources.
    std::vector<QPointF> row;
    for (int p = 0; p < 3; ++p) row.emplace_back(250 + 300 * p, p == 1 ? 600 : 150);
    for (int r = 0; r < 5; ++r) row.emplace_back(100 + 200 * r, 380);
    view.graph()->setVertexCenters(row);
    for (const QString& problem : geometryProblems(*view.graph())) problems << QStringLiteral("row: ") + problem;
    oslens::test::saveFrame(*view.graph(), QStringLiteral("deadlock-graph-row"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // The same picture every time, and after stepping back the same as drawn afresh.
  void routesAreDeterministicAndStepBack() {
    auto simulation = loadScenario(QStringLiteral("deadlock-detection-textbook.oslens.json"));
    const auto& typed = dynamic_cast<const detection::DetectionSimulation&>(*simulation);
    const auto picture = [](const ResourceGraphScene& scene) {
      QStringList out;
      const Drawn d = drawnParts(scene);
      for (const auto* list : {&d.edges, &d.heads})
        for (const QGraphicsPathItem* item : *list) {
          QString text = QStringLiteral("%1>%2:").arg(fromOf(item)).arg(toOf(item));
          const QPainterPath path = item->path();
          for (int i = 0; i < path.elementCount(); ++i)
            text += QStringLiteral(" %1,%2").arg(path.elementAt(i).x, 0, 'f', 3).arg(path.elementAt(i).y, 0, 'f', 3);
          out << text;
        }
      for (const QGraphicsSimpleTextItem* label : d.labels)
        out << QStringLiteral("%1 at %2,%3").arg(label->text()).arg(label->pos().x(), 0, 'f', 3).arg(label->pos().y(), 0, 'f', 3);
      out.sort();
      return out;
    };
    simulation->seek(2);
    views::DetectionView first(typed);
    const QStringList drawn = picture(*first.graph());
    views::DetectionView second(typed);
    QCOMPARE(picture(*second.graph()), drawn);
    simulation->seek(3);
    second.showPosition(2, 3, true);
    second.finishAnimations();
    simulation->seek(2);
    second.showPosition(3, 2, true);
    second.finishAnimations();
    QCOMPARE(picture(*second.graph()), drawn);
  }
};

OSLENS_QTEST_MAIN(DeadlockGraphGeometryTest)
#include "deadlock_graph_geometry_test.moc"

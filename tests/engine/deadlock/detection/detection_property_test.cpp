// Random detection scenarios: the invariants after every step, the verdict against a brute-force
// search over every order, cycles that are real cycles, and seeking equals replay.
#include <gtest/gtest.h>
#include <set>

#include <cmath>

#include "engine/deadlock/graph/graph_layout.h"

#include "detection_test_support.h"
#include "engine/core/rng.h"
#include "seek_replay_check.h"

namespace oslens::engine::deadlock::detection {
namespace {

using namespace testing;

// Can process `target` finish in some order? Tries every order of the others (exponential: small
// cases only). A process that holds nothing counts as finished from the start (8.7.2 step 1b).
bool canFinish(const DetectionState& s, ProcessId target, std::vector<bool>& done, ResourceVector& work) {
  if (done[target]) return true;
  for (ProcessId p = 0; p < s.processCount(); ++p) {
    if (done[p] || !fitsWithin(s.request.row(p), work)) continue;
    done[p] = true;
    addInto(work, s.allocation.row(p));
    const bool found = canFinish(s, target, done, work);
    subtractFrom(work, s.allocation.row(p));
    done[p] = false;
    if (found) return true;
  }
  return false;
}

std::vector<ProcessId> bruteForceDeadlocked(const DetectionState& s) {
  std::vector<ProcessId> out;
  for (ProcessId p = 0; p < s.processCount(); ++p) {
    std::vector<bool> done(s.processCount());
    for (ProcessId q = 0; q < s.processCount(); ++q) done[q] = isZero(s.allocation.row(q));
    ResourceVector work = s.available;
    if (!canFinish(s, p, done, work)) out.push_back(p);
  }
  return out;
}

bool isCycleOf(const DirectedGraph& graph, const std::vector<VertexId>& cycle) {
  for (std::size_t i = 0; i < cycle.size(); ++i)
    if (!boost::edge(cycle[i], cycle[(i + 1) % cycle.size()], graph).second) return false;
  return !cycle.empty();
}

std::string vectorText(std::uint64_t length, Rng& rng, std::uint64_t below) {
  std::string out = "[";
  for (std::uint64_t i = 0; i < length; ++i) out += (i ? ", " : "") + std::to_string(rng.below(below));
  return out + "]";
}

TEST(DetectionProperty, RandomCasesMatchBruteForce) {
  Rng rng(4242);
  int deadlocks = 0, clean = 0, cyclesWithoutDeadlock = 0;
  for (int round = 0; round < 400; ++round) {
    const std::uint64_t n = 2 + rng.below(5), m = 1 + rng.below(3);
    // Totals of 1 to 3 make single- and multi-instance cases; everything starts unallocated and
    // the ops hand it out, so every file is valid.
    std::string config = R"({"resources": [)";
    for (std::uint64_t r = 0; r < m; ++r)
      config += (r ? "," : "") + std::string(R"({"name": "R)") + std::to_string(r) + R"(", "total": )" + std::to_string(1 + rng.below(3)) + "}";
    config += R"(], "processes": [)";
    for (std::uint64_t p = 0; p < n; ++p) config += (p ? "," : "") + std::string(R"({"name": "P)") + std::to_string(p) + R"("})";
    config += rng.below(2) ? R"(], "scan_order": "restart"})" : "]}";
    std::string ops = "[";
    for (int i = 0; i < 30; ++i) {
      const std::string process = "\"P" + std::to_string(rng.below(n)) + "\"";
      const std::uint64_t kind = rng.below(10);
      ops += i ? "," : "";
      if (kind < 5) ops += R"({"request": {"process": )" + process + R"(, "vector": )" + vectorText(m, rng, 2) + "}}";
      else if (kind < 7) ops += R"({"detect": true})";
      else if (kind == 7) ops += R"({"release": {"process": )" + process + R"(, "vector": )" + vectorText(m, rng, 2) + "}}";
      else if (kind == 8) ops += R"({"preempt": {"process": )" + process + R"(, "vector": )" + vectorText(m, rng, 2) + "}}";
      else ops += rng.below(2) ? R"({"abort": {"rule": "fewest_held"}})" : R"({"abort": )" + process + "}";
    }
    ops += "]";
    auto sim = loadDetection(config, ops);
    ASSERT_NE(sim, nullptr) << config << ops;
    for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
      sim->seek(step);
      const DetectionState& s = sim->timeline().state();
      const auto problems = DetectionModel::checkInvariants(s);
      ASSERT_TRUE(problems.empty()) << problems.front() << "\n" << config << "\n" << ops;
      if (!s.lastReport) continue;
      ASSERT_EQ(s.lastReport->deadlocked, bruteForceDeadlocked(s)) << "step " << step << "\n" << config << "\n" << ops;
      (s.lastReport->deadlocked.empty() ? clean : deadlocks)++;
      if (s.lastReport->cycle) {
        EXPECT_TRUE(isCycleOf(buildResourceAllocationGraph(s.allocation, s.request), *s.lastReport->cycle));
        // Single instances: a cycle is a deadlock of the processes on it (Silberschatz 10e 8.3.1).
        if (s.lastReport->singleInstance) {
          EXPECT_FALSE(s.lastReport->deadlocked.empty());
          for (VertexId v : *s.lastReport->cycle) {
            if (s.setup->vertices().isProcess(v)) {
              EXPECT_TRUE(std::count(s.lastReport->deadlocked.begin(), s.lastReport->deadlocked.end(), v));
            }
          }
        } else if (s.lastReport->deadlocked.empty()) {
          ++cyclesWithoutDeadlock;
        }
      } else {
        EXPECT_TRUE(s.lastReport->deadlocked.empty()) << "a deadlock without a cycle";
      }
    }
    engine::testing::expectSeeksMatchReplay(const_cast<Timeline<DetectionReportingModel>&>(sim->timeline()), 30, round);
  }
  EXPECT_GT(deadlocks, 50);
  EXPECT_GT(clean, 100);
  EXPECT_GT(cyclesWithoutDeadlock, 5);
}

TEST(ResourceGraph, FindsCyclesAndSelfLoops) {
  DirectedGraph chain(5);
  for (VertexId v = 0; v + 1 < 5; ++v) boost::add_edge(v, v + 1, chain);
  EXPECT_FALSE(findCycle(chain));
  boost::add_edge(4, 2, chain);
  EXPECT_EQ(findCycle(chain), (std::vector<VertexId>{2, 3, 4}));
  DirectedGraph loop(2);
  boost::add_edge(1, 1, loop);
  EXPECT_EQ(findCycle(loop), (std::vector<VertexId>{1}));
}

// Several DFS trees: the search starts again from each vertex not yet reached, so a cycle that
// the first tree cannot reach is still found.
TEST(ResourceGraph, FindsACycleInALaterSearchTree) {
  DirectedGraph graph(6);
  boost::add_edge(0, 1, graph);  // tree from 0: 0 -> 1, acyclic
  boost::add_edge(3, 2, graph);  // tree from 2 reaches nothing; tree from 3: 3 -> 2, 3 -> 4 -> 5 -> 3
  boost::add_edge(3, 4, graph);
  boost::add_edge(4, 5, graph);
  boost::add_edge(5, 3, graph);
  EXPECT_EQ(findCycle(graph), (std::vector<VertexId>{3, 4, 5}));
}

TEST(ResourceGraph, WaitForGraphCollapsesSingleInstanceResources) {
  const std::vector<ResourceType> resources = {{"R0", 2}, {"R1", 1}, {"R2", 1}};
  CountMatrix allocation(3, 3), request(3, 3);
  allocation.at(0, 0) = 1;  // P0 holds an R0, wants R1
  request.at(0, 1) = 1;
  allocation.at(1, 1) = 1;  // P1 holds R1, wants R0 (two instances: no wait-for edge) and R2
  request.at(1, 0) = 1;
  request.at(1, 2) = 1;
  allocation.at(2, 0) = 1;  // P2 holds the other R0 and R2
  allocation.at(2, 2) = 1;
  const DirectedGraph waitFor = buildWaitForGraph(allocation, request, resources);
  EXPECT_TRUE(boost::edge(0, 1, waitFor).second);
  EXPECT_TRUE(boost::edge(1, 2, waitFor).second);
  EXPECT_EQ(boost::num_edges(waitFor), 2u);
  const DirectedGraph rag = buildResourceAllocationGraph(allocation, request);
  EXPECT_EQ(boost::num_vertices(rag), 6u);
  EXPECT_EQ(boost::num_edges(rag), 7u);
}

// P0 holds an A and wants another: P0 -> A -> P0 is a cycle of the graph that says nothing about
// who waits for whom; without the self-waits the search finds the cycle through P1 and P2.
TEST(ResourceGraph, SelfWaitsCanBeLeftOut) {
  // Vertices: P0 = 0, P1 = 1, P2 = 2, A = 3, B = 4, C = 5.
  CountMatrix allocation(3, 3), request(3, 3);
  allocation.at(0, 0) = 1;
  request.at(0, 0) = 1;
  allocation.at(1, 1) = 1;
  request.at(1, 2) = 1;
  allocation.at(2, 2) = 1;
  request.at(2, 1) = 1;
  EXPECT_EQ(findCycle(buildResourceAllocationGraph(allocation, request)), (std::vector<VertexId>{0, 3}));
  EXPECT_EQ(findCycle(buildResourceAllocationGraph(allocation, request, RagEdges::WithoutSelfWaits)),
            (std::vector<VertexId>{1, 5, 2, 4}));
}

// The layout the graph view draws: the same on every run, inside the unit square, and no two
// vertices on top of each other (the dining philosophers' ring: 5 processes, 5 forks).
TEST(GraphLayout, IsDeterministicAndSpreadOut) {
  const RagVertices vertices{5, 5};
  std::vector<std::pair<VertexId, VertexId>> edges;
  for (ProcessId p = 0; p < 5; ++p) {
    edges.emplace_back(vertices.ofResource(p), vertices.ofProcess(p));
    edges.emplace_back(vertices.ofProcess(p), vertices.ofResource((p + 1) % 5));
  }
  const auto layout = layoutResourceGraph(vertices, edges);
  EXPECT_EQ(layout, layoutResourceGraph(vertices, edges));
  ASSERT_EQ(layout.size(), 10u);
  for (std::size_t a = 0; a < layout.size(); ++a) {
    EXPECT_GE(layout[a].x, -1e-9);
    EXPECT_LE(layout[a].x, 1 + 1e-9);
    EXPECT_GE(layout[a].y, -1e-9);
    EXPECT_LE(layout[a].y, 1 + 1e-9);
    for (std::size_t b = a + 1; b < layout.size(); ++b)
      EXPECT_GT(std::hypot(layout[a].x - layout[b].x, layout[a].y - layout[b].y), 0.05) << a << " " << b;
  }
  // The round table: every vertex on one circle, and each philosopher between its two forks (the
  // two vertices next to it round the circle).
  for (const LayoutPoint& point : layout)
    EXPECT_NEAR(std::hypot(point.x - 0.5, point.y - 0.5), 0.5, 1e-6);
  std::vector<std::pair<double, VertexId>> round;
  for (VertexId v = 0; v < layout.size(); ++v) round.emplace_back(std::atan2(layout[v].y - 0.5, layout[v].x - 0.5), v);
  std::sort(round.begin(), round.end());
  for (std::size_t i = 0; i < round.size(); ++i) {
    const VertexId v = round[i].second;
    if (v >= vertices.processes) continue;  // a fork
    const VertexId before = round[(i + round.size() - 1) % round.size()].second;
    const VertexId after = round[(i + 1) % round.size()].second;
    const std::set<VertexId> forks{vertices.ofResource(static_cast<ResourceId>(v)), vertices.ofResource(static_cast<ResourceId>((v + 1) % 5))};
    EXPECT_EQ((std::set<VertexId>{before, after}), forks) << "philosopher " << v;
  }
}

}  // namespace
}  // namespace oslens::engine::deadlock::detection

// Deadlock avoidance and detection at classroom-impossible sizes: the banker's safety check on
// 1,000 processes x 20 resources (target under 50 ms) and the cycle search on a graph of 10^5
// vertices (target under 100 ms). Figures in docs/performance.md.
#include <benchmark/benchmark.h>

#include "engine/core/rng.h"
#include "engine/deadlock/banker/banker_model.h"
#include "engine/deadlock/graph/graph_layout.h"
#include "engine/deadlock/graph/resource_graph.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::deadlock;
using namespace oslens::engine::deadlock::banker;

constexpr std::size_t kProcesses = 1000;
constexpr std::size_t kResources = 20;

BankerState makeState(const CountMatrix& max, CountMatrix allocation, const ResourceVector& spare, ScanOrder order) {
  auto setup = std::make_shared<BankerSetup>();
  for (std::size_t r = 0; r < kResources; ++r) {
    Count held = 0;
    for (std::size_t p = 0; p < kProcesses; ++p) held += allocation.at(p, r);
    setup->resources.push_back({"R" + std::to_string(r), held + spare[r]});
  }
  for (std::size_t p = 0; p < kProcesses; ++p) setup->processes.push_back("P" + std::to_string(p));
  setup->max = max;
  setup->order = order;
  return BankerModel::initialState(std::move(setup), std::move(allocation));
}

// Random claims and holdings with enough spare for the largest need: safe, and most processes
// fit on the first pass.
BankerState randomSafeState(ScanOrder order) {
  Rng rng(1000);
  CountMatrix max(kProcesses, kResources), allocation(kProcesses, kResources);
  ResourceVector spare(kResources, 0);
  for (std::size_t p = 0; p < kProcesses; ++p)
    for (std::size_t r = 0; r < kResources; ++r) {
      max.at(p, r) = static_cast<Count>(rng.below(100));
      allocation.at(p, r) = static_cast<Count>(rng.below(static_cast<std::uint64_t>(max.at(p, r)) + 1));
      spare[r] = std::max(spare[r], max.at(p, r) - allocation.at(p, r));
    }
  return makeState(max, std::move(allocation), spare, order);
}

// The worst case for both scan orders: process i fits only once every process after it has
// finished (its need of R0 is n - i, each holds one, one is spare), so each pick costs a pass:
// n^2 / 2 examinations.
BankerState chainState(ScanOrder order) {
  CountMatrix max(kProcesses, kResources), allocation(kProcesses, kResources);
  for (std::size_t p = 0; p < kProcesses; ++p) {
    allocation.at(p, 0) = 1;
    max.at(p, 0) = 1 + static_cast<Count>(kProcesses - p);
    for (std::size_t r = 1; r < kResources; ++r) max.at(p, r) = allocation.at(p, r) = 1;
  }
  ResourceVector spare(kResources, 0);
  spare[0] = 1;
  return makeState(max, std::move(allocation), spare, order);
}

void runSafety(benchmark::State& bench, const BankerState& state) {
  for (auto _ : bench) {
    SafetyResult result = BankerModel::checkSafety(state);
    if (!result.safe) bench.SkipWithError("the state should be safe");
    benchmark::DoNotOptimize(result);
  }
}

void BM_BankerSafety_1000x20_Random(benchmark::State& bench) { runSafety(bench, randomSafeState(ScanOrder::Wrap)); }
void BM_BankerSafety_1000x20_WorstWrap(benchmark::State& bench) { runSafety(bench, chainState(ScanOrder::Wrap)); }
void BM_BankerSafety_1000x20_WorstRestart(benchmark::State& bench) { runSafety(bench, chainState(ScanOrder::Restart)); }

// The same check as a step that records every event (what the step shown on screen pays).
void BM_BankerSafetyStepWithEvents_1000x20_Random(benchmark::State& bench) {
  const BankerState initial = randomSafeState(ScanOrder::Wrap);
  for (auto _ : bench) {
    BankerState state = initial;
    EventLog<BankerEvent> log(true);
    BankerModel::step(state, SafetyOp{}, log);
    benchmark::DoNotOptimize(log.events().size());
  }
}

constexpr std::size_t kVertices = 100'000;

// 10^5 vertices, 3 x 10^5 edges from lower to higher numbers: acyclic, so the search visits
// everything; with `closing`, one edge back from the last vertex to the first makes one cycle.
DirectedGraph largeGraph(bool closing) {
  Rng rng(5);
  DirectedGraph graph(kVertices);
  for (std::size_t i = 0; i < 3 * kVertices; ++i) {
    std::uint64_t a = rng.below(kVertices), b = rng.below(kVertices);
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    boost::add_edge(static_cast<VertexId>(a), static_cast<VertexId>(b), graph);
  }
  for (VertexId v = 0; v + 1 < kVertices; v += 1) boost::add_edge(v, v + 1, graph);  // a path through all
  if (closing) boost::add_edge(static_cast<VertexId>(kVertices - 1), 0, graph);
  return graph;
}

void BM_FindCycle_1e5Vertices_Acyclic(benchmark::State& bench) {
  const DirectedGraph graph = largeGraph(false);
  for (auto _ : bench) {
    auto cycle = findCycle(graph);
    if (cycle) bench.SkipWithError("the graph should be acyclic");
    benchmark::DoNotOptimize(cycle);
  }
}

void BM_FindCycle_1e5Vertices_OneLongCycle(benchmark::State& bench) {
  const DirectedGraph graph = largeGraph(true);
  for (auto _ : bench) {
    auto cycle = findCycle(graph);
    if (!cycle) bench.SkipWithError("the graph should have a cycle");
    benchmark::DoNotOptimize(cycle);
  }
}

// The graph view's layout at the largest size that gets the force layout: 240 processes and 60
// resources, each process holding one resource and waiting for another (a ring and random
// chords), as a run's union of edges might be.
void BM_GraphLayout_300Vertices(benchmark::State& bench) {
  const RagVertices vertices{240, 60};
  Rng rng(9);
  std::vector<std::pair<VertexId, VertexId>> edges;
  for (ProcessId p = 0; p < vertices.processes; ++p) {
    edges.emplace_back(vertices.ofResource(p % 60), vertices.ofProcess(p));
    edges.emplace_back(vertices.ofProcess(p), vertices.ofResource(static_cast<ResourceId>(rng.below(60))));
  }
  for (auto _ : bench) benchmark::DoNotOptimize(layoutResourceGraph(vertices, edges));
}

}  // namespace

BENCHMARK(BM_GraphLayout_300Vertices)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BankerSafety_1000x20_Random)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BankerSafety_1000x20_WorstWrap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BankerSafety_1000x20_WorstRestart)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BankerSafetyStepWithEvents_1000x20_Random)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindCycle_1e5Vertices_Acyclic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindCycle_1e5Vertices_OneLongCycle)->Unit(benchmark::kMillisecond);

// Page replacement throughput: one run of 10^6 references through each policy with events
// off, which is what a seek's replay and the fault-curve chart pay (targets in
// docs/performance.md: FIFO, LRU and Clock under 100 ms; OPT, which also precomputes every
// next use, under 1 s).
#include <benchmark/benchmark.h>

#include "bench_references.h"
#include "engine/memory/paging/paging_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::paging;

void runPolicy(benchmark::State& state, Policy policy) {
  const auto& refs = oslens::bench::benchReferences();
  std::uint64_t faults = 0;
  for (auto _ : state) {
    // The initial state is part of a run: for OPT it is where the future is read.
    PagingState s = PagingModel::initialState({oslens::bench::kFrames, policy, 1}, refs);
    EventLog<PagingEvent> silent(false);
    for (const PagingOp& op : refs) PagingModel::step(s, op, silent);
    faults = s.faults;
    benchmark::DoNotOptimize(faults);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * refs.size()));
  state.counters["fault_rate"] = static_cast<double>(faults) / static_cast<double>(refs.size());
}

void BM_Paging_FIFO(benchmark::State& state) { runPolicy(state, Policy::Fifo); }
void BM_Paging_LRU(benchmark::State& state) { runPolicy(state, Policy::Lru); }
void BM_Paging_Clock(benchmark::State& state) { runPolicy(state, Policy::Clock); }
void BM_Paging_OPT(benchmark::State& state) { runPolicy(state, Policy::Opt); }
void BM_Paging_LFU(benchmark::State& state) { runPolicy(state, Policy::Lfu); }
void BM_Paging_Random(benchmark::State& state) { runPolicy(state, Policy::Random); }

// With events recorded, as when every step is shown: the cost of explaining each reference.
void BM_Paging_LRU_WithEvents(benchmark::State& state) {
  const auto& refs = oslens::bench::benchReferences();
  for (auto _ : state) {
    PagingState s = PagingModel::initialState({oslens::bench::kFrames, Policy::Lru, 1}, refs);
    for (const PagingOp& op : refs) {
      EventLog<PagingEvent> log(true);
      PagingModel::step(s, op, log);
      benchmark::DoNotOptimize(log.events().data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * refs.size()));
}

BENCHMARK(BM_Paging_FIFO)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_LRU)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_Clock)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_OPT)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_LFU)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_Random)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paging_LRU_WithEvents)->Unit(benchmark::kMillisecond);

}  // namespace

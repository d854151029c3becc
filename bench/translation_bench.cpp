// Address translation throughput (targets in docs/performance.md): 10^6 accesses of one process on
// x86-64's four levels with a 64-entry TLB, events off (what a seek's replay costs), at least 10^7
// accesses a second; and a seek on that timeline within a frame (16 ms).
#include <benchmark/benchmark.h>

#include "engine/core/rng.h"
#include "engine/core/timeline.h"
#include "engine/memory/translation/translation_records.h"
#include "random_seeks.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::translation;

constexpr std::size_t kAccesses = 1'000'000;

// A process with a 16 MiB heap (4096 pages) in 8,192 frames: nine accesses in ten within a
// 64-page window that moves every ~4,000 accesses, the tenth anywhere in the heap; one in five a
// write. Memory never fills: the cost measured is the TLB and the walk, not eviction.
struct Workload {
  TranslationState initial;
  std::vector<TranslationOp> ops;
};

const Workload& workload() {
  static const Workload w = [] {
    TranslationConfig config;
    config.format = *presetFormat("x86_64");
    config.preset = "x86_64";
    config.managed.frames = 8192;
    config.managed.tlb = TlbConfig{.entries = 64, .ways = 4, .policy = TlbPolicy::Lru};
    Process p;
    p.name = "bench";
    Region heap;
    heap.name = "heap";
    heap.startVpn = 0x10000;
    heap.pages = 4096;
    heap.write = true;
    p.regions = {heap};
    Workload out;
    out.initial = TranslationModel::initialState(config, {p}, std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"bench"}));
    Rng rng(2026);
    std::uint64_t window = 0;
    for (std::size_t i = 0; i < kAccesses; ++i) {
      if (rng.below(4000) == 0) window = rng.below(4096 - 64);
      const std::uint64_t page = rng.below(10) < 9 ? window + rng.below(64) : rng.below(4096);
      out.ops.push_back(AccessOp{0, ((0x10000 + page) << 12) | rng.below(4096), rng.below(5) == 0});
    }
    return out;
  }();
  return w;
}

void BM_Translation_MillionAccesses(benchmark::State& state) {
  const Workload& w = workload();
  std::uint64_t hits = 0;
  for (auto _ : state) {
    TranslationState s = w.initial;
    EventLog<TranslationEvent> silent(false);
    for (const TranslationOp& op : w.ops) TranslationModel::step(s, op, silent);
    hits = s.managed.tlbHits;
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * w.ops.size()));
  state.counters["tlb_hit_rate"] = static_cast<double>(hits) / static_cast<double>(w.ops.size());
}

void BM_Translation_Seek(benchmark::State& state) {
  const Workload& w = workload();
  Timeline<TranslationReportingModel> timeline(w.initial, w.ops);
  oslens::bench::runRandomSeeks(state, timeline);
}

BENCHMARK(BM_Translation_MillionAccesses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Translation_Seek)->Unit(benchmark::kMillisecond);

}  // namespace

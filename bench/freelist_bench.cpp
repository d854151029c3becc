// malloc heap throughput: 10^6 mixed mallocs and frees keeping 10^4 blocks live (sizes 16-512
// bytes, a header of 16, 16-byte alignment, the heap growing by sbrk as glibc's does), with events
// off, which is what a seek's replay pays; first fit on an address-ordered list and best fit; and
// a seek on the first-fit timeline. Targets in docs/performance.md: first fit under 1 s, a seek
// under 16 ms.
#include <benchmark/benchmark.h>

#include "random_seeks.h"
#include "engine/core/rng.h"
#include "engine/core/timeline.h"
#include "engine/memory/freelist/freelist_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::freelist;

constexpr std::size_t kOps = 1'000'000;
constexpr std::size_t kLive = 10'000;

struct Workload {
  std::vector<FreelistOp> ops;
  std::shared_ptr<const std::vector<std::string>> tags;
};

// 10^4 mallocs, then a free of a random live block and a malloc, in turn, to 10^6 ops. Each
// malloc has its own tag.
const Workload& workload() {
  static const Workload w = [] {
    Workload out;
    Rng rng(2026);
    std::vector<TagId> live;
    TagId next = 0;
    auto malloc = [&] {
      out.ops.push_back(MallocOp{next, 16 + rng.below(497)});
      live.push_back(next++);
    };
    for (std::size_t i = 0; i < kLive; ++i) malloc();
    while (out.ops.size() + 2 <= kOps) {
      const std::size_t pick = rng.below(live.size());
      out.ops.push_back(FreeOp{live[pick]});
      live[pick] = live.back();
      live.pop_back();
      malloc();
    }
    out.tags = std::make_shared<std::vector<std::string>>(next);
    return out;
  }();
  return w;
}

HeapConfig configFor(FitPolicy policy) {
  HeapConfig c;
  c.base = 0x555555559000;
  c.size = 0;
  c.header = 16;
  c.align = 16;
  c.policy = policy;
  c.topPad = 128 * 1024;  // M_TOP_PAD's default (man mallopt)
  return c;
}

void runMixed(benchmark::State& state, FitPolicy policy) {
  const Workload& w = workload();
  const HeapConfig config = configFor(policy);
  std::uint64_t searched = 0, freeBlocks = 0;
  for (auto _ : state) {
    FreelistState s = FreelistModel::initialState(config, w.tags);
    EventLog<FreelistEvent> silent(false);
    for (const FreelistOp& op : w.ops) FreelistModel::step(s, op, silent);
    searched = s.searchedTotal;
    freeBlocks = s.heap.freeList.size();
    benchmark::DoNotOptimize(searched);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * w.ops.size()));
  state.counters["searched_per_malloc"] = static_cast<double>(searched) / static_cast<double>(w.ops.size() / 2);
  state.counters["free_blocks_at_end"] = static_cast<double>(freeBlocks);
}

void BM_Freelist_FirstFit_AddrSort(benchmark::State& state) { runMixed(state, FitPolicy::First); }
void BM_Freelist_BestFit_AddrSort(benchmark::State& state) { runMixed(state, FitPolicy::Best); }

// A jump to a random step of the first-fit timeline (bench/random_seeks.h).
void BM_Freelist_Seek(benchmark::State& state) {
  const Workload& w = workload();
  static Timeline<FreelistModel> timeline(FreelistModel::initialState(configFor(FitPolicy::First), w.tags), w.ops);
  oslens::bench::runRandomSeeks(state, timeline);
}

BENCHMARK(BM_Freelist_FirstFit_AddrSort)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Freelist_BestFit_AddrSort)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Freelist_Seek)->Unit(benchmark::kMillisecond);

}  // namespace

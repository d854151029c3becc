// Buddy allocator throughput: 10^6 mixed allocations and frees on a zone of 2^20 pages (4 GiB of
// 4 KiB pages) with events off, which is what a seek's replay pays; and the seek itself on that
// timeline. Targets in docs/performance.md: the run under 200 ms, a seek under 16 ms.
#include <benchmark/benchmark.h>

#include "random_seeks.h"
#include "engine/core/rng.h"
#include "engine/core/timeline.h"
#include "engine/memory/buddy/buddy_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::buddy;

constexpr std::uint32_t kPages = 1u << 20;
constexpr std::size_t kOps = 1'000'000;

struct Workload {
  BuddyConfig config;
  std::vector<BuddyOp> ops;
  std::shared_ptr<const std::vector<std::string>> tags;
};

// Half allocations, half frees of a random live block; orders mostly small (0-3, sometimes up to
// 8), as kernel workloads ask. Each allocation has its own tag.
const Workload& workload() {
  static const Workload w = [] {
    Workload out;
    out.config.pages = kPages;
    out.config.zones = {{"Normal", 0, kPages}};
    Rng rng(2026);
    std::vector<TagId> live;
    TagId next = 0;
    for (std::size_t i = 0; i < kOps; ++i) {
      if (live.empty() || rng.below(2) == 0) {
        const auto order = static_cast<Order>(rng.below(8) == 0 ? rng.below(9) : rng.below(4));
        out.ops.push_back(AllocOp{next, order, 0, 0});
        live.push_back(next++);
      } else {
        const std::size_t pick = rng.below(live.size());
        out.ops.push_back(FreeOp{live[pick]});
        live[pick] = live.back();
        live.pop_back();
      }
    }
    auto names = std::make_shared<std::vector<std::string>>(next);
    out.tags = names;
    return out;
  }();
  return w;
}

void BM_Buddy_MixedAllocFree(benchmark::State& state) {
  const Workload& w = workload();
  std::uint64_t failures = 0;
  for (auto _ : state) {
    BuddyState s = BuddyModel::initialState(w.config, w.tags);
    EventLog<BuddyEvent> silent(false);
    for (const BuddyOp& op : w.ops) BuddyModel::step(s, op, silent);
    failures = s.failures;
    benchmark::DoNotOptimize(failures);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * w.ops.size()));
  state.counters["failures"] = static_cast<double>(failures);
}

// A jump to a random step of the 10^6-op timeline (bench/random_seeks.h).
void BM_Buddy_Seek(benchmark::State& state) {
  const Workload& w = workload();
  static Timeline<BuddyModel> timeline(BuddyModel::initialState(w.config, w.tags), w.ops);
  oslens::bench::runRandomSeeks(state, timeline);
}

BENCHMARK(BM_Buddy_MixedAllocFree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Buddy_Seek)->Unit(benchmark::kMillisecond);

}  // namespace

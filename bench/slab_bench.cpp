// SLAB allocator throughput: 10^6 mixed object allocations and frees (kmem_cache_alloc / free and
// kmalloc / kfree over eight caches) on 2^16 pages with events off, which is what a seek's replay
// pays; and the seek itself on that timeline. Targets in docs/performance.md: the run under
// 200 ms, a seek under 16 ms.
#include <benchmark/benchmark.h>

#include "random_seeks.h"
#include "engine/core/rng.h"
#include "engine/core/timeline.h"
#include "engine/memory/slab/slab_geometry.h"
#include "engine/memory/slab/slab_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::slab;

constexpr std::uint32_t kPages = 1u << 16;  // 256 MiB of 4 KiB pages
constexpr std::size_t kOps = 1'000'000;

struct Workload {
  buddy::BuddyConfig config;
  std::shared_ptr<const SlabSetup> setup;
  std::vector<SlabOp> ops;
  std::shared_ptr<const std::vector<std::string>> tags;
};

// Half allocations, half frees of a random live object; one in a thousand ops shrinks a cache.
// Allocations are split between four named caches (kernel-like object sizes) and kmalloc of
// 1..1024 bytes over four size classes. Each allocation has its own tag.
const Workload& workload() {
  static const Workload w = [] {
    Workload out;
    out.config.pages = kPages;
    out.config.zones = {{"Normal", 0, kPages}};
    auto setup = std::make_shared<SlabSetup>();
    setup->constants = SlabConstants::of(out.config.pageSize, setup->options.kmallocMinSize);
    setup->options.slabMaxOrder = 1;  // more than 32 MiB of memory (kmem_cache_init)
    auto add = [&](const std::string& name, std::uint32_t size, bool kmalloc) {
      CacheRequest request{name, size, 0, std::nullopt, setup->options.freelist, kmalloc};
      setup->caches.push_back(*makeGeometry(request, setup->constants, setup->options.slabMaxOrder,
                                            out.config.largestOrder()).geometry);
    };
    add("dentry", 192, false);
    add("inode_cache", 600, false);
    add("vm_area_struct", 200, false);
    add("task_struct", 3500, false);
    const std::vector<std::uint32_t> classes = {64, 128, 512, 1024};
    for (std::uint32_t size : classes) add(kmallocCacheName(size), size, true);
    out.setup = setup;

    Rng rng(2026);
    std::vector<TagId> live;
    TagId next = 0;
    for (std::size_t i = 0; i < kOps; ++i) {
      if (rng.below(1000) == 0) {
        out.ops.push_back(ShrinkOp{static_cast<CacheId>(rng.below(setup->caches.size()))});
      } else if (live.empty() || rng.below(2) == 0) {
        if (rng.below(2) == 0) {
          out.ops.push_back(CacheAllocOp{next, static_cast<CacheId>(rng.below(4))});
        } else {
          const std::uint64_t bytes = 1 + rng.below(1024);
          std::size_t k = 0;
          while (classes[k] < bytes) ++k;
          out.ops.push_back(KmallocOp{next, bytes, static_cast<CacheId>(4 + k), 0});
        }
        live.push_back(next++);
      } else {
        const std::size_t pick = rng.below(live.size());
        out.ops.push_back(KfreeOp{live[pick]});
        live[pick] = live.back();
        live.pop_back();
      }
    }
    setup->maxSlabs = slabBounds(*setup, kPages, out.ops);  // as the scenario reader does
    out.tags = std::make_shared<std::vector<std::string>>(next);
    return out;
  }();
  return w;
}

void BM_Slab_MixedAllocFree(benchmark::State& state) {
  const Workload& w = workload();
  std::uint64_t slabs = 0;
  for (auto _ : state) {
    SlabState s = SlabModel::initialState(w.config, w.setup, w.tags);
    EventLog<SlabEvent> silent(false);
    for (const SlabOp& op : w.ops) SlabModel::step(s, op, silent);
    slabs = s.slabPages();
    benchmark::DoNotOptimize(slabs);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * w.ops.size()));
  state.counters["slab_pages"] = static_cast<double>(slabs);
}

// A jump to a random step of the 10^6-op timeline (bench/random_seeks.h).
void BM_Slab_Seek(benchmark::State& state) {
  const Workload& w = workload();
  static Timeline<SlabModel> timeline(SlabModel::initialState(w.config, w.setup, w.tags), w.ops);
  oslens::bench::runRandomSeeks(state, timeline);
}

BENCHMARK(BM_Slab_MixedAllocFree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Slab_Seek)->Unit(benchmark::kMillisecond);

}  // namespace

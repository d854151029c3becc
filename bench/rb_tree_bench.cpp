// The instrumented red-black tree with its null observer against std::multiset, in the same run:
// 10^6 random keys inserted, then erased in another random order. The CFS run queue does this
// with every switch. Target in docs/performance.md: within 1.5x of std::multiset.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include "engine/core/rng.h"
#include "engine/core/rbtree/rb_tree.h"

namespace {

using namespace oslens::engine;
using oslens::engine::rbtree::NodeId;

constexpr std::size_t kKeys = 1'000'000;

struct Workload {
  std::vector<std::uint64_t> keys;  // keys[id]
  std::vector<NodeId> eraseOrder;
};

const Workload& workload() {
  static const Workload w = [] {
    Workload out;
    Rng rng(2026);
    out.keys.resize(kKeys);
    // vruntime-like: nanoseconds within a few seconds, with ties.
    for (auto& key : out.keys) key = rng.below(4'000'000'000ull);
    out.eraseOrder.resize(kKeys);
    for (NodeId id = 0; id < kKeys; ++id) out.eraseOrder[id] = id;
    for (std::size_t i = kKeys - 1; i > 0; --i) std::swap(out.eraseOrder[i], out.eraseOrder[rng.below(i + 1)]);
    return out;
  }();
  return w;
}

void BM_RbTree_InsertEraseMillion(benchmark::State& state) {
  const Workload& w = workload();
  for (auto _ : state) {
    rbtree::RbTree<std::uint64_t> tree(kKeys);
    for (NodeId id = 0; id < kKeys; ++id) tree.insert(id, w.keys[id]);
    benchmark::DoNotOptimize(tree.leftmost());
    for (const NodeId id : w.eraseOrder) tree.erase(id);
    benchmark::DoNotOptimize(tree.root());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kKeys * 2));
}
BENCHMARK(BM_RbTree_InsertEraseMillion)->Unit(benchmark::kMillisecond);

// The same work on std::multiset of (key, id), keeping each element's iterator to erase it, as
// the kernel's tree keeps its node inside the task.
void BM_StdMultiset_InsertEraseMillion(benchmark::State& state) {
  const Workload& w = workload();
  using Set = std::multiset<std::pair<std::uint64_t, NodeId>>;
  for (auto _ : state) {
    Set set;
    std::vector<Set::iterator> where(kKeys);
    for (NodeId id = 0; id < kKeys; ++id) where[id] = set.insert({w.keys[id], id});
    benchmark::DoNotOptimize(set.begin());
    for (const NodeId id : w.eraseOrder) set.erase(where[id]);
    benchmark::DoNotOptimize(set.size());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kKeys * 2));
}
BENCHMARK(BM_StdMultiset_InsertEraseMillion)->Unit(benchmark::kMillisecond);

}  // namespace

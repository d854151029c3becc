// Seeking in a long timeline (docs/architecture.md, "The timeline"): any step of a 10^6-step paging
// timeline in under one frame (16 ms), with under 256 MB of checkpoints. The timeline is the one
// ModelSimulation builds, with the default checkpoint budget.
#include <fstream>
#include <memory>

#include <benchmark/benchmark.h>

#include "bench_references.h"
#include "engine/core/timeline.h"
#include "engine/memory/paging/paging_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::paging;
using PagingTimeline = Timeline<PagingModel>;

constexpr double kMiB = 1024.0 * 1024.0;

PagingTimeline makeTimeline() {
  const auto& refs = oslens::bench::benchReferences();
  return PagingTimeline(PagingModel::initialState({oslens::bench::kFrames, Policy::Lru, 1}, refs), refs);
}

// Resident set size of this process, from /proc (Linux), as a cross-check of the engine's own
// estimate of checkpoint memory (footprintBytes).
double residentMiB() {
  std::ifstream statm("/proc/self/statm");
  double pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096.0 / kMiB;
}

struct SeekFixture {
  std::unique_ptr<PagingTimeline> timeline;
  std::vector<std::size_t> targets;
  double rssGrowthMiB = 0;
};

// Built once: the timeline is played to the end first, so that every checkpoint exists and each
// measured seek is the steady-state case (restore the checkpoint before the target, replay < K
// steps). The first pass is measured on its own below.
SeekFixture& fixture() {
  static SeekFixture f = [] {
    SeekFixture out;
    oslens::bench::benchReferences();
    const double before = residentMiB();
    out.timeline = std::make_unique<PagingTimeline>(makeTimeline());
    out.timeline->seekToEnd();
    out.rssGrowthMiB = residentMiB() - before;
    Rng rng(99);
    for (int i = 0; i < 4096; ++i) out.targets.push_back(rng.below(out.timeline->size() + 1));
    return out;
  }();
  return f;
}

void BM_Timeline_Seek(benchmark::State& state) {
  SeekFixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    f.timeline->seek(f.targets[i++ % f.targets.size()]);
    benchmark::DoNotOptimize(f.timeline->state().faults);
  }
  state.counters["steps"] = static_cast<double>(f.timeline->size());
  state.counters["K"] = static_cast<double>(f.timeline->checkpointInterval());
  state.counters["checkpoints"] = static_cast<double>(f.timeline->checkpointCount());
  state.counters["checkpoint_MiB"] = static_cast<double>(f.timeline->checkpointBytes()) / kMiB;
  state.counters["rss_growth_MiB"] = f.rssGrowthMiB;
}

// The slowest seek: onto a checkpoint, which restores the one before it and replays K steps.
void BM_Timeline_SeekWorstCase(benchmark::State& state) {
  SeekFixture& f = fixture();
  const std::size_t k = f.timeline->checkpointInterval();
  std::size_t i = 0;
  for (auto _ : state) {
    f.timeline->seek(k * (1 + f.targets[i++ % f.targets.size()] % (f.timeline->size() / k)));
    benchmark::DoNotOptimize(f.timeline->state().faults);
  }
  state.counters["replayed_steps"] = static_cast<double>(k);
}

// A step back from a random position: the scrub bar and the Left key.
void BM_Timeline_StepBack(benchmark::State& state) {
  SeekFixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    state.PauseTiming();
    f.timeline->seek(f.targets[i++ % f.targets.size()] | 1);  // never 0, so there is a step back
    state.ResumeTiming();
    f.timeline->stepBack();
    benchmark::DoNotOptimize(f.timeline->state().faults);
  }
}

// The first time a scenario is played to its end, every step runs once and the checkpoints are
// made on the way: a one-time cost, paid when the document opens or the user presses End.
void BM_Timeline_FirstPassToEnd(benchmark::State& state) {
  for (auto _ : state) {
    auto timeline = makeTimeline();
    timeline.seekToEnd();
    benchmark::DoNotOptimize(timeline.state().faults);
    state.PauseTiming();
    { auto discard = std::move(timeline); }  // freeing 250 MB of checkpoints is not the seek's cost
    state.ResumeTiming();
  }
}

// One idle-time slice of checkpoint preparation, as the GUI runs them after loading
// (SimulationDocument: 20,000 steps a slice). It must stay well under a frame so keys stay instant.
void BM_Timeline_PrepareSlice(benchmark::State& state) {
  auto timeline = makeTimeline();
  for (auto _ : state) {
    if (timeline.prepareCheckpoints(20'000)) {
      state.PauseTiming();
      timeline = makeTimeline();  // start over once every checkpoint exists
      state.ResumeTiming();
    }
  }
}

BENCHMARK(BM_Timeline_Seek)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Timeline_PrepareSlice)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Timeline_SeekWorstCase)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Timeline_StepBack)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Timeline_FirstPassToEnd)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

// CFS throughput: 1,000 tasks (800 that always want the CPU, 200 that run briefly and sleep) for
// 10^6 scheduling decisions with events off, which is what loading a scenario (planSteps) and a
// seek's replay pay; and a seek on that timeline. Targets in docs/performance.md: the run under
// 1 s, a seek under 16 ms.
#include <benchmark/benchmark.h>

#include "random_seeks.h"
#include "engine/core/rng.h"
#include "engine/sched/cfs/cfs_model.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::cfs;

constexpr std::size_t kTasks = 1000;
constexpr std::size_t kDecisions = 1'000'000;

std::shared_ptr<const CfsSetup> setup() {
  static const auto shared = [] {
    auto out = std::make_shared<CfsSetup>();
    Rng rng(2026);
    for (std::size_t i = 0; i < kTasks; ++i) {
      sched::TaskSpec task;
      task.name = "t" + std::to_string(i);
      task.nice = static_cast<int>(rng.below(11)) - 5;
      task.arrivalNs = static_cast<Nanoseconds>(rng.below(100)) * 1'000'000;
      if (i % 5 == 4) {
        task.repeat = true;
        task.bursts = {{sched::Burst::Kind::Cpu, static_cast<Nanoseconds>(100'000 + rng.below(400'000))},
                       {sched::Burst::Kind::Io, static_cast<Nanoseconds>(2'000'000 + rng.below(20'000'000))}};
      } else {
        task.cpuBound = true;
      }
      out->workload.tasks.push_back(std::move(task));
    }
    out->workload.untilNs = 1'000'000'000'000;  // far enough for 10^6 decisions
    return std::shared_ptr<const CfsSetup>(std::move(out));
  }();
  return shared;
}

void BM_Cfs_ThousandTasksMillionDecisions(benchmark::State& state) {
  std::uint64_t ticks = 0;
  for (auto _ : state) {
    CfsState s = CfsModel::initialState(setup());
    EventLog<CfsEvent> silent(false);
    for (std::size_t i = 0; i < kDecisions && !s.finished; ++i) CfsModel::step(s, SchedStep{}, silent);
    ticks = s.ticks;
    benchmark::DoNotOptimize(s.minVruntime);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kDecisions));
  state.counters["ticks"] = static_cast<double>(ticks);
}
BENCHMARK(BM_Cfs_ThousandTasksMillionDecisions)->Unit(benchmark::kMillisecond);

// A jump to a random step of that 10^6-step timeline (bench/random_seeks.h).
void BM_Cfs_Seek(benchmark::State& state) {
  static Timeline<CfsModel> timeline = [] {
    CfsState initial = CfsModel::initialState(setup());
    ValidationErrors errors;
    auto steps = sched::planSteps<CfsModel>(initial, "", errors);
    steps->resize(std::min(steps->size(), kDecisions));
    return Timeline<CfsModel>(std::move(initial), std::move(*steps));
  }();
  oslens::bench::runRandomSeeks(state, timeline);
}
BENCHMARK(BM_Cfs_Seek)->Unit(benchmark::kMillisecond);

}  // namespace

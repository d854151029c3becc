#pragma once

#include <benchmark/benchmark.h>

#include "engine/core/rng.h"
#include "engine/core/timeline.h"

namespace oslens::bench {

// One seek per iteration to a seeded random step of `timeline`, once all its checkpoints exist,
// as the GUI's scrub slider does: restore the checkpoint before the target and replay at most K
// steps. Reports K and the checkpoints' memory beside the time.
template <class Model>
void runRandomSeeks(benchmark::State& state, engine::Timeline<Model>& timeline) {
  while (!timeline.prepareCheckpoints(timeline.size())) {
  }
  engine::Rng rng(7);
  for (auto _ : state) {
    timeline.seek(rng.below(timeline.size() + 1));
    benchmark::DoNotOptimize(timeline.position());
  }
  state.counters["K"] = static_cast<double>(timeline.checkpointInterval());
  state.counters["checkpoint_MiB"] = static_cast<double>(timeline.checkpointBytes()) / (1024.0 * 1024.0);
}

}  // namespace oslens::bench

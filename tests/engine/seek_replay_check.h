#pragma once

#include <cstddef>

#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/core/timeline.h"

// docs/architecture.md, "The timeline": seeking must give exactly the state that replay from step 0 gives.
// Seeks to `count` seeded random steps and compares state hashes, for any module's timeline.
namespace oslens::engine::testing {

template <class Model>
void expectSeeksMatchReplay(Timeline<Model>& timeline, int count = 200, std::uint64_t seed = 99) {
  Rng rng(seed);
  for (int i = 0; i < count; ++i) {
    const std::size_t target = rng.below(timeline.size() + 1);
    timeline.seek(target);
    ASSERT_EQ(Model::hash(timeline.state()), Model::hash(timeline.replayFromStart(target))) << "seek to " << target;
  }
}

}  // namespace oslens::engine::testing

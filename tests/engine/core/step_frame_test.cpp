// stepFrame: the state before a step, its op and events, and the state after, taken without moving
// the timeline (docs/architecture.md, "The step frame"). Views animate from it, so it must be
// exactly what seeking to the step gives, from any position and with checkpoints far apart.
#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/core/step_frame.h"
#include "engine/memory/paging/paging_model.h"
#include "memory/paging/paging_test_support.h"

namespace oslens::engine {
namespace {

using paging::PagingModel;
using PagingTimeline = Timeline<PagingModel>;

PagingTimeline makeTimeline(paging::Policy policy, std::uint64_t seed, std::size_t checkpointStates) {
  Rng rng(seed);
  auto ops = paging::testing::randomReferences(rng, 400, 9, 25);
  auto initial = PagingModel::initialState({3, policy, seed}, ops);
  const std::size_t budget = checkpointStates * PagingModel::footprintBytes(initial);
  return PagingTimeline(std::move(initial), std::move(ops), budget);
}

// Every paging event names its page: enough, with the alternative's index, to tell two lists apart.
std::vector<std::pair<std::size_t, paging::Page>> shapeOf(const std::vector<PagingModel::Event>& events) {
  std::vector<std::pair<std::size_t, paging::Page>> out;
  for (const auto& e : events) out.emplace_back(e.index(), std::visit([](const auto& alt) { return alt.page; }, e));
  return out;
}

TEST(StepFrame, IsWhatSeekingToTheStepGivesFromAnyPosition) {
  Rng rng(2026);
  for (auto policy : {paging::Policy::Random, paging::Policy::Clock, paging::Policy::Lru}) {
    for (std::size_t checkpoints : {std::size_t{4}, std::size_t{100000}}) {
      auto timeline = makeTimeline(policy, 7 + checkpoints, checkpoints);
      for (int i = 0; i < 60; ++i) {
        const std::size_t position = rng.below(timeline.size() + 1);
        const std::size_t step = 1 + rng.below(timeline.size());
        timeline.seek(position);
        const auto frame = stepFrame(timeline, step);
        ASSERT_EQ(timeline.position(), position) << "the timeline did not move";

        // The same timeline seeks (the states share the setup, which compares by identity).
        timeline.seek(step - 1);
        EXPECT_EQ(frame.before, timeline.state()) << "step " << step << " from " << position;
        timeline.seek(step);
        EXPECT_EQ(frame.after, timeline.state()) << "step " << step << " from " << position;
        EXPECT_EQ(frame.step, step);
        EXPECT_EQ(frame.op.page, timeline.lastOp()->page);
        EXPECT_EQ(shapeOf(frame.events), shapeOf(timeline.lastEvents())) << "step " << step;
        ASSERT_FALSE(frame.events.empty());
      }
    }
  }
}

TEST(StepFrame, StepEventsAreTheFramesEventsFromAnyPosition) {
  Rng rng(7);
  auto timeline = makeTimeline(paging::Policy::Clock, 11, 4);
  for (int i = 0; i < 80; ++i) {
    const std::size_t position = rng.below(timeline.size() + 1);
    // Half the time the step that produced the current state (the free case).
    const std::size_t step = (i % 2 == 0 && position > 0) ? position : 1 + rng.below(timeline.size());
    timeline.seek(position);
    EXPECT_EQ(shapeOf(stepEvents(timeline, step)), shapeOf(stepFrame(timeline, step).events)) << "step " << step;
    timeline.seek(step);
    EXPECT_EQ(shapeOf(stepEvents(timeline, step)), shapeOf(timeline.lastEvents())) << "step " << step;
  }
}

TEST(StepFrame, OfAMoveIsTheStepBetweenTheTwoPositionsEitherWay) {
  auto timeline = makeTimeline(paging::Policy::Fifo, 3, 100000);
  EXPECT_EQ(stepFrameOfMove(timeline, 4, 5).step, 5u);
  EXPECT_EQ(stepFrameOfMove(timeline, 5, 4).step, 5u);
  EXPECT_EQ(stepFrameOfMove(timeline, 0, 1).before, timeline.initialState());
}

}  // namespace
}  // namespace oslens::engine

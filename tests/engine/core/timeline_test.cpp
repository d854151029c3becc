// Timeline<Model>: step, seek, rewind (docs/architecture.md, "The timeline"). Seeking restores the nearest
// checkpoint and replays, and must give exactly the state that replay from step 0 gives; the
// tests compare state hashes, on paging timelines of every policy, including the two with
// state that is easy to get wrong on a restore (Random's generator, Clock's hand and bits).
#include <gtest/gtest.h>

#include "engine/core/timeline.h"
#include "engine/memory/paging/paging_records.h"
#include "memory/paging/paging_test_support.h"

namespace oslens::engine {
namespace {

using paging::PagingConfig;
using paging::PagingModel;
using paging::PagingOp;
using paging::Policy;
using PagingTimeline = Timeline<PagingModel>;

struct Case {
  Policy policy;
  std::uint32_t frames;
  std::size_t length;
};

// Random, Clock and the heap policies; memories from one frame to more than the pages used.
const Case kCases[] = {{Policy::Random, 3, 700}, {Policy::Clock, 4, 900}, {Policy::Fifo, 1, 300},
                       {Policy::Lru, 5, 800},    {Policy::Opt, 2, 600},   {Policy::Lfu, 7, 500},
                       {Policy::Clock, 16, 400}, {Policy::Random, 8, 1000}};

std::vector<PagingOp> opsFor(const Case& c, std::uint64_t seed) {
  Rng rng(seed);
  return paging::testing::randomReferences(rng, c.length, 12, 25);
}

// A budget of `states` copies of the state: forces one checkpoint per many steps.
std::size_t budgetFor(const PagingModel::State& s, std::size_t states) { return states * PagingModel::footprintBytes(s); }

PagingTimeline makeTimeline(const Case& c, std::uint64_t seed, std::size_t checkpointStates) {
  auto ops = opsFor(c, seed);
  auto initial = PagingModel::initialState({c.frames, c.policy, seed}, ops);
  const std::size_t budget = budgetFor(initial, checkpointStates);
  return PagingTimeline(std::move(initial), std::move(ops), budget);
}

std::string caseName(const Case& c) {
  return std::string(paging::policyName(c.policy)) + ", " + std::to_string(c.frames) + " frames";
}

TEST(Timeline, SeekToRandomStepsInRandomOrderEqualsReplayFromStart) {
  Rng rng(31337);
  std::uint64_t seed = 1;
  for (const Case& c : kCases) {
    for (std::size_t checkpoints : {std::size_t{5}, std::size_t{40}, std::size_t{100000}}) {
      SCOPED_TRACE(caseName(c) + ", budget of " + std::to_string(checkpoints) + " states");
      auto timeline = makeTimeline(c, seed++, checkpoints);
      for (int i = 0; i < 150; ++i) {
        const std::size_t target = rng.below(timeline.size() + 1);
        timeline.seek(target);
        ASSERT_EQ(timeline.position(), target);
        ASSERT_EQ(PagingModel::hash(timeline.state()), PagingModel::hash(timeline.replayFromStart(target)))
            << "seek " << i << " to step " << target << " (interval " << timeline.checkpointInterval() << ")";
        const auto problems = PagingModel::checkInvariants(timeline.state());
        ASSERT_TRUE(problems.empty()) << "at step " << target << ": " << problems.front();
        // stateAt looks at another step without moving the timeline.
        const std::size_t other = rng.below(timeline.size() + 1);
        ASSERT_EQ(PagingModel::hash(timeline.stateAt(other)), PagingModel::hash(timeline.replayFromStart(other))) << other;
        ASSERT_EQ(timeline.position(), target);
      }
    }
  }
}

TEST(Timeline, StepForwardAndStepBackWalkTheSameStates) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(caseName(c));
    auto timeline = makeTimeline(c, 7, 9);
    std::vector<std::uint64_t> forward = {PagingModel::hash(timeline.state())};
    EXPECT_TRUE(timeline.atStart());
    EXPECT_FALSE(timeline.stepBack());  // nothing before the start
    while (timeline.stepForward()) {
      forward.push_back(PagingModel::hash(timeline.state()));
      ASSERT_TRUE(PagingModel::checkInvariants(timeline.state()).empty()) << "step " << timeline.position();
    }
    EXPECT_TRUE(timeline.atEnd());
    EXPECT_EQ(timeline.position(), timeline.size());
    EXPECT_FALSE(timeline.stepForward());  // nothing after the end
    while (timeline.stepBack()) ASSERT_EQ(PagingModel::hash(timeline.state()), forward[timeline.position()]);
    EXPECT_TRUE(timeline.atStart());
  }
}

TEST(Timeline, RewindAndSeekToEndReachTheEnds) {
  auto timeline = makeTimeline(kCases[1], 5, 6);
  const auto initial = PagingModel::hash(timeline.initialState());
  timeline.seekToEnd();
  EXPECT_TRUE(timeline.atEnd());
  EXPECT_EQ(PagingModel::hash(timeline.state()), PagingModel::hash(timeline.replayFromStart(timeline.size())));
  timeline.rewind();
  EXPECT_TRUE(timeline.atStart());
  EXPECT_EQ(PagingModel::hash(timeline.state()), initial);
  EXPECT_EQ(timeline.lastOp(), nullptr);
  EXPECT_TRUE(timeline.lastEvents().empty());
}

TEST(Timeline, SeekPastTheEndStopsAtTheEnd) {
  auto timeline = makeTimeline(kCases[2], 5, 6);
  timeline.seek(timeline.size() + 1000);
  EXPECT_EQ(timeline.position(), timeline.size());
}

// Events in JSON, so that two event lists can be compared and printed.
OutputJson eventsJson(const paging::PagingState& state, const std::vector<paging::PagingEvent>& events) {
  OutputJson out = OutputJson::array();
  for (const auto& e : events) out.push_back(eventJson(e, paging::PagingReportingModel::jsonNames(state)));
  return out;
}

// What the views animate after a seek must be the events of that step, exactly as stepping
// forward one at a time produced them, whether the seek replayed from a checkpoint, landed on
// one, or went back.
TEST(Timeline, LastEventsAfterASeekAreTheEventsOfThatStep) {
  Rng rng(4242);
  for (const Case& c : kCases) {
    SCOPED_TRACE(caseName(c));
    auto stepper = makeTimeline(c, 11, 100000);
    std::vector<OutputJson> eventsOfStep = {OutputJson::array()};
    while (stepper.stepForward()) eventsOfStep.push_back(eventsJson(stepper.state(), stepper.lastEvents()));

    auto timeline = makeTimeline(c, 11, 5);
    ASSERT_GT(timeline.checkpointInterval(), 1u);
    std::vector<std::size_t> targets;
    for (std::size_t k = 0; k <= timeline.size(); k += timeline.checkpointInterval()) targets.push_back(k);  // on checkpoints
    for (int i = 0; i < 100; ++i) targets.push_back(rng.below(timeline.size() + 1));
    for (std::size_t target : targets) {
      timeline.seek(target);
      ASSERT_EQ(eventsJson(timeline.state(), timeline.lastEvents()), eventsOfStep[target])
          << "after seek to step " << target << " (interval " << timeline.checkpointInterval() << ")";
      if (target > 0) {
        EXPECT_EQ(*timeline.lastOp(), timeline.ops()[target - 1]);
      }
    }
    // Stepping back lands on every step, checkpoints included.
    timeline.seekToEnd();
    while (timeline.stepBack())
      ASSERT_EQ(eventsJson(timeline.state(), timeline.lastEvents()), eventsOfStep[timeline.position()]) << "step " << timeline.position();
  }
}

TEST(Timeline, CheckpointMemoryStaysWithinTheBudget) {
  for (const Case& c : kCases) {
    for (std::size_t states : {std::size_t{2}, std::size_t{3}, std::size_t{17}}) {
      SCOPED_TRACE(caseName(c) + ", budget of " + std::to_string(states) + " states");
      auto timeline = makeTimeline(c, 13, states);
      const std::size_t budget = budgetFor(timeline.initialState(), states);
      EXPECT_GT(timeline.checkpointInterval(), 1u);
      timeline.seekToEnd();
      Rng rng(states);
      for (int i = 0; i < 50; ++i) timeline.seek(rng.below(timeline.size() + 1));
      EXPECT_LE(timeline.checkpointBytes(), budget);
      EXPECT_LE(timeline.checkpointCount(), states);
      // The budget is used, not wasted: the checkpoints fill at least half of it.
      EXPECT_GE(2 * timeline.checkpointCount(), states);
    }
  }
}

// A model whose state grows with every step (as page tables built on demand do): K is chosen
// from the small initial state, so the checkpoints would overrun the budget; the timeline keeps
// every other one at twice the interval instead, and seeks stay exact.
struct GrowingModel {
  using State = std::vector<std::uint64_t>;
  using Op = std::uint64_t;
  using Event = std::uint64_t;
  static void step(State& s, const Op& op, EventLog<Event>& log) {
    s.push_back(op * 31 + s.size());
    log.add(op);
  }
  static std::uint64_t hash(const State& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (std::uint64_t v : s) h = (h ^ v) * 1099511628211ull;
    return h;
  }
  static std::size_t footprintBytes(const State& s) { return sizeof(State) + s.capacity() * sizeof(std::uint64_t); }
};

TEST(Timeline, GrowingStatesThinTheCheckpointsToStayWithinTheBudget) {
  std::vector<std::uint64_t> ops(2000);
  for (std::size_t i = 0; i < ops.size(); ++i) ops[i] = i * 7 + 3;
  const std::size_t budget = 64 * 1024;  // the initial state fits 2,700 times; the last one 4 times
  for (bool prepared : {false, true}) {
    SCOPED_TRACE(prepared ? "prepared ahead" : "made by replay");
    Timeline<GrowingModel> timeline({}, ops, budget);
    const std::size_t firstInterval = timeline.checkpointInterval();
    if (prepared)
      while (!timeline.prepareCheckpoints(50)) {}
    else
      timeline.seekToEnd();
    EXPECT_LE(timeline.checkpointBytes(), budget);
    EXPECT_GT(timeline.checkpointInterval(), firstInterval);
    EXPECT_GE(timeline.checkpointCount(), 3u);  // thinned, not dropped
    Rng rng(prepared ? 5 : 6);
    for (int i = 0; i < 60; ++i) {
      const std::size_t target = rng.below(timeline.size() + 1);
      timeline.seek(target);
      ASSERT_EQ(GrowingModel::hash(timeline.state()), GrowingModel::hash(timeline.replayFromStart(target))) << "step " << target;
      ASSERT_EQ(timeline.lastEvents().size(), target == 0 ? 0u : 1u);
    }
    EXPECT_LE(timeline.checkpointBytes(), budget);
  }
}

// With room to spare every step is a checkpoint, and a seek replays at most one step.
TEST(Timeline, LargeBudgetCheckpointsEveryStep) {
  auto timeline = makeTimeline(kCases[3], 17, 100000);
  EXPECT_EQ(timeline.checkpointInterval(), 1u);
  timeline.seekToEnd();
  EXPECT_EQ(timeline.checkpointCount(), timeline.size() + 1);
}

// Checkpoints are made lazily: a short timeline that was never played holds only the start.
TEST(Timeline, CheckpointsAreMadeAsReplayPassesThem) {
  auto timeline = makeTimeline(kCases[3], 17, 20);
  EXPECT_EQ(timeline.checkpointCount(), 1u);
  timeline.seek(timeline.checkpointInterval() * 3);
  EXPECT_EQ(timeline.checkpointCount(), 4u);
}

// Preparing checkpoints ahead (what the GUI does in idle time after loading) builds exactly the
// checkpoints that lazy replay would, in slices smaller than one interval too, so the first far
// jump replays at most K steps and still lands on the state replay from step 0 gives.
TEST(Timeline, PreparedCheckpointsMakeEveryFirstSeekExact) {
  for (const Case& c : kCases) {
    auto prepared = makeTimeline(c, 23, 20);
    std::size_t calls = 0;
    while (!prepared.prepareCheckpoints(prepared.checkpointInterval() / 2)) ASSERT_LT(++calls, 10'000u);
    EXPECT_EQ(prepared.checkpointCount(), prepared.size() / prepared.checkpointInterval() + 1) << caseName(c);
    EXPECT_EQ(prepared.position(), 0u);
    EXPECT_TRUE(prepared.prepareCheckpoints(1));  // nothing left to do

    for (std::size_t target : {prepared.size(), prepared.size() / 2, std::size_t{1}, prepared.size() - 1}) {
      prepared.seek(target);
      EXPECT_EQ(PagingModel::hash(prepared.state()), PagingModel::hash(prepared.replayFromStart(target)))
          << caseName(c) << ", step " << target;
    }
  }
}

}  // namespace
}  // namespace oslens::engine

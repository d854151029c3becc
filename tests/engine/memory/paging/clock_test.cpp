// Clock, the second-chance algorithm (Silberschatz 10e, 10.4.5.2; OSTEP chapter 22.8). In this
// engine a loaded page gets reference bit 1 (it is being referenced), frames fill in order, the
// hand starts at frame 0 and does not move while frames are free, and after a replacement the
// hand stops just past the victim.
#include <gtest/gtest.h>

#include "paging_test_support.h"

namespace oslens::engine::paging {
namespace {

using namespace testing;

struct ClockRow {
  std::vector<Page> frames;
  std::vector<bool> referenced;
  FrameIndex hand;
  std::vector<Page> secondChances;  // pages spared on this step, in sweep order
  Page victim;                      // E when nothing was evicted
};

std::vector<bool> referenceBits(const PagingState& s) {
  std::vector<bool> bits;
  for (const Frame& f : s.frames) bits.push_back(f.referenced);
  return bits;
}

// The built-in scenario paging-clock.oslens.json, worked by hand with three frames:
//  1,2,3  fill f0,f1,f2, bits 1 1 1, hand 0
//  4      hand sweeps f0,f1,f2 clearing 1,2,3, comes back to f0 (bit 0 now): victim 1, hand -> 1
//  2      hit, f1's bit set again
//  5      f1 bit 1: spare 2; f2 bit 0: victim 3, hand -> 0
//  1      f0 bit 1: spare 4; f1 bit 0: victim 2, hand -> 2
//  2      f2 bit 1: spare 5; f0 bit 0: victim 4, hand -> 1
//  3      f1 bit 1: spare 1; f2 bit 0: victim 5, hand -> 0
//  4      f0 bit 1: spare 2; f1 bit 0: victim 1, hand -> 2
//  2      hit, f0's bit set: every bit is 1 again
//  5      a full turn: spare 3, 2, 4; f2 bit 0 now: victim 3, hand -> 0
TEST(PagingClock, HandSparesReferencedPagesOnceAndStopsPastTheVictim) {
  const std::vector<ClockRow> expected = {
      {{1, E, E}, {1, 0, 0}, 0, {}, E},
      {{1, 2, E}, {1, 1, 0}, 0, {}, E},
      {{1, 2, 3}, {1, 1, 1}, 0, {}, E},
      {{4, 2, 3}, {1, 0, 0}, 1, {1, 2, 3}, 1},
      {{4, 2, 3}, {1, 1, 0}, 1, {}, E},
      {{4, 2, 5}, {1, 0, 1}, 0, {2}, 3},
      {{4, 1, 5}, {0, 1, 1}, 2, {4}, 2},
      {{2, 1, 5}, {1, 1, 0}, 1, {5}, 4},
      {{2, 1, 3}, {1, 0, 1}, 0, {1}, 5},
      {{2, 4, 3}, {0, 1, 1}, 2, {2}, 1},
      {{2, 4, 3}, {1, 1, 1}, 2, {}, E},
      {{2, 4, 5}, {0, 0, 1}, 0, {3, 2, 4}, 3},
  };
  const std::vector<Page> refs = {1, 2, 3, 4, 2, 5, 1, 2, 3, 4, 2, 5};
  PagingState s = PagingModel::initialState({3, Policy::Clock, 0}, reads(refs));
  for (std::size_t i = 0; i < refs.size(); ++i) {
    EventLog<PagingEvent> log;
    PagingModel::step(s, {refs[i], false}, log);
    StepTrace t{{refs[i], false}, log.take(), framesOf(s), false};
    const ClockRow& row = expected[i];
    EXPECT_EQ(t.frames, row.frames) << "after reference " << i + 1;
    EXPECT_EQ(referenceBits(s), row.referenced) << "after reference " << i + 1;
    EXPECT_EQ(s.clockHand, row.hand) << "after reference " << i + 1;
    std::vector<Page> spared;
    for (const auto& e : eventsOf<SecondChance>(t)) spared.push_back(e.page);
    EXPECT_EQ(spared, row.secondChances) << "after reference " << i + 1;
    const auto victims = eventsOf<VictimChosen>(t);
    EXPECT_EQ(victims.empty() ? E : victims.front().page, row.victim) << "after reference " << i + 1;
    EXPECT_TRUE(PagingModel::checkInvariants(s).empty()) << "after reference " << i + 1;
  }
  EXPECT_EQ(s.faults, 10u);
  EXPECT_EQ(s.hits, 2u);
}

// Each SecondChance names the frame the hand was on, and they come before the choice.
TEST(PagingClock, SecondChanceEventsNameTheFrameAndPrecedeTheVictim) {
  const auto run = runChecked({3, Policy::Clock, 0}, reads({1, 2, 3, 4}));
  const auto& events = run.steps[3].events;
  ASSERT_EQ(events.size(), 7u);  // fault, 3 second chances, victim, evict, load
  EXPECT_TRUE(std::holds_alternative<PageFault>(events[0]));
  for (FrameIndex i = 0; i < 3; ++i) {
    const auto& sc = std::get<SecondChance>(events[1 + i]);
    EXPECT_EQ(sc.frame, i);
    EXPECT_EQ(sc.page, static_cast<Page>(i + 1));
  }
  EXPECT_EQ(std::get<VictimChosen>(events[4]).frame, 0u);
  EXPECT_EQ(std::get<VictimChosen>(events[4]).policy, Policy::Clock);
}

// Every loaded page arrives with its bit set, so when no page is referenced twice the hand makes
// a full turn each time and replaces in circular order: Clock degenerates to FIFO when all bits
// are set (Silberschatz 10e, 10.4.5.2).
TEST(PagingClock, DegeneratesToFifoWhenNoPageIsReferencedTwice) {
  const auto refs = reads({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  const auto clock = runChecked({3, Policy::Clock, 0}, refs);
  const auto fifo = runChecked({3, Policy::Fifo, 0}, refs);
  for (std::size_t i = 0; i < refs.size(); ++i) EXPECT_EQ(clock.steps[i].frames, fifo.steps[i].frames) << i + 1;
}

}  // namespace
}  // namespace oslens::engine::paging

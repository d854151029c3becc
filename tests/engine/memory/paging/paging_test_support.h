#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/memory/paging/paging_model.h"
#include "engine/memory/paging/paging_records.h"

// Helpers shared by the paging tests: reference strings from the books, a run that checks the
// invariants after every step, and seeded random strings for the property tests.
namespace oslens::engine::paging::testing {

inline constexpr Page E = kNoPage;  // an empty frame, in the expected-frames tables

// Silberschatz, Operating System Concepts 10e, section 10.4 (figures 10.12, 10.14, 10.15).
inline const std::vector<Page> kTextbookString = {7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1};
// Belady's anomaly, Silberschatz 10e, 10.4.2 (figure 10.13).
inline const std::vector<Page> kBeladyString = {1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5};

inline std::vector<PagingOp> reads(const std::vector<Page>& pages) {
  std::vector<PagingOp> ops;
  for (Page p : pages) ops.push_back({p, false});
  return ops;
}

// What one step did, in the terms a student reads off a textbook figure.
struct StepTrace {
  PagingOp op;
  std::vector<PagingEvent> events;
  std::vector<Page> frames;  // page per frame after the step, E for empty
  bool hit = false;
};

struct CheckedRun {
  PagingState state;
  std::vector<StepTrace> steps;
};

inline std::vector<Page> framesOf(const PagingState& s) {
  std::vector<Page> out;
  for (const Frame& f : s.frames) out.push_back(f.page);
  return out;
}

// Runs `ops` from the initial state with events recorded, and fails the calling test at the first
// step after which checkInvariants reports anything (docs/architecture.md: tests check after every step).
inline CheckedRun runChecked(const PagingConfig& config, const std::vector<PagingOp>& ops) {
  CheckedRun run{PagingModel::initialState(config, ops), {}};
  for (std::size_t i = 0; i < ops.size(); ++i) {
    EventLog<PagingEvent> log;
    PagingModel::step(run.state, ops[i], log);
    StepTrace t{ops[i], log.take(), framesOf(run.state), false};
    for (const auto& e : t.events) t.hit = t.hit || std::holds_alternative<PageHit>(e);
    run.steps.push_back(std::move(t));
    const auto problems = PagingModel::checkInvariants(run.state);
    if (!problems.empty()) {
      ADD_FAILURE() << "invariant broken after step " << i + 1 << " (" << policyName(config.policy) << ", "
                    << config.frames << " frames): " << problems.front();
      break;
    }
  }
  return run;
}

inline std::uint64_t faultsOf(Policy policy, std::uint32_t frames, const std::vector<PagingOp>& ops,
                              std::uint64_t seed = 0) {
  return runChecked({frames, policy, seed}, ops).state.faults;
}

// The events of one kind that a step emitted, in order.
template <class T>
std::vector<T> eventsOf(const StepTrace& step) {
  std::vector<T> out;
  for (const auto& e : step.events)
    if (const T* x = std::get_if<T>(&e)) out.push_back(*x);
  return out;
}

// A reference string with locality, as real programs have (Silberschatz 10e, 10.6.1): mostly
// pages near a slowly moving centre, sometimes any page; some references are writes.
inline std::vector<PagingOp> randomReferences(Rng& rng, std::size_t length, std::uint64_t distinctPages,
                                              unsigned writePercent) {
  std::vector<PagingOp> ops;
  std::uint64_t centre = rng.below(distinctPages);
  for (std::size_t i = 0; i < length; ++i) {
    if (rng.below(10) == 0) centre = rng.below(distinctPages);
    const std::uint64_t page = rng.below(4) == 0 ? rng.below(distinctPages) : (centre + rng.below(3)) % distinctPages;
    ops.push_back({static_cast<Page>(page), rng.below(100) < writePercent});
  }
  return ops;
}

}  // namespace oslens::engine::paging::testing

#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/deadlock/banker/banker_events.h"
#include "engine/deadlock/common/process_vector_op.h"
#include "engine/deadlock/common/scan_order.h"

namespace oslens::engine::deadlock::banker {

// What does not change during a run, shared by every copy of the state.
struct BankerSetup {
  std::vector<ResourceType> resources;
  std::vector<std::string> processes;  // names, by ProcessId
  CountMatrix max;                     // each process's maximum claim
  ScanOrder order = ScanOrder::Wrap;
  bool allSequences = false;           // also list every safe sequence at each safety check
};

// {"request": {"process", "vector"}}: the resource-request algorithm (Silberschatz 10e 8.6.3.2).
using deadlock::RequestOp;
// {"release": {"process", "vector"}}.
using deadlock::ReleaseOp;
// {"safety": true}: the safety algorithm on the current state (8.6.3.1).
struct SafetyOp {};
using BankerOp = std::variant<RequestOp, ReleaseOp, SafetyOp>;

// The result of the last safety check a step made (by a safety op or a request's trial).
struct SafetyResult {
  bool safe = false;
  std::vector<ProcessId> sequence;    // the order the processes finished in
  std::vector<ProcessId> unfinished;  // those that could not (empty when safe)
  bool operator==(const SafetyResult&) const = default;
};

struct BankerState {
  std::shared_ptr<const BankerSetup> setup;
  CountMatrix allocation;
  ResourceVector available;
  // What the last step decided, for its record.
  std::optional<RequestOutcome> lastOutcome;     // set by a request
  std::optional<bool> lastReleaseDone;           // set by a release
  std::optional<SafetyResult> lastSafety;        // set by a safety op or a request that got to the trial
  std::uint64_t steps = 0;

  std::size_t processCount() const { return setup->processes.size(); }
  std::size_t resourceCount() const { return setup->resources.size(); }
  Count need(std::size_t p, std::size_t r) const { return setup->max.at(p, r) - allocation.at(p, r); }
  CountMatrix needMatrix() const;
  const std::string& processName(ProcessId p) const { return setup->processes[p]; }

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const BankerState&) const = default;
};

// The banker's algorithm (Dijkstra; Silberschatz 10e 8.6.3): one step per op, each explained
// by events down to every `<=` comparison. docs/scenarios.md, module "banker".
struct BankerModel {
  using State = BankerState;
  using Op = BankerOp;
  using Event = BankerEvent;

  static State initialState(std::shared_ptr<const BankerSetup> setup, CountMatrix allocation);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  // allocation + available == total for every resource; 0 <= allocation <= max; available >= 0.
  static std::vector<std::string> checkInvariants(const State& state);

  // The safety algorithm on (allocation, available) without events: what the summary reports.
  static SafetyResult checkSafety(const State& state);
};

}  // namespace oslens::engine::deadlock::banker

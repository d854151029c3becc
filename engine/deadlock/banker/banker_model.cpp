#include "engine/deadlock/banker/banker_model.h"

#include "engine/core/limits.h"
#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/deadlock/banker/safe_sequences.h"
#include "engine/deadlock/common/work_scan.h"

namespace oslens::engine::deadlock::banker {

namespace {

// The safety algorithm (Silberschatz 10e 8.6.3.1) on one state, with its events.
SafetyResult runSafety(ScanOrder order, bool allSequences, const CountMatrix& need, const CountMatrix& allocation,
                       std::span<const Count> available, bool trial, EventLog<BankerEvent>& log) {
  log.add(SafetyCheck{trial});
  ScanResult scan = runWorkScan(
      ScanInput{need, allocation, available, std::vector<bool>(need.rows(), false), order}, log);
  if (allSequences && log.recording())
    log.add(findSafeSequences(need, allocation, available, limits::kMaxListedSafeSequences,
                              limits::kSafeSequenceSearchBudget));
  const bool safe = scan.allFinished();
  return SafetyResult{safe, std::move(scan.sequence), std::move(scan.unfinished)};
}

void request(BankerState& s, const RequestOp& op, EventLog<BankerEvent>& log) {
  const ProcessId p = op.process;
  CountMatrix need = s.needMatrix();
  auto decide = [&](RequestOutcome outcome) {
    s.lastOutcome = outcome;
    log.add(RequestDecision{p, outcome});
  };

  // Step 1: a process may not ask for more than it declared.
  const auto overClaim = firstExceeding(op.vector, need.row(p));
  if (log.recording()) log.add(ClaimCheck{p, op.vector, toVector(need.row(p)), overClaim});
  if (overClaim) return decide(RequestOutcome::ExceedsClaim);

  // Step 2: what is not there cannot be given; the process waits.
  const auto overAvailable = firstExceeding(op.vector, s.available);
  if (log.recording()) log.add(AvailableCheck{p, op.vector, s.available, overAvailable});
  if (overAvailable) return decide(RequestOutcome::Unavailable);

  // Step 3: pretend to allocate, then ask whether the result is safe.
  CountMatrix allocation = s.allocation;
  ResourceVector available = s.available;
  subtractFrom(available, op.vector);
  addInto(allocation.row(p), op.vector);
  subtractFrom(need.row(p), op.vector);
  if (log.recording())
    log.add(TrialAllocation{p, op.vector, available, toVector(allocation.row(p)), toVector(need.row(p))});
  SafetyResult safety = runSafety(s.setup->order, s.setup->allSequences, need, allocation, available, true, log);
  const bool safe = safety.safe;
  s.lastSafety = std::move(safety);
  if (!safe) return decide(RequestOutcome::Unsafe);  // the old state is restored: nothing was changed
  s.allocation = std::move(allocation);
  s.available = std::move(available);
  decide(RequestOutcome::Granted);
}

void release(BankerState& s, const ReleaseOp& op, EventLog<BankerEvent>& log) {
  const ProcessId p = op.process;
  if (const auto over = firstExceeding(op.vector, s.allocation.row(p))) {
    s.lastReleaseDone = false;
    if (log.recording()) log.add(ReleaseRefused{p, op.vector, toVector(s.allocation.row(p)), *over});
    return;
  }
  subtractFrom(s.allocation.row(p), op.vector);
  addInto(s.available, op.vector);
  s.lastReleaseDone = true;
  if (log.recording()) log.add(Released{p, op.vector, s.available});
}

}  // namespace

const char* requestOutcomeName(RequestOutcome outcome) {
  switch (outcome) {
    case RequestOutcome::Granted: return "granted";
    case RequestOutcome::ExceedsClaim: return "exceeds_claim";
    case RequestOutcome::Unavailable: return "unavailable";
    case RequestOutcome::Unsafe: return "unsafe";
  }
  return "?";
}

CountMatrix BankerState::needMatrix() const {
  CountMatrix need = setup->max;
  for (std::size_t p = 0; p < need.rows(); ++p) subtractFrom(need.row(p), allocation.row(p));
  return need;
}

BankerState BankerModel::initialState(std::shared_ptr<const BankerSetup> setup, CountMatrix allocation) {
  BankerState s;
  s.available.resize(setup->resources.size());
  for (std::size_t r = 0; r < setup->resources.size(); ++r) {
    Count held = 0;
    for (std::size_t p = 0; p < allocation.rows(); ++p) held += allocation.at(p, r);
    s.available[r] = setup->resources[r].total - held;
  }
  s.setup = std::move(setup);
  s.allocation = std::move(allocation);
  return s;
}

void BankerModel::step(State& s, const Op& op, EventLog<Event>& log) {
  s.lastOutcome.reset();
  s.lastReleaseDone.reset();
  s.lastSafety.reset();
  ++s.steps;
  std::visit(Overloaded{
                 [&](const RequestOp& o) { request(s, o, log); },
                 [&](const ReleaseOp& o) { release(s, o, log); },
                 [&](const SafetyOp&) {
                   s.lastSafety = runSafety(s.setup->order, s.setup->allSequences, s.needMatrix(), s.allocation, s.available,
                                           false, log);
                 },
             },
             op);
}

SafetyResult BankerModel::checkSafety(const State& s) {
  EventLog<BankerEvent> silent(false);
  return runSafety(s.setup->order, false, s.needMatrix(), s.allocation, s.available, false, silent);
}

std::uint64_t BankerModel::hash(const State& s) {
  StateHasher h;
  for (Count c : s.allocation.cells()) h.add(c);
  for (Count c : s.available) h.add(c);
  h.add(s.lastOutcome ? static_cast<int>(*s.lastOutcome) : -1);
  h.add(s.lastReleaseDone ? static_cast<int>(*s.lastReleaseDone) : -1);
  h.add(s.lastSafety ? static_cast<int>(s.lastSafety->safe) : -1);
  if (s.lastSafety)
    for (ProcessId p : s.lastSafety->sequence) h.add(p);
  h.add(s.steps);
  return h.value();
}

std::size_t BankerModel::footprintBytes(const State& s) {
  const std::size_t sequence = s.lastSafety ? s.lastSafety->sequence.capacity() + s.lastSafety->unfinished.capacity() : 0;
  return sizeof(State) + s.allocation.cells().capacity() * sizeof(Count) + s.available.capacity() * sizeof(Count) +
         sequence * sizeof(ProcessId);
}

std::vector<std::string> BankerModel::checkInvariants(const State& s) {
  std::vector<std::string> problems;
  const BankerSetup& setup = *s.setup;
  for (std::size_t r = 0; r < setup.resources.size(); ++r) {
    const std::string& name = setup.resources[r].name;
    Count held = 0;
    for (std::size_t p = 0; p < s.allocation.rows(); ++p) {
      const Count a = s.allocation.at(p, r);
      held += a;
      if (a < 0 || a > setup.max.at(p, r))
        problems.push_back(setup.processes[p] + " holds " + std::to_string(a) + " of " + name + ", outside 0.." +
                           std::to_string(setup.max.at(p, r)));
    }
    if (s.available[r] < 0) problems.push_back("available " + name + " is negative");
    if (held + s.available[r] != setup.resources[r].total)
      problems.push_back("allocation + available of " + name + " is " + std::to_string(held + s.available[r]) +
                         ", not the total " + std::to_string(setup.resources[r].total));
  }
  return problems;
}

}  // namespace oslens::engine::deadlock::banker

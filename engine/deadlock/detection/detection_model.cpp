#include "engine/deadlock/detection/detection_model.h"

#include <numeric>

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/deadlock/common/work_scan.h"
#include "engine/deadlock/detection/reported_cycle.h"

namespace oslens::engine::deadlock::detection {

namespace {

using Log = EventLog<DetectionEvent>;

// The detection algorithm itself (Silberschatz 10e 8.7.2), without the graphs.
ScanResult scanForDeadlock(const DetectionState& s, Log& log) {
  // Step 1: Finish[i] = true for a process that holds nothing (it cannot be part of a deadlock).
  std::vector<bool> finish(s.processCount());
  for (ProcessId p = 0; p < s.processCount(); ++p) finish[p] = isZero(s.allocation.row(p));
  return runWorkScan(ScanInput{s.request, s.allocation, s.available, std::move(finish), s.setup->order}, log);
}

Count heldBy(const DetectionState& s, ProcessId p) {
  const auto row = s.allocation.row(p);
  return std::accumulate(row.begin(), row.end(), Count{0});
}

void refuse(DetectionState& s, Log& log, ProcessId p, const ResourceVector& vector, RefusalReason reason,
            std::optional<ResourceId> resource = std::nullopt) {
  s.lastRefusal = reason;
  if (log.recording()) log.add(Refused{p, vector, reason, resource});
}

// Gives each blocked process whose whole request now fits what it waits for, in process order
// (one pass is enough: granting only shrinks Available). `skip`: a preemption's victim, which
// must not simply take back what was just taken from it.
void grantWaiters(DetectionState& s, Log& log, ProcessId skip = kNoProcess) {
  for (ProcessId p = 0; p < s.processCount(); ++p) {
    if (p == skip || s.aborted[p] || isZero(s.request.row(p)) || !fitsWithin(s.request.row(p), s.available)) continue;
    const ResourceVector given = toVector(s.request.row(p));
    addInto(s.allocation.row(p), given);
    subtractFrom(s.available, given);
    std::fill(s.request.row(p).begin(), s.request.row(p).end(), 0);
    if (log.recording()) log.add(WaiterGranted{p, given, s.available});
  }
}

void request(DetectionState& s, const RequestOp& op, Log& log) {
  const ProcessId p = op.process;
  if (s.aborted[p]) return refuse(s, log, p, op.vector, RefusalReason::Aborted);
  if (!isZero(s.request.row(p))) return refuse(s, log, p, op.vector, RefusalReason::Blocked);
  for (std::size_t r = 0; r < op.vector.size(); ++r)
    if (s.allocation.at(p, r) + op.vector[r] > s.setup->resources[r].total)
      return refuse(s, log, p, op.vector, RefusalReason::AboveTotal, static_cast<ResourceId>(r));
  if (const auto shortOf = firstExceeding(op.vector, s.available)) {
    addInto(s.request.row(p), op.vector);
    s.lastGranted = false;
    if (log.recording()) log.add(RequestWaits{p, op.vector, s.available, *shortOf});
    return;
  }
  addInto(s.allocation.row(p), op.vector);
  subtractFrom(s.available, op.vector);
  s.lastGranted = true;
  if (log.recording()) log.add(RequestGranted{p, op.vector, s.available});
}

void release(DetectionState& s, const ReleaseOp& op, Log& log) {
  const ProcessId p = op.process;
  if (s.aborted[p]) return refuse(s, log, p, op.vector, RefusalReason::Aborted);
  // A blocked process is not running, so it can no more release than request (only preemption
  // takes from it).
  if (!isZero(s.request.row(p))) return refuse(s, log, p, op.vector, RefusalReason::Blocked);
  if (const auto over = firstExceeding(op.vector, s.allocation.row(p)))
    return refuse(s, log, p, op.vector, RefusalReason::AboveAllocation, over);
  subtractFrom(s.allocation.row(p), op.vector);
  addInto(s.available, op.vector);
  if (log.recording()) log.add(Released{p, op.vector, s.available});
  grantWaiters(s, log);
}

// The victim a rule picks among the deadlocked processes (ties go to the lower index).
ProcessId chooseVictim(const DetectionState& s, VictimRule rule, const std::vector<ProcessId>& deadlocked) {
  ProcessId best = deadlocked.front();
  for (ProcessId p : deadlocked) {
    if (rule == VictimRule::MostHeld && heldBy(s, p) > heldBy(s, best)) best = p;
    if (rule == VictimRule::FewestHeld && heldBy(s, p) < heldBy(s, best)) best = p;
  }
  return best;
}

void abort(DetectionState& s, const AbortOp& op, Log& log) {
  ProcessId p = op.process;
  std::vector<ProcessId> candidates;
  if (op.rule != VictimRule::Named) {
    Log silent(false);
    candidates = scanForDeadlock(s, silent).unfinished;  // the graphs are not needed to choose
    if (candidates.empty()) return refuse(s, log, kNoProcess, {}, RefusalReason::NobodyDeadlocked);
    p = chooseVictim(s, op.rule, candidates);
  }
  if (s.aborted[p]) return refuse(s, log, p, {}, RefusalReason::Aborted);
  const ResourceVector freed = toVector(s.allocation.row(p));
  addInto(s.available, freed);
  std::fill(s.allocation.row(p).begin(), s.allocation.row(p).end(), 0);
  std::fill(s.request.row(p).begin(), s.request.row(p).end(), 0);
  s.aborted[p] = true;
  s.lastVictim = p;
  if (log.recording()) log.add(Aborted{p, op.rule, std::move(candidates), freed, s.available});
  grantWaiters(s, log);
}

void preempt(DetectionState& s, const PreemptOp& op, Log& log) {
  const ProcessId p = op.process;
  if (s.aborted[p]) return refuse(s, log, p, op.vector, RefusalReason::Aborted);
  if (const auto over = firstExceeding(op.vector, s.allocation.row(p)))
    return refuse(s, log, p, op.vector, RefusalReason::AboveAllocation, over);
  subtractFrom(s.allocation.row(p), op.vector);
  addInto(s.request.row(p), op.vector);
  addInto(s.available, op.vector);
  s.lastVictim = p;
  if (log.recording()) log.add(Preempted{p, op.vector, s.available});
  // The others first, then the victim too: if nobody else could use what was taken, the victim
  // must not wait for it while it lies free.
  grantWaiters(s, log, p);
  grantWaiters(s, log);
}

}  // namespace

const char* refusalReasonName(RefusalReason reason) {
  switch (reason) {
    case RefusalReason::Blocked: return "blocked";
    case RefusalReason::Aborted: return "aborted";
    case RefusalReason::AboveTotal: return "above_total";
    case RefusalReason::AboveAllocation: return "above_allocation";
    case RefusalReason::NobodyDeadlocked: return "nobody_deadlocked";
  }
  return "?";
}

const std::vector<std::string>& victimRuleNames() {
  static const std::vector<std::string> names = {"most_held", "fewest_held", "lowest_index"};
  return names;
}

const char* victimRuleName(VictimRule rule) {
  switch (rule) {
    case VictimRule::Named: return "named";
    case VictimRule::MostHeld: return "most_held";
    case VictimRule::FewestHeld: return "fewest_held";
    case VictimRule::LowestIndex: return "lowest_index";
  }
  return "?";
}

std::optional<VictimRule> victimRuleFromName(std::string_view name) {
  for (VictimRule rule : {VictimRule::MostHeld, VictimRule::FewestHeld, VictimRule::LowestIndex})
    if (name == victimRuleName(rule)) return rule;
  return std::nullopt;
}

const char* processStatusName(ProcessStatus status) {
  switch (status) {
    case ProcessStatus::Running: return "running";
    case ProcessStatus::Waiting: return "waiting";
    case ProcessStatus::Aborted: return "aborted";
  }
  return "?";
}

const std::string& DetectionSetup::vertexName(VertexId v) const {
  const RagVertices all = vertices();
  return all.isProcess(v) ? processes[v] : resources[all.resourceOf(v)].name;
}

ProcessStatus DetectionState::status(ProcessId p) const {
  if (aborted[p]) return ProcessStatus::Aborted;
  return isZero(request.row(p)) ? ProcessStatus::Running : ProcessStatus::Waiting;
}

DetectionState DetectionModel::initialState(std::shared_ptr<const DetectionSetup> setup, CountMatrix allocation,
                                            CountMatrix request) {
  DetectionState s;
  s.available.resize(setup->resources.size());
  for (std::size_t r = 0; r < setup->resources.size(); ++r) {
    Count held = 0;
    for (std::size_t p = 0; p < allocation.rows(); ++p) held += allocation.at(p, r);
    s.available[r] = setup->resources[r].total - held;
  }
  s.aborted.assign(setup->processes.size(), false);
  s.setup = std::move(setup);
  s.allocation = std::move(allocation);
  s.request = std::move(request);
  return s;
}

DetectionReport DetectionModel::detect(const State& s, EventLog<Event>& log) {
  log.add(DetectionStart{});
  ScanResult scan = scanForDeadlock(s, log);

  DetectionReport report;
  report.deadlocked = std::move(scan.unfinished);
  report.sequence = std::move(scan.sequence);
  report.cycle = cycleToReport(s, report.deadlocked, scan.work);
  report.waitForCycle = findCycle(buildWaitForGraph(s.allocation, s.request, s.setup->resources));
  if (report.cycle) {
    const RagVertices vertices = s.setup->vertices();
    report.singleInstance = std::all_of(report.cycle->begin(), report.cycle->end(), [&](VertexId v) {
      return vertices.isProcess(v) || s.setup->resources[vertices.resourceOf(v)].total == 1;
    });
  }
  if (log.recording()) {
    log.add(GraphCycle{report.cycle, report.waitForCycle, report.singleInstance});
    log.add(Deadlocked{report.deadlocked});
  }
  return report;
}

void DetectionModel::step(State& s, const Op& op, EventLog<Event>& log) {
  s.lastGranted.reset();
  s.lastRefusal.reset();
  s.lastVictim.reset();
  s.lastReport.reset();
  ++s.steps;
  std::visit(Overloaded{
                 [&](const RequestOp& o) { request(s, o, log); },
                 [&](const ReleaseOp& o) { release(s, o, log); },
                 [&](const DetectOp&) { s.lastReport = detect(s, log); },
                 [&](const AbortOp& o) { abort(s, o, log); },
                 [&](const PreemptOp& o) { preempt(s, o, log); },
             },
             op);
}

std::uint64_t DetectionModel::hash(const State& s) {
  StateHasher h;
  for (Count c : s.allocation.cells()) h.add(c);
  for (Count c : s.request.cells()) h.add(c);
  for (Count c : s.available) h.add(c);
  for (bool a : s.aborted) h.add(a);
  h.add(s.lastGranted ? static_cast<int>(*s.lastGranted) : -1);
  h.add(s.lastRefusal ? static_cast<int>(*s.lastRefusal) : -1);
  h.add(s.lastVictim.value_or(kNoProcess));
  if (s.lastReport)
    for (ProcessId p : s.lastReport->deadlocked) h.add(p);
  h.add(s.steps);
  return h.value();
}

std::size_t DetectionModel::footprintBytes(const State& s) {
  std::size_t report = 0;
  if (s.lastReport)
    report = (s.lastReport->deadlocked.capacity() + s.lastReport->sequence.capacity()) * sizeof(ProcessId) +
             (s.lastReport->cycle ? s.lastReport->cycle->capacity() * sizeof(VertexId) : 0) +
             (s.lastReport->waitForCycle ? s.lastReport->waitForCycle->capacity() * sizeof(ProcessId) : 0);
  return sizeof(State) + (s.allocation.cells().capacity() + s.request.cells().capacity() + s.available.capacity()) * sizeof(Count) +
         s.aborted.capacity() / 8 + report;
}

std::vector<std::string> DetectionModel::checkInvariants(const State& s) {
  std::vector<std::string> problems;
  const DetectionSetup& setup = *s.setup;
  for (std::size_t r = 0; r < setup.resources.size(); ++r) {
    const ResourceType& resource = setup.resources[r];
    Count held = 0;
    for (ProcessId p = 0; p < s.processCount(); ++p) {
      const Count a = s.allocation.at(p, r), q = s.request.at(p, r);
      held += a;
      if (a < 0 || q < 0) problems.push_back(setup.processes[p] + " has a negative count of " + resource.name);
      if (a + q > resource.total)
        problems.push_back(setup.processes[p] + " holds and wants more " + resource.name + " than exist");
      if (s.aborted[p] && (a != 0 || q != 0)) problems.push_back(setup.processes[p] + " was aborted but still holds or waits");
    }
    if (s.available[r] < 0) problems.push_back("available " + resource.name + " is negative");
    if (held + s.available[r] != resource.total)
      problems.push_back("allocation + available of " + resource.name + " is " + std::to_string(held + s.available[r]) +
                         ", not the total " + std::to_string(resource.total));
  }
  return problems;
}

}  // namespace oslens::engine::deadlock::detection

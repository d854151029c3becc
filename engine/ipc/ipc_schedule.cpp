#include "engine/ipc/ipc_schedule.h"

#include <algorithm>
#include <deque>

#include "engine/core/rng.h"

namespace oslens::engine::ipc {

namespace {
bool over(const IpcState& s) {
  return s.deadlock || std::all_of(s.processes.begin(), s.processes.end(), [](const auto& p) { return p.run == RunState::Exited; });
}
}  // namespace

Plan planSteps(const IpcState& initial, const Schedule& schedule, std::uint64_t maxSteps) {
  Plan plan;
  IpcState s = initial;
  std::deque<ProcessId> ready;
  for (ProcessId p = 0; p < s.processes.size(); ++p)
    if (s.processes[p].run == RunState::Ready) ready.push_back(p);
  Rng rng(schedule.seed);
  std::size_t listed = 0;          // Explicit: the next entry of the list
  std::uint64_t usedOfQuantum = 0;
  while (!over(s)) {
    if (plan.steps.size() >= maxSteps) {
      plan.tooLong = true;
      break;
    }
    IpcStep planned;
    // Who runs.
    ProcessId runs = ready.front();
    if (schedule.kind == ScheduleKind::Random) {
      runs = ready[static_cast<std::size_t>(rng.below(ready.size()))];
    } else if (schedule.kind == ScheduleKind::Explicit && listed < schedule.order.size()) {
      while (listed < schedule.order.size() && s.processes[schedule.order[listed]].run != RunState::Ready)
        planned.skipped.push_back(schedule.order[listed++]);
      if (listed < schedule.order.size()) runs = schedule.order[listed++];
    }
    planned.process = runs;
    EventLog<IpcEvent> log;
    const std::vector<RunState> before = [&] {
      std::vector<RunState> v;
      for (const auto& p : s.processes) v.push_back(p.run);
      return v;
    }();
    IpcModel::step(s, planned, log);
    plan.steps.push_back(std::move(planned));
    // The queue: gone the blocked and the ended, in at the tail the woken (in the order they woke).
    std::erase_if(ready, [&](ProcessId p) { return s.processes[p].run != RunState::Ready; });
    for (const auto& e : log.events())
      if (const auto* c = std::get_if<CallCompleted>(&e); c && c->woken && before[c->process] == RunState::Blocked &&
                                                          s.processes[c->process].run == RunState::Ready &&
                                                          std::find(ready.begin(), ready.end(), c->process) == ready.end())
        ready.push_back(c->process);
    // Round robin: after its quantum the head goes to the tail.
    const bool headRan = !ready.empty() && ready.front() == runs;
    if (schedule.kind == ScheduleKind::RoundRobin || (schedule.kind == ScheduleKind::Explicit && listed >= schedule.order.size())) {
      usedOfQuantum = headRan ? usedOfQuantum + 1 : 0;
      if (headRan && usedOfQuantum >= std::max<std::uint64_t>(schedule.quantum, 1)) {
        ready.pop_front();
        ready.push_back(runs);
        usedOfQuantum = 0;
      }
    }
    if (ready.empty() && !over(s)) break;  // cannot happen: every live process blocked is a deadlock
  }
  return plan;
}

}  // namespace oslens::engine::ipc

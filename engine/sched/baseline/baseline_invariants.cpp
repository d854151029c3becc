#include <string>

#include "engine/sched/baseline/baseline_model.h"

namespace oslens::engine::baseline {

namespace {

// Where a task's time since its arrival went: on the CPU, ready, blocked. Exact at every step:
// runtime + wait + blocked (+ the open interval of its current state) = its time in the system.
Nanoseconds accountedNs(const BaselineState& s, TaskId id) {
  const BaselineTask& t = s.tasks[id];
  Nanoseconds total = t.run.runtimeNs + t.run.waitNs + t.blockedNs;
  if (t.run.state == TaskState::Ready) total += s.now - t.run.readySinceNs;
  if (t.run.state == TaskState::Blocked) total += s.now - t.blockedSinceNs;
  return total;
}

}  // namespace

// What must hold between any two steps: one CPU and at most one task on it; the ready queue
// holds exactly the Ready tasks with the keys their policy gives them; every waiting task has
// its timer; each task's time and the CPU's time are conserved; and no decision is left
// undone once nothing else is due at this instant (an idle CPU with a ready task; under STCF a
// queued task shorter than the running one).
std::vector<std::string> BaselineModel::checkInvariants(const State& s) {
  std::vector<std::string> problems;
  auto report = [&](const std::string& text) {
    if (problems.size() < 20) problems.push_back(text);
  };
  const bool byBurst = ordersByBurst(s.policy());
  std::uint32_t running = 0;
  std::uint32_t exited = 0;
  Nanoseconds runtime = 0;
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const BaselineTask& t = s.tasks[id];
    const TaskSpec& spec = s.spec(id);
    const std::string& name = s.name(id);
    const TaskState state = t.run.state;
    if (s.ready.contains(id) != (state == TaskState::Ready))
      report(name + " is " + sched::taskStateName(state) + (s.ready.contains(id) ? " but in the ready queue" : " but not in the ready queue"));
    if (s.ready.contains(id)) {
      const QueueKey key = s.ready.key(id);
      if (key.nextBurstNs != (byBurst ? s.nextBurst(id) : 0)) report(name + ": queue key differs from its next CPU burst");
      if (key.seq >= s.nextSeq) report(name + ": queue number from the future");
    }
    if (state == TaskState::Running) {
      ++running;
      if (s.current != id) report(name + " is running but is not on the CPU");
      // 0 left: its burst ends now, and that is still due (something came before it at this instant).
      if (!spec.cpuBound && t.run.burstLeftNs < 0) report(name + " ran past the end of its CPU burst");
    }
    const bool waits = state == TaskState::Blocked || (state == TaskState::New && !spec.spawned);
    if (s.timers.contains(id) != waits) report(name + (waits ? " waits without a timer" : " has a timer but does not wait"));
    if (waits && s.timers.contains(id) && s.timers.key(id).at != t.run.wakeAtNs) report(name + ": timer differs from its wake time");
    if (waits && t.run.wakeAtNs < s.now) report(name + ": wake time already past");
    if (state == TaskState::Exited) ++exited;
    if (t.run.runtimeNs < 0 || t.run.waitNs < 0 || t.blockedNs < 0) report(name + ": negative runtime, wait or blocked time");
    runtime += t.run.runtimeNs;
    if (state == TaskState::New) {
      if (t.run.runtimeNs != 0 || t.run.waitNs != 0 || t.blockedNs != 0 || t.run.switches != 0) report(name + " has history before arriving");
    } else {
      const Nanoseconds end = state == TaskState::Exited ? t.run.exitNs : s.now;
      if (accountedNs(s, id) != end - spec.arrivalNs)
        report(name + ": runtime + wait + blocked is " + std::to_string(accountedNs(s, id)) + ", its time in the system " +
               std::to_string(end - spec.arrivalNs));
      if (t.run.switches > 0 && t.run.firstRunNs < spec.arrivalNs) report(name + " ran before it arrived");
    }
  }
  if (s.current != sched::kNoTask && s.tasks[s.current].run.state != TaskState::Running)
    report("the task on the CPU, " + s.name(s.current) + ", is not running");
  if (running > 1) report(std::to_string(running) + " tasks are running on one CPU");
  if (exited != s.exitedCount) report("exited count is off");
  if (runtime != s.busyNs) report("the tasks' runtimes add up to " + std::to_string(runtime) + ", busy time is " + std::to_string(s.busyNs));
  if (s.busyNs + s.idleNs != s.now) report("busy + idle time is not the time passed");
  if (!s.timers.isHeap() || !s.ready.isHeap()) report("a heap is out of order");
  if (s.policy() == BaselinePolicy::Rr && s.current != sched::kNoTask && !s.finished &&
      (s.quantumEndNs < s.now || s.quantumEndNs > s.now + s.setup->quantumNs))
    report("the quantum ends outside [now, now + quantum]");
  if (!s.finished && !s.moreDueNow()) {
    if (s.current == sched::kNoTask && !s.ready.empty()) report("the CPU idles while a task is ready");
    if (s.policy() == BaselinePolicy::Stcf && s.current != sched::kNoTask && !s.ready.empty() &&
        s.ready.key(s.ready.top()).nextBurstNs < s.nextBurst(s.current))
      report("STCF runs " + s.name(s.current) + " while the shorter " + s.name(s.ready.top()) + " waits");
  }
  if (s.finished && !s.setup->workload.untilNs && exited != s.tasks.size()) report("the run ended before every task exited");
  return problems;
}

}  // namespace oslens::engine::baseline

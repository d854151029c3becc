#include <string>

#include "engine/sched/cfs/cfs_model.h"
#include "engine/sched/cfs/cfs_weights.h"
#include "engine/core/rbtree/rb_tree_check.h"

namespace oslens::engine::cfs {

// What must hold between any two steps: the tree is a sound red-black tree keyed by the queued
// tasks' vruntimes; it holds exactly the ready tasks and never the running one; the run queue's
// counts and load are the sums of its tasks; every waiting task has its timer; time is conserved.
std::vector<std::string> CfsModel::checkInvariants(const State& s) {
  std::vector<std::string> problems = rbtree::checkRbTree(s.tree);
  auto report = [&](const std::string& text) {
    if (problems.size() < 20) problems.push_back(text);
  };
  std::uint64_t load = 0;
  std::uint32_t running = 0;
  std::uint32_t onQueue = 0;
  std::uint32_t exited = 0;
  Nanoseconds runtime = 0;
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const CfsTask& t = s.tasks[id];
    const std::string& name = s.name(id);
    const sched::TaskState state = t.run.state;
    if (t.weight != niceToWeight(t.run.nice)) report(name + ": weight does not match nice " + std::to_string(t.run.nice));
    if (s.tree.contains(id) != (state == sched::TaskState::Ready))
      report(name + " is " + sched::taskStateName(state) + (s.tree.contains(id) ? " but in the tree" : " but not in the tree"));
    if (s.tree.contains(id) && s.tree.key(id) != t.vruntime) report(name + ": tree key differs from its vruntime");
    if (state == sched::TaskState::Running) {
      ++running;
      if (s.current != id) report(name + " is running but is not the current task");
    }
    if (state == sched::TaskState::Ready || state == sched::TaskState::Running) {
      load += t.weight;
      ++onQueue;
    }
    const bool waits = state == sched::TaskState::Blocked || (state == sched::TaskState::New && !s.spec(id).spawned);
    if (s.timers.contains(id) != waits) report(name + (waits ? " waits without a timer" : " has a timer but does not wait"));
    if (waits && s.timers.contains(id) && s.timers.key(id).at != t.run.wakeAtNs) report(name + ": timer differs from its wake time");
    if (state == sched::TaskState::Exited) ++exited;
    if (t.run.runtimeNs < 0 || t.run.waitNs < 0) report(name + ": negative runtime or wait");
    runtime += t.run.runtimeNs;
  }
  if (s.current != sched::kNoTask && s.tasks[s.current].run.state != sched::TaskState::Running)
    report("the current task " + s.name(s.current) + " is not running");
  if (running > 1) report(std::to_string(running) + " tasks are running on one CPU");
  if (load != s.loadWeight) report("load.weight is " + std::to_string(s.loadWeight) + ", the runnable tasks weigh " + std::to_string(load));
  if (onQueue != s.nrRunning) report("nr_running is " + std::to_string(s.nrRunning) + ", runnable tasks " + std::to_string(onQueue));
  if (exited != s.exitedCount) report("exited count is off");
  if (runtime != s.busyNs) report("the tasks' runtimes add up to " + std::to_string(runtime) + ", busy time is " + std::to_string(s.busyNs));
  if (s.busyNs > s.now) report("more CPU time given than time passed");
  if (!s.timers.isHeap()) report("the timer heap is out of order");
  return problems;
}

}  // namespace oslens::engine::cfs

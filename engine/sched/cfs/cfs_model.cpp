#include "engine/sched/cfs/cfs_model.h"

#include <algorithm>

#include "engine/core/limits.h"
#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/sched/cfs/cfs_weights.h"
#include "engine/sched/workload/next_happening.h"

namespace oslens::engine::cfs {

namespace {

using Log = EventLog<CfsEvent>;
using sched::kNoTask;

// (s64)(a - b), the way the kernel compares vruntimes (entity_before, max_vruntime): correct
// across wrap-around, and negative when a is behind b.
std::int64_t vdiff(std::uint64_t a, std::uint64_t b) { return static_cast<std::int64_t>(a - b); }

// What can happen next, in the order things due at the same instant are taken.
enum class HappeningKind : std::uint8_t { Op, BurstEnd, Timer, Tick, Horizon, Nothing };
using Happening = sched::Happening<HappeningKind>;

Happening nextHappening(const CfsState& s) {
  Happening next = sched::nextOpOrTimer<HappeningKind>(s);
  if (s.current != kNoTask) {
    if (!s.spec(s.current).cpuBound) next.consider(s.execStartNs + s.tasks[s.current].run.burstLeftNs, HappeningKind::BurstEnd);
    next.consider(s.nextTickNs, HappeningKind::Tick);
  }
  sched::stopAtHorizon(next, s.setup->workload.untilNs);
  return next;
}

void changeState(CfsState& s, TaskId task, sched::TaskState to, Log& log, bool countSwitch = true) {
  TaskRun& run = s.tasks[task].run;
  const sched::TaskState from = run.state;
  switch (to) {
    case sched::TaskState::Ready: sched::becomeReady(run, s.now); break;
    case sched::TaskState::Running: sched::startRunning(run, s.now, countSwitch); break;
    case sched::TaskState::Blocked: sched::block(run); break;
    case sched::TaskState::Exited:
      sched::exitTask(run, s.now);
      ++s.exitedCount;
      break;
    case sched::TaskState::New: break;
  }
  if (from != to) log.add(CfsStateChange{task, from, to});
}

auto treeRecorder(Log& log, std::uint64_t key) {
  return rbtree::RbEventRecorder(log.recording(), [&log, key](rbtree::RbEvent change) { log.add(CfsTree{std::move(change), key}); });
}

// __enqueue_entity / __dequeue_entity: the tree only.
void treeInsert(CfsState& s, TaskId task, Log& log) {
  const std::uint64_t key = s.tasks[task].vruntime;
  log.add(CfsEnqueue{task, key});
  s.tree.insert(task, key, treeRecorder(log, key));
}

void treeErase(CfsState& s, TaskId task, Log& log) {
  log.add(CfsDequeue{task});
  s.tree.erase(task, treeRecorder(log, 0));
}

// update_min_vruntime: the smaller of the running task's and the leftmost's vruntime, but never
// backwards (kernel/sched/fair.c).
void updateMinVruntime(CfsState& s, bool currentOnQueue = true) {
  std::uint64_t candidate = s.minVruntime;
  bool found = false;
  if (s.current != kNoTask && currentOnQueue) {
    candidate = s.tasks[s.current].vruntime;
    found = true;
  }
  if (!s.tree.empty()) {
    const std::uint64_t left = s.tree.key(s.tree.leftmost());
    candidate = found && vdiff(candidate, left) < 0 ? candidate : left;
    found = true;
  }
  if (found && vdiff(candidate, s.minVruntime) > 0) s.minVruntime = candidate;
}

// update_curr: charge the running task for the time since exec_start, in real and virtual time.
void updateCurr(CfsState& s) {
  if (s.current == kNoTask) return;
  const Nanoseconds delta = s.now - s.execStartNs;
  if (delta <= 0) return;
  s.execStartNs = s.now;
  CfsTask& task = s.tasks[s.current];
  sched::chargeCpu(task.run, s.spec(s.current), delta);
  s.busyNs += delta;
  task.vruntime += calcDeltaFair(static_cast<std::uint64_t>(delta), task.run.nice);
  updateMinVruntime(s);
}

// sched_slice: period(nr_running) * weight / load, with the task counted in if it is not on the
// run queue yet (a task being placed), and at least min_granularity (BASE_SLICE).
Nanoseconds sliceFor(const CfsState& s, TaskId task, bool onQueue) {
  const CfsParams& p = s.params();
  const std::uint32_t weight = s.tasks[task].weight;
  const std::uint64_t nr = s.nrRunning + (onQueue ? 0 : 1);
  const std::uint64_t load = s.loadWeight + (onQueue ? 0 : weight);
  auto slice = static_cast<Nanoseconds>(calcDelta(static_cast<std::uint64_t>(p.period(nr)), weight, load));
  if (p.baseSlice) slice = std::max(slice, p.minGranularityNs);
  return slice;
}

bool onQueue(const CfsState& s, TaskId task) {
  return s.current == task || s.tree.contains(task);
}

// pick_next_task_fair: put the previous task back in the tree if it can still run
// (put_prev_entity), take the leftmost out (set_next_entity) and give it the CPU.
void schedule(CfsState& s, Log& log) {
  const TaskId previous = s.current;
  if (previous != kNoTask && s.tasks[previous].run.state == sched::TaskState::Running) {
    treeInsert(s, previous, log);
    changeState(s, previous, sched::TaskState::Ready, log);
  }
  s.current = kNoTask;
  const TaskId next = s.tree.leftmost();
  if (next == rbtree::kNil) {
    if (previous != kNoTask) log.add(CfsSwitch{previous, kNoTask, 0, 0, 0, 0, 0});
    return;
  }
  treeErase(s, next, log);
  s.current = next;
  CfsTask& task = s.tasks[next];
  task.prevSumExecNs = task.run.runtimeNs;
  s.execStartNs = s.now;
  // Ticks are periodic while the CPU is busy; from idle the next one is the next tick boundary.
  if (previous == kNoTask) s.nextTickNs = (s.now / s.params().tickNs + 1) * s.params().tickNs;
  changeState(s, next, sched::TaskState::Running, log, next != previous);
  log.add(CfsSwitch{previous, next, s.params().period(s.nrRunning), sliceFor(s, next, true), task.weight, s.loadWeight,
                    s.nrRunning});
}

// check_preempt_wakeup / wakeup_preempt_entity: a woken (or new, or reniced) task preempts the
// running one when it is behind it by more than the wakeup granularity, scaled to its weight.
void checkPreemptWakeup(CfsState& s, TaskId woken, Log& log) {
  if (s.current == kNoTask) {
    schedule(s, log);  // an idle CPU runs it at once
    return;
  }
  const CfsTask& curr = s.tasks[s.current];
  const std::int64_t diff = vdiff(curr.vruntime, s.tasks[woken].vruntime);
  const std::uint64_t gran = calcDeltaFair(static_cast<std::uint64_t>(s.params().wakeupGranularityNs), s.tasks[woken].run.nice);
  if (diff > 0 && static_cast<std::uint64_t>(diff) > gran) {
    log.add(CfsPreempt{s.current, woken, CfsPreempt::Reason::Wakeup, curr.run.runtimeNs - curr.prevSumExecNs, 0, diff, gran});
    schedule(s, log);
    return;
  }
  log.add(CfsNoPreempt{s.current, woken, diff, gran});
}

// enqueue_entity for a task that becomes runnable: counted in the load, into the tree.
void enqueue(CfsState& s, TaskId task, Log& log) {
  s.loadWeight += s.tasks[task].weight;
  ++s.nrRunning;
  treeInsert(s, task, log);
  changeState(s, task, sched::TaskState::Ready, log);
}

// place_entity(initial): a new task starts at min_vruntime, plus one vslice with START_DEBIT ("the
// extra weight of the new task will slow them down a little, place the new task so that it fits
// in the slot that stays open at the end"). Our tasks have no parent, so there is no parent's
// vruntime to start from (task_fork_fair).
void placeNew(CfsState& s, TaskId task, Log& log) {
  CfsTask& t = s.tasks[task];
  const std::uint64_t vslice =
      calcDeltaFair(static_cast<std::uint64_t>(sliceFor(s, task, false)), t.run.nice);  // sched_vslice
  const std::uint64_t previous = t.vruntime;
  std::uint64_t v = s.minVruntime + (s.params().startDebit ? vslice : 0);
  if (vdiff(previous, v) > 0) v = previous;
  t.vruntime = v;
  log.add(CfsPlace{task, s.params().startDebit ? CfsPlace::Rule::NewAfterDebit : CfsPlace::Rule::NewAtMin, v, previous,
                   s.minVruntime, vslice});
}

// place_entity(!initial): a sleeper gets credit for its sleep, at most `thresh` below
// min_vruntime (half the latency with GENTLE_FAIR_SLEEPERS); it never goes back in time.
void placeWaking(CfsState& s, TaskId task, Log& log) {
  CfsTask& t = s.tasks[task];
  std::uint64_t thresh = 0;
  switch (s.params().sleeperCredit) {
    case SleeperCredit::HalfLatency: thresh = static_cast<std::uint64_t>(s.params().schedLatencyNs) / 2; break;
    case SleeperCredit::FullLatency: thresh = static_cast<std::uint64_t>(s.params().schedLatencyNs); break;
    case SleeperCredit::None: thresh = 0; break;
  }
  const std::uint64_t previous = t.vruntime;
  const std::uint64_t floor = s.minVruntime - thresh;  // may wrap below 0: vdiff compares it right
  const bool credited = vdiff(previous, floor) < 0;
  if (credited) t.vruntime = floor;
  log.add(CfsPlace{task, credited ? CfsPlace::Rule::SleeperCredit : CfsPlace::Rule::KeptOwn, t.vruntime, previous,
                   s.minVruntime, thresh});
}

// The running task leaves the run queue: it blocks or exits (dequeue_entity with DEQUEUE_SLEEP).
void dequeueCurrent(CfsState& s, sched::TaskState to, Log& log) {
  const TaskId task = s.current;
  s.loadWeight -= s.tasks[task].weight;
  --s.nrRunning;
  updateMinVruntime(s, false);
  changeState(s, task, to, log);
  schedule(s, log);
}

// A task becomes runnable: placed, enqueued, and perhaps preempting the running one.
void wakeUp(CfsState& s, TaskId task, bool initial, Log& log) {
  if (initial) placeNew(s, task, log);
  else placeWaking(s, task, log);
  enqueue(s, task, log);
  checkPreemptWakeup(s, task, log);
}

// What a task's burst change leads to, when it is not running: ready, blocked again, or gone.
// Returns false when nothing visible changed (an I/O wait followed by another).
bool enterState(CfsState& s, TaskId task, sched::TaskState next, bool initial, Log& log) {
  TaskRun& run = s.tasks[task].run;
  switch (next) {
    case sched::TaskState::Ready: wakeUp(s, task, initial, log); return true;
    case sched::TaskState::Blocked: {
      const bool visible = run.state != sched::TaskState::Blocked;
      changeState(s, task, sched::TaskState::Blocked, log);
      s.timers.set(task, {run.wakeAtNs, task});
      if (visible) log.add(CfsBlock{task, run.wakeAtNs});
      return visible;
    }
    case sched::TaskState::Exited:
      changeState(s, task, sched::TaskState::Exited, log);
      log.add(CfsExit{task});
      return true;
    default: return false;
  }
}

bool arrive(CfsState& s, TaskId task, bool spawned, Log& log) {
  log.add(CfsArrive{task, spawned});
  s.lastKind = spawned ? CfsStepKind::Spawn : CfsStepKind::Arrive;
  enterState(s, task, sched::arrive(s.tasks[task].run, s.spec(task), s.now), true, log);
  return true;
}

bool timerFires(CfsState& s, Log& log) {
  const TaskId task = s.timers.top();
  s.timers.erase(task);
  if (s.tasks[task].run.state == sched::TaskState::New) return arrive(s, task, false, log);
  const sched::TaskState next = sched::finishBurst(s.tasks[task].run, s.spec(task), s.now);
  if (next == sched::TaskState::Ready) log.add(CfsWake{task});
  s.lastKind = next == sched::TaskState::Exited ? CfsStepKind::Exit : CfsStepKind::Wakeup;
  return enterState(s, task, next, false, log);
}

bool burstEnds(CfsState& s, Log& log) {
  const TaskId task = s.current;
  TaskRun& run = s.tasks[task].run;
  const sched::TaskState next = sched::finishBurst(run, s.spec(task), s.now);
  if (next == sched::TaskState::Ready) return false;  // another CPU burst: it keeps running
  if (next == sched::TaskState::Blocked) {
    log.add(CfsBlock{task, run.wakeAtNs});
    s.timers.set(task, {run.wakeAtNs, task});
    s.lastKind = CfsStepKind::Block;
  } else {
    log.add(CfsExit{task});
    s.lastKind = CfsStepKind::Exit;
  }
  dequeueCurrent(s, next, log);
  return true;
}

// set_user_nice: the weight changes and the vruntime stays (reweight_entity before Linux 6.6); a
// queued task is taken out of the tree and put back (dequeue/enqueue with SAVE/RESTORE). Then
// prio_changed_fair: the running task is rescheduled if its nice went up; a queued one may
// preempt like a waking task.
bool renice(CfsState& s, const sched::ReniceOp& op, Log& log) {
  CfsTask& t = s.tasks[op.task];
  const int fromNice = t.run.nice;
  const std::uint32_t fromWeight = t.weight;
  const bool queued = onQueue(s, op.task);
  const bool running = s.current == op.task;
  if (queued && !running) treeErase(s, op.task, log);
  if (queued) s.loadWeight -= t.weight;
  t.run.nice = op.nice;
  t.weight = niceToWeight(op.nice);
  if (queued) s.loadWeight += t.weight;
  log.add(CfsRenice{op.task, fromNice, op.nice, fromWeight, t.weight});
  if (queued && !running) treeInsert(s, op.task, log);
  s.lastKind = CfsStepKind::Renice;
  if (!queued || s.nrRunning == 1) return true;
  if (running) {
    if (op.nice > fromNice) {
      log.add(CfsPreempt{op.task, kNoTask, CfsPreempt::Reason::Reniced, t.run.runtimeNs - t.prevSumExecNs, 0, 0, 0});
      schedule(s, log);
    }
  } else {
    checkPreemptWakeup(s, op.task, log);
  }
  return true;
}

bool applyOp(CfsState& s, Log& log) {
  const sched::WorkloadOp& op = s.setup->workload.ops[s.nextOp++];
  return std::visit(Overloaded{
                        [&](const sched::ReniceOp& r) { return renice(s, r, log); },
                        [&](const sched::SpawnOp& spawn) { return arrive(s, spawn.task, true, log); },
                    },
                    op);
}

// entity_tick -> check_preempt_tick (Linux 6.2-6.5): preempt when the task has run longer than
// its slice (capped at sched_latency), or, after at least min_granularity, when it is ahead of
// the leftmost by more than that slice. Only with another task to run (nr_running > 1).
bool tick(CfsState& s, Log& log) {
  ++s.ticks;
  s.nextTickNs += s.params().tickNs;
  const TaskId task = s.current;
  const CfsTask& curr = s.tasks[task];
  const Nanoseconds ran = curr.run.runtimeNs - curr.prevSumExecNs;
  const Nanoseconds ideal = std::min(sliceFor(s, task, true), s.params().schedLatencyNs);
  if (s.nrRunning > 1) {
    if (ran > ideal) {
      log.add(CfsPreempt{task, s.tree.leftmost(), CfsPreempt::Reason::SliceUsed, ran, ideal, 0, 0});
      s.lastKind = CfsStepKind::Preempt;
      schedule(s, log);
      return true;
    }
    if (ran >= s.params().minGranularityNs) {
      const TaskId left = s.tree.leftmost();
      const std::int64_t diff = vdiff(curr.vruntime, s.tasks[left].vruntime);
      if (diff > ideal) {
        log.add(CfsPreempt{task, left, CfsPreempt::Reason::VruntimeLead, ran, ideal, diff, 0});
        s.lastKind = CfsStepKind::Preempt;
        schedule(s, log);
        return true;
      }
    }
  }
  if (!s.params().stepEveryTick) return false;
  log.add(CfsTick{task, ran, ideal});
  s.lastKind = CfsStepKind::Tick;
  return true;
}

bool process(CfsState& s, const Happening& h, Log& log) {
  switch (h.kind) {
    case HappeningKind::Op: return applyOp(s, log);
    case HappeningKind::BurstEnd: return burstEnds(s, log);
    case HappeningKind::Timer: return timerFires(s, log);
    case HappeningKind::Tick: return tick(s, log);
    case HappeningKind::Horizon:
      log.add(CfsHorizon{h.at});
      s.lastKind = CfsStepKind::Horizon;
      s.finished = true;
      return true;
    case HappeningKind::Nothing: break;
  }
  s.finished = true;
  return true;
}

}  // namespace

const char* cfsStepKindName(CfsStepKind kind) {
  switch (kind) {
    case CfsStepKind::None: return "none";
    case CfsStepKind::Arrive: return "arrive";
    case CfsStepKind::Spawn: return "spawn";
    case CfsStepKind::Wakeup: return "wakeup";
    case CfsStepKind::Block: return "block";
    case CfsStepKind::Exit: return "exit";
    case CfsStepKind::Preempt: return "preempt";
    case CfsStepKind::Renice: return "renice";
    case CfsStepKind::Tick: return "tick";
    case CfsStepKind::Horizon: return "horizon";
  }
  return "?";
}

Nanoseconds CfsState::slice(TaskId task) const { return sliceFor(*this, task, onQueue(*this, task)); }

CfsState CfsModel::initialState(std::shared_ptr<const CfsSetup> setup) {
  CfsState s;
  s.setup = std::move(setup);
  const auto& specs = s.setup->workload.tasks;
  s.tasks.resize(specs.size());
  s.tree.reserve(specs.size());
  s.timers = IndexedMinHeap<sched::TimerKey>(static_cast<std::uint32_t>(specs.size()));
  for (TaskId id = 0; id < specs.size(); ++id) {
    CfsTask& task = s.tasks[id];
    task.run.nice = specs[id].nice;
    task.weight = niceToWeight(specs[id].nice);
    task.run.wakeAtNs = specs[id].arrivalNs;
    if (!specs[id].spawned) s.timers.set(id, {specs[id].arrivalNs, id});
  }
  return s;
}

// One step: take what happens next, in time order, until something a student can see happens
// (a tick that preempts nobody is charged to the running task but is no step of its own, unless
// step_every_tick). The running task's time up to the step is reported first, as CfsRan.
void CfsModel::step(State& s, const Op& /*op*/, EventLog<Event>& log) {
  if (s.finished) return;
  const TaskId runner = s.current;
  const Nanoseconds startNs = s.now;
  const std::uint64_t startVruntime = runner == kNoTask ? 0 : s.tasks[runner].vruntime;
  const std::uint64_t startTicks = s.ticks;
  const std::uint64_t startMin = s.minVruntime;
  s.lastKind = CfsStepKind::None;
  for (;;) {
    // A step that never ends (an I/O loop with no CPU burst, 1 ns long, until a far horizon)
    // stops the run here; planSteps then reports the run as too long.
    if (++s.happenings > limits::kMaxSchedTicks) {
      s.finished = true;
      return;
    }
    const Happening h = nextHappening(s);
    if (h.kind != HappeningKind::Nothing) s.now = h.at;
    updateCurr(s);  // every path into the scheduler starts with update_curr
    Log happening(log.recording());
    if (runner != kNoTask && s.now > startNs)
      happening.add(CfsRan{runner, startNs, s.now, startVruntime, s.tasks[runner].vruntime, s.ticks - startTicks});
    if (process(s, h, happening)) {
      for (auto& e : happening.take()) log.add(std::move(e));
      break;
    }
  }
  if (s.minVruntime != startMin) log.add(CfsMinVruntime{startMin, s.minVruntime});
  if (s.exitedCount == s.tasks.size() && s.nextOp == s.setup->workload.ops.size()) s.finished = true;
}

std::uint64_t CfsModel::hash(const State& s) {
  StateHasher h;
  h.add(s.now);
  h.add(s.current);
  h.add(s.minVruntime);
  h.add(s.loadWeight);
  h.add(s.nrRunning);
  h.add(s.execStartNs);
  h.add(s.nextTickNs);
  h.add(s.nextOp);
  h.add(s.ticks);
  h.add(s.happenings);
  h.add(s.busyNs);
  h.add(s.exitedCount);
  h.add(s.finished);
  h.add(s.lastKind);
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const CfsTask& t = s.tasks[id];
    h.add(t.vruntime);
    h.add(t.weight);
    h.add(t.prevSumExecNs);
    h.add(t.run.state);
    h.add(t.run.nice);
    h.add(t.run.burst);
    h.add(t.run.burstLeftNs);
    h.add(t.run.wakeAtNs);
    h.add(t.run.readySinceNs);
    h.add(t.run.runningSinceNs);
    h.add(t.run.runtimeNs);
    h.add(t.run.switches);
    h.add(t.run.firstRunNs);
    h.add(t.run.exitNs);
    h.add(t.run.waitNs);
    h.add(s.timers.contains(id) ? s.timers.key(id).at : -1);
    if (s.tree.contains(id)) {
      const auto& node = s.tree.node(id);
      h.add(node.key);
      h.add(node.parent);
      h.add(node.left);
      h.add(node.right);
      h.add(node.color);
    }
  }
  h.add(s.tree.root());
  h.add(s.tree.leftmost());
  return h.value();
}

std::size_t CfsModel::footprintBytes(const State& s) {
  const std::size_t n = s.tasks.size();
  return sizeof(CfsState) + n * (sizeof(CfsTask) + sizeof(rbtree::RbTree<std::uint64_t>::Node) +
                                 sizeof(sched::TimerKey) + 2 * sizeof(std::uint32_t));
}

}  // namespace oslens::engine::cfs

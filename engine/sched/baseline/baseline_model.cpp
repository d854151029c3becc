#include "engine/sched/baseline/baseline_model.h"

#include <algorithm>

#include "engine/core/limits.h"
#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/sched/workload/next_happening.h"

// The policies as the textbooks define them: OSTEP ch. 7 ("Scheduling: Introduction": FIFO, SJF,
// STCF, Round Robin; 7.8 "Incorporating I/O": a task blocked on I/O frees the CPU and each CPU
// burst counts as a job) and Silberschatz 10e 5.3 (5.3.1 FCFS, 5.3.2 SJF and its preemptive
// form SRTF, 5.3.3 RR).
namespace oslens::engine::baseline {

namespace {

using Log = EventLog<BaselineEvent>;
using sched::kNoTask;

Nanoseconds saturatingAdd(Nanoseconds a, Nanoseconds b) { return a > kEndlessBurst - b ? kEndlessBurst : a + b; }

// BaselineSetup::cpuAfter for one task: a backward pass over its bursts (round the circle for a
// repeating task, starting just before an I/O burst).
std::vector<Nanoseconds> cpuAfterBursts(const TaskSpec& spec) {
  const auto& bursts = spec.bursts;
  const std::size_t n = bursts.size();
  if (spec.cpuBound || n == 0) return {};
  auto isIo = [&](std::size_t i) { return bursts[i].kind == sched::Burst::Kind::Io; };
  std::vector<Nanoseconds> after(n, 0);
  if (!spec.repeat) {
    for (std::size_t i = n - 1; i-- > 0;) after[i] = isIo(i + 1) ? 0 : saturatingAdd(bursts[i + 1].ns, after[i + 1]);
    return after;
  }
  const auto io = std::find_if(bursts.begin(), bursts.end(), [](const sched::Burst& b) { return b.kind == sched::Burst::Kind::Io; });
  if (io == bursts.end()) return std::vector<Nanoseconds>(n, kEndlessBurst);  // CPU bursts forever
  const auto first = static_cast<std::size_t>(io - bursts.begin());
  for (std::size_t k = 1; k <= n; ++k) {
    const std::size_t i = (first + n - k) % n;
    const std::size_t next = (i + 1) % n;
    after[i] = isIo(next) ? 0 : saturatingAdd(bursts[next].ns, after[next]);
  }
  return after;
}

// What can happen next, in the order things due at the same instant are taken: scenario ops,
// the running task's burst end, arrivals and wake-ups (by task order), the quantum's expiry.
// So a task arriving when a quantum expires joins the queue before the preempted task goes to
// its tail (the order OSTEP's and Silberschatz's RR traces use).
enum class HappeningKind : std::uint8_t { Op, BurstEnd, Timer, Quantum, Horizon, Nothing };
using Happening = sched::Happening<HappeningKind>;

Happening nextHappening(const BaselineState& s) {
  Happening next = sched::nextOpOrTimer<HappeningKind>(s);
  if (s.current != kNoTask) {
    if (!s.spec(s.current).cpuBound) next.consider(s.now + s.tasks[s.current].run.burstLeftNs, HappeningKind::BurstEnd);
    if (s.policy() == BaselinePolicy::Rr) next.consider(s.quantumEndNs, HappeningKind::Quantum);
  }
  sched::stopAtHorizon(next, s.setup->workload.untilNs);  // as in CFS
  return next;
}

// Time passes: the running task is charged, or the CPU idles. Charging at every happening keeps
// burstLeftNs current, so the running task's burst ends at now + burstLeftNs.
void advance(BaselineState& s, Nanoseconds at) {
  const Nanoseconds delta = at - s.now;
  if (delta <= 0) return;
  if (s.current != kNoTask) {
    sched::chargeCpu(s.tasks[s.current].run, s.spec(s.current), delta);
    s.busyNs += delta;
  } else {
    s.idleNs += delta;
  }
  s.now = at;
}

void changeState(BaselineState& s, TaskId task, TaskState to, Log& log) {
  BaselineTask& t = s.tasks[task];
  const TaskState from = t.run.state;
  if (from == TaskState::Blocked && to != TaskState::Blocked) t.blockedNs += s.now - t.blockedSinceNs;
  switch (to) {
    case TaskState::Ready: sched::becomeReady(t.run, s.now); break;
    case TaskState::Running: sched::startRunning(t.run, s.now); break;
    case TaskState::Blocked:
      if (from != TaskState::Blocked) {
        sched::block(t.run);
        t.blockedSinceNs = s.now;
      }
      break;
    case TaskState::Exited:
      sched::exitTask(t.run, s.now);
      ++s.exitedCount;
      break;
    case TaskState::New: break;
  }
  if (from != to) log.add(StateChange{task, from, to});
}

// Into the ready queue, behind every task already there with the same key.
void enqueue(BaselineState& s, TaskId task, Log& log) {
  changeState(s, task, TaskState::Ready, log);
  const Nanoseconds burst = s.nextBurst(task);
  const QueueKey key{ordersByBurst(s.policy()) ? burst : 0, s.nextSeq++};
  s.ready.set(task, key);
  if (!log.recording()) return;
  std::uint32_t position = 0;
  for (TaskId other = 0; other < s.tasks.size(); ++other)
    if (other != task && s.ready.contains(other) && s.ready.key(other) < key) ++position;
  log.add(Enqueue{task, position, burst});
}

void leaveCpu(BaselineState& s, TaskId task) {
  s.current = kNoTask;
  s.leftCpu = task;
  s.leftCpuAtNs = s.now;
}

void dispatch(BaselineState& s, TaskId task, Log& log) {
  s.ready.erase(task);
  changeState(s, task, TaskState::Running, log);
  s.current = task;
  const bool rr = s.policy() == BaselinePolicy::Rr;
  if (rr) s.quantumEndNs = s.now + s.setup->quantumNs;
  const TaskId from = s.leftCpuAtNs == s.now ? s.leftCpu : kNoTask;
  log.add(Dispatch{task, from, s.nextBurst(task), rr ? s.quantumEndNs : -1});
  s.leftCpu = kNoTask;
  s.leftCpuAtNs = -1;
}

// The running task goes back to the ready queue (its tail, for RR) while `by` takes the CPU.
void preempt(BaselineState& s, TaskId by, Preempt::Reason reason, Log& log) {
  const TaskId task = s.current;
  const TaskRun& run = s.tasks[task].run;
  log.add(Preempt{task, by, reason, s.now - run.runningSinceNs, s.nextBurst(task), s.nextBurst(by)});
  leaveCpu(s, task);
  enqueue(s, task, log);
}

// A task that is not running enters the state its next burst leads to. False when nothing a
// student could see changed (an I/O burst right after another).
bool settle(BaselineState& s, TaskId task, TaskState next, Log& log) {
  BaselineTask& t = s.tasks[task];
  switch (next) {
    case TaskState::Ready: enqueue(s, task, log); return true;
    case TaskState::Blocked: {
      const bool visible = t.run.state != TaskState::Blocked;
      if (visible) log.add(Block{task, t.run.wakeAtNs});
      changeState(s, task, TaskState::Blocked, log);
      s.timers.set(task, {t.run.wakeAtNs, task});
      return visible;
    }
    case TaskState::Exited:
      log.add(Exit{task});
      changeState(s, task, TaskState::Exited, log);
      return true;
    default: return false;
  }
}

bool arrive(BaselineState& s, TaskId task, bool spawned, Log& log) {
  log.add(Arrive{task, spawned});
  s.lastKind = spawned ? BaselineStepKind::Spawn : BaselineStepKind::Arrive;
  settle(s, task, sched::arrive(s.tasks[task].run, s.spec(task), s.now), log);
  return true;
}

bool timerFires(BaselineState& s, Log& log) {
  const TaskId task = s.timers.top();
  s.timers.erase(task);
  TaskRun& run = s.tasks[task].run;
  if (run.state == TaskState::New) return arrive(s, task, false, log);
  const TaskState next = sched::finishBurst(run, s.spec(task), s.now);
  if (next == TaskState::Ready) {
    log.add(Wake{task});
    s.lastKind = BaselineStepKind::Wakeup;
  } else if (next == TaskState::Exited) {
    s.lastKind = BaselineStepKind::Exit;
  }
  return settle(s, task, next, log);
}

// The running task's CPU burst is used up.
bool burstEnds(BaselineState& s, Log& log) {
  const TaskId task = s.current;
  TaskRun& run = s.tasks[task].run;
  const TaskState next = sched::finishBurst(run, s.spec(task), s.now);
  if (next == TaskState::Ready) return false;  // another CPU burst follows: one CPU burst to the scheduler
  leaveCpu(s, task);
  if (next == TaskState::Blocked) {
    log.add(Block{task, run.wakeAtNs});
    changeState(s, task, TaskState::Blocked, log);
    s.timers.set(task, {run.wakeAtNs, task});
    s.lastKind = BaselineStepKind::Block;
  } else {
    log.add(Exit{task});
    changeState(s, task, TaskState::Exited, log);
    s.lastKind = BaselineStepKind::Exit;
  }
  return true;
}

// RR: "If the process has a CPU burst of more than one time quantum, the timer will go off ...
// the process will be put at the tail of the ready queue" (Silberschatz 10e 5.3.3). With no
// other task ready it keeps the CPU for a fresh quantum, which is no step.
bool quantumExpires(BaselineState& s, Log& log) {
  if (s.ready.empty()) {
    s.quantumEndNs = s.now + s.setup->quantumNs;
    return false;
  }
  preempt(s, s.ready.top(), Preempt::Reason::QuantumExpired, log);
  s.lastKind = BaselineStepKind::Preempt;
  return true;
}

// Nice is kept and shown, but none of these policies looks at it.
bool renice(BaselineState& s, const sched::ReniceOp& op, Log& log) {
  TaskRun& run = s.tasks[op.task].run;
  log.add(Renice{op.task, run.nice, op.nice});
  run.nice = op.nice;
  s.lastKind = BaselineStepKind::Renice;
  return true;
}

bool applyOp(BaselineState& s, Log& log) {
  const sched::WorkloadOp& op = s.setup->workload.ops[s.nextOp++];
  return std::visit(Overloaded{
                        [&](const sched::ReniceOp& r) { return renice(s, r, log); },
                        [&](const sched::SpawnOp& spawn) { return arrive(s, spawn.task, true, log); },
                    },
                    op);
}

bool process(BaselineState& s, const Happening& h, Log& log) {
  switch (h.kind) {
    case HappeningKind::Op: return applyOp(s, log);
    case HappeningKind::BurstEnd: return burstEnds(s, log);
    case HappeningKind::Timer: return timerFires(s, log);
    case HappeningKind::Quantum: return quantumExpires(s, log);
    case HappeningKind::Horizon:
      log.add(Horizon{h.at});
      s.lastKind = BaselineStepKind::Horizon;
      s.finished = true;
      return true;
    case HappeningKind::Nothing: break;
  }
  s.finished = true;
  return true;
}

// The scheduler's decision, once everything due at this instant has been taken (so that jobs
// arriving together are all seen, as the textbooks' examples assume): an idle CPU takes the
// head of the ready queue; under STCF a task needing strictly less CPU than the running one has
// left preempts it (ties keep the running task, which saves a context switch).
BaselineStepKind decide(BaselineState& s, Log& log) {
  if (s.current == kNoTask) {
    if (s.ready.empty()) return BaselineStepKind::None;
    dispatch(s, s.ready.top(), log);
    return BaselineStepKind::Dispatch;
  }
  if (s.policy() != BaselinePolicy::Stcf || s.ready.empty()) return BaselineStepKind::None;
  const TaskId shortest = s.ready.top();
  if (s.ready.key(shortest).nextBurstNs >= s.nextBurst(s.current)) return BaselineStepKind::None;
  preempt(s, shortest, Preempt::Reason::ShorterJob, log);
  dispatch(s, shortest, log);
  return BaselineStepKind::Preempt;
}

}  // namespace

std::shared_ptr<const BaselineSetup> BaselineSetup::make(Workload workload, BaselinePolicy policy, Nanoseconds quantumNs) {
  auto setup = std::make_shared<BaselineSetup>();
  setup->policy = policy;
  setup->quantumNs = quantumNs;
  setup->cpuAfter.reserve(workload.tasks.size());
  for (const TaskSpec& spec : workload.tasks) setup->cpuAfter.push_back(cpuAfterBursts(spec));
  setup->workload = std::move(workload);
  return setup;
}

const char* baselineStepKindName(BaselineStepKind kind) {
  switch (kind) {
    case BaselineStepKind::None: return "none";
    case BaselineStepKind::Arrive: return "arrive";
    case BaselineStepKind::Spawn: return "spawn";
    case BaselineStepKind::Wakeup: return "wakeup";
    case BaselineStepKind::Block: return "block";
    case BaselineStepKind::Exit: return "exit";
    case BaselineStepKind::Preempt: return "preempt";
    case BaselineStepKind::Renice: return "renice";
    case BaselineStepKind::Horizon: return "horizon";
    case BaselineStepKind::Dispatch: return "dispatch";
  }
  return "?";
}

Nanoseconds BaselineState::nextBurst(TaskId task) const {
  if (spec(task).cpuBound) return kEndlessBurst;
  const TaskRun& run = tasks[task].run;
  return saturatingAdd(run.burstLeftNs, setup->cpuAfter[task][run.burst]);
}

std::vector<TaskId> BaselineState::queued() const {
  std::vector<TaskId> out;
  out.reserve(ready.size());
  for (TaskId id = 0; id < tasks.size(); ++id)
    if (ready.contains(id)) out.push_back(id);
  std::sort(out.begin(), out.end(), [&](TaskId a, TaskId b) { return ready.key(a) < ready.key(b); });
  return out;
}

bool BaselineState::moreDueNow() const {
  const Happening next = nextHappening(*this);
  return next.kind != HappeningKind::Nothing && next.kind != HappeningKind::Horizon && next.at == now;
}

BaselineState BaselineModel::initialState(std::shared_ptr<const BaselineSetup> setup) {
  BaselineState s;
  s.setup = std::move(setup);
  const auto& specs = s.setup->workload.tasks;
  const auto count = static_cast<std::uint32_t>(specs.size());
  s.tasks.resize(count);
  s.ready = IndexedMinHeap<QueueKey>(count);
  s.timers = IndexedMinHeap<sched::TimerKey>(count);
  for (TaskId id = 0; id < count; ++id) {
    s.tasks[id].run.nice = specs[id].nice;
    s.tasks[id].run.wakeAtNs = specs[id].arrivalNs;
    if (!specs[id].spawned) s.timers.set(id, {specs[id].arrivalNs, id});
  }
  return s;
}

// One step: take what happens next, in time order, until something a student can see happens;
// then, if nothing else is due at this instant, let the scheduler decide. The running task's
// time up to the step comes first, as Ran, then the quanta it was given afresh on the way
// (QuantumRenewed), so that the narration can say why it ran longer than one quantum.
void BaselineModel::step(State& s, const Op& /*op*/, EventLog<Event>& log) {
  if (s.finished) return;
  const TaskId runner = s.current;
  const Nanoseconds startNs = s.now;
  s.lastKind = BaselineStepKind::None;
  QuantumRenewed renewed{runner, 0, 0, 0};
  for (;;) {
    // A step that never ends (I/O bursts of 1 ns, one after another, up to a far horizon) stops
    // the run here; planSteps then reports it as too long.
    if (++s.happenings > limits::kMaxSchedTicks) {
      s.finished = true;
      return;
    }
    const Happening h = nextHappening(s);
    if (h.kind != HappeningKind::Nothing) advance(s, h.at);
    Log happening(log.recording());
    if (runner != kNoTask && s.now > startNs) happening.add(Ran{runner, startNs, s.now});
    if (renewed.count > 0) happening.add(renewed);
    bool visible = process(s, h, happening);
    if (!visible && h.kind == HappeningKind::Quantum) {  // quantumExpires renewed it
      if (renewed.count++ == 0) renewed.atNs = s.now;
      renewed.untilNs = s.quantumEndNs;
    }
    if (!s.finished && !s.moreDueNow()) {
      const BaselineStepKind decision = decide(s, happening);
      if (decision != BaselineStepKind::None) {
        visible = true;
        if (s.lastKind == BaselineStepKind::None) s.lastKind = decision;
      } else if (visible && s.current == kNoTask && s.leftCpuAtNs == s.now && s.leftCpu != kNoTask) {
        happening.add(Dispatch{kNoTask, s.leftCpu, 0, -1});  // nothing is ready: the CPU idles
        s.leftCpu = kNoTask;
        s.leftCpuAtNs = -1;
      }
    }
    if (visible) {
      for (auto& e : happening.take()) log.add(std::move(e));
      break;
    }
  }
  if (s.exitedCount == s.tasks.size() && s.nextOp == s.setup->workload.ops.size()) s.finished = true;
}

std::uint64_t BaselineModel::hash(const State& s) {
  StateHasher h;
  h.add(s.now);
  h.add(s.current);
  h.add(s.quantumEndNs);
  h.add(s.leftCpu);
  h.add(s.leftCpuAtNs);
  h.add(s.nextSeq);
  h.add(s.nextOp);
  h.add(s.happenings);
  h.add(s.busyNs);
  h.add(s.idleNs);
  h.add(s.exitedCount);
  h.add(s.finished);
  h.add(s.lastKind);
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const BaselineTask& t = s.tasks[id];
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
    h.add(t.blockedNs);
    h.add(t.blockedSinceNs);
    h.add(s.timers.contains(id) ? s.timers.key(id).at : -1);
    h.add(s.ready.contains(id) ? s.ready.key(id).nextBurstNs : -1);
    h.add(s.ready.contains(id) ? s.ready.key(id).seq : UINT64_MAX);
  }
  return h.value();
}

std::size_t BaselineModel::footprintBytes(const State& s) {
  const std::size_t n = s.tasks.size();
  return sizeof(BaselineState) + n * (sizeof(BaselineTask) + sizeof(QueueKey) + sizeof(sched::TimerKey) + 4 * sizeof(std::uint32_t));
}

}  // namespace oslens::engine::baseline

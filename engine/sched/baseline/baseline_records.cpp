#include "engine/sched/baseline/baseline_records.h"

#include "engine/core/overloaded.h"

namespace oslens::engine::baseline {

namespace {

const char* preemptReasonName(Preempt::Reason reason) {
  switch (reason) {
    case Preempt::Reason::QuantumExpired: return "quantum_expired";
    case Preempt::Reason::ShorterJob: return "shorter_job";
  }
  return "?";
}

// kEndlessBurst is written as null: a burst that never ends has no length.
OutputJson burstJson(Nanoseconds ns) { return ns == kEndlessBurst ? OutputJson(nullptr) : OutputJson(ns); }

// The mean of the values given, or null when there are none. The sum is exact: at most 4096
// tasks of at most 10^15 ns each (limits.h).
struct Mean {
  Nanoseconds sum = 0;
  std::uint64_t count = 0;
  void add(Nanoseconds value) {
    sum += value;
    ++count;
  }
  OutputJson json() const { return count == 0 ? OutputJson(nullptr) : OutputJson(static_cast<double>(sum) / static_cast<double>(count)); }
};

}  // namespace

OutputJson BaselineReportingModel::opJson(const State& /*state*/, const Op& op) { return OutputJson{{"at_ns", op.atNs}}; }

OutputJson BaselineReportingModel::eventJson(const State& s, const Event& event) {
  auto task = [&](TaskId id) { return id == sched::kNoTask ? OutputJson(nullptr) : OutputJson(s.name(id)); };
  return std::visit(
      Overloaded{
          [&](const Ran& e) { return OutputJson{{"type", "ran"}, {"task", task(e.task)}, {"from_ns", e.fromNs}, {"to_ns", e.toNs}}; },
          [&](const Arrive& e) { return OutputJson{{"type", e.spawned ? "spawn" : "arrive"}, {"task", task(e.task)}}; },
          [&](const Wake& e) { return OutputJson{{"type", "wakeup"}, {"task", task(e.task)}}; },
          [&](const Enqueue& e) {
            return OutputJson{{"type", "enqueue"}, {"task", task(e.task)}, {"position", e.position}, {"next_burst_ns", burstJson(e.nextBurstNs)}};
          },
          [&](const Dispatch& e) {
            return OutputJson{{"type", "dispatch"},
                              {"to", task(e.to)},
                              {"from", task(e.from)},
                              {"next_burst_ns", e.to == sched::kNoTask ? OutputJson(nullptr) : burstJson(e.nextBurstNs)},
                              {"quantum_end_ns", e.quantumEndNs < 0 ? OutputJson(nullptr) : OutputJson(e.quantumEndNs)}};
          },
          [&](const Preempt& e) {
            return OutputJson{{"type", "preempt"},          {"task", task(e.task)},
                              {"by", task(e.by)},           {"reason", preemptReasonName(e.reason)},
                              {"ran_ns", e.ranNs},          {"left_ns", burstJson(e.leftNs)},
                              {"by_left_ns", burstJson(e.byLeftNs)}};
          },
          [&](const Block& e) { return OutputJson{{"type", "block"}, {"task", task(e.task)}, {"until_ns", e.untilNs}}; },
          [&](const Exit& e) { return OutputJson{{"type", "exit"}, {"task", task(e.task)}}; },
          [&](const Renice& e) {
            // "ignored": the baselines keep the nice value but do not use it.
            return OutputJson{{"type", "renice"}, {"task", task(e.task)}, {"from_nice", e.fromNice}, {"to_nice", e.toNice}, {"ignored", true}};
          },
          [&](const Horizon& e) { return OutputJson{{"type", "horizon"}, {"at_ns", e.atNs}}; },
          [&](const StateChange& e) {
            return OutputJson{{"type", "state"}, {"task", task(e.task)}, {"from", sched::taskStateName(e.from)}, {"to", sched::taskStateName(e.to)}};
          },
      },
      event);
}

void BaselineReportingModel::addRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                             OutputJson& record) {
  record["time_ns"] = s.now;
  record["running"] = s.current == sched::kNoTask ? OutputJson(nullptr) : OutputJson(s.name(s.current));
  OutputJson queue = OutputJson::array();
  for (TaskId id : s.queued()) queue.push_back(s.name(id));
  record["queue"] = std::move(queue);
  record["event"] = baselineStepKindName(s.lastKind);
}

// The classroom metrics (OSTEP 7.2 and 7.6, Silberschatz 10e 5.2): response = first run -
// arrival, turnaround = exit - arrival, wait = time ready but not running. Averaged over the
// tasks that have run (response), exited (turnaround), arrived (wait).
OutputJson BaselineReportingModel::summaryJson(const State& s) {
  OutputJson tasks = OutputJson::array();
  Mean response, turnaround, wait;
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const BaselineTask& t = s.tasks[id];
    const TaskSpec& spec = s.spec(id);
    OutputJson entry = sched::taskSummaryJson(spec, t.run, s.now);
    entry["blocked_ns"] = t.blockedNs + (t.run.state == TaskState::Blocked ? s.now - t.blockedSinceNs : 0);
    entry["nice"] = t.run.nice;
    entry["state"] = sched::taskStateName(t.run.state);
    if (t.run.firstRunNs >= 0) response.add(t.run.firstRunNs - spec.arrivalNs);
    if (t.run.exitNs >= 0) turnaround.add(t.run.exitNs - spec.arrivalNs);
    if (t.run.state != TaskState::New) wait.add(entry["wait_ns"].get<Nanoseconds>());
    tasks.push_back(std::move(entry));
  }
  const bool rr = s.policy() == BaselinePolicy::Rr;
  return OutputJson{{"policy", baselinePolicyName(s.policy())},
                    {"quantum_ns", rr ? OutputJson(s.setup->quantumNs) : OutputJson(nullptr)},
                    {"time_ns", s.now},
                    {"busy_ns", s.busyNs},
                    {"tasks", std::move(tasks)},
                    {"averages", {{"response_ns", response.json()}, {"turnaround_ns", turnaround.json()}, {"wait_ns", wait.json()}}}};
}

}  // namespace oslens::engine::baseline

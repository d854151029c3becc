#include "engine/sched/baseline/baseline_records.h"

namespace oslens::engine::baseline {

namespace {

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

void BaselineReportingModel::writeOp(const State& /*state*/, const Op& op, JsonOut& out) {
  out.beginObject();
  out.field("at_ns", op.atNs);
  out.endObject();
}

void BaselineReportingModel::writeRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                               JsonOut& out) {
  out.field("time_ns", s.now);
  out.field("running", jsonNames(s).task(s.current));
  out.field("queue", jsonArrayOf(s.queued(), [&](TaskId id) { return std::string_view(s.name(id)); }));
  out.field("event", baselineStepKindName(s.lastKind));
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

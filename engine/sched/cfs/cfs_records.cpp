#include "engine/sched/cfs/cfs_records.h"

namespace oslens::engine::cfs {

OutputJson cfsParamsJson(const CfsParams& p) {
  return OutputJson{{"sched_latency_ns", p.schedLatencyNs},
                    {"min_granularity_ns", p.minGranularityNs},
                    {"wakeup_granularity_ns", p.wakeupGranularityNs},
                    {"tick_ns", p.tickNs},
                    {"sched_nr_latency", p.nrLatency()},
                    {"start_debit", p.startDebit},
                    {"sleeper_credit", sleeperCreditName(p.sleeperCredit)},
                    {"base_slice", p.baseSlice}};
}

void CfsReportingModel::writeOp(const State& /*state*/, const Op& op, JsonOut& out) {
  out.beginObject();
  out.field("at_ns", op.atNs);
  out.endObject();
}

void CfsReportingModel::writeRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                          JsonOut& out) {
  out.field("time_ns", s.now);
  out.field("running", jsonNames(s).task(s.current));
  out.key("tree");
  out.beginArray();
  s.tree.forEachInOrder([&](rbtree::NodeId id) {
    out.beginObject();
    out.field("task", s.name(id));
    out.field("vruntime", s.tasks[id].vruntime);
    out.endObject();
  });
  out.endArray();
  out.field("event", cfsStepKindName(s.lastKind));
  out.field("min_vruntime", s.minVruntime);
}

OutputJson CfsReportingModel::summaryJson(const State& s) {
  OutputJson tasks = OutputJson::array();
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const CfsTask& t = s.tasks[id];
    OutputJson entry = sched::taskSummaryJson(s.spec(id), t.run, s.now);
    entry["vruntime"] = t.vruntime;
    entry["nice"] = t.run.nice;
    entry["state"] = sched::taskStateName(t.run.state);
    tasks.push_back(std::move(entry));
  }
  return OutputJson{{"time_ns", s.now},
                    {"min_vruntime", s.minVruntime},
                    {"busy_ns", s.busyNs},
                    {"params", cfsParamsJson(s.params())},
                    {"tasks", std::move(tasks)}};
}

}  // namespace oslens::engine::cfs

#include "engine/sched/cfs/cfs_records.h"

#include "engine/core/overloaded.h"
#include "engine/core/rbtree/rb_names.h"

namespace oslens::engine::cfs {

namespace {

const char* placeRuleName(CfsPlace::Rule rule) {
  switch (rule) {
    case CfsPlace::Rule::NewAfterDebit: return "start_debit";
    case CfsPlace::Rule::NewAtMin: return "min_vruntime";
    case CfsPlace::Rule::SleeperCredit: return "sleeper_credit";
    case CfsPlace::Rule::KeptOwn: return "kept_own";
  }
  return "?";
}

const char* preemptReasonName(CfsPreempt::Reason reason) {
  switch (reason) {
    case CfsPreempt::Reason::SliceUsed: return "slice_used";
    case CfsPreempt::Reason::VruntimeLead: return "vruntime_lead";
    case CfsPreempt::Reason::Wakeup: return "wakeup";
    case CfsPreempt::Reason::Reniced: return "reniced";
  }
  return "?";
}

OutputJson treeEventJson(const CfsState& s, const rbtree::RbEvent& change) {
  auto node = [&](rbtree::NodeId id) { return id == rbtree::kNil ? OutputJson(nullptr) : OutputJson(s.name(id)); };
  using namespace rbtree;
  return std::visit(Overloaded{
                        [&](const RbDescend& e) {
                          return OutputJson{{"type", "rb_descend"}, {"node", node(e.node)}, {"at", node(e.at)}, {"side", rbSideName(e.side)}};
                        },
                        [&](const RbLink& e) {
                          return OutputJson{{"type", "rb_link"}, {"node", node(e.node)}, {"parent", node(e.parent)}, {"side", rbSideName(e.side)}};
                        },
                        [&](const RbFixup& e) {
                          return OutputJson{{"type", "rb_case"}, {"case", rbCaseName(e.which)}, {"node", node(e.node)}};
                        },
                        [&](const RbRecolor& e) {
                          return OutputJson{{"type", "rb_recolor"}, {"node", node(e.node)}, {"color", rbColorName(e.color)}};
                        },
                        [&](const RbRotate& e) {
                          return OutputJson{{"type", "rb_rotate"}, {"pivot", node(e.pivot)}, {"direction", rbSideName(e.direction)}};
                        },
                        [&](const RbSuccessor& e) {
                          return OutputJson{{"type", "rb_successor"}, {"node", node(e.node)}, {"successor", node(e.successor)}};
                        },
                        [&](const RbUnlink& e) { return OutputJson{{"type", "rb_unlink"}, {"node", node(e.node)}}; },
                        [&](const RbLeftmost& e) { return OutputJson{{"type", "rb_leftmost"}, {"node", node(e.node)}}; },
                    },
                    change);
}

}  // namespace

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

OutputJson CfsReportingModel::opJson(const State& /*state*/, const Op& op) { return OutputJson{{"at_ns", op.atNs}}; }

OutputJson CfsReportingModel::eventJson(const State& s, const Event& event) {
  auto task = [&](TaskId id) { return id == sched::kNoTask ? OutputJson(nullptr) : OutputJson(s.name(id)); };
  return std::visit(
      Overloaded{
          [&](const CfsRan& e) {
            return OutputJson{{"type", "ran"},          {"task", task(e.task)},     {"from_ns", e.fromNs},
                              {"to_ns", e.toNs},        {"vruntime_from", e.vruntimeFrom}, {"vruntime_to", e.vruntimeTo},
                              {"ticks", e.ticks}};
          },
          [&](const CfsArrive& e) { return OutputJson{{"type", e.spawned ? "spawn" : "arrive"}, {"task", task(e.task)}}; },
          [&](const CfsWake& e) { return OutputJson{{"type", "wakeup"}, {"task", task(e.task)}}; },
          [&](const CfsPlace& e) {
            return OutputJson{{"type", "place"},           {"task", task(e.task)},       {"rule", placeRuleName(e.rule)},
                              {"vruntime", e.vruntime},     {"previous", e.previous},     {"min_vruntime", e.minVruntime},
                              {"amount", e.amount}};
          },
          [&](const CfsEnqueue& e) { return OutputJson{{"type", "enqueue"}, {"task", task(e.task)}, {"vruntime", e.vruntime}}; },
          [&](const CfsDequeue& e) { return OutputJson{{"type", "dequeue"}, {"task", task(e.task)}}; },
          [&](const CfsTree& e) { return treeEventJson(s, e.change); },
          [&](const CfsPreempt& e) {
            return OutputJson{{"type", "preempt"},    {"task", task(e.task)},     {"by", task(e.by)},
                              {"reason", preemptReasonName(e.reason)}, {"ran_ns", e.ranNs}, {"ideal_ns", e.idealNs},
                              {"vdiff", e.vdiff},      {"granularity", e.granularity}};
          },
          [&](const CfsNoPreempt& e) {
            return OutputJson{{"type", "no_preempt"}, {"task", task(e.task)}, {"by", task(e.by)}, {"vdiff", e.vdiff},
                              {"granularity", e.granularity}};
          },
          [&](const CfsTick& e) {
            return OutputJson{{"type", "tick"}, {"task", task(e.task)}, {"ran_ns", e.ranNs}, {"ideal_ns", e.idealNs}};
          },
          [&](const CfsSwitch& e) {
            return OutputJson{{"type", "switch"},         {"from", task(e.from)},        {"to", task(e.to)},
                              {"period_ns", e.periodNs},   {"slice_ns", e.sliceNs},       {"weight", e.weight},
                              {"total_weight", e.totalWeight}, {"nr_running", e.nrRunning}};
          },
          [&](const CfsStateChange& e) {
            return OutputJson{{"type", "state"}, {"task", task(e.task)}, {"from", sched::taskStateName(e.from)},
                              {"to", sched::taskStateName(e.to)}};
          },
          [&](const CfsBlock& e) { return OutputJson{{"type", "block"}, {"task", task(e.task)}, {"until_ns", e.untilNs}}; },
          [&](const CfsExit& e) { return OutputJson{{"type", "exit"}, {"task", task(e.task)}}; },
          [&](const CfsRenice& e) {
            return OutputJson{{"type", "renice"},        {"task", task(e.task)},        {"from_nice", e.fromNice},
                              {"to_nice", e.toNice},      {"from_weight", e.fromWeight}, {"to_weight", e.toWeight}};
          },
          [&](const CfsMinVruntime& e) { return OutputJson{{"type", "min_vruntime"}, {"from", e.from}, {"to", e.to}}; },
          [&](const CfsHorizon& e) { return OutputJson{{"type", "horizon"}, {"at_ns", e.atNs}}; },
      },
      event);
}

void CfsReportingModel::addRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                        OutputJson& record) {
  record["time_ns"] = s.now;
  record["running"] = s.current == sched::kNoTask ? OutputJson(nullptr) : OutputJson(s.name(s.current));
  OutputJson tree = OutputJson::array();
  s.tree.forEachInOrder([&](rbtree::NodeId id) { tree.push_back({{"task", s.name(id)}, {"vruntime", s.tasks[id].vruntime}}); });
  record["tree"] = std::move(tree);
  record["event"] = cfsStepKindName(s.lastKind);
  record["min_vruntime"] = s.minVruntime;
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

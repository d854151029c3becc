#include "engine/deadlock/detection/detection_records.h"

#include "engine/core/overloaded.h"
#include "engine/deadlock/common/scan_records.h"

namespace oslens::engine::deadlock::detection {

namespace {

DeadlockNames namesOf(const DetectionState& s) { return {s.setup->processes, s.setup->resources}; }

OutputJson processVectorJson(const DetectionState& s, ProcessId p, const ResourceVector& vector) {
  return OutputJson{{"process", s.processName(p)}, {"vector", countsJson(vector)}};
}

OutputJson cycleJson(const DetectionSetup& setup, const std::optional<std::vector<VertexId>>& cycle) {
  if (!cycle) return nullptr;
  OutputJson out = OutputJson::array();
  for (VertexId v : *cycle) out.push_back(setup.vertexName(v));
  return out;
}

OutputJson waitForCycleJson(const DeadlockNames& names, const std::optional<std::vector<ProcessId>>& cycle) {
  return cycle ? names.processList(*cycle) : OutputJson(nullptr);
}

void addReport(const DetectionState& s, const DetectionReport& report, OutputJson& out) {
  const DeadlockNames names = namesOf(s);
  out["deadlocked"] = names.processList(report.deadlocked);
  out["cycle"] = cycleJson(*s.setup, report.cycle);
  out["wait_for_cycle"] = waitForCycleJson(names, report.waitForCycle);
  out["single_instance"] = report.singleInstance;
  out["sequence"] = names.processList(report.sequence);
}

}  // namespace

OutputJson DetectionReportingModel::opJson(const State& s, const Op& op) {
  return std::visit(
      Overloaded{
          [&](const RequestOp& o) { return OutputJson{{"request", processVectorJson(s, o.process, o.vector)}}; },
          [&](const ReleaseOp& o) { return OutputJson{{"release", processVectorJson(s, o.process, o.vector)}}; },
          [&](const DetectOp&) { return OutputJson{{"detect", true}}; },
          [&](const AbortOp& o) {
            return o.rule == VictimRule::Named ? OutputJson{{"abort", s.processName(o.process)}}
                                               : OutputJson{{"abort", {{"rule", victimRuleName(o.rule)}}}};
          },
          [&](const PreemptOp& o) { return OutputJson{{"preempt", processVectorJson(s, o.process, o.vector)}}; },
      },
      op);
}

OutputJson DetectionReportingModel::eventJson(const State& s, const Event& event) {
  const DeadlockNames names = namesOf(s);
  auto change = [&](const char* type, ProcessId p, const ResourceVector& vector, const ResourceVector& available) {
    return OutputJson{{"type", type}, {"process", names.process(p)}, {"vector", countsJson(vector)}, {"available", countsJson(available)}};
  };
  return std::visit(
      Overloaded{
          [&](const RequestGranted& e) { return change("granted", e.process, e.vector, e.available); },
          [&](const RequestWaits& e) {
            OutputJson out = change("waits", e.process, e.vector, e.available);
            out["short_of"] = names.resource(e.exceeds);
            return out;
          },
          [&](const Refused& e) {
            return OutputJson{{"type", "refused"},
                              {"process", names.process(e.process)},
                              {"vector", countsJson(e.vector)},
                              {"reason", refusalReasonName(e.reason)},
                              {"resource", names.resource(e.resource)}};
          },
          [&](const Released& e) { return change("released", e.process, e.vector, e.available); },
          [&](const WaiterGranted& e) { return change("waiter_granted", e.process, e.vector, e.available); },
          [&](const Aborted& e) {
            return OutputJson{{"type", "aborted"},
                              {"process", names.process(e.process)},
                              {"rule", victimRuleName(e.rule)},
                              {"candidates", names.processList(e.deadlocked)},
                              {"freed", countsJson(e.freed)},
                              {"available", countsJson(e.available)}};
          },
          [&](const Preempted& e) { return change("preempted", e.process, e.vector, e.available); },
          [&](const DetectionStart&) { return OutputJson{{"type", "detection"}}; },
          [&](const ScanBegin& e) { return scanEventJson(names, e); },
          [&](const ScanExamine& e) { return scanEventJson(names, e, "request"); },
          [&](const ScanFinish& e) { return scanEventJson(names, e); },
          [&](const ScanEnd& e) { return scanEventJson(names, e); },
          [&](const GraphCycle& e) {
            return OutputJson{{"type", "cycle"},
                              {"cycle", cycleJson(*s.setup, e.cycle)},
                              {"wait_for_cycle", waitForCycleJson(names, e.waitForCycle)},
                              {"single_instance", e.singleInstance}};
          },
          [&](const Deadlocked& e) { return OutputJson{{"type", "deadlocked"}, {"processes", names.processList(e.processes)}}; },
      },
      event);
}

void DetectionReportingModel::addRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                              OutputJson& record) {
  record["available"] = countsJson(s.available);
  if (s.lastGranted) record["granted"] = *s.lastGranted;
  if (s.lastRefusal) {
    record["refused"] = true;
    record["reason"] = refusalReasonName(*s.lastRefusal);
  }
  if (s.lastVictim) record["victim"] = s.processName(*s.lastVictim);
  if (s.lastReport) addReport(s, *s.lastReport, record);
}

OutputJson DetectionReportingModel::summaryJson(const State& s) {
  OutputJson summary{{"available", countsJson(s.available)}};
  EventLog<Event> silent(false);
  addReport(s, detect(s, silent), summary);
  OutputJson processes = OutputJson::array();
  for (ProcessId p = 0; p < s.processCount(); ++p)
    processes.push_back(OutputJson{{"name", s.processName(p)},
                                   {"status", processStatusName(s.status(p))},
                                   {"allocation", countsJson(s.allocation.row(p))},
                                   {"request", countsJson(s.request.row(p))}});
  summary["processes"] = std::move(processes);
  return summary;
}

}  // namespace oslens::engine::deadlock::detection

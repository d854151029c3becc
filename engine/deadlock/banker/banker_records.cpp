#include "engine/deadlock/banker/banker_records.h"

#include "engine/core/overloaded.h"
#include "engine/deadlock/common/scan_records.h"

namespace oslens::engine::deadlock::banker {

namespace {

DeadlockNames namesOf(const BankerState& s) { return {s.setup->processes, s.setup->resources}; }

OutputJson processVectorJson(const BankerState& s, ProcessId p, const ResourceVector& vector) {
  return OutputJson{{"process", s.processName(p)}, {"vector", countsJson(vector)}};
}

void addSafety(const DeadlockNames& names, const SafetyResult& safety, OutputJson& out) {
  out["safe"] = safety.safe;
  out["sequence"] = safety.safe ? names.processList(safety.sequence) : OutputJson(nullptr);
  out["unfinished"] = names.processList(safety.unfinished);
}

}  // namespace

OutputJson BankerReportingModel::opJson(const State& s, const Op& op) {
  return std::visit(Overloaded{
                        [&](const RequestOp& o) { return OutputJson{{"request", processVectorJson(s, o.process, o.vector)}}; },
                        [&](const ReleaseOp& o) { return OutputJson{{"release", processVectorJson(s, o.process, o.vector)}}; },
                        [&](const SafetyOp&) { return OutputJson{{"safety", true}}; },
                    },
                    op);
}

OutputJson BankerReportingModel::eventJson(const State& s, const Event& event) {
  const DeadlockNames names = namesOf(s);
  return std::visit(
      Overloaded{
          [&](const ClaimCheck& e) {
            return OutputJson{{"type", "claim_check"},         {"process", names.process(e.process)},
                              {"request", countsJson(e.request)}, {"need", countsJson(e.need)},
                              {"ok", !e.exceeds},              {"exceeds", names.resource(e.exceeds)}};
          },
          [&](const AvailableCheck& e) {
            return OutputJson{{"type", "available_check"},          {"process", names.process(e.process)},
                              {"request", countsJson(e.request)},    {"available", countsJson(e.available)},
                              {"ok", !e.exceeds},                   {"exceeds", names.resource(e.exceeds)}};
          },
          [&](const TrialAllocation& e) {
            return OutputJson{{"type", "trial_allocation"},         {"process", names.process(e.process)},
                              {"request", countsJson(e.request)},    {"available", countsJson(e.available)},
                              {"allocation", countsJson(e.allocation)}, {"need", countsJson(e.need)}};
          },
          [&](const SafetyCheck& e) { return OutputJson{{"type", "safety_check"}, {"trial", e.trial}}; },
          [&](const ScanBegin& e) { return scanEventJson(names, e); },
          [&](const ScanExamine& e) { return scanEventJson(names, e, "need"); },
          [&](const ScanFinish& e) { return scanEventJson(names, e); },
          [&](const ScanEnd& e) { return scanEventJson(names, e); },
          [&](const SafeSequences& e) {
            OutputJson listed = OutputJson::array();
            for (const auto& sequence : e.listed) listed.push_back(names.processList(sequence));
            return OutputJson{{"type", "safe_sequences"}, {"count", e.count}, {"complete", e.complete}, {"listed", std::move(listed)}};
          },
          [&](const RequestDecision& e) {
            return OutputJson{{"type", "decision"},
                              {"process", names.process(e.process)},
                              {"granted", e.outcome == RequestOutcome::Granted},
                              {"reason", requestOutcomeName(e.outcome)}};
          },
          [&](const Released& e) {
            return OutputJson{{"type", "released"},
                              {"process", names.process(e.process)},
                              {"vector", countsJson(e.vector)},
                              {"available", countsJson(e.available)}};
          },
          [&](const ReleaseRefused& e) {
            return OutputJson{{"type", "release_refused"},       {"process", names.process(e.process)},
                              {"vector", countsJson(e.vector)},   {"allocation", countsJson(e.allocation)},
                              {"exceeds", names.resource(e.exceeds)}};
          },
      },
      event);
}

void BankerReportingModel::addRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                           OutputJson& record) {
  const DeadlockNames names = namesOf(s);
  record["available"] = countsJson(s.available);
  if (s.lastOutcome) {
    record["granted"] = *s.lastOutcome == RequestOutcome::Granted;
    record["reason"] = requestOutcomeName(*s.lastOutcome);
  }
  if (s.lastReleaseDone) record["released"] = *s.lastReleaseDone;
  if (s.lastSafety) addSafety(names, *s.lastSafety, record);
}

OutputJson BankerReportingModel::summaryJson(const State& s) {
  const DeadlockNames names = namesOf(s);
  OutputJson summary{{"available", countsJson(s.available)}};
  addSafety(names, checkSafety(s), summary);
  OutputJson processes = OutputJson::array();
  const CountMatrix need = s.needMatrix();
  for (std::size_t p = 0; p < s.processCount(); ++p)
    processes.push_back(OutputJson{{"name", s.setup->processes[p]},
                                   {"max", countsJson(s.setup->max.row(p))},
                                   {"allocation", countsJson(s.allocation.row(p))},
                                   {"need", countsJson(need.row(p))}});
  summary["processes"] = std::move(processes);
  return summary;
}

}  // namespace oslens::engine::deadlock::banker

#include "engine/deadlock/detection/detection_records.h"

#include "engine/core/json_document_builder.h"
#include "engine/core/overloaded.h"

namespace oslens::engine::deadlock::detection {

namespace {

// `deadlocked`, `cycle`, `wait_for_cycle`, `single_instance`, `sequence`: in a detect step's
// record and in the summary.
void writeReport(const DetectionJsonNames& names, const DetectionReport& report, JsonOut& out) {
  out.field("deadlocked", names.processList(report.deadlocked));
  out.key("cycle");
  if (report.cycle) out.value(names.vertices(*report.cycle));
  else out.null();
  out.key("wait_for_cycle");
  if (report.waitForCycle) out.value(names.processList(*report.waitForCycle));
  else out.null();
  out.field("single_instance", report.singleInstance);
  out.field("sequence", names.processList(report.sequence));
}

}  // namespace

DetectionJsonNames DetectionReportingModel::jsonNames(const State& s) {
  return {{s.setup->processes, s.setup->resources, "request"}, *s.setup};
}

void DetectionReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  const DetectionJsonNames names = jsonNames(s);
  auto processVector = [&](const char* key, ProcessId p, const ResourceVector& vector) {
    out.key(key);
    writeProcessVector(names, p, vector, out);
  };
  out.beginObject();
  std::visit(Overloaded{
                 [&](const RequestOp& o) { processVector("request", o.process, o.vector); },
                 [&](const ReleaseOp& o) { processVector("release", o.process, o.vector); },
                 [&](const DetectOp&) { out.field("detect", true); },
                 [&](const AbortOp& o) {
                   out.key("abort");
                   if (o.rule == VictimRule::Named) {
                     out.value(s.processName(o.process));
                   } else {
                     out.beginObject();
                     out.field("rule", victimRuleName(o.rule));
                     out.endObject();
                   }
                 },
                 [&](const PreemptOp& o) { processVector("preempt", o.process, o.vector); },
             },
             op);
  out.endObject();
}

void DetectionReportingModel::writeRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                                JsonOut& out) {
  out.field("available", s.available);
  if (s.lastGranted) out.field("granted", *s.lastGranted);
  if (s.lastRefusal) {
    out.field("refused", true);
    out.field("reason", refusalReasonName(*s.lastRefusal));
  }
  if (s.lastVictim) out.field("victim", s.processName(*s.lastVictim));
  if (s.lastReport) writeReport(jsonNames(s), *s.lastReport, out);
}

OutputJson DetectionReportingModel::summaryJson(const State& s) {
  JsonDocumentBuilder summary;
  summary.beginObject();
  summary.field("available", s.available);
  EventLog<Event> silent(false);
  writeReport(jsonNames(s), detect(s, silent), summary);
  summary.key("processes");
  summary.beginArray();
  for (ProcessId p = 0; p < s.processCount(); ++p) {
    summary.beginObject();
    summary.field("name", s.processName(p));
    summary.field("status", processStatusName(s.status(p)));
    summary.field("allocation", s.allocation.row(p));
    summary.field("request", s.request.row(p));
    summary.endObject();
  }
  summary.endArray();
  summary.endObject();
  return std::move(summary.result());
}

}  // namespace oslens::engine::deadlock::detection

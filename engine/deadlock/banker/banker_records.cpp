#include "engine/deadlock/banker/banker_records.h"

#include "engine/core/json_document_builder.h"
#include "engine/core/overloaded.h"

namespace oslens::engine::deadlock::banker {

namespace {

// `safe`, `sequence` (null when unsafe), `unfinished`: in a step record and in the summary.
void writeSafety(const DeadlockNames& names, const SafetyResult& safety, JsonOut& out) {
  out.field("safe", safety.safe);
  out.key("sequence");
  if (safety.safe) out.value(names.processList(safety.sequence));
  else out.null();
  out.field("unfinished", names.processList(safety.unfinished));
}

}  // namespace

DeadlockNames BankerReportingModel::jsonNames(const State& s) {
  return {s.setup->processes, s.setup->resources, "need"};
}

void BankerReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  const DeadlockNames names = jsonNames(s);
  out.beginObject();
  std::visit(Overloaded{
                 [&](const RequestOp& o) {
                   out.key("request");
                   writeProcessVector(names, o.process, o.vector, out);
                 },
                 [&](const ReleaseOp& o) {
                   out.key("release");
                   writeProcessVector(names, o.process, o.vector, out);
                 },
                 [&](const SafetyOp&) { out.field("safety", true); },
             },
             op);
  out.endObject();
}

void BankerReportingModel::writeRecordFields(const State& s, const Op& /*op*/, const std::vector<Event>& /*events*/,
                                             JsonOut& out) {
  out.field("available", s.available);
  if (s.lastOutcome) {
    out.field("granted", *s.lastOutcome == RequestOutcome::Granted);
    out.field("reason", requestOutcomeName(*s.lastOutcome));
  }
  if (s.lastReleaseDone) out.field("released", *s.lastReleaseDone);
  if (s.lastSafety) writeSafety(jsonNames(s), *s.lastSafety, out);
}

OutputJson BankerReportingModel::summaryJson(const State& s) {
  const DeadlockNames names = jsonNames(s);
  JsonDocumentBuilder summary;
  summary.beginObject();
  summary.field("available", s.available);
  writeSafety(names, checkSafety(s), summary);
  summary.key("processes");
  summary.beginArray();
  const CountMatrix need = s.needMatrix();
  for (std::size_t p = 0; p < s.processCount(); ++p) {
    summary.beginObject();
    summary.field("name", s.setup->processes[p]);
    summary.field("max", s.setup->max.row(p));
    summary.field("allocation", s.allocation.row(p));
    summary.field("need", need.row(p));
    summary.endObject();
  }
  summary.endArray();
  summary.endObject();
  return std::move(summary.result());
}

}  // namespace oslens::engine::deadlock::banker

#include "engine/deadlock/common/scan_records.h"

namespace oslens::engine::deadlock {

OutputJson DeadlockNames::processList(const std::vector<ProcessId>& ids) const {
  OutputJson out = OutputJson::array();
  for (ProcessId p : ids) out.push_back(processes[p]);
  return out;
}

OutputJson countsJson(std::span<const Count> counts) {
  OutputJson out = OutputJson::array();
  for (Count c : counts) out.push_back(c);
  return out;
}

OutputJson scanEventJson(const DeadlockNames& /*names*/, const ScanBegin& e) {
  OutputJson finish = OutputJson::array();
  for (bool done : e.finish) finish.push_back(done);
  return OutputJson{{"type", "work_init"}, {"work", countsJson(e.work)}, {"finish", std::move(finish)}};
}

OutputJson scanEventJson(const DeadlockNames& names, const ScanExamine& e, const char* demandKey) {
  return OutputJson{{"type", "examine"},          {"process", names.process(e.process)},
                    {demandKey, countsJson(e.demand)}, {"work", countsJson(e.work)},
                    {"fits", !e.exceeds},         {"exceeds", names.resource(e.exceeds)}};
}

OutputJson scanEventJson(const DeadlockNames& names, const ScanFinish& e) {
  return OutputJson{{"type", "finish"},
                    {"process", names.process(e.process)},
                    {"allocation", countsJson(e.allocation)},
                    {"work", countsJson(e.work)}};
}

OutputJson scanEventJson(const DeadlockNames& names, const ScanEnd& e) {
  return OutputJson{{"type", "scan_end"},
                    {"sequence", names.processList(e.sequence)},
                    {"unfinished", names.processList(e.unfinished)},
                    {"work", countsJson(e.work)},
                    {"unrecorded_examinations", e.unrecordedExaminations}};
}

}  // namespace oslens::engine::deadlock

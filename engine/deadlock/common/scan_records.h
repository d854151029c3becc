#pragma once

#include <string>
#include <vector>

#include "engine/core/json_reader.h"
#include "engine/deadlock/common/scan_events.h"

// The JSON of what both deadlock modules report (a public interface, docs/scenarios.md).
namespace oslens::engine::deadlock {

struct DeadlockNames {
  const std::vector<std::string>& processes;
  const std::vector<ResourceType>& resources;

  OutputJson process(ProcessId p) const { return p == kNoProcess ? OutputJson(nullptr) : OutputJson(processes[p]); }
  OutputJson processList(const std::vector<ProcessId>& ids) const;
  OutputJson resource(const std::optional<ResourceId>& r) const {
    return r ? OutputJson(resources[*r].name) : OutputJson(nullptr);
  }
};

OutputJson countsJson(std::span<const Count> counts);

// "work_init", "examine", "finish" and "scan_end"; the demand (Need or Request) is written under
// `demandKey`.
OutputJson scanEventJson(const DeadlockNames& names, const ScanBegin& e);
OutputJson scanEventJson(const DeadlockNames& names, const ScanExamine& e, const char* demandKey);
OutputJson scanEventJson(const DeadlockNames& names, const ScanFinish& e);
OutputJson scanEventJson(const DeadlockNames& names, const ScanEnd& e);

}  // namespace oslens::engine::deadlock

#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/deadlock/common/deadlock_types.h"

// The events of one Work/Finish scan: the banker's safety algorithm (Silberschatz 10e 8.6.3.1,
// "demand" = Need) and the detection algorithm (8.7.2, "demand" = Request). Enough for a view
// to fill in the Work and Finish columns as a student does on paper. In the JSON (engine/core/
// event_json.h) processes and resources are named by DeadlockNames, which also says the
// demand's key ("need" or "request").
namespace oslens::engine::deadlock {

// Step 1: Work = Available; Finish[i] = false (detection: true for a process that holds nothing).
struct ScanBegin {
  ResourceVector work;
  std::vector<bool> finish;
  static constexpr std::string_view kJsonType = "work_init";
  void describe(JsonOut& out) const {
    out.field("work", work);
    out.field("finish", finish);
  }
  bool operator==(const ScanBegin&) const = default;
};

// Step 2 for one process: is demand <= work? `exceeds` is the first resource where it is not.
struct ScanExamine {
  ProcessId process = kNoProcess;
  ResourceVector demand;
  ResourceVector work;
  std::optional<ResourceId> exceeds;
  static constexpr std::string_view kJsonType = "examine";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field(names.demandKey, demand);
    out.field("work", work);
    out.field("fits", !exceeds);
    out.field("exceeds", names.resource(exceeds));
  }
  bool operator==(const ScanExamine&) const = default;
};

// Step 3: the process can finish; Work += its allocation (`work` is the new Work).
struct ScanFinish {
  ProcessId process = kNoProcess;
  ResourceVector allocation;
  ResourceVector work;
  static constexpr std::string_view kJsonType = "finish";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("allocation", allocation);
    out.field("work", work);
  }
  bool operator==(const ScanFinish&) const = default;
};

// Step 4: no process left that fits. `sequence` is the order they finished in; `unfinished`
// (Finish[i] == false) is empty when the state is safe / nobody is deadlocked.
// `unrecordedExaminations`: examinations beyond kMaxRecordedExaminations, made but not recorded
// (with their finishes) so that a huge table cannot fill memory.
struct ScanEnd {
  std::vector<ProcessId> sequence;
  std::vector<ProcessId> unfinished;
  ResourceVector work;
  std::uint64_t unrecordedExaminations = 0;
  static constexpr std::string_view kJsonType = "scan_end";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("sequence", names.processList(sequence));
    out.field("unfinished", names.processList(unfinished));
    out.field("work", work);
    out.field("unrecorded_examinations", unrecordedExaminations);
  }
  bool operator==(const ScanEnd&) const = default;
};

}  // namespace oslens::engine::deadlock

#pragma once

#include <optional>
#include <vector>

#include "engine/deadlock/common/deadlock_types.h"

// The events of one Work/Finish scan: the banker's safety algorithm (Silberschatz 10e 8.6.3.1,
// "demand" = Need) and the detection algorithm (8.7.2, "demand" = Request). Enough for a view
// to fill in the Work and Finish columns as a student does on paper.
namespace oslens::engine::deadlock {

// Step 1: Work = Available; Finish[i] = false (detection: true for a process that holds nothing).
struct ScanBegin {
  ResourceVector work;
  std::vector<bool> finish;
  bool operator==(const ScanBegin&) const = default;
};

// Step 2 for one process: is demand <= work? `exceeds` is the first resource where it is not.
struct ScanExamine {
  ProcessId process = kNoProcess;
  ResourceVector demand;
  ResourceVector work;
  std::optional<ResourceId> exceeds;
  bool operator==(const ScanExamine&) const = default;
};

// Step 3: the process can finish; Work += its allocation (`work` is the new Work).
struct ScanFinish {
  ProcessId process = kNoProcess;
  ResourceVector allocation;
  ResourceVector work;
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
  bool operator==(const ScanEnd&) const = default;
};

}  // namespace oslens::engine::deadlock

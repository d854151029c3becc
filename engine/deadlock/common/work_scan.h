#pragma once

#include <vector>

#include "engine/core/limits.h"
#include "engine/deadlock/common/deadlock_types.h"
#include "engine/deadlock/common/scan_events.h"
#include "engine/deadlock/common/scan_order.h"

namespace oslens::engine::deadlock {

struct ScanInput {
  const CountMatrix& demand;      // Need (safety) or Request (detection)
  const CountMatrix& allocation;
  std::span<const Count> available;
  std::vector<bool> finish;       // Finish[i] at the start
  ScanOrder order = ScanOrder::Wrap;
};

struct ScanResult {
  std::vector<ProcessId> sequence;    // in the order the processes finished
  std::vector<ProcessId> unfinished;  // Finish[i] still false at the end, by index
  ResourceVector work;                // Work at the end
  bool allFinished() const { return unfinished.empty(); }
};

// The Work/Finish loop of Silberschatz 10e 8.6.3.1 (safety) and 8.7.2 (detection), in `order`.
// `log` is an EventLog of a variant holding the scan events; they are built only when it records,
// and only for the first kMaxRecordedExaminations examinations. O(n^2 m) comparisons at worst,
// as in the book.
template <class Log>
ScanResult runWorkScan(const ScanInput& input, Log& log) {
  const std::size_t n = input.demand.rows();
  ResourceVector work(input.available.begin(), input.available.end());
  std::vector<bool> finish = input.finish;
  if (log.recording()) log.add(ScanBegin{work, finish});

  ScanResult result;
  std::uint64_t examinations = 0;
  std::size_t left = 0;
  for (bool done : finish) left += done ? 0 : 1;

  // Examines process i; true when it finishes.
  auto examine = [&](std::size_t i) {
    const auto exceeds = firstExceeding(input.demand.row(i), work);
    const bool record = log.recording() && examinations++ < limits::kMaxRecordedExaminations;
    if (record) log.add(ScanExamine{static_cast<ProcessId>(i), toVector(input.demand.row(i)), work, exceeds});
    if (exceeds) return false;
    addInto(work, input.allocation.row(i));
    finish[i] = true;
    --left;
    result.sequence.push_back(static_cast<ProcessId>(i));
    if (record) log.add(ScanFinish{static_cast<ProcessId>(i), toVector(input.allocation.row(i)), work});
    return true;
  };

  if (input.order == ScanOrder::Wrap) {
    // Stop after `left` examinations in a row without a pick: every unfinished one was tried.
    std::size_t failedInRow = 0;
    for (std::size_t i = 0; left > 0 && failedInRow < left; i = (i + 1) % n) {
      if (finish[i]) continue;
      failedInRow = examine(i) ? 0 : failedInRow + 1;
    }
  } else {
    bool picked = true;
    while (left > 0 && picked) {
      picked = false;
      for (std::size_t i = 0; i < n && !picked; ++i)
        if (!finish[i]) picked = examine(i);
    }
  }

  for (std::size_t i = 0; i < n; ++i)
    if (!finish[i]) result.unfinished.push_back(static_cast<ProcessId>(i));
  if (log.recording()) {
    const std::uint64_t unrecorded = examinations > limits::kMaxRecordedExaminations ? examinations - limits::kMaxRecordedExaminations : 0;
    log.add(ScanEnd{result.sequence, result.unfinished, work, unrecorded});
  }
  result.work = std::move(work);
  return result;
}

}  // namespace oslens::engine::deadlock

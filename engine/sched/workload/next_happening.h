#pragma once

#include <optional>

#include "engine/sched/workload/task_spec.h"

namespace oslens::engine::sched {

// The earliest thing that can happen next in a scheduler's run, which both models jump to.
// `Kind` is the model's enum of happenings, in the order things due at the same instant are
// taken; it has at least Op, Timer, Horizon and Nothing.
template <class Kind>
struct Happening {
  Nanoseconds at = 0;
  Kind kind = Kind::Nothing;

  void consider(Nanoseconds when, Kind what) {
    if (kind == Kind::Nothing || when < at || (when == at && what < kind)) {
      at = when;
      kind = what;
    }
  }
};

// What every scheduler waits for: its next scenario op and its earliest timer (arrivals and I/O
// wake-ups). `State` has setup->workload, nextOp and timers.
template <class Kind, class State>
Happening<Kind> nextOpOrTimer(const State& s) {
  Happening<Kind> next;
  const auto& ops = s.setup->workload.ops;
  if (s.nextOp < ops.size()) next.consider(opTime(ops[s.nextOp]), Kind::Op);
  if (!s.timers.empty()) next.consider(s.timers.key(s.timers.top()).at, Kind::Timer);
  return next;
}

// The run covers [0, until_ns): what is due at until_ns itself is not taken.
template <class Kind>
void stopAtHorizon(Happening<Kind>& next, const std::optional<Nanoseconds>& untilNs) {
  if (untilNs && (next.kind == Kind::Nothing || next.at >= *untilNs)) next = {*untilNs, Kind::Horizon};
}

}  // namespace oslens::engine::sched

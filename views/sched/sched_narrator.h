#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/sched/baseline/baseline_model.h"

namespace oslens::views {

// Turns the events of one step of a baseline scheduler (FIFO, SJF, STCF, RR) into sentences in
// the textbook's words: who arrives, where it joins the ready queue and why there, who gets the
// CPU, whose quantum expires, which shorter job preempts which.
class SchedNarrator {
  Q_DECLARE_TR_FUNCTIONS(SchedNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::baseline::BaselineState& after,
                             const engine::sched::SchedStep& op, const std::vector<engine::baseline::BaselineEvent>& events);
  static QString summary(const engine::baseline::BaselineState& state);
  // "FIFO (first come, first served)", ...
  static QString policyName(engine::baseline::BaselinePolicy policy);
  // A next CPU burst: "4 ms", or "endless" for a task that never does I/O.
  static QString burstText(engine::sched::Nanoseconds ns);
};

}  // namespace oslens::views

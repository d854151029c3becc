#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/sched/cfs/cfs_model.h"

namespace oslens::views {

// Turns the events of one CFS step into sentences that follow kernel/sched/fair.c: how long the
// running task ran and what that did to its vruntime, where a new or waking task is placed and
// why, which tick or wake-up preempted whom and by how much, and the slice the next task is due.
class CfsNarrator {
  Q_DECLARE_TR_FUNCTIONS(CfsNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::cfs::CfsState& after, const engine::cfs::SchedStep& op,
                             const std::vector<engine::cfs::CfsEvent>& events);
  static QString summary(const engine::cfs::CfsState& state);
  // The sentence for one red-black fix-up case, in the textbook's words (CLRS 13.3, 13.4).
  static QString caseText(engine::rbtree::RbCase which);
  // "the kernel's CFS, Linux 2.6.23 to 6.5 (6.6 replaced it with EEVDF)": shown with the views.
  static QString modelNote();
  static QString stateName(engine::sched::TaskState state);
};

}  // namespace oslens::views

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/memory/paging/paging_events.h"
#include "engine/memory/paging/paging_state.h"

namespace oslens::views {

// Turns the events of one paging step into sentences that say what happened and why.
class PagingNarrator {
  Q_DECLARE_TR_FUNCTIONS(PagingNarrator)

 public:
  // `stepIndex` is the 0-based index of the reference; sentences number steps from 1.
  static QStringList narrate(std::size_t stepIndex, const engine::paging::PagingState& after,
                             const engine::paging::PagingOp& op,
                             const std::vector<engine::paging::PagingEvent>& events);
  static QString sentence(const engine::paging::PagingEvent& event);
  static QString policyTitle(engine::paging::Policy policy);
  static QString summary(const engine::paging::PagingState& state);
};

}  // namespace oslens::views

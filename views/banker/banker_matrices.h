#pragma once

#include <QCoreApplication>

#include "engine/deadlock/banker/banker_scenario.h"
#include "views/kit/matrix_table.h"

namespace oslens::views {

// The banker's tables for the matrices view: Allocation, Max and Need per process, Available
// (and a request, and Work with Finish during a safety check), and how each event of a step
// changes and highlights them.
class BankerMatrices {
  Q_DECLARE_TR_FUNCTIONS(BankerMatrices)

 public:
  enum Group { kAllocation = 0, kMax = 1, kNeed = 2 };

  static MatrixTable tableOf(const engine::deadlock::banker::BankerState& state);
  // One event played into the table; `after` is the state the step ends in (for names and captions).
  static void apply(MatrixTable& table, const engine::deadlock::banker::BankerState& after,
                    const engine::deadlock::banker::BankerEvent& event);
  // The sentence the view shows under the tables while it plays `event` (may be empty).
  static QString caption(const engine::deadlock::banker::BankerState& after,
                         const engine::deadlock::banker::BankerEvent& event);
};

}  // namespace oslens::views

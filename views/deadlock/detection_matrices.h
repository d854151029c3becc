#pragma once

#include <QCoreApplication>

#include "engine/deadlock/detection/detection_scenario.h"
#include "views/kit/matrix_table.h"

namespace oslens::views {

// Deadlock detection's tables for the matrices view: Allocation and Request per process,
// Available (and Work with Finish while the detection algorithm runs), each process's status,
// and how each event of a step changes and highlights them.
class DetectionMatrices {
  Q_DECLARE_TR_FUNCTIONS(DetectionMatrices)

 public:
  enum Group { kAllocation = 0, kRequest = 1 };

  static MatrixTable tableOf(const engine::deadlock::detection::DetectionState& state);
  static void apply(MatrixTable& table, const engine::deadlock::detection::DetectionState& after,
                    const engine::deadlock::detection::DetectionEvent& event);
  // The sentence the view shows under the tables while it plays `event` (may be empty).
  static QString caption(const engine::deadlock::detection::DetectionState& after,
                         const engine::deadlock::detection::DetectionEvent& event);
};

}  // namespace oslens::views

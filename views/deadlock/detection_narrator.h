#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

#include "engine/deadlock/detection/detection_scenario.h"

namespace oslens::views {

// Turns one step of deadlock detection into sentences (Silberschatz 10e 8.7, 8.8): who gets what
// or blocks, every Request <= Work comparison of the detection algorithm, the cycle in the
// resource-allocation and wait-for graphs and whether it proves a deadlock, and recovery.
class DetectionNarrator {
  Q_DECLARE_TR_FUNCTIONS(DetectionNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::deadlock::detection::DetectionState& after,
                             const engine::deadlock::detection::DetectionOp& op,
                             const std::vector<engine::deadlock::detection::DetectionEvent>& events);
  // The sentences of one event alone (the matrices view's caption while it plays the event).
  static QStringList eventSentences(const engine::deadlock::detection::DetectionState& after, const engine::deadlock::detection::DetectionEvent& event);
  static QString summary(const engine::deadlock::detection::DetectionState& state);
  // "P1 → A → P2 → C → P1": the cycle closed back to its first vertex.
  static QString cycleText(const engine::deadlock::detection::DetectionSetup& setup,
                           const std::vector<engine::deadlock::VertexId>& cycle);
  static QString ruleText(engine::deadlock::detection::VictimRule rule);
};

}  // namespace oslens::views

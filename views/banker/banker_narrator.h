#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/deadlock/banker/banker_scenario.h"

namespace oslens::views {

// Turns one step of the banker's algorithm into the sentences a student writes beside the
// tables (Silberschatz 10e 8.6.3): the claim and availability checks of a request, the trial
// allocation, every Need <= Work comparison of the safety algorithm, the verdict, and the grant
// or the roll-back.
class BankerNarrator {
  Q_DECLARE_TR_FUNCTIONS(BankerNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::deadlock::banker::BankerState& after,
                             const engine::deadlock::banker::BankerOp& op,
                             const std::vector<engine::deadlock::banker::BankerEvent>& events);
  // The sentences of one event alone (the matrices view's caption while it plays the event).
  static QStringList eventSentences(const engine::deadlock::banker::BankerState& after, const engine::deadlock::banker::BankerEvent& event);
  static QString summary(const engine::deadlock::banker::BankerState& state);
  // "safe, sequence ⟨P1, P3, P4, P0, P2⟩" or "unsafe: P0, P2 cannot finish".
  static QString verdict(const engine::deadlock::banker::BankerState& state,
                         const engine::deadlock::banker::SafetyResult& result);
};

}  // namespace oslens::views

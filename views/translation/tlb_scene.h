#pragma once

#include "views/translation/walk_following_scene.h"

namespace oslens::views {

// The TLB after the step: one row per entry (its set, valid, ASID, page, frame, R/W, D, last use),
// the set the step looked in highlighted and the entry it hit or filled outlined. A TLB of more
// than 32 entries shows the sets around the one looked in.
class TlbScene : public WalkFollowingScene {
  Q_OBJECT

 public:
  explicit TlbScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  static constexpr int kMaxRows = 32;

 protected:
  void draw(const engine::translation::TranslationState& state, bool changesShown) override;

 private:
  static QString lastUse(std::uint64_t accessesAgo);
  // The entries the shown step dropped (a switch without ASIDs, a fork, an exit, munmap), said.
  QString droppedText() const;
};

}  // namespace oslens::views

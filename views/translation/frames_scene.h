#pragma once

#include "views/translation/walk_following_scene.h"

namespace oslens::views {

// Managed mode's physical memory after the step: the processes (state, resident and swapped
// pages), every frame coloured by its owner (a page table, a page, a frame shared copy-on-write
// with its reference count, the dirty ones marked), and the swap slots. What the step changed is
// outlined.
class FramesScene : public WalkFollowingScene {
  Q_OBJECT

 public:
  explicit FramesScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  static constexpr int kColumns = 8;

 protected:
  void draw(const engine::translation::TranslationState& state, bool changesShown) override;
};

}  // namespace oslens::views

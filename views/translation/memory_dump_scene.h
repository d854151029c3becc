#pragma once

#include "views/translation/walk_following_scene.h"

namespace oslens::views {

// Image mode's physical memory, as OSTEP's page dump prints it: for each table the walk read and
// for the page it reached, the bytes around what was read (16 to a row, the row's physical address
// in front), the entry's bytes in its level's colour (x86-64's eight, little-endian, show as
// stored), the byte the access reads outlined. One place per level plus the data page, from the
// start, so the picture keeps its size; a place fills when the walk has read it (before that, only
// the top table, which the root frame names, is known).
class MemoryDumpScene : public WalkFollowingScene {
  Q_OBJECT

 public:
  explicit MemoryDumpScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  static constexpr int kBytesPerRow = 16;
  static constexpr int kRowsPerPage = 2;

 protected:
  void draw(const engine::translation::TranslationState& state, bool changesShown) override;
};

}  // namespace oslens::views

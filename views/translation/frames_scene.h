#pragma once

#include "views/translation/memory_motion.h"
#include "views/translation/walk_following_scene.h"

namespace oslens::views {

// Managed mode's physical memory after the step: the processes (state, resident and swapped
// pages), every frame coloured by its owner (a page table, a page, a frame shared copy-on-write
// with its reference count, the dirty ones marked), and the swap slots. What the step changed is
// outlined. When the walk ends, a step that evicts, swaps in or breaks copy-on-write plays those
// moves over it (views/translation/memory_motion.h).
class FramesScene : public WalkFollowingScene {
  Q_OBJECT

 public:
  explicit FramesScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);
  ~FramesScene() override;

  static constexpr int kMaxColumns = 8;

  // Where the last drawing put each frame, swap slot and process (tests follow the moves by it).
  const MemoryPlaces& places() const { return m_places; }
  FlightPlayer* player() const { return m_player; }

 protected:
  void draw(const engine::translation::TranslationState& state, bool changesShown) override;
  void walkEnded() override;
  bool moving() const override;
  void stopMoving() override;

 private:
  MemoryCell frameLook(const engine::translation::TranslationState& state, engine::translation::FrameNumber frame) const;
  MemoryCell slotLook(engine::translation::SlotNumber slot, const QStringList& holders) const;
  MemoryCell freeLook() const;
  // Which page each swap slot holds: the PTEs that point to it.
  std::vector<QStringList> swapHolders(const engine::translation::TranslationState& state) const;
  // Every cell of `state` as drawn now (in presentation mode, with its small print set larger).
  MemoryLooks looks(const engine::translation::TranslationState& state) const;
  void addCell(const QRectF& rect, const MemoryCell& cell, bool changed);
  static int gridColumns(const engine::translation::ManagedState& m, qreal legendWidth, qreal top);
  static QString regionsText(const engine::translation::TranslationState& state, engine::translation::ProcessIndex process);

  MemoryPlaces m_places;
  FlightPlayer* m_player;
};

}  // namespace oslens::views

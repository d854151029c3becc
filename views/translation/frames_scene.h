#pragma once

#include <QGraphicsScene>
#include <QTimer>
#include <functional>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/presentation_type.h"

namespace oslens::views {

// What the memory and TLB pictures show while the walk of a step plays: the state before the step,
// until the walk's last beat, then the state after it with the step's changes outlined. A jump, or
// a step played without animation, shows the state after at once.
class WalkFollower : public QObject {
  Q_OBJECT

 public:
  using Draw = std::function<void(const engine::translation::TranslationState& state, bool changesShown)>;
  WalkFollower(const engine::translation::TranslationSimulation& simulation, Draw draw, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void finish();
  bool waiting() const { return m_timer.isActive(); }
  void setSpeed(double speed) { m_speed = speed; }
  void redraw();

 private:
  const engine::translation::TranslationSimulation& m_simulation;
  Draw m_draw;
  QTimer m_timer;
  double m_speed = 1.0;
};

// Managed mode's physical memory after the step: the processes (state, resident and swapped
// pages), every frame coloured by its owner (a page table, a page, a frame shared copy-on-write
// with its reference count, the dirty ones marked), and the swap slots. What the step changed is
// outlined.
class FramesScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit FramesScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate) { m_follower.showPosition(from, to, animate); }
  void finishAnimations() { m_follower.finish(); }
  bool isAnimating() const { return m_follower.waiting(); }
  void setAnimationSpeed(double speed) { m_follower.setSpeed(speed); }
  void retranslate() { m_follower.redraw(); }
  void setPresentation(bool presentation);

  static constexpr int kColumns = 8;

 private:
  void draw(const engine::translation::TranslationState& state, bool changesShown);

  const engine::translation::TranslationSimulation& m_simulation;
  WalkFollower m_follower;
  bool m_presentation = false;
  PresentationType m_type{14};
};

// The TLB after the step: one row per entry (its set, valid, ASID, page, frame, R/W, D, last use),
// the set the step looked in highlighted and the entry it hit or filled outlined. A TLB of more
// than 32 entries shows the sets around the one looked in.
class TlbScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit TlbScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate) { m_follower.showPosition(from, to, animate); }
  void finishAnimations() { m_follower.finish(); }
  bool isAnimating() const { return m_follower.waiting(); }
  void setAnimationSpeed(double speed) { m_follower.setSpeed(speed); }
  void retranslate() { m_follower.redraw(); }
  void setPresentation(bool presentation);

  static constexpr int kMaxRows = 32;

 private:
  void draw(const engine::translation::TranslationState& state, bool changesShown);

  const engine::translation::TranslationSimulation& m_simulation;
  WalkFollower m_follower;
  bool m_presentation = false;
  PresentationType m_type{14};
};

}  // namespace oslens::views

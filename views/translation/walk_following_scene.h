#pragma once

#include <QGraphicsScene>
#include <QTimer>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/presentation_type.h"

namespace oslens::views {

// A picture of the translation module that follows the walk of a step (the memory and the TLB):
// while the walk plays it shows the state before the step, until the walk's last beat, then the
// state after it with the step's changes outlined (views/translation/walk_scene.h). A jump, or a
// step played without animation, shows the state after at once. A subclass draws a state, and may
// play the step's changes over the state after when the walk has ended (walkEnded).
class WalkFollowingScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit WalkFollowingScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  bool isAnimating() const { return m_timer.isActive() || moving(); }
  void setAnimationSpeed(double speed) { m_speed = speed; }
  void retranslate() { redraw(); }
  void setPresentation(bool presentation);

 protected:
  // Draws `state`; `changesShown`: the step's changes are outlined (the state after the step).
  virtual void draw(const engine::translation::TranslationState& state, bool changesShown) = 0;
  // Call at the end of the subclass's constructor (draw is virtual).
  void redraw();
  // The walk of a step played forwards has ended and the state after it is drawn: a subclass may
  // play the step's changes over it now, as long as moving() says. stopMoving() ends them at once
  // (a move, a finish, a change of form), leaving the state after as drawn.
  virtual void walkEnded() {}
  virtual bool moving() const { return false; }
  virtual void stopMoving() {}
  double animationSpeed() const { return m_speed; }
  const engine::translation::TranslationSimulation& simulation() const { return m_simulation; }
  bool presentation() const { return m_presentation; }
  // The scenario's title in the current language, typeset.
  QString scenarioTitle() const;
  // The small print of presentation mode (views/core/presentation_type.h); after drawing.
  void applyType() { m_type.apply(*this, m_presentation); }
  // `font` as applyType() shows a text set in it (for what a subclass paints itself).
  QFont shownFont(QFont font) const;

 private:
  const engine::translation::TranslationSimulation& m_simulation;
  QTimer m_timer;
  double m_speed = 1.0;
  bool m_presentation = false;
  PresentationType m_type{14};
};

}  // namespace oslens::views

#pragma once

#include <QGraphicsScene>
#include <QTimer>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/presentation_type.h"

namespace oslens::views {

// A picture of the translation module that follows the walk of a step (the memory and the TLB):
// while the walk plays it shows the state before the step, until the walk's last beat, then the
// state after it with the step's changes outlined (views/translation/walk_scene.h). A jump, or a
// step played without animation, shows the state after at once. A subclass draws a state.
class WalkFollowingScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit WalkFollowingScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  bool isAnimating() const { return m_timer.isActive(); }
  void setAnimationSpeed(double speed) { m_speed = speed; }
  void retranslate() { redraw(); }
  void setPresentation(bool presentation);

 protected:
  // Draws `state`; `changesShown`: the step's changes are outlined (the state after the step).
  virtual void draw(const engine::translation::TranslationState& state, bool changesShown) = 0;
  // Call at the end of the subclass's constructor (draw is virtual).
  void redraw();
  const engine::translation::TranslationSimulation& simulation() const { return m_simulation; }
  bool presentation() const { return m_presentation; }
  // The scenario's title in the current language, typeset.
  QString scenarioTitle() const;
  // The small print of presentation mode (views/core/presentation_type.h); after drawing.
  void applyType() { m_type.apply(*this, m_presentation); }

 private:
  const engine::translation::TranslationSimulation& m_simulation;
  QTimer m_timer;
  double m_speed = 1.0;
  bool m_presentation = false;
  PresentationType m_type{14};
};

}  // namespace oslens::views

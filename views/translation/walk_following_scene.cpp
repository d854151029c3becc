#include "views/translation/walk_following_scene.h"

#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/translation/walk_scene.h"

namespace oslens::views {

using namespace engine::translation;

WalkFollowingScene::WalkFollowingScene(const TranslationSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  m_timer.setSingleShot(true);
  connect(&m_timer, &QTimer::timeout, this, [this] {
    redraw();
    walkEnded();
  });
}

void WalkFollowingScene::showPosition(int from, int to, bool animate) {
  m_timer.stop();
  stopMoving();
  const auto& timeline = m_simulation.timeline();
  if (animate && m_speed > 0 && to == from + 1 && to > 0) {
    // As long as the walk's beats before its result (views/translation/walk_scene.h).
    int beats = 1;
    for (const TranslationEvent& event : timeline.lastEvents())
      if (std::holds_alternative<TlbLookedUp>(event) || std::holds_alternative<EntryRead>(event)) ++beats;
    draw(timeline.stateAt(timeline.position() - 1), false);
    m_timer.start(static_cast<int>(beats * WalkScene::kBeatMs / m_speed));
    return;
  }
  redraw();
}

void WalkFollowingScene::finishAnimations() {
  stopMoving();
  if (!m_timer.isActive()) return;
  m_timer.stop();
  redraw();
}

void WalkFollowingScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_timer.stop();
  stopMoving();
  redraw();
}

QFont WalkFollowingScene::shownFont(QFont font) const {
  if (m_presentation && font.pointSizeF() > 0 && font.pointSizeF() < m_type.floorPoints()) font.setPointSizeF(m_type.floorPoints());
  return font;
}

QString WalkFollowingScene::scenarioTitle() const {
  return typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString())));
}

void WalkFollowingScene::redraw() {
  if (m_timer.isActive()) return;  // still showing the state before the step
  draw(m_simulation.timeline().state(), true);
}

}  // namespace oslens::views

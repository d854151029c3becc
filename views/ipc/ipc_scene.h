#pragma once

#include <QGraphicsScene>
#include <memory>
#include <vector>

#include "engine/ipc/ipc_scenario.h"
#include "views/core/presentation_header.h"
#include "views/core/presentation_type.h"
#include "views/ipc/ipc_beats.h"
#include "views/ipc/ipc_layout.h"

class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

// The processes and the objects they talk through (the IPC module's main picture): lanes of
// processes on both sides (views/ipc/ipc_lanes.h), the objects between them (ipc_cards.h), and
// what a step moves flying from one to the other. A step plays as beats (ipc_beats.h): the
// process lit at its action, the bytes or the message on their way, then the state after with the
// step's marks; a step back plays them backwards. Every beat is drawn anew from its data, so a jump
// shows exactly the state.
class IpcScene : public QGraphicsScene {
  Q_OBJECT

 public:
  IpcScene(const engine::ipc::IpcSimulation& simulation, QObject* parent = nullptr);
  ~IpcScene() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  void retranslate();
  void setAnimationSpeed(double speed) { m_beatMs = speed <= 0 ? 0 : static_cast<int>(kBaseBeatMs / speed); }
  bool isAnimating() const;
  void setPresentation(bool presentation);

  // Tests: every visible text now; beat `beat` of the step that led to the current position.
  QStringList texts() const;
  void showBeat(std::size_t beat);
  std::size_t beatCount() const { return m_beats.size(); }
  const IpcLayout& layout() const { return m_layout; }
  // Tests: the text the flying token carries now (empty when none flies).
  QString flightText() const;

 private:
  void buildStaticItems();
  void prepareBeats(int from, int to);
  void draw(const IpcBeat& beat);
  void placeToken(const IpcBeat& beat, qreal u);
  void drawStepLine(const IpcBeat& beat);
  void drawDeadlock(const IpcBeat& beat);
  void showRest();
  void clearDynamic();

  const engine::ipc::IpcSimulation& m_simulation;
  IpcLayout m_layout;
  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsSimpleTextItem* m_stepLine = nullptr;
  std::vector<QGraphicsSimpleTextItem*> m_legendTexts;
  std::vector<QGraphicsItem*> m_legendBoxes;
  std::vector<QGraphicsItem*> m_dynamic;
  QGraphicsRectItem* m_token = nullptr;
  QGraphicsSimpleTextItem* m_tokenText = nullptr;

  PresentationHeader m_header;
  // 15 pt on the wall: the picture is about as wide as a 1920 screen in presentation mode, so its
  // smallest words are about 20 px there.
  PresentationType m_type{15};
  bool m_presentation = false;

  struct Playing {
    engine::ipc::IpcState before, after;
    engine::ipc::IpcStep op;
    std::vector<engine::ipc::IpcEvent> events;
  };
  std::unique_ptr<Playing> m_playing;
  // At rest: the state before the current one (what a store overwrote), kept for the picture.
  std::unique_ptr<engine::ipc::IpcState> m_restBefore;
  std::vector<IpcBeat> m_beats;
  bool m_forward = true;
  std::size_t m_shownBeat = 0;
  QVariantAnimation* m_animation = nullptr;
  static constexpr int kBaseBeatMs = 650;
  int m_beatMs = kBaseBeatMs;
};

}  // namespace oslens::views

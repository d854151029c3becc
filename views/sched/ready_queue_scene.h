#pragma once

#include <QGraphicsScene>
#include <vector>

#include "engine/sched/baseline/baseline_scenario.h"

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

class FlightPlayer;

// A baseline scheduler at one step: the policy and the clock, the CPU with the task on it (what
// is left of its burst, and of its quantum under RR), and the ready queue as a row of chips in
// the order the policy will pick them, each with what the policy orders by. A step played
// forwards moves the chips as the scheduler did, from the step's frame (engine/core/
// step_frame.h): first what joins or leaves the queue and what leaves the CPU (a preempted task
// to the queue's tail, an exiting or blocking one out), then the task dispatched from the queue's
// head to the CPU while the queue closes up. A step back plays the same moves in reverse.
class ReadyQueueScene : public QGraphicsScene {
  Q_OBJECT

 public:
  static constexpr int kMaxChips = 24;  // more ready tasks: "+N more"
  static constexpr int kBaseAnimationMs = 900;

  explicit ReadyQueueScene(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);
  ~ReadyQueueScene() override;

  // The simulation moved from step `from` to step `to`: one step animates, a jump snaps.
  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  bool isAnimating() const;
  // 1.0 = normal, 2.0 = twice as fast, 0 = no animation.
  void setAnimationSpeed(double speed) { m_durationMs = speed <= 0 ? 0 : static_cast<int>(kBaseAnimationMs / speed); }
  void refresh();
  void retranslate() { refresh(); }
  QString cpuText() const;           // tests: the running task's name, or empty
  QString statusText() const;        // tests: the clock and the number of ready tasks
  QStringList queueTexts() const;    // tests: the chips' names, head first
  FlightPlayer* player() const { return m_player; }  // tests: look at a moment of a step
  QRectF cpuChipRect() const;        // where the running task's chip is drawn
  QRectF slotRect(int index) const;  // where the ready queue's chip `index` (0: head) is drawn

 signals:
  // A step's moves have played to their end (or were cut short).
  void animationFinished();

 private:
  const engine::baseline::BaselineSimulation& m_simulation;
  QGraphicsSimpleTextItem* m_title;
  QGraphicsSimpleTextItem* m_status;
  QGraphicsRectItem* m_cpu;
  QGraphicsSimpleTextItem* m_cpuLabel;
  QGraphicsRectItem* m_cpuChip;
  QGraphicsSimpleTextItem* m_cpuTask;
  QGraphicsSimpleTextItem* m_cpuDetail;
  QGraphicsSimpleTextItem* m_queueLabel;
  QGraphicsSimpleTextItem* m_more;
  std::vector<QGraphicsRectItem*> m_chips;
  std::vector<QGraphicsSimpleTextItem*> m_chipNames;
  std::vector<QGraphicsSimpleTextItem*> m_chipDetails;
  FlightPlayer* m_player;
  int m_durationMs = kBaseAnimationMs;
  bool m_playing = false;  // a step's moves are playing (until finishAnimations)
  std::vector<QGraphicsItem*> m_hiddenDuringFlight;

  void animateStep(int from, int to);
  void showStatusOf(const engine::baseline::BaselineState& state);
  void fitSceneRect();
};

}  // namespace oslens::views

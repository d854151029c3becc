#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace oslens::app {

// When the words about a step may say how it ended. A step forward that animates tells its
// outcome with the beat that produces it, so while the picture still plays the narration shows
// only what the step does ("Step 5: read of page 1."), and the rest once the picture has shown
// it: the caption never gives the answer away before the class has seen it happen. A jump, a
// step back or a step that does not animate reveals at once.
class StepReveal : public QObject {
  Q_OBJECT

 public:
  // `busy` says whether the view still plays the last move.
  explicit StepReveal(std::function<bool()> busy, QObject* parent = nullptr);

  // Whether the current step's outcome may be shown.
  bool revealed() const { return m_revealed; }

  // The view has just been moved from step `from` to `to` (call after it started animating).
  void moved(int from, int to);

  static constexpr int kPollMs = 40;

 signals:
  // `revealed()` or the step changed: redraw the words.
  void changed();

 private:
  void poll();

  std::function<bool()> m_busy;
  QTimer* m_timer;
  bool m_revealed = true;
};

}  // namespace oslens::app

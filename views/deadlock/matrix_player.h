#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

#include "views/deadlock/matrix_table.h"

namespace oslens::views {

class MatrixScene;

// Plays a step's events into a MatrixTable one beat at a time and shows each moment on the
// scene: the examined row moves down the table, the compared cells light up, Work grows. A step
// with many events is played faster (the whole step takes at most kMaxStepMs), and a jump shows
// the step's last moment at once.
class MatrixPlayer : public QObject {
  Q_OBJECT

 public:
  // Applies beat `index` (0-based) to the table.
  using Beat = std::function<void(MatrixTable&, std::size_t index)>;
  static constexpr int kBeatMs = 650;
  static constexpr int kMaxStepMs = 9000;

  MatrixPlayer(MatrixScene* scene, QObject* parent = nullptr);

  // `start` with `beats` beats applied: animated, or at once.
  void play(MatrixTable start, std::size_t beats, Beat beat, bool animate);
  void finish();
  bool running() const { return m_timer.isActive(); }
  void setSpeed(double speed) { m_speed = speed; }
  const MatrixTable& table() const { return m_table; }

 private:
  void advance();

  MatrixScene* m_scene;
  QTimer m_timer;
  MatrixTable m_table;
  Beat m_beat;
  std::size_t m_beats = 0;
  std::size_t m_next = 0;
  double m_speed = 1.0;
};

}  // namespace oslens::views

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

#include "views/kit/matrix_table.h"

namespace oslens::views {

class MatrixScene;

// Plays a step's events into a MatrixTable one beat at a time and shows the moments on the
// scene: the examined row moves down the table, the compared cells light up, Work grows. The
// clock decides which beat is due, so a step of thousands of events still ends within
// kMaxStepMs (the beats in between are applied without being drawn), and the caption is made
// only for the beat that is drawn. A jump shows the step's last moment at once.
class MatrixPlayer : public QObject {
  Q_OBJECT

 public:
  // Applies beat `index` (0-based) to the table.
  using Apply = std::function<void(MatrixTable&, std::size_t index)>;
  // The caption of beat `index`, or empty when that event has nothing to say.
  using Caption = std::function<QString(std::size_t index)>;
  static constexpr int kBeatMs = 650;
  static constexpr int kMaxStepMs = 9000;

  MatrixPlayer(MatrixScene* scene, QObject* parent = nullptr);

  // `start` with `beats` beats applied: animated, or at once (then `apply` and `caption` are
  // not kept after the call, so they may refer to the caller's data).
  void play(MatrixTable start, std::size_t beats, Apply apply, Caption caption, bool animate);
  void finish();
  bool running() const { return m_timer.isActive(); }
  void setSpeed(double speed) { m_speed = speed; }
  const MatrixTable& table() const { return m_table; }

 private:
  void advance();
  void applyUpTo(std::size_t end);  // beats [m_next, end), then the caption and the picture

  MatrixScene* m_scene;
  QTimer m_timer;
  QElapsedTimer m_clock;
  MatrixTable m_table;
  Apply m_apply;
  Caption m_caption;
  std::size_t m_beats = 0;
  std::size_t m_next = 0;
  double m_beatMs = kBeatMs;
  double m_speed = 1.0;
};

}  // namespace oslens::views

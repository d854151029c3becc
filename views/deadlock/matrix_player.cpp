#include "views/deadlock/matrix_player.h"

#include <algorithm>

#include "views/deadlock/matrix_scene.h"

namespace oslens::views {

MatrixPlayer::MatrixPlayer(MatrixScene* scene, QObject* parent) : QObject(parent), m_scene(scene) {
  connect(&m_timer, &QTimer::timeout, this, &MatrixPlayer::advance);
}

void MatrixPlayer::play(MatrixTable start, std::size_t beats, Beat beat, bool animate) {
  m_timer.stop();
  m_table = std::move(start);
  m_beat = std::move(beat);
  m_beats = beats;
  m_next = 0;
  if (!animate || m_speed <= 0 || beats == 0) {
    finish();
    return;
  }
  const double perBeat = std::min<double>(kBeatMs, static_cast<double>(kMaxStepMs) / static_cast<double>(beats)) / m_speed;
  m_scene->show(m_table);
  m_timer.start(std::max(1, static_cast<int>(perBeat)));
}

void MatrixPlayer::finish() {
  m_timer.stop();
  while (m_next < m_beats) m_beat(m_table, m_next++);
  m_scene->show(m_table);
}

void MatrixPlayer::advance() {
  if (m_next >= m_beats) {
    m_timer.stop();
    return;
  }
  m_beat(m_table, m_next++);
  m_scene->show(m_table);
  if (m_next >= m_beats) m_timer.stop();
}

}  // namespace oslens::views

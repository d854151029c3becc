#include "views/kit/matrix_player.h"

#include <algorithm>
#include <cmath>

#include "views/kit/matrix_scene.h"

namespace oslens::views {

namespace {
constexpr int kFrameMs = 16;           // no point in drawing more often than the screen does
constexpr std::size_t kCaptionLookBack = 8;  // events with nothing to say come in short runs
}  // namespace

MatrixPlayer::MatrixPlayer(MatrixScene* scene, QObject* parent) : QObject(parent), m_scene(scene) {
  connect(&m_timer, &QTimer::timeout, this, &MatrixPlayer::advance);
}

void MatrixPlayer::play(MatrixTable start, std::size_t beats, Apply apply, Caption caption, bool animate) {
  m_timer.stop();
  m_table = std::move(start);
  m_apply = std::move(apply);
  m_caption = std::move(caption);
  m_beats = beats;
  m_next = 0;
  if (!animate || m_speed <= 0 || beats == 0) {
    finish();
    return;
  }
  m_beatMs = std::min<double>(kBeatMs, static_cast<double>(kMaxStepMs) / static_cast<double>(beats)) / m_speed;
  applyUpTo(1);  // the first moment at once: the key press answers immediately
  m_clock.start();
  m_timer.start(std::max(kFrameMs, static_cast<int>(m_beatMs)));
}

void MatrixPlayer::finish() {
  m_timer.stop();
  if (m_apply) applyUpTo(m_beats);
  else m_scene->show(m_table);
  m_apply = {};
  m_caption = {};
}

void MatrixPlayer::advance() {
  const auto due = static_cast<std::size_t>(std::floor(static_cast<double>(m_clock.elapsed()) / m_beatMs)) + 1;
  applyUpTo(std::min(due, m_beats));
  if (m_next >= m_beats) finish();
}

void MatrixPlayer::applyUpTo(std::size_t end) {
  if (end <= m_next && m_next > 0) return;
  const std::size_t first = m_next;
  for (; m_next < end; ++m_next) m_apply(m_table, m_next);
  // The caption of the last beat applied, or of the one before it that has something to say.
  for (std::size_t i = m_next; i > first && m_next - i < kCaptionLookBack; --i) {
    const QString text = m_caption(i - 1);
    if (!text.isEmpty()) {
      m_table.caption = text;
      break;
    }
  }
  m_scene->show(m_table);
}

}  // namespace oslens::views

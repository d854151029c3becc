#include "app/gui/step_reveal.h"

#include <QTimer>

namespace oslens::app {

StepReveal::StepReveal(std::function<bool()> busy, QObject* parent)
    : QObject(parent), m_busy(std::move(busy)), m_timer(new QTimer(this)) {
  m_timer->setInterval(kPollMs);
  connect(m_timer, &QTimer::timeout, this, &StepReveal::poll);
}

void StepReveal::moved(int from, int to) {
  m_revealed = !(to == from + 1 && m_busy && m_busy());
  if (m_revealed) m_timer->stop();
  else m_timer->start();
  emit changed();
}

void StepReveal::poll() {
  if (m_busy && m_busy()) return;
  m_timer->stop();
  m_revealed = true;
  emit changed();
}

}  // namespace oslens::app

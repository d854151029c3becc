#include "engine/ipc/semaphore.h"

namespace oslens::engine::ipc {

bool Semaphore::wait(std::uint32_t process) {
  if (m_rule == SemaphoreRule::Textbook) {
    --m_value;  // first the decrement, then the test
    if (m_value >= 0) return true;
    m_waiting.push_back(process);
    return false;
  }
  if (m_value > 0 && m_waiting.empty()) {
    --m_value;
    return true;
  }
  m_waiting.push_back(process);
  return false;
}

std::optional<Errno> Semaphore::tryWait() {
  if (m_value <= 0) return Errno::Again;
  --m_value;
  return std::nullopt;
}

Semaphore::Posted Semaphore::post() {
  if (m_rule == SemaphoreRule::Textbook) {
    if (m_value >= kValueMax) return {std::nullopt, Errno::Overflow};
    ++m_value;
    if (m_value > 0 || m_waiting.empty()) return {};
  } else {
    if (m_waiting.empty()) {
      if (m_value >= kValueMax) return {std::nullopt, Errno::Overflow};
      ++m_value;
      return {};
    }
    // The unit goes straight to the longest waiter: the value stays.
  }
  const std::uint32_t woken = m_waiting.front();
  m_waiting.pop_front();
  return {woken, std::nullopt};
}

}  // namespace oslens::engine::ipc

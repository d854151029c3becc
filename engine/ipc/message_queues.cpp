#include "engine/ipc/message_queues.h"

#include <algorithm>
#include <limits>

namespace oslens::engine::ipc {

void PosixQueue::insert(PosixMessage message) {
  // After every message of its priority or higher: FIFO within a priority.
  const auto at = std::find_if(m_messages.begin(), m_messages.end(),
                               [&](const PosixMessage& m) { return m.priority < message.priority; });
  m_messages.insert(at, std::move(message));
}

PosixMessage PosixQueue::takeNext() {
  PosixMessage next = std::move(m_messages.front());
  m_messages.erase(m_messages.begin());
  return next;
}

bool SysvQueue::fits(std::uint64_t size) const {
  return size + m_bytes <= m_maxBytes && 1 + m_messages.size() <= m_maxBytes;
}

void SysvQueue::append(SysvMessage message) {
  m_bytes += message.data.size();
  m_messages.push_back(std::move(message));
}

std::optional<std::size_t> SysvQueue::find(std::int64_t msgtyp, bool except) const {
  if (msgtyp == 0) return m_messages.empty() ? std::nullopt : std::optional<std::size_t>(0);  // MSG_EXCEPT ignored
  if (msgtyp > 0) {
    for (std::size_t i = 0; i < m_messages.size(); ++i)
      if ((m_messages[i].type == msgtyp) != except) return i;
    return std::nullopt;
  }
  // The lowest type <= |msgtyp|; the oldest of equals (a later one must be strictly lower).
  const std::int64_t bound = msgtyp == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max() : -msgtyp;
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < m_messages.size(); ++i) {
    const std::int64_t type = m_messages[i].type;
    if (type <= bound && (!best || type < m_messages[*best].type)) best = i;
  }
  return best;
}

SysvMessage SysvQueue::take(std::size_t index) {
  SysvMessage message = std::move(m_messages[index]);
  m_messages.erase(m_messages.begin() + static_cast<std::ptrdiff_t>(index));
  m_bytes -= message.data.size();
  return message;
}

}  // namespace oslens::engine::ipc

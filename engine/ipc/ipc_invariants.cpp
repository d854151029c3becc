#include "engine/ipc/ipc_invariants.h"

#include <algorithm>

namespace oslens::engine::ipc {

std::vector<std::string> checkIpcInvariants(const IpcState& s) {
  std::vector<std::string> problems;
  std::vector<int> queuesHolding(s.processes.size(), 0);
  const auto countIn = [&](const auto& queue) {
    for (ProcessId p : queue) ++queuesHolding[p];
  };
  for (std::size_t o = 0; o < s.objects.size(); ++o) {
    const std::string where = "object " + std::to_string(o) + ": ";
    if (const auto* pipe = std::get_if<PipeObject>(&s.objects[o])) {
      if (pipe->written != pipe->read + pipe->ring.buffered() + pipe->lost)
        problems.push_back(where + "bytes written != read + buffered + lost");
      if (pipe->ring.buffered() > pipe->ring.capacity()) problems.push_back(where + "more buffered than its capacity");
      countIn(pipe->waiting);
    } else if (const auto* mq = std::get_if<PosixQueueObject>(&s.objects[o])) {
      if (mq->sent != mq->received + mq->queue.messages().size()) problems.push_back(where + "messages sent != received + queued");
      if (mq->queue.messages().size() > mq->queue.maxMessages()) problems.push_back(where + "more messages than max_messages");
      countIn(mq->waiting);
    } else if (const auto* msgq = std::get_if<SysvQueueObject>(&s.objects[o])) {
      if (msgq->sent != msgq->received + msgq->queue.messages().size()) problems.push_back(where + "messages sent != received + queued");
      if (msgq->queue.bytes() > msgq->queue.maxBytes()) problems.push_back(where + "more bytes than max_bytes");
      countIn(msgq->waiting);
    } else if (const auto* sem = std::get_if<SemaphoreObject>(&s.objects[o])) {
      const auto initial = std::get<SemaphoreSpec>(s.setup->objects[o]).value;
      const auto waiters = static_cast<std::int64_t>(sem->semaphore.waiting().size());
      std::int64_t expected = initial + static_cast<std::int64_t>(sem->posts) - static_cast<std::int64_t>(sem->completedWaits);
      if (sem->semaphore.rule() == SemaphoreRule::Textbook) expected -= waiters;
      if (sem->semaphore.value() != expected) problems.push_back(where + "value != initial + posts - completed waits");
      if (sem->semaphore.rule() == SemaphoreRule::Posix && sem->semaphore.value() < 0) problems.push_back(where + "a POSIX value below 0");
      countIn(sem->semaphore.waiting());
    }
  }
  for (std::size_t p = 0; p < s.processes.size(); ++p) {
    const bool blocked = s.processes[p].run == RunState::Blocked;
    if (queuesHolding[p] != (blocked ? 1 : 0))
      problems.push_back("process " + std::to_string(p) + (blocked ? " is blocked but in " : " is not blocked but in ") +
                         std::to_string(queuesHolding[p]) + " wait queues");
  }
  return problems;
}

}  // namespace oslens::engine::ipc

#include "engine/ipc/queue_calls.h"

namespace oslens::engine::ipc {

namespace {
template <class Outcome>
Outcome failed(Errno e) {
  Outcome out;
  out.status = CallStatus::Failed;
  out.error = e;
  return out;
}
template <class Outcome>
Outcome waitOrAgain(bool nonblock, Errno again) {
  if (nonblock) return failed<Outcome>(again);
  Outcome out;
  out.status = CallStatus::Blocked;
  return out;
}
}  // namespace

QueueSendOutcome tryMqSend(PosixQueue& queue, const PosixMessage& message, std::uint64_t priority, bool nonblock) {
  if (priority >= PosixQueue::kPrioMax) return failed<QueueSendOutcome>(Errno::Inval);
  if (message.data.size() > queue.messageSize()) return failed<QueueSendOutcome>(Errno::MsgSize);
  if (queue.full()) return waitOrAgain<QueueSendOutcome>(nonblock, Errno::Again);
  PosixMessage queued = message;
  queued.priority = static_cast<std::uint32_t>(priority);
  queue.insert(std::move(queued));
  return {};
}

PosixReceiveOutcome tryMqReceive(PosixQueue& queue, std::uint64_t buffer, bool nonblock) {
  if (buffer < queue.messageSize()) return failed<PosixReceiveOutcome>(Errno::MsgSize);
  if (queue.empty()) return waitOrAgain<PosixReceiveOutcome>(nonblock, Errno::Again);
  PosixReceiveOutcome out;
  out.message = queue.takeNext();
  return out;
}

QueueSendOutcome tryMsgSend(SysvQueue& queue, const SysvMessage& message, bool nowait, std::uint64_t msgmax) {
  if (message.type < 1 || message.data.size() > msgmax) return failed<QueueSendOutcome>(Errno::Inval);
  if (!queue.fits(message.data.size())) return waitOrAgain<QueueSendOutcome>(nowait, Errno::Again);
  queue.append(message);
  return {};
}

SysvReceiveOutcome tryMsgReceive(SysvQueue& queue, std::int64_t msgtyp, bool except, bool nowait,
                                 std::optional<std::uint64_t> buffer) {
  const auto found = queue.find(msgtyp, except);
  if (!found) return waitOrAgain<SysvReceiveOutcome>(nowait, Errno::NoMsg);
  if (buffer && queue.messages()[*found].data.size() > *buffer) return failed<SysvReceiveOutcome>(Errno::TooBig);
  SysvReceiveOutcome out;
  out.message = queue.take(*found);
  return out;
}

}  // namespace oslens::engine::ipc

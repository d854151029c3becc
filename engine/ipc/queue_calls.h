#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "engine/ipc/ipc_errno.h"
#include "engine/ipc/message_queues.h"
#include "engine/ipc/pipe_calls.h"

// One attempt of mq_send/mq_receive (mq_send(3), mq_receive(3); ipc/mqueue.c do_mq_timedsend,
// do_mq_timedreceive) and msgsnd/msgrcv (msgop(2); ipc/msg.c do_msgsnd, do_msgrcv), with their
// checks in the kernel's order. The direct hand-off to a process already waiting on the other
// side (pipelined_send, pipelined_receive) is the IPC model's: it holds the wait queues.
namespace oslens::engine::ipc {

struct QueueSendOutcome {
  CallStatus status = CallStatus::Done;
  std::optional<Errno> error;
};

// mq_send: a priority >= MQ_PRIO_MAX is EINVAL (checked first); a message longer than
// mq_msgsize is EMSGSIZE; a full queue blocks (EAGAIN when non-blocking); else it is queued.
QueueSendOutcome tryMqSend(PosixQueue& queue, const PosixMessage& message, std::uint64_t priority, bool nonblock);

struct PosixReceiveOutcome {
  CallStatus status = CallStatus::Done;
  std::optional<PosixMessage> message;
  std::optional<Errno> error;
};

// mq_receive: a buffer shorter than mq_msgsize is EMSGSIZE, even when the queue is empty or the
// message short (checked before the queue is looked at); an empty queue blocks (EAGAIN when
// non-blocking); else the oldest message of the highest priority.
PosixReceiveOutcome tryMqReceive(PosixQueue& queue, std::uint64_t buffer, bool nonblock);

// msgsnd: a type below 1 or a size over msgmax (MSGMAX 8192) is EINVAL; a message that does not
// fit in msg_qbytes (bytes or count) blocks (EAGAIN with IPC_NOWAIT); else it is appended.
QueueSendOutcome tryMsgSend(SysvQueue& queue, const SysvMessage& message, bool nowait, std::uint64_t msgmax = 8192);

struct SysvReceiveOutcome {
  CallStatus status = CallStatus::Done;
  std::optional<SysvMessage> message;
  std::optional<Errno> error;
};

// msgrcv(msgtyp, except, nowait): the message find_msg picks; none blocks (ENOMSG with
// IPC_NOWAIT). A matching message longer than `buffer` is E2BIG and stays queued (no
// MSG_NOERROR here); `buffer` none: any size is taken.
SysvReceiveOutcome tryMsgReceive(SysvQueue& queue, std::int64_t msgtyp, bool except, bool nowait,
                                 std::optional<std::uint64_t> buffer = std::nullopt);

}  // namespace oslens::engine::ipc

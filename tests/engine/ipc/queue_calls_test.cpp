// mq_send/mq_receive and msgsnd/msgrcv, attempt by attempt, with the errors in the kernel's order
// (ipc/mqueue.c, ipc/msg.c) and as measured on Linux 6.18.
#include "engine/ipc/queue_calls.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

// Measured: priority 32768 is EINVAL, 32767 is fine; a message over mq_msgsize is EMSGSIZE; a full
// queue is EAGAIN when non-blocking.
TEST(QueueCalls, MqSendChecksPriorityThenSizeThenRoom) {
  PosixQueue q(1, 16);
  EXPECT_EQ(tryMqSend(q, {std::string(100, 'x'), 0}, 32768, true).error, Errno::Inval);  // before the size
  EXPECT_EQ(tryMqSend(q, {std::string(17, 'x'), 0}, 1, true).error, Errno::MsgSize);
  EXPECT_EQ(tryMqSend(q, {"ok", 0}, 32767, true).status, CallStatus::Done);
  EXPECT_EQ(tryMqSend(q, {"more", 0}, 1, true).error, Errno::Again);
  EXPECT_EQ(tryMqSend(q, {"more", 0}, 1, false).status, CallStatus::Blocked);
  EXPECT_EQ(q.messages().front().priority, 32767u);
}

// mq_receive(3): "EMSGSIZE msg_len was less than the mq_msgsize attribute of the message queue",
// checked before the queue is empty or not (measured: a 15-byte buffer on a 16-byte queue).
TEST(QueueCalls, MqReceiveNeedsABufferOfMqMsgsize) {
  PosixQueue q(4, 16);
  EXPECT_EQ(tryMqReceive(q, 15, true).error, Errno::MsgSize);
  EXPECT_EQ(tryMqReceive(q, 16, true).error, Errno::Again);
  EXPECT_EQ(tryMqReceive(q, 16, false).status, CallStatus::Blocked);
  tryMqSend(q, {"lo", 0}, 1, false);
  tryMqSend(q, {"hi", 0}, 9, false);
  EXPECT_EQ(tryMqReceive(q, 16, false).message->data, "hi");
}

// msgop(2): EINVAL for mtype < 1 or msgsz > msgmax; EAGAIN with IPC_NOWAIT when it does not fit.
TEST(QueueCalls, MsgSendChecksTypeSizeAndRoom) {
  SysvQueue q(10);
  EXPECT_EQ(tryMsgSend(q, {0, "x"}, true).error, Errno::Inval);
  EXPECT_EQ(tryMsgSend(q, {1, std::string(8193, 'x')}, true).error, Errno::Inval);
  EXPECT_EQ(tryMsgSend(q, {1, "12345678"}, true).status, CallStatus::Done);
  EXPECT_EQ(tryMsgSend(q, {1, "abc"}, true).error, Errno::Again);
  EXPECT_EQ(tryMsgSend(q, {1, "abc"}, false).status, CallStatus::Blocked);
}

// msgop(2): no message of the requested type with IPC_NOWAIT is ENOMSG; a matching message longer
// than msgsz is E2BIG and stays in the queue (measured).
TEST(QueueCalls, MsgReceiveByTypeEnomsgAndE2big) {
  SysvQueue q;
  tryMsgSend(q, {2, "two"}, false);
  tryMsgSend(q, {1, "a long one"}, false);
  EXPECT_EQ(tryMsgReceive(q, 3, false, true).error, Errno::NoMsg);
  EXPECT_EQ(tryMsgReceive(q, 3, false, false).status, CallStatus::Blocked);
  EXPECT_EQ(tryMsgReceive(q, 1, false, true, 4).error, Errno::TooBig);
  EXPECT_EQ(q.messages().size(), 2u);  // it stays
  EXPECT_EQ(tryMsgReceive(q, -5, false, true).message->data, "a long one");  // the lowest type <= 5
}

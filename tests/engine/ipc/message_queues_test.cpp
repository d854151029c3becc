// The two message queues' delivery order and limits, as ipc/mqueue.c, ipc/msg.c, mq_send(3) and
// msgop(2) state them, and as measured on Linux 6.18.
#include "engine/ipc/message_queues.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

// Sent a(5), b(5), c(9): received c, a, b (measured) — the highest priority first, FIFO within.
TEST(PosixQueue, HighestPriorityFirstOldestFirstWithinAPriority) {
  PosixQueue q;
  q.insert({"a", 5});
  q.insert({"b", 5});
  q.insert({"c", 9});
  q.insert({"d", 0});
  EXPECT_EQ(q.takeNext().data, "c");
  EXPECT_EQ(q.takeNext().data, "a");
  EXPECT_EQ(q.takeNext().data, "b");
  EXPECT_EQ(q.takeNext().data, "d");
  EXPECT_TRUE(q.empty());
}

TEST(PosixQueue, FullAtMaxMessages) {
  PosixQueue q(2, 16);
  q.insert({"x", 1});
  EXPECT_FALSE(q.full());
  q.insert({"y", 1});
  EXPECT_TRUE(q.full());
  EXPECT_EQ(q.messageSize(), 16u);
  EXPECT_EQ(PosixQueue::kPrioMax, 32768u);
}

// Types 3, 1, 2, 1, 5 in that order: msgtyp -2 takes the first type-1 message; then msgtyp 1
// with MSG_EXCEPT takes the type-3 one (measured).
TEST(SysvQueue, TypeSelectsAsMsgrcvDoes) {
  SysvQueue q;
  for (const auto& [type, data] : {std::pair<std::int64_t, const char*>{3, "t3"}, {1, "t1a"}, {2, "t2"}, {1, "t1b"}, {5, "t5"}})
    q.append({type, data});
  EXPECT_EQ(q.find(0, false), 0u);
  EXPECT_EQ(q.find(0, true), 0u);  // MSG_EXCEPT is ignored for type 0
  EXPECT_EQ(q.find(2, false), 2u);
  EXPECT_EQ(q.find(4, false), std::nullopt);
  EXPECT_EQ(q.find(-2, false), 1u);
  EXPECT_EQ(q.take(*q.find(-2, false)).data, "t1a");
  EXPECT_EQ(q.take(*q.find(1, true)).data, "t3");
  EXPECT_EQ(q.find(-1, false), 1u);  // the other type-1 message, now second
  EXPECT_EQ(q.find(-5, false), 1u);
  EXPECT_EQ(q.messages().size(), 3u);
}

// msg_fits_inqueue: two 8192-byte messages fill the default queue; a 0-byte one still fits; with
// msg_qbytes 4, four 0-byte messages fit and the fifth does not (measured).
TEST(SysvQueue, FullByBytesOrByCount) {
  SysvQueue q;
  ASSERT_TRUE(q.fits(8192));
  q.append({1, std::string(8192, 'a')});
  ASSERT_TRUE(q.fits(8192));
  q.append({1, std::string(8192, 'b')});
  EXPECT_FALSE(q.fits(1));
  EXPECT_TRUE(q.fits(0));
  EXPECT_EQ(q.bytes(), 16384u);
  SysvQueue tiny(4);
  for (int i = 0; i < 4; ++i) {
    ASSERT_TRUE(tiny.fits(0)) << i;
    tiny.append({1, ""});
  }
  EXPECT_FALSE(tiny.fits(0));
}

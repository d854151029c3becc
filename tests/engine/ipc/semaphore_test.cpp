// Both definitions of the semaphore on one trace: POSIX never goes below 0 and hands a post to
// the longest waiter; the textbook's (Silberschatz 10e 6.6.2) goes negative and counts waiters.
#include "engine/ipc/semaphore.h"

#include <gtest/gtest.h>

using namespace oslens::engine::ipc;

namespace {
std::optional<std::uint32_t> woken(const Semaphore::Posted& r) {
  EXPECT_FALSE(r.error.has_value());
  return r.woken;
}
}  // namespace

TEST(Semaphore, PosixValueNeverGoesBelowZeroAndAPostHandsTheUnitOn) {
  Semaphore s(SemaphoreRule::Posix, 1);
  EXPECT_TRUE(s.wait(1));
  EXPECT_EQ(s.value(), 0);
  EXPECT_FALSE(s.wait(2));
  EXPECT_FALSE(s.wait(3));
  EXPECT_EQ(s.value(), 0);
  EXPECT_EQ(s.waiting().size(), 2u);
  EXPECT_EQ(woken(s.post()), 2u);  // the longest waiter
  EXPECT_EQ(s.value(), 0);         // the unit went to it
  EXPECT_EQ(woken(s.post()), 3u);
  EXPECT_EQ(woken(s.post()), std::nullopt);
  EXPECT_EQ(s.value(), 1);
  EXPECT_EQ(s.tryWait(), std::nullopt);
  EXPECT_EQ(s.tryWait(), Errno::Again);
  EXPECT_EQ(s.value(), 0);
}

TEST(Semaphore, TextbookValueGoesNegativeAndCountsTheWaiters) {
  Semaphore s(SemaphoreRule::Textbook, 1);
  EXPECT_TRUE(s.wait(1));
  EXPECT_FALSE(s.wait(2));
  EXPECT_FALSE(s.wait(3));
  EXPECT_EQ(s.value(), -2);  // two waiters
  EXPECT_EQ(woken(s.post()), 2u);
  EXPECT_EQ(s.value(), -1);
  EXPECT_EQ(woken(s.post()), 3u);
  EXPECT_EQ(s.value(), 0);
  EXPECT_EQ(woken(s.post()), std::nullopt);
  EXPECT_EQ(s.value(), 1);
}

// Conservation, both rules: value = initial + posts - completed waits (waits that went on at once
// or were handed a post).
TEST(Semaphore, ValueIsInitialPlusPostsMinusCompletedWaits) {
  for (const SemaphoreRule rule : {SemaphoreRule::Posix, SemaphoreRule::Textbook}) {
    Semaphore s(rule, 2);
    std::int64_t posts = 0, completed = 0;
    for (std::uint32_t p = 0; p < 5; ++p) completed += s.wait(p);
    for (int i = 0; i < 4; ++i) {
      ++posts;
      completed += woken(s.post()).has_value();
    }
    const std::int64_t waiting = static_cast<std::int64_t>(s.waiting().size());
    if (rule == SemaphoreRule::Posix) EXPECT_EQ(s.value(), 2 + posts - completed);
    else EXPECT_EQ(s.value(), 2 + posts - completed - waiting);  // the waiters' decrements are in it
    EXPECT_GE(s.value(), rule == SemaphoreRule::Posix ? 0 : -waiting);
  }
}

TEST(Semaphore, PostPastTheMaximumIsEoverflow) {
  Semaphore s(SemaphoreRule::Posix, Semaphore::kValueMax);
  EXPECT_EQ(s.post().error, Errno::Overflow);
  EXPECT_EQ(s.value(), Semaphore::kValueMax);
}

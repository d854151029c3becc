#pragma once

#include <cstdint>
#include <deque>
#include <optional>

#include "engine/ipc/ipc_errno.h"

// A counting semaphore and its queue of waiting processes, under either definition (config
// `semaphores`):
//  - Posix (sem_overview(7)): "an integer whose value is never allowed to fall below zero". A wait
//    takes a unit or blocks; a post with waiters hands its unit to the longest waiter, the value
//    staying as it is. (glibc counts waiters apart from the value and wakes one with a futex; the
//    woken thread may lose the unit to a newcomer, and futex(2) promises no order. The hand-off
//    keeps a run deterministic and fair; docs/scenarios.md says so.)
//  - Textbook (Silberschatz, Operating System Concepts 10e, 6.6.2 "Semaphore Implementation"):
//    wait decrements first and blocks when the value is then negative, so a negative value counts
//    the waiters; signal increments and wakes one waiter when the value is still <= 0. The waiting
//    list is FIFO, as the book suggests for bounded waiting.
namespace oslens::engine::ipc {

enum class SemaphoreRule { Posix, Textbook };

class Semaphore {
 public:
  // SEM_VALUE_MAX on Linux/glibc (bits/local_lim.h): a post past it is EOVERFLOW.
  static constexpr std::int64_t kValueMax = 2147483647;

  Semaphore(SemaphoreRule rule = SemaphoreRule::Posix, std::int64_t value = 0) : m_rule(rule), m_value(value) {}

  SemaphoreRule rule() const { return m_rule; }
  std::int64_t value() const { return m_value; }
  const std::deque<std::uint32_t>& waiting() const { return m_waiting; }

  // sem_wait / P by `process`: true when it goes on, false when it now waits (in the queue).
  bool wait(std::uint32_t process);
  // sem_trywait: the unit, or EAGAIN (nothing changes).
  std::optional<Errno> tryWait();
  // sem_post / V: the waiter that the post lets go on (it leaves the queue, its wait done), if
  // any; or EOVERFLOW at kValueMax (nothing changes).
  struct Posted {
    std::optional<std::uint32_t> woken;
    std::optional<Errno> error;
  };
  Posted post();
  bool operator==(const Semaphore&) const = default;

 private:
  SemaphoreRule m_rule;
  std::int64_t m_value;
  std::deque<std::uint32_t> m_waiting;  // FIFO: the longest waiter first
};

}  // namespace oslens::engine::ipc

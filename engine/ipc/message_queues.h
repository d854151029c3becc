#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The messages of the two kinds of message queue, in the order each delivers them. Who waits and
// when (full, empty, the hand-off to a waiting receiver) is the IPC model's; these only hold the
// messages and say which goes next.
namespace oslens::engine::ipc {

// A POSIX message queue (mq_overview(7); ipc/mqueue.c): at most `maxMessages` of at most
// `messageSize` bytes each (defaults 10 and 8192: msg_default, msgsize_default).
struct PosixMessage {
  std::string data;
  std::uint32_t priority = 0;  // 0 .. MQ_PRIO_MAX - 1 (32767)
  bool operator==(const PosixMessage&) const = default;
};

class PosixQueue {
 public:
  // MQ_PRIO_MAX (include/uapi/linux/mqueue.h): a priority of this or more is EINVAL.
  static constexpr std::uint32_t kPrioMax = 32768;

  PosixQueue(std::uint64_t maxMessages = 10, std::uint64_t messageSize = 8192)
      : m_maxMessages(maxMessages), m_messageSize(messageSize) {}

  std::uint64_t maxMessages() const { return m_maxMessages; }
  std::uint64_t messageSize() const { return m_messageSize; }
  bool full() const { return m_messages.size() >= m_maxMessages; }
  bool empty() const { return m_messages.empty(); }
  // In delivery order: the highest priority first, the oldest first within a priority
  // (msg_insert appends at its priority's tail; msg_get takes the first of the highest;
  // mq_send(3): "newer messages of the same priority being placed after older messages").
  const std::vector<PosixMessage>& messages() const { return m_messages; }

  void insert(PosixMessage message);  // not when full
  PosixMessage takeNext();            // not when empty
  bool operator==(const PosixQueue&) const = default;

 private:
  std::uint64_t m_maxMessages;
  std::uint64_t m_messageSize;
  std::vector<PosixMessage> m_messages;
};

// A System V message queue (msgop(2); ipc/msg.c): messages in arrival order, each with a type
// >= 1; `maxBytes` is msg_qbytes (default MSGMNB, 16384).
struct SysvMessage {
  std::int64_t type = 1;
  std::string data;
  bool operator==(const SysvMessage&) const = default;
};

class SysvQueue {
 public:
  explicit SysvQueue(std::uint64_t maxBytes = 16384) : m_maxBytes(maxBytes) {}

  std::uint64_t maxBytes() const { return m_maxBytes; }
  std::uint64_t bytes() const { return m_bytes; }
  const std::vector<SysvMessage>& messages() const { return m_messages; }
  // msg_fits_inqueue: the bytes and the message count both stay within msg_qbytes (so zero-length
  // messages cannot be queued without end; msgop(2)).
  bool fits(std::uint64_t size) const;
  void append(SysvMessage message);
  // The message msgrcv(msgtyp) takes (find_msg, msgop(2)): 0 the first; > 0 the first of that type,
  // or with `except` the first of another type; < 0 the oldest of the lowest type <= |msgtyp|.
  std::optional<std::size_t> find(std::int64_t msgtyp, bool except) const;
  SysvMessage take(std::size_t index);
  bool operator==(const SysvQueue&) const = default;

 private:
  std::uint64_t m_maxBytes;
  std::uint64_t m_bytes = 0;
  std::vector<SysvMessage> m_messages;
};

}  // namespace oslens::engine::ipc

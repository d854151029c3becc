#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/ipc/ipc_program.h"
#include "engine/ipc/pipe_ring.h"
#include "engine/ipc/semaphore.h"

// The IPC objects a scenario declares (`config.objects`) as the file gives them, before the run:
// their kind, name and sizes. Their run-time contents (the bytes, messages, value, waiters) are
// in the state.
namespace oslens::engine::ipc {

// {"pipe": NAME, "capacity", "pipe_buf", "model", "readers": [...], "writers": [...]}; a FIFO
// ({"fifo": PATH, ...}) has the same keys, and its ends are opened by `open` actions.
struct PipeSpec {
  std::string name;
  bool fifo = false;
  PipeGeometry geometry;             // capacity 65536, the bytes model by default
  std::uint64_t pipeBuf = 4096;      // PIPE_BUF (include/uapi/linux/limits.h)
  std::uint64_t maxSize = 1048576;   // /proc/sys/fs/pipe-max-size (fs/pipe.c)
  std::vector<ProcessId> readers;    // who holds each end open from the start (pipes only)
  std::vector<ProcessId> writers;
  bool operator==(const PipeSpec&) const = default;
};

// {"mq": NAME, "max_messages", "message_size"}: mq_overview(7) defaults 10 and 8192.
struct PosixQueueSpec {
  std::string name;
  std::uint64_t maxMessages = 10;
  std::uint64_t messageSize = 8192;
  bool operator==(const PosixQueueSpec&) const = default;
};

// {"msgq": NAME, "max_bytes"}: msg_qbytes, default MSGMNB 16384 (include/uapi/linux/msg.h).
struct SysvQueueSpec {
  std::string name;
  std::uint64_t maxBytes = 16384;
  bool operator==(const SysvQueueSpec&) const = default;
};

// {"semaphore": NAME, "value"}
struct SemaphoreSpec {
  std::string name;
  std::int64_t value = 0;
  bool operator==(const SemaphoreSpec&) const = default;
};

// {"shm": NAME, "bytes"}: cells every process can load from and store to.
struct SharedMemorySpec {
  std::string name;
  std::uint64_t cells = 1;
  bool operator==(const SharedMemorySpec&) const = default;
};

using ObjectSpec = std::variant<PipeSpec, PosixQueueSpec, SysvQueueSpec, SemaphoreSpec, SharedMemorySpec>;

inline const std::string& objectName(const ObjectSpec& spec) {
  return std::visit([](const auto& s) -> const std::string& { return s.name; }, spec);
}

// The key that declares the object in `config.objects` ("pipe", "fifo", "mq", "msgq",
// "semaphore", "shm"): its kind, in the scenario's words.
inline std::string_view objectKindKey(const ObjectSpec& spec) {
  if (const auto* pipe = std::get_if<PipeSpec>(&spec)) return pipe->fifo ? "fifo" : "pipe";
  constexpr std::string_view kKeys[] = {"pipe", "mq", "msgq", "semaphore", "shm"};
  return kKeys[spec.index()];
}

}  // namespace oslens::engine::ipc

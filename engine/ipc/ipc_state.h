#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "engine/ipc/fifo_open.h"
#include "engine/ipc/ipc_objects.h"
#include "engine/ipc/ipc_program.h"
#include "engine/ipc/message_queues.h"
#include "engine/ipc/pipe_calls.h"
#include "engine/ipc/pipe_ring.h"
#include "engine/ipc/semaphore.h"

// The state of an IPC run: every process (where it is in its program, blocked or not, its
// registers and the progress of a blocked call) and every object (its contents and who waits on
// it). The programs and the objects' declarations are shared and never change (IpcSetup).
namespace oslens::engine::ipc {

struct IpcSetup {
  std::vector<ProcessSpec> processes;
  std::vector<ObjectSpec> objects;
  SemaphoreRule semaphores = SemaphoreRule::Posix;
};

enum class RunState { Ready, Blocked, Exited };

struct ProcessState {
  RunState run = RunState::Ready;
  std::size_t pc = 0;        // the action it does next (or is blocked in)
  std::uint64_t round = 0;   // repeats of its program done
  std::uint64_t computeLeft = 0;
  std::vector<std::int64_t> registers;
  WriteProgress write;       // of a write it is blocked in
  OpenProgress open;         // of a FIFO open it is blocked in
  bool killed = false;       // by SIGPIPE
  std::uint64_t bytesWritten = 0, bytesRead = 0, blockedSteps = 0;
  bool operator==(const ProcessState&) const = default;
};

// A pipe or FIFO: its bytes, which processes hold which end, and who waits on it (FIFO).
struct PipeObject {
  PipeRing ring;
  std::vector<std::uint8_t> readEnd, writeEnd;  // by process: the end is open
  FifoEnds fifo;
  std::deque<ProcessId> waiting;
  std::uint64_t written = 0, read = 0, lost = 0;  // bytes: lost when a FIFO's last opener closed
  bool operator==(const PipeObject&) const = default;
};
struct PosixQueueObject {
  PosixQueue queue;
  std::deque<ProcessId> waiting;
  std::uint64_t sent = 0, received = 0;
  bool operator==(const PosixQueueObject&) const = default;
};
struct SysvQueueObject {
  SysvQueue queue;
  std::deque<ProcessId> waiting;
  std::uint64_t sent = 0, received = 0;
  bool operator==(const SysvQueueObject&) const = default;
};
struct SemaphoreObject {
  Semaphore semaphore;  // holds its own wait queue
  std::uint64_t posts = 0, completedWaits = 0;  // waits that went on, at once or handed a post
  bool operator==(const SemaphoreObject&) const = default;
};
struct SharedMemoryObject {
  std::vector<std::int64_t> cells;
  bool operator==(const SharedMemoryObject&) const = default;
};
using ObjectState = std::variant<PipeObject, PosixQueueObject, SysvQueueObject, SemaphoreObject, SharedMemoryObject>;

struct IpcState {
  std::shared_ptr<const IpcSetup> setup;
  std::vector<ProcessState> processes;
  std::vector<ObjectState> objects;
  std::uint64_t step = 0;
  bool deadlock = false;  // every live process blocked: the run is over

  const Action* currentAction(ProcessId p) const;
  bool operator==(const IpcState&) const = default;
};

// The state before the first step: pipes with their declared ends open, objects empty, every
// process ready at its first action.
IpcState initialIpcState(std::shared_ptr<const IpcSetup> setup);

}  // namespace oslens::engine::ipc

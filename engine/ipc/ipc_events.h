#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "engine/ipc/ipc_errno.h"
#include "engine/ipc/ipc_program.h"

// What happened in one step of an IPC run, in order: the action the scheduled process ran, and
// how it ended (done, blocked, an errno); then the blocked calls the change let finish; a SIGPIPE
// and the exits it caused; a deadlock.
namespace oslens::engine::ipc {

struct ActionRan {
  ProcessId process;
  std::size_t pc;
  bool operator==(const ActionRan&) const = default;
};
// A call that finished: at once, or (`woken`) a blocked one that could go on after this step's
// change. `returned`: bytes written or read (0 at EOF), 0 for success, the new size of set_size;
// `data`: what a read or receive got.
struct CallCompleted {
  ProcessId process;
  bool woken = false;
  std::int64_t returned = 0;
  std::string data;
  std::optional<std::int64_t> priorityOrType;  // of a received message
  bool operator==(const CallCompleted&) const = default;
};
struct CallBlocked {
  ProcessId process;
  ObjectId object;
  bool operator==(const CallBlocked&) const = default;
};
struct CallFailed {
  ProcessId process;
  Errno error;
  bool operator==(const CallFailed&) const = default;
};
struct SigpipeSent {
  ProcessId process;
  bool fatal;  // the default disposition: the process dies
  bool operator==(const SigpipeSent&) const = default;
};
struct ProcessExited {
  ProcessId process;
  bool killed;
  bool operator==(const ProcessExited&) const = default;
};
struct Deadlocked {
  bool operator==(const Deadlocked&) const = default;
};

using IpcEvent = std::variant<ActionRan, CallCompleted, CallBlocked, CallFailed, SigpipeSent, ProcessExited, Deadlocked>;

}  // namespace oslens::engine::ipc

#pragma once

#include <string_view>

namespace oslens::engine::ipc {

// The errors an IPC call can end with, as the real system reports them: a run-time event with
// its errno, never a validation error (the file meant the call; the system refused it). Named
// without the E, since <cerrno> defines EAGAIN and the rest as macros.
enum class Errno { Again, Pipe, MsgSize, Inval, NoMsg, NxIO, Perm, Busy, TooBig, Overflow, BadF };

// "EAGAIN", ...: the JSON's `result` for a call that failed.
constexpr std::string_view errnoName(Errno e) {
  constexpr std::string_view kNames[] = {"EAGAIN", "EPIPE", "EMSGSIZE", "EINVAL", "ENOMSG",
                                         "ENXIO",  "EPERM", "EBUSY",    "E2BIG",  "EOVERFLOW", "EBADF"};
  return kNames[static_cast<int>(e)];
}

}  // namespace oslens::engine::ipc

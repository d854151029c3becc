#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/ipc/ipc_errno.h"
#include "engine/ipc/pipe_ring.h"

// One attempt of write(2) or read(2) on a pipe, by the rules of pipe(7) and fs/pipe.c. A blocked
// call is attempted again when the pipe changes; its progress (the bytes already written, and
// whether its first pass, the only one that may merge into the last page, is over) travels with
// it.
namespace oslens::engine::ipc {

enum class CallStatus { Done, Blocked, Failed };

struct WriteProgress {
  std::uint64_t done = 0;      // bytes of `data` already in the pipe
  bool firstPassDone = false;  // pipe_write tries the merge once, at its start
  bool operator==(const WriteProgress&) const = default;
};

struct WriteOutcome {
  CallStatus status = CallStatus::Done;
  std::uint64_t wroteNow = 0;   // bytes this attempt put in
  std::uint64_t returned = 0;   // write's return value when Done
  std::optional<Errno> error;   // when Failed
  bool sigpipe = false;         // SIGPIPE sent (no reader)
};

// write(fd, data) with `progress` so far. n <= PIPE_BUF is atomic: all of it goes in at once or
// the call blocks (EAGAIN when non-blocking) with nothing written. A larger write puts in what
// fits and blocks for the rest (non-blocking: returns what it wrote, EAGAIN if nothing). No reader:
// SIGPIPE, then EPIPE, or the bytes already written by a write that was part way (pipe_write).
// A write of 0 bytes returns 0, even with no reader ("Null write succeeds").
WriteOutcome tryWrite(PipeRing& pipe, WriteProgress& progress, std::string_view data, bool nonblock,
                      bool readersExist, std::uint64_t pipeBuf);

struct ReadOutcome {
  CallStatus status = CallStatus::Done;
  std::string data;            // what was read (empty at EOF)
  std::optional<Errno> error;  // when Failed
  bool eof = false;            // returned 0: empty, and no writer left
};

// read(fd, n): what is there up to n, never waiting for more once a byte is there; on an empty
// pipe 0 (EOF) when no writer is left, checked before O_NONBLOCK (pipe_read), else EAGAIN when
// non-blocking, else it blocks. A read of 0 bytes returns 0.
ReadOutcome tryRead(PipeRing& pipe, std::uint64_t n, bool nonblock, bool writersExist);

}  // namespace oslens::engine::ipc

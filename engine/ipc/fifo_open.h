#pragma once

#include <cstdint>
#include <optional>

#include "engine/ipc/ipc_errno.h"
#include "engine/ipc/pipe_calls.h"

// open(2) of a FIFO, one attempt at a time, as fs/pipe.c fifo_open does it (fifo(7)): a read-only
// open counts its process as a reader at once and then waits until some writer has opened (unless
// O_NONBLOCK: it succeeds at once); a write-only open fails with ENXIO when non-blocking and no
// reader is there, else counts as a writer and waits until some reader has opened. "Has opened"
// is a change of the other side's open counter (r_counter, w_counter), so a partner that opened
// and closed again still lets the waiter go.
namespace oslens::engine::ipc {

struct FifoEnds {
  std::uint32_t readers = 0;      // read ends open, blocked openers included
  std::uint32_t writers = 0;
  std::uint64_t readerOpens = 0;  // r_counter: opens for reading so far
  std::uint64_t writerOpens = 0;  // w_counter
  bool operator==(const FifoEnds&) const = default;
};

// A blocked open: the other side's counter when it began to wait.
struct OpenProgress {
  std::optional<std::uint64_t> waitingFrom;
  bool operator==(const OpenProgress&) const = default;
};

struct OpenOutcome {
  CallStatus status = CallStatus::Done;
  std::optional<Errno> error;
};

// `forWriting`: O_WRONLY, else O_RDONLY (O_RDWR, which never blocks on Linux, is not offered).
OpenOutcome tryOpen(FifoEnds& ends, OpenProgress& progress, bool forWriting, bool nonblock);

}  // namespace oslens::engine::ipc

#include "engine/ipc/fifo_open.h"

namespace oslens::engine::ipc {

OpenOutcome tryOpen(FifoEnds& ends, OpenProgress& progress, bool forWriting, bool nonblock) {
  OpenOutcome out;
  if (progress.waitingFrom) {
    // A retry: has the other side opened since?
    const std::uint64_t partner = forWriting ? ends.readerOpens : ends.writerOpens;
    if (partner == *progress.waitingFrom) out.status = CallStatus::Blocked;
    else progress.waitingFrom.reset();
    return out;
  }
  if (forWriting) {
    if (nonblock && ends.readers == 0) {
      out.status = CallStatus::Failed;
      out.error = Errno::NxIO;
      return out;
    }
    ++ends.writers;
    ++ends.writerOpens;
    if (ends.readers == 0) {
      progress.waitingFrom = ends.readerOpens;
      out.status = CallStatus::Blocked;
    }
    return out;
  }
  ++ends.readers;
  ++ends.readerOpens;
  if (ends.writers == 0 && !nonblock) {
    progress.waitingFrom = ends.writerOpens;
    out.status = CallStatus::Blocked;
  }
  return out;
}

}  // namespace oslens::engine::ipc

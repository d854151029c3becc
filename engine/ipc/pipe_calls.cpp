#include "engine/ipc/pipe_calls.h"

#include <algorithm>

namespace oslens::engine::ipc {

WriteOutcome tryWrite(PipeRing& pipe, WriteProgress& progress, std::string_view data, bool nonblock,
                      bool readersExist, std::uint64_t pipeBuf) {
  WriteOutcome out;
  const std::uint64_t total = data.size();
  if (total == 0) return out;  // returned 0
  if (!readersExist) {
    out.sigpipe = true;
    if (progress.done > 0) {
      out.returned = progress.done;  // part way when the last reader went: what it wrote
      return out;
    }
    out.status = CallStatus::Failed;
    out.error = Errno::Pipe;
    return out;
  }
  const bool mayMerge = !progress.firstPassDone;
  progress.firstPassDone = true;
  const std::string_view rest = data.substr(static_cast<std::size_t>(progress.done));
  if (total <= pipeBuf) {
    // Atomic: all of it, or nothing.
    if (pipe.room(rest.size(), mayMerge) < rest.size()) {
      out.status = nonblock ? CallStatus::Failed : CallStatus::Blocked;
      if (nonblock) out.error = Errno::Again;
      return out;
    }
    pipe.write(rest, mayMerge);
    out.wroteNow = rest.size();
    progress.done = total;
    out.returned = total;
    return out;
  }
  const std::uint64_t fits = pipe.room(rest.size(), mayMerge);
  pipe.write(rest.substr(0, static_cast<std::size_t>(fits)), mayMerge);
  out.wroteNow = fits;
  progress.done += fits;
  if (progress.done == total) {
    out.returned = total;
    return out;
  }
  if (nonblock) {
    if (progress.done > 0) {
      out.returned = progress.done;  // a partial write (pipe(7): "from 1 to n bytes may be written")
      return out;
    }
    out.status = CallStatus::Failed;
    out.error = Errno::Again;
    return out;
  }
  out.status = CallStatus::Blocked;
  return out;
}

ReadOutcome tryRead(PipeRing& pipe, std::uint64_t n, bool nonblock, bool writersExist) {
  ReadOutcome out;
  if (n == 0) return out;
  if (!pipe.empty()) {
    out.data = pipe.read(n);
    return out;
  }
  if (!writersExist) {
    out.eof = true;
    return out;
  }
  out.status = nonblock ? CallStatus::Failed : CallStatus::Blocked;
  if (nonblock) out.error = Errno::Again;
  return out;
}

}  // namespace oslens::engine::ipc

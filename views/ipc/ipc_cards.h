#pragma once

#include "views/ipc/ipc_canvas.h"

namespace oslens::views {

// The objects of the IPC picture, one card each: a pipe as its ring of byte cells with the read
// and write positions (a bar with the count when the ring is too large to draw cell by cell; the
// page slots in the Linux model), a POSIX queue as its messages in delivery order with their
// priorities, a System V queue with their types, a semaphore as its value beside its wait queue,
// shared memory as its cells. Every card ends with its wait queue as process chips, first to be
// woken first, and carries the step's mark (an errno, EOF, SIGPIPE, full).
void drawCards(IpcCanvas& canvas, const IpcMarks& marks);

}  // namespace oslens::views

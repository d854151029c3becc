#pragma once

#include "views/ipc/ipc_canvas.h"

namespace oslens::views {

// The processes' lanes of the IPC picture: each with its name in its colour, its state in words
// and in the lane's look (running: lit and thick; ready: plain; blocked: dashed with a hatched
// edge; exited: grey), its program with the current action marked, and the step's mark on the
// action it belongs to. Then the "+N more" rows.
void drawLanes(IpcCanvas& canvas, const IpcMarks& marks);

// Where a process's lit line is drawn (for flights), its lane's centre if it shows no lines.
qreal laneRowY(const IpcLayout& layout, const IpcBeat& beat, engine::ipc::ProcessId process);

}  // namespace oslens::views

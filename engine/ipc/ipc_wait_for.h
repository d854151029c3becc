#pragma once

#include <optional>
#include <vector>

#include "engine/ipc/ipc_state.h"

// Who a blocked process waits for, when a run ends in a deadlock (every live process blocked):
// the processes that could let its call go on. A reader (or a FIFO's reader opening) waits for
// the live holders of the write end; a writer for those of the read end; a receiver for the live
// processes whose programs send to that queue, a sender for those that receive; a semaphore's
// waiter for those whose programs post it. The wait-for graph and one cycle in it (the deadlock
// module's findCycle, Silberschatz 10e 8.7.1). No cycle: some wait for processes that have ended
// or for nobody.
namespace oslens::engine::ipc {

struct WaitFor {
  std::vector<std::vector<ProcessId>> waitsFor;  // by process; empty unless blocked
  std::optional<std::vector<ProcessId>> cycle;
};

WaitFor waitForGraph(const IpcState& state);

}  // namespace oslens::engine::ipc

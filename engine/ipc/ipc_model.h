#pragma once

#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/ipc/ipc_events.h"
#include "engine/ipc/ipc_state.h"

namespace oslens::engine::ipc {

// One step: the process the schedule picked runs one action (docs/scenarios.md, "Module `ipc`").
struct IpcStep {
  ProcessId process = 0;
  std::vector<ProcessId> skipped;  // an explicit schedule's entries before it, blocked or ended
  bool operator==(const IpcStep&) const = default;
};

// The rule of blocking and waking (the issue's, stated once): a call that cannot proceed blocks
// its process in the object's wait queue (FIFO). After every action, the blocked calls on the
// objects it touched are tried again — readers and receivers before writers and senders, each
// queue in FIFO order — until nothing more can go on, so the step that unblocks a process also
// shows its call completing (what the kernel does for message queues with pipelined_send and
// pipelined_receive). A semaphore's post hands its unit to its longest waiter directly.
struct IpcModel {
  using State = IpcState;
  using Op = IpcStep;
  using Event = IpcEvent;

  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::ipc

#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "engine/ipc/ipc_model.h"

namespace oslens::views {

// Something that travels in a step: bytes from a writer into a pipe, a message out of a queue to
// its receiver, a semaphore's unit, a value between shared memory and a register.
struct IpcFlight {
  engine::ipc::ProcessId process = 0;
  engine::ipc::ObjectId object = 0;
  bool toObject = true;  // from the process's lane to the object, else back
  QString text;          // what travels: the bytes, "5 · "hi"", "1", "r = 0"
};

// One moment of a step as the IPC picture draws it (the freelist heap's beats are the model:
// views/freelist/heap_picture.h). A step plays: the process about to run lit with its action, the
// objects as before; then each flight; then the state after with the step's marks (blocked, the
// errno, EOF, SIGPIPE, woken, the deadlock). A beat holds nothing the step has not done yet: the
// bytes a read returns appear when they arrive, a process turns blocked on the last beat.
struct IpcBeat {
  const engine::ipc::IpcState* state = nullptr;   // what the lanes and objects show
  const engine::ipc::IpcState* before = nullptr;  // the state before the step (what a store overwrote)
  std::optional<engine::ipc::ProcessId> actor;    // the process that runs this step
  std::optional<std::size_t> ranPc;               // the action it runs
  const std::vector<engine::ipc::IpcEvent>* events = nullptr;  // their marks drawn when `outcome`
  bool outcome = false;
  std::optional<IpcFlight> flight;
};

// The flights of a step, in the order they happen: the call's own, then those of the blocked
// calls it let finish.
std::vector<IpcFlight> ipcFlights(const engine::ipc::IpcState& before, const std::vector<engine::ipc::IpcEvent>& events,
                                  const engine::ipc::IpcState& after);

// The beats of one step forwards (reverse them for a step back).
std::vector<IpcBeat> ipcBeats(const engine::ipc::IpcState& before, const engine::ipc::IpcStep& op,
                              const std::vector<engine::ipc::IpcEvent>& events, const engine::ipc::IpcState& after);

// The picture at rest after a step (or at the start, with no op).
IpcBeat ipcRest(const engine::ipc::IpcState& state, const engine::ipc::IpcState* before, const engine::ipc::IpcStep* op,
                const std::vector<engine::ipc::IpcEvent>& events);

}  // namespace oslens::views

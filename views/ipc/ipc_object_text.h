#pragma once

#include <QCoreApplication>
#include <QString>

#include "engine/ipc/ipc_state.h"

namespace oslens::views {

// An object's contents and waiters in a few words, for the state table and for the picture's
// one-row cards when there are many objects: "5 of 8 bytes: "hello"", "value 0", "2 of 10
// messages", "[0] = 4".
class IpcObjectText {
  Q_DECLARE_TR_FUNCTIONS(IpcObjectText)

 public:
  static QString contents(const engine::ipc::IpcState& state, engine::ipc::ObjectId object);
  // The processes in its wait queue, first to be woken first ("—" for none).
  static QString waiters(const engine::ipc::IpcState& state, engine::ipc::ObjectId object);
  // Its wait queue (a semaphore keeps its own).
  static const std::deque<engine::ipc::ProcessId>& waitQueue(const engine::ipc::IpcState& state, engine::ipc::ObjectId object);
  // "capacity 8, PIPE_BUF 4", "POSIX, value starts at 1", ...: what the file set.
  static QString settings(const engine::ipc::IpcState& state, engine::ipc::ObjectId object);
};

}  // namespace oslens::views

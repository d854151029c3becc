#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <vector>

#include "engine/ipc/ipc_model.h"

namespace oslens::views {

// Turns one step of an IPC run into sentences a student can follow with pipe(7), mq_overview(7),
// msgop(2), sem_overview(7) or Silberschatz 10e ch. 6 open: who ran which call, what happened, and
// why, in the rule's own words (PIPE_BUF, EOF, SIGPIPE, each errno and its reason, the hand-off of
// a message or a semaphore's unit, the textbook's negative value, a register's load/add/store).
// The first sentence says only what the step does (it is shown before the step has played).
class IpcNarrator {
  Q_DECLARE_TR_FUNCTIONS(IpcNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::ipc::IpcState& after, const engine::ipc::IpcStep& op,
                             const std::vector<engine::ipc::IpcEvent>& events);
  static QString summary(const engine::ipc::IpcState& state);

  // The action as a line of its program: write(p, "hello"), sem_wait(mutex), load r1 ← counter[0].
  static QString actionText(const engine::ipc::IpcSetup& setup, engine::ipc::ProcessId process, const engine::ipc::Action& action);
  // "hello" in quotes, shortened past `most` characters ("aaaaaaaa…").
  static QString quoted(const std::string& data, int most = 12);
  // "ready", "running", "blocked", "exited", "killed by SIGPIPE": `ran` is the step's process.
  static QString stateName(const engine::ipc::IpcState& state, engine::ipc::ProcessId process,
                           std::optional<engine::ipc::ProcessId> ran);
  // "pipe", "FIFO", "POSIX message queue", ...
  static QString kindName(const engine::ipc::ObjectSpec& spec);
  static QString processName(const engine::ipc::IpcState& state, engine::ipc::ProcessId process);
  static QString objectName(const engine::ipc::IpcState& state, engine::ipc::ObjectId object);
  // "1 byte", "20 bytes".
  static QString bytesText(std::uint64_t bytes);
};

}  // namespace oslens::views

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/ipc/ipc_errno.h"
#include "engine/ipc/ipc_program.h"

// What happened in one step of an IPC run, in order: the action the scheduled process ran, and
// how it ended (done, blocked, an errno); then the blocked calls the change let finish; a SIGPIPE
// and the exits it caused; a deadlock. views/ipc animates and narrates them; the JSON lists them
// under "events" (engine/core/event_json.h), with processes and objects by name (Names:
// process(id), object(id)).
namespace oslens::engine::ipc {

template <class Names>
void writeProcessList(JsonOut& out, std::string_view key, const std::vector<ProcessId>& processes, const Names& names) {
  out.key(key);
  out.beginArray();
  for (ProcessId p : processes) out.value(names.process(p));
  out.endArray();
}

// The scheduled process ran the action at `pc` of its program.
struct ActionRan {
  ProcessId process;
  std::size_t pc;
  static constexpr std::string_view kJsonType = "run";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("pc", pc);
  }
  bool operator==(const ActionRan&) const = default;
};
// A call that finished: at once, or (`woken`) a blocked one that could go on after this step's
// change. `returned`: bytes written or read (0 at EOF), 0 for success, the new size of set_size,
// the value of a load, add or store; `data`: what a read or receive got.
struct CallCompleted {
  ProcessId process;
  std::size_t pc;  // the action of its program that finished
  bool woken = false;
  std::int64_t returned = 0;
  std::string data;
  std::optional<std::int64_t> priorityOrType;  // of a received message
  static constexpr std::string_view kJsonType = "done";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("pc", pc);
    out.field("woken", woken);
    out.field("returned", returned);
    if (!data.empty()) out.field("data", data);
    if (priorityOrType) out.field("priority_or_type", *priorityOrType);
  }
  bool operator==(const CallCompleted&) const = default;
};
// The call cannot go on: the process waits in the object's queue.
struct CallBlocked {
  ProcessId process;
  ObjectId object;
  static constexpr std::string_view kJsonType = "block";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("object", names.object(object));
  }
  bool operator==(const CallBlocked&) const = default;
};
// The system refused the call with an errno: the call returns -1.
struct CallFailed {
  ProcessId process;
  Errno error;
  static constexpr std::string_view kJsonType = "error";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("errno", errnoName(error));
  }
  bool operator==(const CallFailed&) const = default;
};
// A write found no reader (pipe(7)): SIGPIPE, and the write fails with EPIPE if the process lives.
struct SigpipeSent {
  ProcessId process;
  bool fatal;  // the default disposition: the process dies
  static constexpr std::string_view kJsonType = "sigpipe";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("fatal", fatal);
  }
  bool operator==(const SigpipeSent&) const = default;
};
// The process ended: its program done, an exit action, or killed by SIGPIPE. Its pipe ends close.
struct ProcessExited {
  ProcessId process;
  bool killed;
  static constexpr std::string_view kJsonType = "exit";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("killed", killed);
  }
  bool operator==(const ProcessExited&) const = default;
};
// Every live process is blocked: the run is over. Who waits for whom (engine/ipc/ipc_wait_for.h)
// and a cycle among them, if there is one.
struct Deadlocked {
  std::vector<std::vector<ProcessId>> waitsFor;  // by process; empty unless blocked
  std::optional<std::vector<ProcessId>> cycle;
  static constexpr std::string_view kJsonType = "deadlock";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.key("waits_for");
    out.beginObject();
    for (ProcessId p = 0; p < waitsFor.size(); ++p)
      if (!waitsFor[p].empty()) writeProcessList(out, names.process(p), waitsFor[p], names);
    out.endObject();
    if (cycle) writeProcessList(out, "cycle", *cycle, names);
    else out.field("cycle", nullptr);
  }
  bool operator==(const Deadlocked&) const = default;
};

using IpcEvent = std::variant<ActionRan, CallCompleted, CallBlocked, CallFailed, SigpipeSent, ProcessExited, Deadlocked>;

}  // namespace oslens::engine::ipc

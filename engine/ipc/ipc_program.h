#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// A process's program in an IPC scenario (docs/scenarios.md, "Module `ipc`"): one action a step.
// Objects and processes are referred to by index (ObjectId, ProcessId) once the file is read;
// registers by index into the process's own registers.
namespace oslens::engine::ipc {

using ProcessId = std::uint32_t;
using ObjectId = std::uint32_t;
using RegisterId = std::uint32_t;

// {"write": {"pipe", "data" | "bytes", "nonblock"}}: `data` given, or `bytes` of filler.
struct WriteAction {
  ObjectId pipe = 0;
  std::string data;
  bool nonblock = false;
  bool operator==(const WriteAction&) const = default;
};
// {"read": {"pipe", "bytes", "nonblock"}}
struct ReadAction {
  ObjectId pipe = 0;
  std::uint64_t bytes = 0;
  bool nonblock = false;
  bool operator==(const ReadAction&) const = default;
};
enum class PipeEnd { Read, Write };
// {"close": {"pipe", "end"}}
struct CloseAction {
  ObjectId pipe = 0;
  PipeEnd end = PipeEnd::Write;
  bool operator==(const CloseAction&) const = default;
};
// {"set_size": {"pipe", "bytes"}}: fcntl(F_SETPIPE_SZ)
struct SetSizeAction {
  ObjectId pipe = 0;
  std::uint64_t bytes = 0;
  bool operator==(const SetSizeAction&) const = default;
};
// {"open": {"fifo", "mode": "r" | "w", "nonblock"}}
struct OpenAction {
  ObjectId fifo = 0;
  PipeEnd end = PipeEnd::Read;
  bool nonblock = false;
  bool operator==(const OpenAction&) const = default;
};
// {"mq_send": {"queue", "data" | "bytes", "priority", "nonblock"}}
struct MqSendAction {
  ObjectId queue = 0;
  std::string data;
  std::uint64_t priority = 0;  // checked at run time: >= MQ_PRIO_MAX is EINVAL
  bool nonblock = false;
  bool operator==(const MqSendAction&) const = default;
};
// {"mq_receive": {"queue", "buffer", "nonblock"}}
struct MqReceiveAction {
  ObjectId queue = 0;
  std::uint64_t buffer = 0;
  bool nonblock = false;
  bool operator==(const MqReceiveAction&) const = default;
};
// {"msgsnd": {"queue", "type", "data", "nowait"}}
struct MsgSendAction {
  ObjectId queue = 0;
  std::int64_t type = 1;  // checked at run time: < 1 is EINVAL
  std::string data;
  bool nowait = false;
  bool operator==(const MsgSendAction&) const = default;
};
// {"msgrcv": {"queue", "type", "except", "nowait"}}
struct MsgReceiveAction {
  ObjectId queue = 0;
  std::int64_t type = 0;
  bool except = false;
  bool nowait = false;
  bool operator==(const MsgReceiveAction&) const = default;
};
// {"sem_wait": S}, {"sem_trywait": S}, {"sem_post": S}
enum class SemOp { Wait, TryWait, Post };
struct SemAction {
  ObjectId semaphore = 0;
  SemOp op = SemOp::Wait;
  bool operator==(const SemAction&) const = default;
};
// {"load": {"shm", "offset", "into": REG}}, {"add": {"reg", "value"}}, {"store": {"shm", "offset", "from": REG}}:
// counter = counter + 1 as the three instructions of OSTEP ch. 26, so a lost update shows step by step.
struct LoadAction {
  ObjectId shm = 0;
  std::uint64_t offset = 0;
  RegisterId into = 0;
  bool operator==(const LoadAction&) const = default;
};
struct AddAction {
  RegisterId reg = 0;
  std::int64_t value = 0;
  bool operator==(const AddAction&) const = default;
};
struct StoreAction {
  ObjectId shm = 0;
  std::uint64_t offset = 0;
  RegisterId from = 0;
  bool operator==(const StoreAction&) const = default;
};
// {"compute": N}: N steps of work that touch no object (one step each).
struct ComputeAction {
  std::uint64_t steps = 1;
  bool operator==(const ComputeAction&) const = default;
};
// {"exit": true}
struct ExitAction {
  bool operator==(const ExitAction&) const = default;
};

using Action = std::variant<WriteAction, ReadAction, CloseAction, SetSizeAction, OpenAction, MqSendAction,
                            MqReceiveAction, MsgSendAction, MsgReceiveAction, SemAction, LoadAction, AddAction,
                            StoreAction, ComputeAction, ExitAction>;

// The object an action works on (none for add, compute and exit).
std::optional<ObjectId> objectOf(const Action& action);

enum class SigpipeDisposition { Default, Ignore };

// {"name", "program": [action, ...], "repeat": N, "sigpipe": "default" | "ignore"}
struct ProcessSpec {
  std::string name;
  std::vector<Action> program;
  std::uint64_t repeat = 1;
  SigpipeDisposition sigpipe = SigpipeDisposition::Default;
  std::vector<std::string> registers;  // the register names its program uses, in first use
  bool operator==(const ProcessSpec&) const = default;
};

}  // namespace oslens::engine::ipc

#pragma once

#include <string>

// Small IPC scenarios the view tests share, each showing one rule (docs/scenarios.md, "Module
// `ipc`"); written out here so the tests read as examples.
namespace oslens::test::ipc {

inline std::string scenario(const std::string& config) {
  return R"({"oslens": 1, "module": "ipc", "title": {"en": "t", "zh_CN": "t"}, "config": )" + config + "}";
}

// pipe(7) with capacity 8 and PIPE_BUF 4: "hello" fits; "world!" (6 > PIPE_BUF) puts 3 bytes in and
// blocks (step 3); the reader's read of 3 wakes the writer, whose write completes (step 5); the
// writer exits, the reader reads the rest and then 0: end of file (step 8).
inline const std::string kPipe = scenario(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}],
  "processes": [
   {"name": "writer", "program": [{"write": {"pipe": "p", "data": "hello"}}, {"write": {"pipe": "p", "data": "world!"}}, {"close": {"pipe": "p", "end": "write"}}]},
   {"name": "reader", "program": [{"compute": 2}, {"read": {"pipe": "p", "bytes": 3}}, {"read": {"pipe": "p", "bytes": 20}}, {"read": {"pipe": "p", "bytes": 20}}]}]})");

// A reader that closes its end: the writer gets SIGPIPE and dies (default), a second writer that
// ignores it gets EPIPE; a non-blocking read of an empty pipe is EAGAIN.
inline const std::string kSigpipe = scenario(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}, {"pipe": "q", "capacity": 8}],
  "processes": [
   {"name": "reader", "program": [{"read": {"pipe": "q", "bytes": 2, "nonblock": true}}, {"close": {"pipe": "p", "end": "read"}}]},
   {"name": "killed", "program": [{"compute": 1}, {"write": {"pipe": "p", "data": "ab"}}]},
   {"name": "stubborn", "sigpipe": "ignore", "program": [{"compute": 2}, {"write": {"pipe": "p", "data": "cd"}}, {"write": {"pipe": "q", "data": "x"}}]}],
  "schedule": ["reader", "killed", "stubborn", "reader", "killed", "stubborn", "stubborn"]})");

// A POSIX queue: the schedule lists the receiver while it is blocked (skipped); a waiting receiver
// is handed the message at once; priorities order the rest; a priority past MQ_PRIO_MAX is EINVAL.
inline const std::string kQueue = scenario(R"({"objects": [{"mq": "q", "max_messages": 2, "message_size": 16}],
  "processes": [
   {"name": "sender", "program": [{"compute": 1}, {"mq_send": {"queue": "q", "data": "low", "priority": 1}}, {"mq_send": {"queue": "q", "data": "high", "priority": 9}},
                                  {"mq_send": {"queue": "q", "data": "mid", "priority": 5}}, {"mq_send": {"queue": "q", "data": "x", "priority": 40000}}]},
   {"name": "receiver", "program": [{"mq_receive": {"queue": "q"}}, {"compute": 3}, {"mq_receive": {"queue": "q"}}]}],
  "schedule": ["sender", "receiver", "receiver", "sender"]})");

// Two semaphores taken in opposite orders (textbook rule: values go negative): a deadlock.
inline const std::string kDeadlock = scenario(R"({"semaphores": "textbook", "objects": [{"semaphore": "S", "value": 1}, {"semaphore": "Q", "value": 1}],
  "processes": [
   {"name": "P0", "program": [{"sem_wait": "S"}, {"sem_wait": "Q"}, {"sem_post": "S"}, {"sem_post": "Q"}]},
   {"name": "P1", "program": [{"sem_wait": "Q"}, {"sem_wait": "S"}, {"sem_post": "Q"}, {"sem_post": "S"}]}]})");

// counter = counter + 1 in two processes, interleaved so one update is lost (OSTEP ch. 26).
inline const std::string kLostUpdate = scenario(R"({"objects": [{"shm": "counter", "bytes": 1}],
  "processes": [
   {"name": "T1", "program": [{"load": {"shm": "counter", "offset": 0, "into": "r"}}, {"add": {"reg": "r", "value": 1}}, {"store": {"shm": "counter", "offset": 0, "from": "r"}}]},
   {"name": "T2", "program": [{"load": {"shm": "counter", "offset": 0, "into": "r"}}, {"add": {"reg": "r", "value": 1}}, {"store": {"shm": "counter", "offset": 0, "from": "r"}}]}],
  "schedule": ["T1", "T2", "T1", "T2", "T1", "T2"]})");

// Many processes and objects: 30 writers on 10 pipes, one reader each, so the picture must
// degrade (one-row lanes, "+N more" rows) without overlaps.
inline std::string manyProcesses() {
  std::string objects, processes;
  for (int o = 0; o < 10; ++o) objects += (o ? ", " : "") + std::string(R"({"pipe": "p)") + std::to_string(o) + R"(", "capacity": 8, "pipe_buf": 4})";
  for (int p = 0; p < 30; ++p) {
    const std::string pipe = "p" + std::to_string(p % 10);
    const std::string call = p < 20 ? R"({"write": {"pipe": ")" + pipe + R"(", "data": "abcdef"}})" : R"({"read": {"pipe": ")" + pipe + R"(", "bytes": 5}})";
    processes += (p ? ", " : "") + std::string(R"({"name": "proc)") + std::to_string(p) + R"(", "program": [)" + call + "]}";
  }
  return scenario(R"({"objects": [)" + objects + R"(], "processes": [)" + processes + "]}");
}

}  // namespace oslens::test::ipc

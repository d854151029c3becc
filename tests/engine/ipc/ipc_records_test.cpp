// Worked traces through whole scenarios, read back through the step records' public JSON names
// (issue 17, "JSON"; docs/scenarios.md, "Module `ipc`"). Each rule with its source.
#include <gtest/gtest.h>

#include "engine/modules.h"

namespace oslens::engine::ipc {
namespace {

using nlohmann::json;

std::unique_ptr<Simulation> load(std::string_view config) {
  return loadSimulation(std::string(R"({"oslens": 1, "module": "ipc", "title": {"en": "t", "zh_CN": "t"}, "config": )") +
                        std::string(config) + "}");
}

// Every step's record, as JSON, checking the invariants after each.
std::vector<json> records(Simulation& sim) {
  std::vector<json> out;
  for (std::size_t i = 1; i <= sim.stepCount(); ++i) {
    sim.seek(i);
    const auto problems = sim.invariantViolations();
    EXPECT_TRUE(problems.empty()) << "step " << i << ": " << problems.front();
    out.push_back(json::parse(sim.stepRecord().dump()));
  }
  return out;
}

TEST(IpcRecords, ABlockedWriteCompletesInTheStepThatDrainsThePipe) {
  // pipe(7): a blocking write of n > PIPE_BUF may be partial; it waits for room for the rest.
  auto sim = load(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}], "schedule": ["w", "w", "r"],
    "processes": [{"name": "w", "program": [{"write": {"pipe": "p", "data": "hello"}}, {"write": {"pipe": "p", "data": "world!"}}]},
                  {"name": "r", "program": [{"read": {"pipe": "p", "bytes": 4}}, {"read": {"pipe": "p", "bytes": 20}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[0]["result"], "ok");
  EXPECT_EQ(r[0]["returned"], 5);
  EXPECT_EQ(r[0]["states"], (json{{"w", "running"}, {"r", "ready"}}));
  EXPECT_EQ(r[1]["action"], (json{{"write", {{"pipe", "p"}, {"data", "world!"}}}}));
  EXPECT_EQ(r[1]["result"], "blocked");
  EXPECT_TRUE(r[1]["returned"].is_null());
  EXPECT_EQ(r[1]["blocked"], (json{"w"}));
  EXPECT_EQ(r[1]["objects"]["p"]["data"], "hellowor");  // the 3 bytes that fit went in
  EXPECT_EQ(r[1]["objects"]["p"]["waiting"], (json{"w"}));
  EXPECT_EQ(r[1]["states"]["w"], "blocked");
  // The reader's 4 bytes make room for the last 3: the write completes in the reader's step.
  EXPECT_EQ(r[2]["returned"], 4);
  EXPECT_EQ(r[2]["completions"], (json{{"w", 6}}));
  EXPECT_EQ(r[2]["blocked"], json::array());
  EXPECT_EQ(r[2]["objects"]["p"]["data"], "oworld!");
  EXPECT_EQ(r[2]["objects"]["p"]["buffered"], 7);
}

TEST(IpcRecords, EofAndSigpipe) {
  // pipe(7): "If all file descriptors referring to the write end of a pipe have been closed, then
  // an attempt to read(2) from the pipe will see end-of-file (read(2) will return 0)." "If all
  // file descriptors referring to the read end of a pipe have been closed, then a write(2) will
  // cause a SIGPIPE signal to be generated for the calling process. If the calling process is
  // ignoring this signal, then write(2) fails with the error EPIPE."
  auto sim = load(R"({"objects": [{"pipe": "p", "capacity": 8}, {"pipe": "q", "capacity": 8}], "schedule": "fifo",
    "processes": [{"name": "w", "program": [{"write": {"pipe": "p", "data": "hi"}}, {"close": {"pipe": "p", "end": "write"}}]},
                  {"name": "r", "program": [{"read": {"pipe": "p", "bytes": 8}}, {"read": {"pipe": "p", "bytes": 8}}, {"close": {"pipe": "q", "end": "read"}}]},
                  {"name": "ign", "sigpipe": "ignore", "program": [{"write": {"pipe": "q", "data": "x"}}, {"compute": 1}]},
                  {"name": "dies", "program": [{"write": {"pipe": "q", "data": "x"}}, {"compute": 1}]}]})");
  const auto r = records(*sim);
  ASSERT_GE(r.size(), 8u);
  EXPECT_EQ(r[2]["returned"], 2);  // r reads "hi"
  EXPECT_EQ(r[3]["returned"], 0);  // EOF: w has closed its write end
  EXPECT_EQ(r[3]["result"], "ok");
  // ign ignores SIGPIPE: its write fails with EPIPE and it goes on.
  EXPECT_EQ(r[5]["process"], "ign");
  EXPECT_EQ(r[5]["result"], "EPIPE");
  EXPECT_EQ(r[5]["returned"], -1);
  EXPECT_EQ(r[5]["signals"], (json{{"ign", "SIGPIPE"}}));
  EXPECT_EQ(r[5]["states"]["ign"], "running");
  // dies has the default disposition: SIGPIPE terminates it (signal(7): SIGPIPE, Term).
  const json& killed = r[7];
  EXPECT_EQ(killed["process"], "dies");
  EXPECT_EQ(killed["result"], "EPIPE");
  EXPECT_EQ(killed["signals"], (json{{"dies", "SIGPIPE"}}));
  EXPECT_EQ(killed["states"]["dies"], "exited");
  EXPECT_EQ(sim->summary()["processes"]["dies"]["killed"], true);
}

TEST(IpcRecords, LinuxPageSlotsFillBeforeTheBytesDo) {
  // fs/pipe.c pipe_write: 4000 % 4096 = 4000 bytes do not fit after a page's 4000, so each write
  // takes a fresh page; 16 slots hold 64000 bytes, and the 17th write blocks (fcntl(2): "the
  // number of bytes that can be written may be less than the nominal size").
  auto sim = load(R"({"objects": [{"pipe": "p", "model": "linux"}],
    "processes": [{"name": "w", "repeat": 17, "program": [{"write": {"pipe": "p", "bytes": 4000}}]},
                  {"name": "r", "program": [{"compute": 17}, {"read": {"pipe": "p", "bytes": 4000}}]}], "schedule": "fifo"})");
  const auto r = records(*sim);
  EXPECT_EQ(r[15]["objects"]["p"]["slots_used"], 16);
  EXPECT_EQ(r[15]["objects"]["p"]["buffered"], 64000);
  EXPECT_TRUE(r[15]["objects"]["p"]["data"].is_null());  // more than 256 bytes: not shown as text
  EXPECT_EQ(r[16]["result"], "blocked");
  EXPECT_EQ(r[16]["objects"]["p"]["slots"], 16);
}

TEST(IpcRecords, PosixQueueDeliversByPriorityThenAge) {
  // mq_send(3): "Messages are placed on the queue in decreasing order of priority, with newer
  // messages of the same priority being placed after older messages with the same priority."
  auto sim = load(R"({"objects": [{"mq": "q", "max_messages": 4, "message_size": 16}], "schedule": "fifo",
    "processes": [{"name": "s", "program": [{"mq_send": {"queue": "q", "data": "low", "priority": 1}},
                                             {"mq_send": {"queue": "q", "data": "high", "priority": 9}},
                                             {"mq_send": {"queue": "q", "data": "low2", "priority": 1}},
                                             {"mq_send": {"queue": "q", "data": "bad", "priority": 32768}}]},
                  {"name": "r", "program": [{"mq_receive": {"queue": "q"}}, {"mq_receive": {"queue": "q", "buffer": 8}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[2]["objects"]["q"]["messages"],
            (json{{{"data", "high"}, {"priority", 9}}, {{"data", "low"}, {"priority", 1}}, {{"data", "low2"}, {"priority", 1}}}));
  EXPECT_EQ(r[3]["result"], "EINVAL");  // priority >= MQ_PRIO_MAX (32768)
  EXPECT_EQ(r[4]["returned"], (json{{"data", "high"}, {"priority", 9}}));
  // mq_receive(3): EMSGSIZE when the buffer is shorter than the queue's mq_msgsize (16).
  EXPECT_EQ(r[5]["result"], "EMSGSIZE");
}

TEST(IpcRecords, SystemVTypesPickTheMessage) {
  // msgop(2): msgtyp < 0 takes "the first message in the queue with the lowest type less than or
  // equal to the absolute value of msgtyp"; > 0 the first of that type; 0 the first.
  auto sim = load(R"({"objects": [{"msgq": "v"}], "schedule": "fifo",
    "processes": [{"name": "s", "program": [{"msgsnd": {"queue": "v", "type": 3, "data": "c"}}, {"msgsnd": {"queue": "v", "type": 2, "data": "b"}},
                                             {"msgsnd": {"queue": "v", "type": 5, "data": "e"}}]},
                  {"name": "r", "program": [{"msgrcv": {"queue": "v", "type": -4}}, {"msgrcv": {"queue": "v", "type": 5}},
                                             {"msgrcv": {"queue": "v", "type": 9, "nowait": true}}, {"msgrcv": {"queue": "v", "type": 0}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[3]["returned"], (json{{"type", 2}, {"data", "b"}}));
  EXPECT_EQ(r[4]["returned"], (json{{"type", 5}, {"data", "e"}}));
  EXPECT_EQ(r[5]["result"], "ENOMSG");
  EXPECT_EQ(r[6]["returned"], (json{{"type", 3}, {"data", "c"}}));
}

TEST(IpcRecords, LostUpdateOnSharedMemory) {
  // OSTEP ch. 26 (26.3, "The Heart Of The Problem: Uncontrolled Scheduling"): two threads each add
  // 1 through a register; interleaved load, load, add, add, store, store, the counter ends at 1.
  auto sim = load(R"({"objects": [{"shm": "counter"}], "schedule": ["a", "b", "a", "b", "a", "b"],
    "processes": [{"name": "a", "program": [{"load": {"shm": "counter", "into": "r"}}, {"add": {"reg": "r", "value": 1}}, {"store": {"shm": "counter", "from": "r"}}]},
                  {"name": "b", "program": [{"load": {"shm": "counter", "into": "r"}}, {"add": {"reg": "r", "value": 1}}, {"store": {"shm": "counter", "from": "r"}}]}]})");
  const auto r = records(*sim);
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[4]["objects"]["counter"]["cells"], (json{1}));
  EXPECT_EQ(r[5]["objects"]["counter"]["cells"], (json{1}));  // b's store writes 1 over a's 1
}

TEST(IpcRecords, TextbookSemaphoreCountsItsWaitersBelowZero) {
  // Silberschatz 10e 6.6.2: wait decrements, then blocks if the value is negative; the magnitude
  // of a negative value is the number of waiters.
  auto sim = load(R"({"objects": [{"semaphore": "s", "value": 0}], "semaphores": "textbook", "schedule": ["a", "b", "c"],
    "processes": [{"name": "a", "program": [{"sem_wait": "s"}]}, {"name": "b", "program": [{"sem_wait": "s"}]},
                  {"name": "c", "program": [{"sem_post": "s"}, {"sem_post": "s"}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[1]["objects"]["s"]["value"], -2);
  EXPECT_EQ(r[1]["objects"]["s"]["waiting"], (json{"a", "b"}));
  EXPECT_EQ(r[2]["objects"]["s"]["value"], -1);
  EXPECT_EQ(r[2]["completions"], (json{{"a", 0}}));  // the longest waiter goes first
}

TEST(IpcRecords, PosixSemaphoreNeverGoesBelowZero) {
  // sem_overview(7): "an integer whose value is never allowed to fall below zero".
  auto sim = load(R"({"objects": [{"semaphore": "s", "value": 0}], "schedule": ["a", "b", "c"],
    "processes": [{"name": "a", "program": [{"sem_wait": "s"}]}, {"name": "b", "program": [{"sem_trywait": "s"}]},
                  {"name": "c", "program": [{"sem_post": "s"}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[0]["objects"]["s"]["value"], 0);
  EXPECT_EQ(r[1]["result"], "EAGAIN");  // sem_trywait(3)
  EXPECT_EQ(r[2]["objects"]["s"]["value"], 0);  // handed to a, not counted up
  EXPECT_EQ(r[2]["completions"], (json{{"a", 0}}));
}

TEST(IpcRecords, TwoSemaphoresInOppositeOrdersDeadlock) {
  // Silberschatz 10e 8.2 (Figure 8.1, two mutex locks taken in opposite orders).
  auto sim = load(R"({"objects": [{"semaphore": "first", "value": 1}, {"semaphore": "second", "value": 1}], "schedule": ["t1", "t2", "t1", "t2"],
    "processes": [{"name": "t1", "program": [{"sem_wait": "first"}, {"sem_wait": "second"}, {"sem_post": "second"}, {"sem_post": "first"}]},
                  {"name": "t2", "program": [{"sem_wait": "second"}, {"sem_wait": "first"}, {"sem_post": "first"}, {"sem_post": "second"}]}]})");
  const auto r = records(*sim);
  ASSERT_EQ(r.size(), 4u);  // the run ends when both are blocked
  EXPECT_FALSE(r[2]["deadlock"]);
  EXPECT_TRUE(r[3]["deadlock"]);
  EXPECT_EQ(r[3]["blocked"], (json{"t1", "t2"}));
  const json& event = r[3]["events"].back();
  EXPECT_EQ(event["type"], "deadlock");
  EXPECT_EQ(event["waits_for"], (json{{"t1", {"t2"}}, {"t2", {"t1"}}}));
  EXPECT_EQ(event["cycle"].size(), 2u);
  EXPECT_TRUE(sim->summary()["deadlock"]);
}

TEST(IpcRecords, AnExplicitScheduleSkipsBlockedProcessesAndSaysSo) {
  auto sim = load(R"({"objects": [{"pipe": "p", "capacity": 8}], "schedule": ["r", "r", "w"],
    "processes": [{"name": "r", "program": [{"read": {"pipe": "p", "bytes": 1}}]}, {"name": "w", "program": [{"write": {"pipe": "p", "data": "x"}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[0]["result"], "blocked");
  // The second "r" of the list is blocked: skipped, and w runs.
  EXPECT_EQ(r[1]["op"], (json{{"process", "w"}, {"skipped", {"r"}}}));
  EXPECT_EQ(r[1]["completions"], (json{{"r", 1}}));
}

TEST(IpcRecords, FifoOpensWaitForTheOtherSide) {
  // fifo(7): "opening for read-only blocks until another process opens for writing, and vice
  // versa"; "A process can open a FIFO in nonblocking mode ... opening for write-only will fail
  // with ENXIO (no such device or address) unless the other end has already been opened."
  auto sim = load(R"({"objects": [{"fifo": "/tmp/f", "capacity": 8}], "schedule": ["early", "r", "w", "r"],
    "processes": [{"name": "early", "program": [{"open": {"fifo": "/tmp/f", "mode": "w", "nonblock": true}}]},
                  {"name": "r", "program": [{"open": {"fifo": "/tmp/f", "mode": "r"}}, {"read": {"pipe": "/tmp/f", "bytes": 8}}]},
                  {"name": "w", "program": [{"open": {"fifo": "/tmp/f", "mode": "w"}}, {"write": {"pipe": "/tmp/f", "data": "hi"}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[0]["result"], "ENXIO");
  EXPECT_EQ(r[1]["result"], "blocked");
  EXPECT_EQ(r[2]["result"], "ok");
  EXPECT_EQ(r[2]["completions"], (json{{"r", 0}}));
}

TEST(IpcRecords, CallsOnAnEndNotHeldFailWithEbadf) {
  // read(2)/write(2)/close(2): EBADF, "fd is not a valid file descriptor or is not open for
  // reading/writing": after closing its read end, or on a FIFO it has not opened.
  auto sim = load(R"({"objects": [{"pipe": "p", "capacity": 8}, {"fifo": "/f", "capacity": 8}], "schedule": "fifo",
    "processes": [{"name": "r", "program": [{"close": {"pipe": "p", "end": "read"}}, {"read": {"pipe": "p", "bytes": 1}},
                                             {"close": {"pipe": "p", "end": "read"}}, {"write": {"pipe": "/f", "data": "x"}}]},
                  {"name": "w", "program": [{"write": {"pipe": "p", "data": "x"}}]}]})");
  const auto r = records(*sim);
  EXPECT_EQ(r[0]["result"], "ok");
  EXPECT_EQ(r[1]["result"], "EBADF");
  EXPECT_EQ(r[1]["returned"], -1);
  EXPECT_EQ(r[2]["result"], "EBADF");
  EXPECT_EQ(r[3]["result"], "EBADF");
}

}  // namespace
}  // namespace oslens::engine::ipc

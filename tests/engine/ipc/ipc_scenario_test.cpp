// The IPC scenario reader (docs/scenarios.md, "Module `ipc`"): what a file means, and every
// kind of bad input reported at its JSON pointer.
#include <gtest/gtest.h>

#include "engine/ipc/ipc_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::ipc {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string ipcScenario(std::string_view config) {
  return std::string(R"({"oslens": 1, "module": "ipc", "title": {"en": "t", "zh_CN": "t"}, "config": )") + std::string(config) + "}";
}

const IpcSimulation& asIpc(const std::unique_ptr<Simulation>& sim) { return dynamic_cast<const IpcSimulation&>(*sim); }

TEST(IpcScenario, ReadsObjectsProgramsAndDefaultPipeEnds) {
  auto sim = loadSimulation(ipcScenario(R"({
    "objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 4}, {"semaphore": "s", "value": 2}, {"shm": "m", "bytes": 3}],
    "processes": [
      {"name": "writer", "program": [{"write": {"pipe": "p", "bytes": 3}}, {"sem_post": "s"}]},
      {"name": "reader", "program": [{"read": {"pipe": "p", "bytes": 3}}, {"load": {"shm": "m", "offset": 2, "into": "r1"}},
                                     {"add": {"reg": "r1", "value": 5}}, {"store": {"shm": "m", "offset": 2, "from": "r1"}}]},
      {"name": "idle", "program": [{"compute": 3}]}
    ]})"));
  const IpcState& s = asIpc(sim).timeline().initialState();
  const IpcSetup& setup = *s.setup;
  ASSERT_EQ(setup.processes.size(), 3u);
  const auto& pipe = std::get<PipeSpec>(setup.objects[0]);
  EXPECT_EQ(pipe.geometry.capacity, 8u);
  EXPECT_EQ(pipe.pipeBuf, 4u);
  // Ends from the programs: who reads holds the read end, who writes the write end.
  EXPECT_EQ(pipe.readers, (std::vector<ProcessId>{1}));
  EXPECT_EQ(pipe.writers, (std::vector<ProcessId>{0}));
  // "bytes": N is filler of the writer's initial, so two writers' bytes can be told apart.
  EXPECT_EQ(std::get<WriteAction>(setup.processes[0].program[0]).data, "www");
  EXPECT_EQ(setup.processes[1].registers, (std::vector<std::string>{"r1"}));
  EXPECT_EQ(std::get<SemaphoreSpec>(setup.objects[1]).value, 2);
  // Steps: 2 + 4 + 3 (a compute of 3 is three steps), round robin.
  EXPECT_EQ(sim->stepCount(), 9u);
  sim->seek(sim->stepCount());
  EXPECT_TRUE(sim->invariantViolations().empty());
  EXPECT_EQ(sim->summary()["objects"]["m"]["cells"], (nlohmann::json{0, 0, 5}));
}

TEST(IpcScenario, PipeDefaultsAreLinuxs) {
  // pipe(7): 65536 bytes since 2.6.11; PIPE_BUF 4096 (include/uapi/linux/limits.h).
  auto sim = loadSimulation(ipcScenario(R"({"objects": [{"pipe": "p"}, {"mq": "q"}, {"msgq": "v"}],
    "processes": [{"name": "a", "program": [{"write": {"pipe": "p", "data": "x"}}, {"mq_receive": {"queue": "q", "nonblock": true}}]}]})"));
  const IpcSetup& setup = *asIpc(sim).timeline().initialState().setup;
  EXPECT_EQ(std::get<PipeSpec>(setup.objects[0]).geometry.capacity, 65536u);
  EXPECT_EQ(std::get<PipeSpec>(setup.objects[0]).pipeBuf, 4096u);
  // mq_overview(7): msg_default 10, msgsize_default 8192; a receive's buffer is the queue's size.
  EXPECT_EQ(std::get<PosixQueueSpec>(setup.objects[1]).maxMessages, 10u);
  EXPECT_EQ(std::get<MqReceiveAction>(setup.processes[0].program[1]).buffer, 8192u);
  // MSGMNB (include/uapi/linux/msg.h).
  EXPECT_EQ(std::get<SysvQueueSpec>(setup.objects[2]).maxBytes, 16384u);
}

TEST(IpcScenario, ExplicitEndsAndScheduleByName) {
  auto sim = loadSimulation(ipcScenario(R"({"objects": [{"pipe": "p", "readers": ["b"], "writers": ["a", "b"]}],
    "processes": [{"name": "a", "program": [{"compute": 1}]}, {"name": "b", "program": [{"compute": 2}]}],
    "schedule": ["b", "a", "b"]})"));
  const auto& pipe = std::get<PipeSpec>(asIpc(sim).timeline().initialState().setup->objects[0]);
  EXPECT_EQ(pipe.readers, (std::vector<ProcessId>{1}));
  EXPECT_EQ(pipe.writers, (std::vector<ProcessId>{0, 1}));
  EXPECT_EQ(asIpc(sim).timeline().ops().at(0).process, 1u);
  EXPECT_EQ(asIpc(sim).timeline().ops().at(1).process, 0u);
}

TEST(IpcScenario, UnknownAndWrongKindObjectsNameTheirPlace) {
  const auto errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p"}, {"semaphore": "mutex"}],
    "processes": [{"name": "a", "program": [{"write": {"pipe": "mutex", "data": "x"}}, {"sem_wait": "p"}, {"read": {"pipe": "nope", "bytes": 1}},
                                            {"open": {"fifo": "p", "mode": "r"}}]}]})"));
  if (const auto* e = findError(errors, "/config/processes/0/program/0/write/pipe", ErrorCode::WrongKind)) {
    EXPECT_EQ(e->args, (std::vector<std::string>{"mutex", "semaphore", "pipe"}));
  }
  if (const auto* e = findError(errors, "/config/processes/0/program/1/sem_wait", ErrorCode::WrongKind)) {
    EXPECT_EQ(e->args, (std::vector<std::string>{"p", "pipe", "semaphore"}));
  }
  findError(errors, "/config/processes/0/program/2/read/pipe", ErrorCode::UnknownName);
  // open(2) of an unnamed pipe: only a FIFO has a path to open.
  findError(errors, "/config/processes/0/program/3/open/fifo", ErrorCode::WrongKind);
}

TEST(IpcScenario, BadCountsAndSizes) {
  const auto errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p", "capacity": 8, "pipe_buf": 16}, {"mq": "q", "max_messages": 0},
      {"pipe": "l", "model": "linux", "capacity": 12288}, {"semaphore": "s", "value": -1}, {"shm": "m", "bytes": 2}],
    "processes": [{"name": "a", "program": [{"read": {"pipe": "p", "bytes": -3}}, {"compute": 0}, {"load": {"shm": "m", "offset": 2, "into": "r"}}]}]})"));
  findError(errors, "/config/objects/0/pipe_buf", ErrorCode::AboveLimit);
  findError(errors, "/config/objects/1/max_messages", ErrorCode::OutOfRange);
  // fs/pipe.c round_pipe_size: a pipe is a power-of-two number of pages.
  findError(errors, "/config/objects/2/capacity", ErrorCode::NotPowerOfTwo);
  findError(errors, "/config/objects/3/value", ErrorCode::OutOfRange);
}

TEST(IpcScenario, BadCountsInProgramsOnceTheObjectsAreGood) {
  const auto errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p"}, {"shm": "m", "bytes": 2}],
    "processes": [{"name": "a", "repeat": 0, "program": [{"read": {"pipe": "p", "bytes": -3}}, {"compute": 0},
                   {"load": {"shm": "m", "offset": 2, "into": "r"}}, {"write": {"pipe": "p", "data": "x", "bytes": 2}},
                   {"write": {"pipe": "p", "data": "héllo"}}, {"fork": {}}]}]})"));
  findError(errors, "/config/processes/0/repeat", ErrorCode::OutOfRange);
  findError(errors, "/config/processes/0/program/0/read/bytes", ErrorCode::OutOfRange);
  findError(errors, "/config/processes/0/program/1/compute", ErrorCode::OutOfRange);
  // The segment has cells 0 and 1.
  findError(errors, "/config/processes/0/program/2/load/offset", ErrorCode::OutOfRange);
  findError(errors, "/config/processes/0/program/3/write/bytes", ErrorCode::Conflict);
  if (const auto* e = findError(errors, "/config/processes/0/program/4/write/data", ErrorCode::NotText)) {
    EXPECT_EQ(e->args, (std::vector<std::string>{"U+00E9"}));
  }
  findError(errors, "/config/processes/0/program/5", ErrorCode::UnknownOp);
}

TEST(IpcScenario, NamesAndSchedule) {
  auto errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p"}, {"mq": "p"}],
    "processes": [{"name": "a", "program": [{"compute": 1}]}, {"name": "a", "program": [{"compute": 1}]}, {"name": "", "program": [{"compute": 1}]}],
    "schedule": []})"));
  findError(errors, "/config/objects/1/mq", ErrorCode::DuplicateName);
  findError(errors, "/config/processes/1/name", ErrorCode::DuplicateName);
  findError(errors, "/config/processes/2/name", ErrorCode::EmptyText);
  findError(errors, "/config/schedule", ErrorCode::EmptyList);

  errors = loadErrors(ipcScenario(R"({"objects": [], "processes": [{"name": "a", "program": [{"compute": 1}]}], "schedule": ["a", "b"]})"));
  findError(errors, "/config/schedule/1", ErrorCode::UnknownName);
  errors = loadErrors(ipcScenario(R"({"objects": [], "processes": [{"name": "a", "program": [{"compute": 1}]}], "schedule": "fifo", "quantum": 2})"));
  findError(errors, "/config/quantum", ErrorCode::NotWith);
  // Both misplaced: both reported, each with its value.
  errors = loadErrors(ipcScenario(R"({"objects": [], "processes": [{"name": "a", "program": [{"compute": 1}]}], "schedule": "fifo", "quantum": 2, "seed": 7})"));
  if (const auto* e = findError(errors, "/config/seed", ErrorCode::NotWith)) {
    EXPECT_EQ(e->args, (std::vector<std::string>{"seed", "7", "schedule", "fifo"}));
  }
  findError(errors, "/config/quantum", ErrorCode::NotWith);
  errors = loadErrors(ipcScenario(R"({"objects": [], "processes": [{"name": "a", "program": []}], "schedule": "lottery"})"));
  findError(errors, "/config/schedule", ErrorCode::UnknownChoice);
  findError(errors, "/config/processes/0/program", ErrorCode::EmptyList);
  errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p", "readers": ["ghost"]}], "processes": [{"name": "a", "program": [{"compute": 1}]}]})"));
  findError(errors, "/config/objects/0/readers/0", ErrorCode::UnknownName);
  errors = loadErrors(ipcScenario(R"({"objects": [{"fifo": "/tmp/f", "readers": ["a"]}], "processes": [{"name": "a", "program": [{"compute": 1}]}]})"));
  findError(errors, "/config/objects/0/readers", ErrorCode::UnknownKey);  // a FIFO's ends are opened, not declared
}

TEST(IpcScenario, RunsThatWouldBeTooLongAreRefusedBeforeTheyStart) {
  // 10^7 repeats of a compute of 10^7: far past the steps a run may take.
  auto errors = loadErrors(ipcScenario(R"({"objects": [], "processes": [{"name": "a", "repeat": 10000000, "program": [{"compute": 10000000}]}]})"));
  if (const auto* e = findError(errors, "/config/processes", ErrorCode::RunTooLong)) {
    EXPECT_EQ(e->args[1], "actions");
  }
  // A megabyte written ten million times.
  errors = loadErrors(ipcScenario(R"({"objects": [{"pipe": "p"}], "processes": [{"name": "a", "repeat": 100000, "program": [{"write": {"pipe": "p", "bytes": 1000000}}]}]})"));
  if (const auto* e = findError(errors, "/config/processes", ErrorCode::RunTooLong)) {
    EXPECT_EQ(e->args[1], "bytes");
  }
}

}  // namespace
}  // namespace oslens::engine::ipc

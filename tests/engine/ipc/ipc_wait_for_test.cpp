// Who waits for whom when an IPC run deadlocks, and the cycle.
#include "engine/ipc/ipc_wait_for.h"

#include <gtest/gtest.h>

#include "engine/ipc/ipc_model.h"

using namespace oslens::engine;
using namespace oslens::engine::ipc;

namespace {
void stepQuietly(IpcState& s, ProcessId p) {
  EventLog<IpcEvent> log(false);
  IpcModel::step(s, IpcStep{.process = p, .skipped = {}}, log);
}
}  // namespace

// Two semaphores taken in opposite orders: p waits for q (who posts b), q for p (who posts a).
TEST(IpcWaitFor, OppositeOrdersMakeACycle) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SemaphoreSpec{"a", 1});
  setup->objects.emplace_back(SemaphoreSpec{"b", 1});
  const auto program = [](ObjectId first, ObjectId second) {
    return std::vector<Action>{SemAction{first, SemOp::Wait}, SemAction{second, SemOp::Wait}, SemAction{second, SemOp::Post},
                               SemAction{first, SemOp::Post}};
  };
  setup->processes.push_back({"p", program(0, 1), 1, SigpipeDisposition::Default, {}});
  setup->processes.push_back({"q", program(1, 0), 1, SigpipeDisposition::Default, {}});
  IpcState s = initialIpcState(setup);
  for (const ProcessId p : {0u, 1u, 0u, 1u}) stepQuietly(s, p);
  ASSERT_TRUE(s.deadlock);
  const WaitFor w = waitForGraph(s);
  EXPECT_EQ(w.waitsFor[0], (std::vector<ProcessId>{1}));
  EXPECT_EQ(w.waitsFor[1], (std::vector<ProcessId>{0}));
  ASSERT_TRUE(w.cycle.has_value());
  EXPECT_EQ(w.cycle->size(), 2u);
}

// Two processes each reading a pipe the other should write, both reading first.
TEST(IpcWaitFor, TwoReadersWaitingOnEachOther) {
  auto setup = std::make_shared<IpcSetup>();
  for (const char* name : {"ab", "ba"}) {
    PipeSpec pipe;
    pipe.name = name;
    setup->objects.emplace_back(pipe);
  }
  std::get<PipeSpec>(setup->objects[0]).readers = {1};
  std::get<PipeSpec>(setup->objects[0]).writers = {0};
  std::get<PipeSpec>(setup->objects[1]).readers = {0};
  std::get<PipeSpec>(setup->objects[1]).writers = {1};
  setup->processes.push_back({"A", {ReadAction{1, 1, false}, WriteAction{0, "x", false}}, 1, SigpipeDisposition::Default, {}});
  setup->processes.push_back({"B", {ReadAction{0, 1, false}, WriteAction{1, "y", false}}, 1, SigpipeDisposition::Default, {}});
  IpcState s = initialIpcState(setup);
  stepQuietly(s, 0);
  stepQuietly(s, 1);
  ASSERT_TRUE(s.deadlock);
  const WaitFor w = waitForGraph(s);
  EXPECT_EQ(w.waitsFor[0], (std::vector<ProcessId>{1}));
  EXPECT_EQ(w.waitsFor[1], (std::vector<ProcessId>{0}));
  EXPECT_TRUE(w.cycle.has_value());
}

// A receiver whose only sender has ended waits for nobody: all blocked, no cycle.
TEST(IpcWaitFor, WaitingForNobodyIsNoCycle) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(PosixQueueSpec{"q", 10, 16});
  setup->processes.push_back({"rx", {MqReceiveAction{0, 16, false}}, 1, SigpipeDisposition::Default, {}});
  IpcState s = initialIpcState(setup);
  stepQuietly(s, 0);
  ASSERT_TRUE(s.deadlock);
  const WaitFor w = waitForGraph(s);
  EXPECT_TRUE(w.waitsFor[0].empty());
  EXPECT_FALSE(w.cycle.has_value());
}

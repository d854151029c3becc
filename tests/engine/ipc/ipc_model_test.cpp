// The IPC model's rule of blocking and waking, on small hand-built runs: a writer blocked on a
// full pipe finishes in the step that drains it; EOF when the last writer exits; SIGPIPE kills
// (or EPIPE when ignored); a semaphore's post hands its unit to the waiter in the same step; two
// semaphores taken in opposite orders deadlock; a lost update on shared memory; a message handed
// to a waiting receiver.
#include "engine/ipc/ipc_model.h"

#include <gtest/gtest.h>

using namespace oslens::engine;
using namespace oslens::engine::ipc;

namespace {
std::shared_ptr<IpcSetup> withPipe(std::uint64_t capacity, std::uint64_t pipeBuf) {
  auto setup = std::make_shared<IpcSetup>();
  PipeSpec pipe;
  pipe.name = "p";
  pipe.geometry = {PipeModel::Bytes, capacity, 4096};
  pipe.pipeBuf = pipeBuf;
  setup->objects.emplace_back(pipe);
  return setup;
}

ProcessSpec process(std::string name, std::vector<Action> program) {
  ProcessSpec p;
  p.name = std::move(name);
  p.program = std::move(program);
  return p;
}

std::vector<IpcEvent> run(IpcState& s, ProcessId p) {
  EventLog<IpcEvent> log;
  IpcModel::step(s, IpcStep{.process = p, .skipped = {}}, log);
  return log.take();
}

template <class E>
std::vector<E> all(const std::vector<IpcEvent>& events) {
  std::vector<E> out;
  for (const auto& e : events)
    if (const auto* x = std::get_if<E>(&e)) out.push_back(*x);
  return out;
}
}  // namespace

TEST(IpcModel, AWriterBlockedOnAFullPipeFinishesInTheStepThatDrainsIt) {
  auto setup = withPipe(8, 4);
  setup->processes.push_back(process("writer", {WriteAction{0, "AAAAAAAAAA", false}}));
  setup->processes.push_back(process("reader", {ReadAction{0, 4, false}, ReadAction{0, 8, false}}));
  std::get<PipeSpec>(setup->objects[0]).writers = {0};
  std::get<PipeSpec>(setup->objects[0]).readers = {1};
  IpcState s = initialIpcState(setup);
  auto events = run(s, 0);
  ASSERT_EQ(all<CallBlocked>(events).size(), 1u);
  EXPECT_EQ(s.processes[0].run, RunState::Blocked);
  EXPECT_EQ(std::get<PipeObject>(s.objects[0]).ring.buffered(), 8u);
  events = run(s, 1);  // reads 4: the writer puts in its last 2 and returns 10
  const auto done = all<CallCompleted>(events);
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[0].process, 1u);
  EXPECT_EQ(done[0].data, "AAAA");
  EXPECT_EQ(done[1].process, 0u);
  EXPECT_TRUE(done[1].woken);
  EXPECT_EQ(done[1].returned, 10);
  EXPECT_EQ(s.processes[0].run, RunState::Exited);  // its program is over
  EXPECT_EQ(s.processes[0].bytesWritten, 10u);
}

TEST(IpcModel, TheLastWriterExitingGivesABlockedReaderEof) {
  auto setup = withPipe(8, 4);
  setup->processes.push_back(process("reader", {ReadAction{0, 4, false}}));
  setup->processes.push_back(process("writer", {ExitAction{}}));
  std::get<PipeSpec>(setup->objects[0]).readers = {0};
  std::get<PipeSpec>(setup->objects[0]).writers = {1};
  IpcState s = initialIpcState(setup);
  run(s, 0);
  EXPECT_EQ(s.processes[0].run, RunState::Blocked);
  const auto events = run(s, 1);
  const auto done = all<CallCompleted>(events);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].process, 0u);
  EXPECT_EQ(done[0].returned, 0);  // EOF
}

TEST(IpcModel, WritingWithNoReaderIsSigpipeOrEpipe) {
  for (const SigpipeDisposition d : {SigpipeDisposition::Default, SigpipeDisposition::Ignore}) {
    auto setup = withPipe(8, 4);
    setup->processes.push_back(process("writer", {WriteAction{0, "hi", false}, ExitAction{}}));
    setup->processes.back().sigpipe = d;
    std::get<PipeSpec>(setup->objects[0]).writers = {0};
    IpcState s = initialIpcState(setup);
    const auto events = run(s, 0);
    ASSERT_EQ(all<SigpipeSent>(events).size(), 1u);
    if (d == SigpipeDisposition::Default) {
      EXPECT_TRUE(s.processes[0].killed);
      EXPECT_EQ(s.processes[0].run, RunState::Exited);
    } else {
      ASSERT_EQ(all<CallFailed>(events).size(), 1u);
      EXPECT_EQ(all<CallFailed>(events)[0].error, Errno::Pipe);
      EXPECT_EQ(s.processes[0].run, RunState::Ready);
    }
  }
}

TEST(IpcModel, APostHandsTheUnitToTheWaiterInTheSameStep) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SemaphoreSpec{"s", 0});
  setup->processes.push_back(process("waiter", {SemAction{0, SemOp::Wait}, ExitAction{}}));
  setup->processes.push_back(process("poster", {SemAction{0, SemOp::Post}}));
  IpcState s = initialIpcState(setup);
  run(s, 0);
  EXPECT_EQ(s.processes[0].run, RunState::Blocked);
  const auto done = all<CallCompleted>(run(s, 1));
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[1].process, 0u);
  EXPECT_EQ(s.processes[0].run, RunState::Ready);
  EXPECT_EQ(s.processes[0].pc, 1u);
  EXPECT_EQ(std::get<SemaphoreObject>(s.objects[0]).semaphore.value(), 0);
}

TEST(IpcModel, TwoSemaphoresTakenInOppositeOrdersDeadlock) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SemaphoreSpec{"a", 1});
  setup->objects.emplace_back(SemaphoreSpec{"b", 1});
  setup->processes.push_back(process("p", {SemAction{0, SemOp::Wait}, SemAction{1, SemOp::Wait}}));
  setup->processes.push_back(process("q", {SemAction{1, SemOp::Wait}, SemAction{0, SemOp::Wait}}));
  IpcState s = initialIpcState(setup);
  run(s, 0);
  run(s, 1);
  run(s, 0);
  EXPECT_FALSE(s.deadlock);
  const auto events = run(s, 1);
  EXPECT_TRUE(s.deadlock);
  EXPECT_EQ(all<Deadlocked>(events).size(), 1u);
}

// OSTEP ch. 26: counter = counter + 1 is load, add, store; two processes interleaved lose one.
TEST(IpcModel, ALostUpdateOnSharedMemory) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(SharedMemorySpec{"counter", 1});
  for (const char* name : {"t1", "t2"}) {
    setup->processes.push_back(process(name, {LoadAction{0, 0, 0}, AddAction{0, 1}, StoreAction{0, 0, 0}}));
    setup->processes.back().registers = {"r"};
  }
  IpcState s = initialIpcState(setup);
  for (const ProcessId p : {0u, 1u, 0u, 1u, 0u, 1u}) run(s, p);
  EXPECT_EQ(std::get<SharedMemoryObject>(s.objects[0]).cells[0], 1);  // not 2
  EXPECT_EQ(s.processes[0].run, RunState::Exited);
}

// mq_overview: a send with a receiver waiting goes to it (pipelined_send).
TEST(IpcModel, AMessageGoesToTheWaitingReceiver) {
  auto setup = std::make_shared<IpcSetup>();
  setup->objects.emplace_back(PosixQueueSpec{"q", 10, 64});
  setup->processes.push_back(process("rx", {MqReceiveAction{0, 64, false}}));
  setup->processes.push_back(process("tx", {MqSendAction{0, "hello", 3, false}}));
  IpcState s = initialIpcState(setup);
  run(s, 0);
  const auto done = all<CallCompleted>(run(s, 1));
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[1].process, 0u);
  EXPECT_EQ(done[1].data, "hello");
  EXPECT_EQ(done[1].priorityOrType, 3);
  EXPECT_TRUE(std::get<PosixQueueObject>(s.objects[0]).queue.empty());
}

TEST(IpcModel, AComputeTakesItsSteps) {
  auto setup = std::make_shared<IpcSetup>();
  setup->processes.push_back(process("c", {ComputeAction{3}}));
  IpcState s = initialIpcState(setup);
  run(s, 0);
  run(s, 0);
  EXPECT_EQ(s.processes[0].run, RunState::Ready);
  run(s, 0);
  EXPECT_EQ(s.processes[0].run, RunState::Exited);
}

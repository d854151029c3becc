// Random programs on every kind of object, under both semaphore definitions and random schedules:
// the invariants (conservation of bytes, messages and semaphore units; one wait queue for each
// blocked process) hold after every step.
#include "engine/ipc/ipc_invariants.h"

#include <gtest/gtest.h>

#include "engine/core/rng.h"
#include "engine/ipc/ipc_schedule.h"

using namespace oslens::engine;
using namespace oslens::engine::ipc;

namespace {
std::shared_ptr<IpcSetup> randomSetup(Rng& rng, SemaphoreRule rule) {
  auto setup = std::make_shared<IpcSetup>();
  setup->semaphores = rule;
  const std::size_t processes = 2 + rng.below(3);
  PipeSpec pipe;
  pipe.name = "p";
  pipe.geometry = {rng.below(2) ? PipeModel::Linux : PipeModel::Bytes, rng.below(2) ? std::uint64_t{8192} : std::uint64_t{16}, 4096};
  pipe.pipeBuf = pipe.geometry.model == PipeModel::Linux ? 4096 : 4;
  PipeSpec fifo = pipe;
  fifo.name = "f";
  fifo.fifo = true;
  setup->objects = {pipe, fifo, PosixQueueSpec{"q", 1 + rng.below(3), 8}, SysvQueueSpec{"m", 6 + rng.below(10)},
                    SemaphoreSpec{"s", static_cast<std::int64_t>(rng.below(3))}, SharedMemorySpec{"shm", 2}};
  for (std::size_t i = 0; i < processes; ++i) {
    ProcessSpec p;
    p.name = "P" + std::to_string(i);
    p.registers = {"r"};
    p.sigpipe = rng.below(2) ? SigpipeDisposition::Ignore : SigpipeDisposition::Default;
    p.repeat = 1 + rng.below(3);
    auto& readers = std::get<PipeSpec>(setup->objects[0]).readers;
    auto& writers = std::get<PipeSpec>(setup->objects[0]).writers;
    if (rng.below(3)) readers.push_back(static_cast<ProcessId>(i));
    if (rng.below(3)) writers.push_back(static_cast<ProcessId>(i));
    const std::size_t length = 1 + rng.below(8);
    for (std::size_t k = 0; k < length; ++k) {
      const bool nb = rng.below(4) == 0;
      const std::string data(1 + rng.below(6), static_cast<char>('a' + i));
      switch (rng.below(14)) {
        case 0: p.program.push_back(WriteAction{0, std::string(1 + rng.below(20), 'w'), nb}); break;
        case 1: p.program.push_back(ReadAction{0, 1 + rng.below(12), nb}); break;
        case 2: p.program.push_back(OpenAction{1, rng.below(2) ? PipeEnd::Read : PipeEnd::Write, nb}); break;
        case 3: p.program.push_back(WriteAction{1, data, nb}); break;
        case 4: p.program.push_back(ReadAction{1, 1 + rng.below(8), nb}); break;
        case 5: p.program.push_back(CloseAction{1, rng.below(2) ? PipeEnd::Read : PipeEnd::Write}); break;
        case 6: p.program.push_back(MqSendAction{2, data, rng.below(4), nb}); break;
        case 7: p.program.push_back(MqReceiveAction{2, 8, nb}); break;
        case 8: p.program.push_back(MsgSendAction{3, static_cast<std::int64_t>(1 + rng.below(3)), data, nb}); break;
        case 9: p.program.push_back(MsgReceiveAction{3, static_cast<std::int64_t>(rng.below(5)) - 2, rng.below(3) == 0, nb}); break;
        case 10: p.program.push_back(SemAction{4, static_cast<SemOp>(rng.below(3))}); break;
        case 11: p.program.push_back(LoadAction{5, rng.below(2), 0}); break;
        case 12: p.program.push_back(StoreAction{5, rng.below(2), 0}); break;
        default: p.program.push_back(CloseAction{0, rng.below(2) ? PipeEnd::Read : PipeEnd::Write}); break;
      }
    }
    setup->processes.push_back(std::move(p));
  }
  return setup;
}
}  // namespace

TEST(IpcInvariants, HoldAfterEveryStepOfRandomRuns) {
  std::size_t steps = 0, deadlocks = 0, wakes = 0;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    Rng rng(seed);
    const auto rule = seed % 2 ? SemaphoreRule::Posix : SemaphoreRule::Textbook;
    const IpcState initial = initialIpcState(randomSetup(rng, rule));
    const Plan plan = planSteps(initial, {ScheduleKind::Random, 1, seed, {}}, 10'000);
    ASSERT_FALSE(plan.tooLong) << seed;
    IpcState s = initial;
    for (const IpcStep& planned : plan.steps) {
      ASSERT_EQ(s.processes[planned.process].run, RunState::Ready) << seed;
      EventLog<IpcEvent> log;
      IpcModel::step(s, planned, log);
      for (const auto& e : log.events())
        if (const auto* c = std::get_if<CallCompleted>(&e)) wakes += c->woken;
      const auto problems = checkIpcInvariants(s);
      ASSERT_TRUE(problems.empty()) << "seed " << seed << " step " << s.step << ": " << problems.front();
      ++steps;
    }
    deadlocks += s.deadlock;
  }
  // The runs reach what they are meant to test.
  EXPECT_GT(steps, 2000u);
  EXPECT_GT(deadlocks, 10u);
  EXPECT_GT(wakes, 30u);  // 60 over these seeds
}

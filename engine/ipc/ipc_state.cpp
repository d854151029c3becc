#include "engine/ipc/ipc_state.h"

namespace oslens::engine::ipc {

const Action* IpcState::currentAction(ProcessId p) const {
  const auto& program = setup->processes[p].program;
  const ProcessState& s = processes[p];
  if (s.run == RunState::Exited || s.pc >= program.size()) return nullptr;
  return &program[s.pc];
}

IpcState initialIpcState(std::shared_ptr<const IpcSetup> setup) {
  IpcState s;
  const std::size_t n = setup->processes.size();
  for (const ProcessSpec& spec : setup->processes) {
    ProcessState p;
    p.registers.assign(spec.registers.size(), 0);
    if (spec.program.empty() || spec.repeat == 0) p.run = RunState::Exited;
    s.processes.push_back(std::move(p));
  }
  for (const ObjectSpec& spec : setup->objects) {
    if (const auto* pipe = std::get_if<PipeSpec>(&spec)) {
      PipeObject o{PipeRing(pipe->geometry), std::vector<std::uint8_t>(n, 0), std::vector<std::uint8_t>(n, 0), {}, {}};
      for (ProcessId p : pipe->readers) o.readEnd[p] = 1;
      for (ProcessId p : pipe->writers) o.writeEnd[p] = 1;
      s.objects.emplace_back(std::move(o));
    } else if (const auto* mq = std::get_if<PosixQueueSpec>(&spec)) {
      s.objects.emplace_back(PosixQueueObject{PosixQueue(mq->maxMessages, mq->messageSize), {}});
    } else if (const auto* msgq = std::get_if<SysvQueueSpec>(&spec)) {
      s.objects.emplace_back(SysvQueueObject{SysvQueue(msgq->maxBytes), {}});
    } else if (const auto* sem = std::get_if<SemaphoreSpec>(&spec)) {
      s.objects.emplace_back(SemaphoreObject{Semaphore(setup->semaphores, sem->value)});
    } else if (const auto* shm = std::get_if<SharedMemorySpec>(&spec)) {
      s.objects.emplace_back(SharedMemoryObject{std::vector<std::int64_t>(shm->cells, 0)});
    }
  }
  s.setup = std::move(setup);
  return s;
}

}  // namespace oslens::engine::ipc

#include "engine/ipc/ipc_model.h"

#include <algorithm>

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"
#include "engine/ipc/ipc_invariants.h"
#include "engine/ipc/ipc_wait_for.h"
#include "engine/ipc/queue_calls.h"

namespace oslens::engine::ipc {

namespace {
using Log = EventLog<IpcEvent>;

// How one attempt of a call ended.
struct Attempt {
  CallStatus status = CallStatus::Done;
  std::int64_t returned = 0;
  std::string data;
  std::optional<std::int64_t> priorityOrType;
  std::optional<Errno> error;
  bool sigpipe = false;
  bool exits = false;                   // an exit action
  bool continues = false;               // a compute with steps still to go: the same action next time
  std::optional<ProcessId> handedTo;    // a post that let this waiter go on
};

// Readers and receivers are tried before writers and senders.
bool takesFrom(const Action& a) {
  return std::holds_alternative<ReadAction>(a) || std::holds_alternative<MqReceiveAction>(a) ||
         std::holds_alternative<MsgReceiveAction>(a) ||
         (std::holds_alternative<OpenAction>(a) && std::get<OpenAction>(a).end == PipeEnd::Read);
}

bool anyOpen(const IpcState& s, const std::vector<std::uint8_t>& ends) {
  for (std::size_t p = 0; p < ends.size(); ++p)
    if (ends[p] && s.processes[p].run != RunState::Exited) return true;
  return false;
}

std::deque<ProcessId>* waitQueueOf(ObjectState& o) {
  if (auto* pipe = std::get_if<PipeObject>(&o)) return &pipe->waiting;
  if (auto* mq = std::get_if<PosixQueueObject>(&o)) return &mq->waiting;
  if (auto* msgq = std::get_if<SysvQueueObject>(&o)) return &msgq->waiting;
  return nullptr;  // a semaphore keeps its own; shared memory never blocks
}

// Closes `end` of pipe `o` for process p; a FIFO whose last opener is gone loses its data
// (fs/pipe.c put_pipe_info frees the pipe; the next open finds it empty).
void closeEnd(PipeObject& o, const PipeSpec& spec, ProcessId p, PipeEnd end) {
  auto& ends = end == PipeEnd::Read ? o.readEnd : o.writeEnd;
  if (!ends[p]) return;
  ends[p] = 0;
  if (!spec.fifo) return;
  auto& count = end == PipeEnd::Read ? o.fifo.readers : o.fifo.writers;
  if (count > 0) --count;
  if (o.fifo.readers == 0 && o.fifo.writers == 0) {
    o.lost += o.ring.buffered();
    o.ring = PipeRing(o.ring.geometry());
  }
}

// A receive's outcome (either queue kind) into the attempt: the message's bytes, and its priority
// or type (`tagOf`), counted as received by the queue.
template <class Outcome, class TagOf>
void received(Outcome r, std::uint64_t& count, Attempt& out, TagOf tagOf) {
  count += r.message.has_value();
  out.status = r.status;
  out.error = r.error;
  if (!r.message) return;
  out.returned = static_cast<std::int64_t>(r.message->data.size());
  out.priorityOrType = static_cast<std::int64_t>(tagOf(*r.message));
  out.data = std::move(r.message->data);
}

// A call on a pipe end the process does not hold (never given it, closed it, or a FIFO it has
// not opened that way): read(2), write(2), close(2) and fcntl(2) all fail with EBADF, "fd is not
// a valid file descriptor or is not open for reading/writing".
void badDescriptor(Attempt& out) {
  out.status = CallStatus::Failed;
  out.error = Errno::BadF;
}

class Stepper {
 public:
  Stepper(IpcState& s, Log& log) : m_s(s), m_log(log) {}

  void run(ProcessId p) {
    const Action& action = *m_s.currentAction(p);
    m_log.add(ActionRan{p, m_s.processes[p].pc});
    if (const auto object = objectOf(action)) touch(*object);
    const Attempt a = attempt(p, action);
    settle(p, a, false);
    wakeWhatCan();
    for (ProcessState& ps : m_s.processes) ps.blockedSteps += ps.run == RunState::Blocked;
    const bool anyLive = std::any_of(m_s.processes.begin(), m_s.processes.end(), [](const auto& ps) { return ps.run != RunState::Exited; });
    const bool allBlocked = std::all_of(m_s.processes.begin(), m_s.processes.end(), [](const auto& ps) { return ps.run != RunState::Ready; });
    if (anyLive && allBlocked) {
      m_s.deadlock = true;
      WaitFor graph = waitForGraph(m_s);
      m_log.add(Deadlocked{std::move(graph.waitsFor), std::move(graph.cycle)});
    }
    ++m_s.step;
  }

 private:
  void touch(ObjectId o) {
    if (std::find(m_touched.begin(), m_touched.end(), o) == m_touched.end()) m_touched.push_back(o);
  }

  // What the attempt's end means for the process: blocked in a queue, or its call over (then its
  // program goes on, or it exits).
  void settle(ProcessId p, const Attempt& a, bool woken) {
    ProcessState& ps = m_s.processes[p];
    if (a.continues) return;
    if (a.sigpipe) {
      const bool fatal = m_s.setup->processes[p].sigpipe == SigpipeDisposition::Default;
      m_log.add(SigpipeSent{p, fatal});
      if (fatal) {
        ps.killed = true;
        exitProcess(p);
        return;
      }
    }
    if (a.status == CallStatus::Blocked) {
      if (!woken) {
        const Action& action = *m_s.currentAction(p);
        const ObjectId object = *objectOf(action);
        ps.run = RunState::Blocked;
        if (auto* queue = waitQueueOf(m_s.objects[object])) queue->push_back(p);
        m_log.add(CallBlocked{p, object});
      }
      return;
    }
    if (a.exits) {  // exit: no call returns
      exitProcess(p);
      return;
    }
    if (a.status == CallStatus::Failed) m_log.add(CallFailed{p, *a.error});
    else m_log.add(CallCompleted{p, ps.pc, woken, a.returned, a.data, a.priorityOrType});
    ps.run = RunState::Ready;
    ps.write = {};
    ps.open = {};
    if (a.handedTo) completeHandedWait(*a.handedTo);
    advance(p);
  }

  void advance(ProcessId p) {
    ProcessState& ps = m_s.processes[p];
    const ProcessSpec& spec = m_s.setup->processes[p];
    if (++ps.pc < spec.program.size()) return;
    ps.pc = 0;
    if (++ps.round >= spec.repeat) exitProcess(p);
  }

  // A semaphore's post let its longest waiter's sem_wait finish.
  void completeHandedWait(ProcessId p) {
    ProcessState& ps = m_s.processes[p];
    ps.run = RunState::Ready;
    m_log.add(CallCompleted{p, ps.pc, true, 0, {}, std::nullopt});
    advance(p);
  }

  // Exit closes every pipe end the process holds: readers may see EOF, writers SIGPIPE.
  void exitProcess(ProcessId p) {
    ProcessState& ps = m_s.processes[p];
    if (ps.run == RunState::Exited) return;
    for (ObjectId o = 0; o < m_s.objects.size(); ++o) {
      if (auto* pipe = std::get_if<PipeObject>(&m_s.objects[o])) {
        const auto& spec = std::get<PipeSpec>(m_s.setup->objects[o]);
        if (pipe->readEnd[p] || pipe->writeEnd[p]) touch(o);
        closeEnd(*pipe, spec, p, PipeEnd::Read);
        closeEnd(*pipe, spec, p, PipeEnd::Write);
      }
      if (auto* queue = waitQueueOf(m_s.objects[o])) queue->erase(std::remove(queue->begin(), queue->end(), p), queue->end());
    }
    ps.run = RunState::Exited;
    m_log.add(ProcessExited{p, ps.killed});
  }

  // Blocked calls on the touched objects, tried again until none can go on.
  void wakeWhatCan() {
    for (bool progress = true; progress;) {
      progress = false;
      for (std::size_t t = 0; t < m_touched.size(); ++t) {
        auto* queue = waitQueueOf(m_s.objects[m_touched[t]]);
        if (!queue) continue;
        for (const bool readers : {true, false}) {
          for (std::size_t i = 0; i < queue->size();) {
            const ProcessId p = (*queue)[i];
            const Action& action = *m_s.currentAction(p);
            if (takesFrom(action) != readers) {
              ++i;
              continue;
            }
            const Attempt a = attempt(p, action);
            if (a.status == CallStatus::Blocked && !a.sigpipe) {
              ++i;
              continue;
            }
            queue->erase(queue->begin() + static_cast<std::ptrdiff_t>(i));
            settle(p, a, true);
            progress = true;
            queue = waitQueueOf(m_s.objects[m_touched[t]]);
          }
        }
      }
    }
  }

  Attempt attempt(ProcessId p, const Action& action) {
    ProcessState& ps = m_s.processes[p];
    Attempt out;
    const auto pipeBuf = [&](ObjectId o) { return std::get<PipeSpec>(m_s.setup->objects[o]).pipeBuf; };
    std::visit(
        Overloaded{
            [&](const WriteAction& w) {
              auto& pipe = std::get<PipeObject>(m_s.objects[w.pipe]);
              if (!pipe.writeEnd[p]) return badDescriptor(out);
              const WriteOutcome r = tryWrite(pipe.ring, ps.write, w.data, w.nonblock, anyOpen(m_s, pipe.readEnd), pipeBuf(w.pipe));
              ps.bytesWritten += r.wroteNow;
              pipe.written += r.wroteNow;
              out.status = r.status;
              out.returned = static_cast<std::int64_t>(r.returned);
              out.error = r.error;
              out.sigpipe = r.sigpipe;
              if (r.sigpipe && r.status == CallStatus::Blocked) out.status = CallStatus::Failed;
            },
            [&](const ReadAction& r) {
              auto& pipe = std::get<PipeObject>(m_s.objects[r.pipe]);
              if (!pipe.readEnd[p]) return badDescriptor(out);
              ReadOutcome got = tryRead(pipe.ring, r.bytes, r.nonblock, anyOpen(m_s, pipe.writeEnd));
              ps.bytesRead += got.data.size();
              pipe.read += got.data.size();
              out.status = got.status;
              out.returned = static_cast<std::int64_t>(got.data.size());
              out.data = std::move(got.data);
              out.error = got.error;
            },
            [&](const CloseAction& c) {
              auto& pipe = std::get<PipeObject>(m_s.objects[c.pipe]);
              if (!(c.end == PipeEnd::Read ? pipe.readEnd : pipe.writeEnd)[p]) return badDescriptor(out);
              closeEnd(pipe, std::get<PipeSpec>(m_s.setup->objects[c.pipe]), p, c.end);
            },
            [&](const SetSizeAction& z) {
              auto& pipe = std::get<PipeObject>(m_s.objects[z.pipe]);
              if (!pipe.readEnd[p] && !pipe.writeEnd[p]) return badDescriptor(out);
              const auto r = pipe.ring.resize(z.bytes, std::get<PipeSpec>(m_s.setup->objects[z.pipe]).maxSize, false);
              if (const auto* e = std::get_if<Errno>(&r)) {
                out.status = CallStatus::Failed;
                out.error = *e;
              } else {
                out.returned = static_cast<std::int64_t>(std::get<std::uint64_t>(r));
              }
            },
            [&](const OpenAction& o) {
              auto& pipe = std::get<PipeObject>(m_s.objects[o.fifo]);
              const bool first = !ps.open.waitingFrom;
              const OpenOutcome r = tryOpen(pipe.fifo, ps.open, o.end == PipeEnd::Write, o.nonblock);
              out.status = r.status;
              out.error = r.error;
              // fifo_open counts the opener before it waits.
              if (first && r.status != CallStatus::Failed) (o.end == PipeEnd::Read ? pipe.readEnd : pipe.writeEnd)[p] = 1;
            },
            [&](const MqSendAction& m) {
              auto& q = std::get<PosixQueueObject>(m_s.objects[m.queue]);
              const QueueSendOutcome r = tryMqSend(q.queue, {m.data, 0}, m.priority, m.nonblock);
              q.sent += r.status == CallStatus::Done;
              out.status = r.status;
              out.error = r.error;
            },
            [&](const MqReceiveAction& m) {
              auto& q = std::get<PosixQueueObject>(m_s.objects[m.queue]);
              received(tryMqReceive(q.queue, m.buffer, m.nonblock), q.received, out, [](const PosixMessage& x) { return x.priority; });
            },
            [&](const MsgSendAction& m) {
              auto& q = std::get<SysvQueueObject>(m_s.objects[m.queue]);
              const QueueSendOutcome r = tryMsgSend(q.queue, {m.type, m.data}, m.nowait);
              q.sent += r.status == CallStatus::Done;
              out.status = r.status;
              out.error = r.error;
            },
            [&](const MsgReceiveAction& m) {
              auto& q = std::get<SysvQueueObject>(m_s.objects[m.queue]);
              received(tryMsgReceive(q.queue, m.type, m.except, m.nowait), q.received, out, [](const SysvMessage& x) { return x.type; });
            },
            [&](const SemAction& a) {
              auto& object = std::get<SemaphoreObject>(m_s.objects[a.semaphore]);
              auto& sem = object.semaphore;
              switch (a.op) {
                case SemOp::Wait:
                  if (!sem.wait(p)) out.status = CallStatus::Blocked;
                  else ++object.completedWaits;
                  break;
                case SemOp::TryWait:
                  if (const auto e = sem.tryWait()) {
                    out.status = CallStatus::Failed;
                    out.error = *e;
                  } else {
                    ++object.completedWaits;
                  }
                  break;
                case SemOp::Post: {
                  const Semaphore::Posted r = sem.post();
                  if (r.error) {
                    out.status = CallStatus::Failed;
                    out.error = r.error;
                  } else {
                    ++object.posts;
                  }
                  out.handedTo = r.woken;
                  object.completedWaits += r.woken.has_value();
                  break;
                }
              }
            },
            [&](const LoadAction& l) {
              ps.registers[l.into] = std::get<SharedMemoryObject>(m_s.objects[l.shm]).cells[l.offset];
              out.returned = ps.registers[l.into];
            },
            [&](const AddAction& a) {
              ps.registers[a.reg] += a.value;
              out.returned = ps.registers[a.reg];
            },
            [&](const StoreAction& st) {
              std::get<SharedMemoryObject>(m_s.objects[st.shm]).cells[st.offset] = ps.registers[st.from];
              out.returned = ps.registers[st.from];
            },
            [&](const ComputeAction& c) {
              // One step of the work; the action is over after `steps` of them.
              if (ps.computeLeft == 0) ps.computeLeft = c.steps;
              if (--ps.computeLeft > 0) out.continues = true;
            },
            [&](const ExitAction&) { out.exits = true; }},
        action);
    return out;
  }

  IpcState& m_s;
  Log& m_log;
  std::vector<ObjectId> m_touched;
};
}  // namespace

void IpcModel::step(State& state, const Op& op, EventLog<Event>& log) { Stepper(state, log).run(op.process); }

std::uint64_t IpcModel::hash(const State& s) {
  StateHasher h;
  h.add(s.step);
  h.add(s.deadlock);
  for (const ProcessState& p : s.processes) {
    for (std::uint64_t v : {static_cast<std::uint64_t>(p.run), std::uint64_t{p.pc}, p.round, p.computeLeft, p.write.done,
                            std::uint64_t{p.write.firstPassDone}, std::uint64_t{p.open.waitingFrom.value_or(~std::uint64_t{0})},
                            std::uint64_t{p.killed}, p.bytesWritten, p.bytesRead, p.blockedSteps})
      h.add(v);
    for (std::int64_t r : p.registers) h.add(r);
  }
  const auto addQueue = [&](const auto& waiting) {
    h.add(waiting.size());
    for (ProcessId p : waiting) h.add(p);
  };
  for (const ObjectState& o : s.objects) {
    h.add(o.index());
    std::visit(Overloaded{[&](const PipeObject& x) {
                            h.add(x.ring.capacity());
                            h.add(x.ring.contents());
                            h.add(x.ring.slotsUsed());
                            h.add(x.ring.readPosition());
                            for (auto e : x.readEnd) h.add(e);
                            for (auto e : x.writeEnd) h.add(e);
                            for (std::uint64_t v : {std::uint64_t{x.fifo.readers}, std::uint64_t{x.fifo.writers}, x.fifo.readerOpens,
                                                    x.fifo.writerOpens, x.written, x.read, x.lost})
                              h.add(v);
                            addQueue(x.waiting);
                          },
                          [&](const PosixQueueObject& x) {
                            for (const PosixMessage& m : x.queue.messages()) {
                              h.add(m.priority);
                              h.add(m.data);
                            }
                            h.add(x.sent);
                            h.add(x.received);
                            addQueue(x.waiting);
                          },
                          [&](const SysvQueueObject& x) {
                            for (const SysvMessage& m : x.queue.messages()) {
                              h.add(m.type);
                              h.add(m.data);
                            }
                            h.add(x.sent);
                            h.add(x.received);
                            addQueue(x.waiting);
                          },
                          [&](const SemaphoreObject& x) {
                            h.add(x.semaphore.value());
                            addQueue(x.semaphore.waiting());
                            h.add(x.posts);
                            h.add(x.completedWaits);
                          },
                          [&](const SharedMemoryObject& x) {
                            for (std::int64_t c : x.cells) h.add(c);
                          }},
               o);
  }
  return h.value();
}

std::size_t IpcModel::footprintBytes(const State& s) {
  std::size_t bytes = sizeof(IpcState) + s.processes.capacity() * sizeof(ProcessState) + s.objects.capacity() * sizeof(ObjectState);
  for (const ProcessState& p : s.processes) bytes += p.registers.capacity() * sizeof(std::int64_t);
  for (const ObjectState& o : s.objects)
    std::visit(Overloaded{[&](const PipeObject& x) {
                            // What the pipe can come to hold, not what it holds now: the
                            // timeline spaces its checkpoints by the first state's size, and a
                            // pipe that starts empty and fills would otherwise be copied at every
                            // step until the budget thins them out.
                            bytes += x.ring.capacity() + x.ring.slotCount() * 64 + x.readEnd.capacity() + x.writeEnd.capacity() +
                                     x.waiting.size() * sizeof(ProcessId);
                          },
                          [&](const PosixQueueObject& x) {
                            for (const PosixMessage& m : x.queue.messages()) bytes += sizeof(PosixMessage) + m.data.capacity();
                            bytes += x.waiting.size() * sizeof(ProcessId);
                          },
                          [&](const SysvQueueObject& x) {
                            for (const SysvMessage& m : x.queue.messages()) bytes += sizeof(SysvMessage) + m.data.capacity();
                            bytes += x.waiting.size() * sizeof(ProcessId);
                          },
                          [&](const SemaphoreObject& x) { bytes += x.semaphore.waiting().size() * sizeof(std::uint32_t); },
                          [&](const SharedMemoryObject& x) { bytes += x.cells.capacity() * sizeof(std::int64_t); }},
               o);
  return bytes;
}

std::vector<std::string> IpcModel::checkInvariants(const State& s) { return checkIpcInvariants(s); }

}  // namespace oslens::engine::ipc

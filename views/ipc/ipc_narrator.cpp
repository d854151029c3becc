#include "views/ipc/ipc_narrator.h"

#include <QLocale>
#include <algorithm>

#include "engine/core/overloaded.h"
#include "views/core/sentences.h"
#include "views/core/step_number.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
using N = IpcNarrator;

const Action* actionAt(const IpcState& s, ProcessId p, std::size_t pc) {
  const auto& program = s.setup->processes[p].program;
  return pc < program.size() ? &program[pc] : nullptr;
}

QString reg(const IpcState& s, ProcessId p, RegisterId r) { return QString::fromStdString(s.setup->processes[p].registers[r]); }

template <class Event>
const Event* find(const std::vector<IpcEvent>& events, ProcessId p) {
  for (const auto& e : events)
    if (const auto* x = std::get_if<Event>(&e); x && x->process == p) return x;
  return nullptr;
}
const CallCompleted* ownCompletion(const std::vector<IpcEvent>& events, ProcessId p) {
  for (const auto& e : events)
    if (const auto* c = std::get_if<CallCompleted>(&e); c && c->process == p && !c->woken) return c;
  return nullptr;
}

// Whether the process holds (or may hold) an end of some pipe or FIFO: its exit closes them.
bool holdsPipeEnds(const IpcState& s, ProcessId p) {
  for (const ObjectSpec& spec : s.setup->objects)
    if (const auto* pipe = std::get_if<PipeSpec>(&spec)) {
      if (std::find(pipe->readers.begin(), pipe->readers.end(), p) != pipe->readers.end() ||
          std::find(pipe->writers.begin(), pipe->writers.end(), p) != pipe->writers.end())
        return true;
    }
  for (const Action& a : s.setup->processes[p].program)
    if (std::holds_alternative<OpenAction>(a)) return true;
  return false;
}

QString endName(PipeEnd end) { return end == PipeEnd::Read ? IpcNarrator::tr("read") : IpcNarrator::tr("write"); }

// Why a call blocked, from the state after the step (its progress, the object's contents).
QString blockedSentence(const IpcState& s, ProcessId p, const Action& action) {
  const QString who = N::processName(s, p);
  return std::visit(
      engine::Overloaded{
          [&](const WriteAction& w) {
            const auto& spec = std::get<PipeSpec>(s.setup->objects[w.pipe]);
            const auto& pipe = std::get<PipeObject>(s.objects[w.pipe]);
            const QString name = N::objectName(s, w.pipe);
            const std::uint64_t n = w.data.size(), done = s.processes[p].write.done;
            if (n <= spec.pipeBuf)
              return IpcNarrator::tr("A write of at most PIPE_BUF (%1) bytes is atomic: all %2 go in at once or none do. %3 has room for %4 now, so nothing is written and %5 blocks until %2 fit.")
                  .arg(spec.pipeBuf)
                  .arg(n)
                  .arg(name)
                  .arg(pipe.ring.capacity() - std::min(pipe.ring.capacity(), pipe.ring.buffered()))
                  .arg(who);
            if (done > 0)
              return IpcNarrator::tr("Only %1 of the %2 bytes fit — a write larger than PIPE_BUF (%3) may be partial — so %4 blocks until %5 drains.")
                  .arg(done)
                  .arg(n)
                  .arg(spec.pipeBuf)
                  .arg(who, name);
            return IpcNarrator::tr("%1 is full, so %2 blocks until a reader drains it.").arg(name, who);
          },
          [&](const ReadAction& r) {
            return IpcNarrator::tr("%1 is empty and a writer still holds its write end, so %2 blocks until bytes arrive.").arg(N::objectName(s, r.pipe), who);
          },
          [&](const OpenAction& o) {
            return o.end == PipeEnd::Read
                       ? IpcNarrator::tr("No process has opened FIFO %1 for writing yet: %2's open for reading blocks until one does (fifo(7)).").arg(N::objectName(s, o.fifo), who)
                       : IpcNarrator::tr("No process has opened FIFO %1 for reading yet: %2's open for writing blocks until one does (fifo(7)).").arg(N::objectName(s, o.fifo), who);
          },
          [&](const MqSendAction& m) {
            const auto& spec = std::get<PosixQueueSpec>(s.setup->objects[m.queue]);
            return IpcNarrator::tr("%1 is full (%2 messages, its max_messages): %3 blocks until a receiver takes one.").arg(N::objectName(s, m.queue)).arg(spec.maxMessages).arg(who);
          },
          [&](const MqReceiveAction& m) { return IpcNarrator::tr("%1 is empty: %2 blocks until a message is sent.").arg(N::objectName(s, m.queue), who); },
          [&](const MsgSendAction& m) {
            const auto& spec = std::get<SysvQueueSpec>(s.setup->objects[m.queue]);
            return IpcNarrator::tr("The message would take %1 past its max_bytes (%2): %3 blocks until receivers make room.").arg(N::objectName(s, m.queue)).arg(spec.maxBytes).arg(who);
          },
          [&](const MsgReceiveAction& m) {
            const QString q = N::objectName(s, m.queue);
            if (m.type == 0) return IpcNarrator::tr("%1 is empty: %2 blocks until a message arrives.").arg(q, who);
            if (m.type > 0 && m.except) return IpcNarrator::tr("%1 holds no message of a type other than %2: %3 blocks until one arrives.").arg(q).arg(m.type).arg(who);
            if (m.type > 0) return IpcNarrator::tr("%1 holds no message of type %2: %3 blocks until one arrives.").arg(q).arg(m.type).arg(who);
            return IpcNarrator::tr("%1 holds no message of type %2 or lower: %3 blocks until one arrives.").arg(q).arg(-m.type).arg(who);
          },
          [&](const SemAction& a) {
            const auto& sem = std::get<SemaphoreObject>(s.objects[a.semaphore]).semaphore;
            const QString name = N::objectName(s, a.semaphore);
            if (sem.rule() == SemaphoreRule::Textbook)
              return IpcNarrator::tr("sem_wait decrements %1 to %2: below 0, so %3 blocks in its queue — a negative value counts the waiters (%4).")
                  .arg(name)
                  .arg(sem.value())
                  .arg(who)
                  .arg(-sem.value());
            return IpcNarrator::tr("%1 is 0 and may not go below 0: %2 blocks in its queue until a sem_post.").arg(name, who);
          },
          [&](const auto&) { return IpcNarrator::tr("%1 blocks.").arg(who); }},
      action);
}

// Why the system refused the call, in the rule's words.
QString failedSentence(const IpcState& s, ProcessId p, const Action& action, Errno e) {
  const QString who = N::processName(s, p);
  const QString error = QString::fromLatin1(errnoName(e).data());
  // read(2), write(2), close(2), fcntl(2): a descriptor the process does not hold (never opened,
  // or closed already).
  if (e == Errno::BadF) {
    if (const auto* w = std::get_if<WriteAction>(&action))
      return IpcNarrator::tr("%1 does not hold %2's write end (never opened, or closed already): write fails with EBADF.").arg(who, N::objectName(s, w->pipe));
    if (const auto* r = std::get_if<ReadAction>(&action))
      return IpcNarrator::tr("%1 does not hold %2's read end (never opened, or closed already): read fails with EBADF.").arg(who, N::objectName(s, r->pipe));
    if (const auto* c = std::get_if<CloseAction>(&action))
      return IpcNarrator::tr("%1 does not hold %2's %3 end (never opened, or closed already): close fails with EBADF.").arg(who, N::objectName(s, c->pipe), endName(c->end));
    if (const auto object = engine::ipc::objectOf(action))
      return IpcNarrator::tr("%1 holds no end of %2: the call fails with EBADF.").arg(who, N::objectName(s, *object));
  }
  return std::visit(
      engine::Overloaded{
          [&](const WriteAction& w) {
            const auto& spec = std::get<PipeSpec>(s.setup->objects[w.pipe]);
            if (e == Errno::Pipe) return IpcNarrator::tr("write fails with EPIPE.");
            if (w.data.size() <= spec.pipeBuf)
              return IpcNarrator::tr("The %1 bytes do not fit whole, and a write of at most PIPE_BUF (%2) is all or nothing: with O_NONBLOCK, write fails with EAGAIN instead of waiting.")
                  .arg(w.data.size())
                  .arg(spec.pipeBuf);
            return IpcNarrator::tr("%1 is full: with O_NONBLOCK, write fails with EAGAIN instead of waiting.").arg(N::objectName(s, w.pipe));
          },
          [&](const ReadAction& r) {
            return IpcNarrator::tr("%1 is empty and a writer still holds it open: with O_NONBLOCK, read fails with EAGAIN instead of waiting.").arg(N::objectName(s, r.pipe));
          },
          [&](const SetSizeAction& z) {
            const auto& spec = std::get<PipeSpec>(s.setup->objects[z.pipe]);
            if (e == Errno::Perm)
              return IpcNarrator::tr("%1 bytes is over pipe-max-size (%2): an unprivileged process gets EPERM.").arg(z.bytes).arg(spec.maxSize);
            if (e == Errno::Busy)
              return IpcNarrator::tr("%1 holds more than %2 bytes would take: fcntl fails with EBUSY and the size stays.").arg(N::objectName(s, z.pipe)).arg(z.bytes);
            return IpcNarrator::tr("fcntl fails with %1.").arg(error);
          },
          [&](const OpenAction& o) {
            return IpcNarrator::tr("No process has FIFO %1 open for reading: a non-blocking open for writing fails with ENXIO (fifo(7)).").arg(N::objectName(s, o.fifo));
          },
          [&](const MqSendAction& m) {
            const auto& spec = std::get<PosixQueueSpec>(s.setup->objects[m.queue]);
            if (e == Errno::Inval) return IpcNarrator::tr("Priority %1 is not below MQ_PRIO_MAX (32768): mq_send fails with EINVAL.").arg(m.priority);
            if (e == Errno::MsgSize)
              return IpcNarrator::tr("The message (%1) is longer than %2's message_size (%3): mq_send fails with EMSGSIZE.")
                  .arg(N::bytesText(m.data.size()), N::objectName(s, m.queue), N::bytesText(spec.messageSize));
            return IpcNarrator::tr("%1 is full (%2 messages): with O_NONBLOCK, mq_send fails with EAGAIN instead of waiting.").arg(N::objectName(s, m.queue)).arg(spec.maxMessages);
          },
          [&](const MqReceiveAction& m) {
            const auto& spec = std::get<PosixQueueSpec>(s.setup->objects[m.queue]);
            if (e == Errno::MsgSize)
              return IpcNarrator::tr("Its buffer (%1) is shorter than %2's message_size (%3): mq_receive fails with EMSGSIZE, whatever the queue holds.")
                  .arg(N::bytesText(m.buffer), N::objectName(s, m.queue), N::bytesText(spec.messageSize));
            return IpcNarrator::tr("%1 is empty: with O_NONBLOCK, mq_receive fails with EAGAIN instead of waiting.").arg(N::objectName(s, m.queue));
          },
          [&](const MsgSendAction& m) {
            const auto& spec = std::get<SysvQueueSpec>(s.setup->objects[m.queue]);
            if (e == Errno::Inval) return IpcNarrator::tr("A message's type must be at least 1 and its size at most MSGMAX (8192 bytes): msgsnd fails with EINVAL.");
            return IpcNarrator::tr("The message would take %1 past its max_bytes (%2): with IPC_NOWAIT, msgsnd fails with EAGAIN.").arg(N::objectName(s, m.queue)).arg(spec.maxBytes);
          },
          [&](const MsgReceiveAction& m) {
            if (e == Errno::TooBig) return IpcNarrator::tr("The message is longer than the buffer: msgrcv fails with E2BIG and the message stays queued.");
            return IpcNarrator::tr("%1 holds no message of the type asked for: with IPC_NOWAIT, msgrcv fails with ENOMSG.").arg(N::objectName(s, m.queue));
          },
          [&](const SemAction& a) {
            const QString name = N::objectName(s, a.semaphore);
            if (e == Errno::Overflow) return IpcNarrator::tr("%1 is at SEM_VALUE_MAX: sem_post fails with EOVERFLOW.").arg(name);
            return IpcNarrator::tr("%1 has no unit to take: sem_trywait fails with EAGAIN instead of waiting.").arg(name);
          },
          [&](const auto&) { return IpcNarrator::tr("%1's call fails with %2.").arg(who, error); }},
      action);
}

// What a call that finished at once did.
QString doneSentence(const IpcState& s, ProcessId p, const Action& action, const CallCompleted& c, const std::vector<IpcEvent>& events) {
  const QString who = N::processName(s, p);
  const bool handsOff = std::any_of(events.begin(), events.end(), [&](const IpcEvent& e) {
    const auto* x = std::get_if<CallCompleted>(&e);
    return x && x->woken;
  });
  return std::visit(
      engine::Overloaded{
          [&](const WriteAction& w) {
            const auto n = static_cast<std::int64_t>(w.data.size());
            if (c.returned < n)
              return IpcNarrator::tr("Only %1 of the %2 bytes fit: non-blocking, write puts those in and returns %1.").arg(c.returned).arg(n);
            return IpcNarrator::tr("%1 writes %2 into %3; there is room, so write returns %4.")
                .arg(who, N::quoted(w.data), N::objectName(s, w.pipe))
                .arg(c.returned);
          },
          [&](const ReadAction& r) {
            if (c.returned == 0 && r.bytes > 0)
              return IpcNarrator::tr("%1 is empty and no process holds its write end: read returns 0 — end of file.").arg(N::objectName(s, r.pipe));
            if (static_cast<std::uint64_t>(c.returned) < r.bytes)
              return IpcNarrator::tr("%1 reads %2 from %3: what is there, %4 of the %5 asked for — read does not wait for more.")
                  .arg(who, N::quoted(c.data), N::objectName(s, r.pipe))
                  .arg(c.returned)
                  .arg(r.bytes);
            return IpcNarrator::tr("%1 reads %2 from %3 (%4).").arg(who, N::quoted(c.data), N::objectName(s, r.pipe), N::bytesText(c.returned));
          },
          [&](const CloseAction& x) { return IpcNarrator::tr("%1 closes its %2 end of %3.").arg(who, endName(x.end), N::objectName(s, x.pipe)); },
          [&](const SetSizeAction& z) {
            const auto& spec = std::get<PipeSpec>(s.setup->objects[z.pipe]);
            if (spec.geometry.model == PipeModel::Linux)
              return IpcNarrator::tr("fcntl(F_SETPIPE_SZ) asks for %1 bytes: rounded up to a whole page and then to a power of two, %2 now holds %3 bytes (%4 slots).")
                  .arg(z.bytes)
                  .arg(N::objectName(s, z.pipe))
                  .arg(c.returned)
                  .arg(std::get<PipeObject>(s.objects[z.pipe]).ring.slotCount());
            return IpcNarrator::tr("fcntl(F_SETPIPE_SZ): %1 now holds %2 bytes.").arg(N::objectName(s, z.pipe)).arg(c.returned);
          },
          [&](const OpenAction& o) {
            if (o.end == PipeEnd::Read && o.nonblock)
              return IpcNarrator::tr("%1 opens FIFO %2 for reading; with O_NONBLOCK it returns at once, writer or not.").arg(who, N::objectName(s, o.fifo));
            return o.end == PipeEnd::Read ? IpcNarrator::tr("%1 opens FIFO %2 for reading: a writer has it open, so open returns.").arg(who, N::objectName(s, o.fifo))
                                          : IpcNarrator::tr("%1 opens FIFO %2 for writing: a reader has it open, so open returns.").arg(who, N::objectName(s, o.fifo));
          },
          [&](const MqSendAction& m) {
            if (handsOff) return IpcNarrator::tr("%1 sends %2 with priority %3 to %4.").arg(who, N::quoted(m.data)).arg(m.priority).arg(N::objectName(s, m.queue));
            return IpcNarrator::tr("%1 sends %2 with priority %3 to %4: it is queued after every message of higher or equal priority.")
                .arg(who, N::quoted(m.data))
                .arg(m.priority)
                .arg(N::objectName(s, m.queue));
          },
          [&](const MqReceiveAction& m) {
            return IpcNarrator::tr("%1 receives %2 (priority %3) from %4: the oldest message of the highest priority.")
                .arg(who, N::quoted(c.data))
                .arg(c.priorityOrType.value_or(0))
                .arg(N::objectName(s, m.queue));
          },
          [&](const MsgSendAction& m) {
            return IpcNarrator::tr("%1 sends %2 of type %3 to %4; it joins the end of the queue.").arg(who, N::quoted(m.data)).arg(m.type).arg(N::objectName(s, m.queue));
          },
          [&](const MsgReceiveAction& m) {
            QString which;
            if (m.type == 0) which = IpcNarrator::tr("the first message in the queue");
            else if (m.type > 0 && m.except) which = IpcNarrator::tr("the first message of a type other than %1").arg(m.type);
            else if (m.type > 0) which = IpcNarrator::tr("the first message of type %1").arg(m.type);
            else which = IpcNarrator::tr("the first message of the lowest type, at most %1").arg(-m.type);
            return IpcNarrator::tr("%1 receives %2 (type %3) from %4: %5.")
                .arg(who, N::quoted(c.data))
                .arg(c.priorityOrType.value_or(0))
                .arg(N::objectName(s, m.queue), which);
          },
          [&](const SemAction& a) {
            const auto& sem = std::get<SemaphoreObject>(s.objects[a.semaphore]).semaphore;
            const QString name = N::objectName(s, a.semaphore);
            const bool textbook = sem.rule() == SemaphoreRule::Textbook;
            const auto v = sem.value();
            switch (a.op) {
              case SemOp::Wait:
              case SemOp::TryWait:
                return textbook ? IpcNarrator::tr("%1 decrements %2 to %3: not below 0, so %4 goes on.").arg(a.op == SemOp::Wait ? QStringLiteral("sem_wait") : QStringLiteral("sem_trywait"), name).arg(v).arg(who)
                                : IpcNarrator::tr("%1 takes a unit of %2 (%3 → %4) and %5 goes on.").arg(a.op == SemOp::Wait ? QStringLiteral("sem_wait") : QStringLiteral("sem_trywait"), name).arg(v + 1).arg(v).arg(who);
              case SemOp::Post:
                if (handsOff)
                  return textbook ? IpcNarrator::tr("sem_post increments %1 to %2: still not above 0, so a process waits, and the longest waiter wakes.").arg(name).arg(v)
                                  : IpcNarrator::tr("sem_post finds processes waiting on %1: it hands its unit straight to the longest waiter, and the value stays %2.").arg(name).arg(v);
                return textbook ? IpcNarrator::tr("sem_post increments %1 to %2; no process waits.").arg(name).arg(v)
                                : IpcNarrator::tr("sem_post raises %1 from %2 to %3; no process waits.").arg(name).arg(v - 1).arg(v);
            }
            return QString();
          },
          [&](const LoadAction& l) {
            return IpcNarrator::tr("%1 loads %2[%3] = %4 into its register %5.").arg(who, N::objectName(s, l.shm)).arg(l.offset).arg(c.returned).arg(reg(s, p, l.into));
          },
          [&](const AddAction& a) {
            return IpcNarrator::tr("%1 adds %2 to its register: %3 = %4, in the register only — shared memory does not change.")
                .arg(who)
                .arg(a.value)
                .arg(reg(s, p, a.reg))
                .arg(c.returned);
          },
          [&](const StoreAction& st) {
            return IpcNarrator::tr("%1 stores its register %2 = %3 into %4[%5].").arg(who, reg(s, p, st.from)).arg(c.returned).arg(N::objectName(s, st.shm)).arg(st.offset);
          },
          [&](const ComputeAction&) { return IpcNarrator::tr("%1 finishes its computation.").arg(who); },
          [&](const ExitAction&) { return QString(); }},
      action);
}

// A blocked call that this step let finish.
QString wokenSentence(const IpcState& s, const CallCompleted& c, bool afterSigpipe) {
  const QString who = N::processName(s, c.process);
  const Action* action = actionAt(s, c.process, c.pc);
  if (!action) return IpcNarrator::tr("%1 wakes.").arg(who);
  return std::visit(
      engine::Overloaded{
          [&](const WriteAction&) {
            if (afterSigpipe) return IpcNarrator::tr("%1's write, part done, returns the %2 it had written.").arg(who, N::bytesText(c.returned));
            return IpcNarrator::tr("%1 wakes and its write completes (%2).").arg(who, N::bytesText(c.returned));
          },
          [&](const ReadAction& r) {
            if (c.returned == 0)
              return IpcNarrator::tr("%1 wakes: %2 is empty and no process holds its write end any more, so read returns 0 — end of file.").arg(who, N::objectName(s, r.pipe));
            return IpcNarrator::tr("%1 wakes: its read returns %2 (%3).").arg(who, N::quoted(c.data), N::bytesText(c.returned));
          },
          [&](const OpenAction& o) {
            return o.end == PipeEnd::Read ? IpcNarrator::tr("%1 wakes: FIFO %2 now has a writer, so its open returns.").arg(who, N::objectName(s, o.fifo))
                                          : IpcNarrator::tr("%1 wakes: FIFO %2 now has a reader, so its open returns.").arg(who, N::objectName(s, o.fifo));
          },
          [&](const MqReceiveAction&) {
            return IpcNarrator::tr("%1 was waiting in mq_receive: the message goes straight to it, %2 (priority %3), and it wakes.")
                .arg(who, N::quoted(c.data))
                .arg(c.priorityOrType.value_or(0));
          },
          [&](const MqSendAction& m) { return IpcNarrator::tr("%1 wakes: there is room now, and its message %2 goes in.").arg(who, N::quoted(m.data)); },
          [&](const MsgReceiveAction&) {
            return IpcNarrator::tr("%1 wakes with %2 (type %3).").arg(who, N::quoted(c.data)).arg(c.priorityOrType.value_or(0));
          },
          [&](const MsgSendAction& m) { return IpcNarrator::tr("%1 wakes: its message %2 fits now and goes in.").arg(who, N::quoted(m.data)); },
          [&](const SemAction& a) { return IpcNarrator::tr("%1's sem_wait on %2 returns: it goes on.").arg(who, N::objectName(s, a.semaphore)); },
          [&](const auto&) { return IpcNarrator::tr("%1 wakes.").arg(who); }},
      *action);
}

QString namesList(const IpcState& s, const std::vector<ProcessId>& ids) {
  QStringList names;
  for (ProcessId p : ids) names << N::processName(s, p);
  return listText(names);
}
}  // namespace

QString IpcNarrator::processName(const IpcState& s, ProcessId p) { return QString::fromStdString(s.setup->processes[p].name); }
QString IpcNarrator::objectName(const IpcState& s, ObjectId o) { return QString::fromStdString(engine::ipc::objectName(s.setup->objects[o])); }

QString IpcNarrator::bytesText(std::uint64_t bytes) {
  return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes >= 10000 ? QLocale().toString(static_cast<qulonglong>(bytes)) : QString::number(bytes));
}

QString IpcNarrator::quoted(const std::string& data, int most) {
  QString text = QString::fromStdString(data);
  if (text.size() > most) text = text.left(most - 1) + QChar(0x2026);
  return QStringLiteral("\"%1\"").arg(text);
}

QString IpcNarrator::kindName(const ObjectSpec& spec) {
  switch (spec.index()) {
    case 0: return std::get<PipeSpec>(spec).fifo ? tr("FIFO") : tr("pipe");
    case 1: return tr("POSIX message queue");
    case 2: return tr("System V message queue");
    case 3: return tr("semaphore");
    case 4: return tr("shared memory");
  }
  return {};
}

QString IpcNarrator::stateName(const IpcState& s, ProcessId p, std::optional<ProcessId> ran) {
  const ProcessState& ps = s.processes[p];
  switch (ps.run) {
    case RunState::Blocked: return tr("blocked");
    case RunState::Exited: return ps.killed ? tr("killed by SIGPIPE") : tr("exited");
    case RunState::Ready: return ran == p ? tr("running") : tr("ready");
  }
  return {};
}

QString IpcNarrator::actionText(const IpcSetup& setup, ProcessId p, const Action& action) {
  const auto name = [&](ObjectId o) { return QString::fromStdString(engine::ipc::objectName(setup.objects[o])); };
  const auto regName = [&](RegisterId r) { return QString::fromStdString(setup.processes[p].registers[r]); };
  const QString nonblock = QStringLiteral(", O_NONBLOCK");
  return std::visit(
      engine::Overloaded{
          [&](const WriteAction& w) {
            // write(fd, buf, count): the count only when the data is too long to show.
            const QString data = w.data.size() > 12 ? QStringLiteral("%1, %2").arg(quoted(w.data, 6)).arg(w.data.size()) : quoted(w.data);
            return QStringLiteral("write(%1, %2%3)").arg(name(w.pipe), data, w.nonblock ? nonblock : QString());
          },
          [&](const ReadAction& r) { return QStringLiteral("read(%1, %2%3)").arg(name(r.pipe)).arg(r.bytes).arg(r.nonblock ? nonblock : QString()); },
          [&](const CloseAction& c) { return tr("close(%1, %2 end)").arg(name(c.pipe), endName(c.end)); },
          [&](const SetSizeAction& z) { return QStringLiteral("fcntl(%1, F_SETPIPE_SZ, %2)").arg(name(z.pipe)).arg(z.bytes); },
          [&](const OpenAction& o) {
            return QStringLiteral("open(%1, %2%3)")
                .arg(name(o.fifo), o.end == PipeEnd::Read ? QStringLiteral("O_RDONLY") : QStringLiteral("O_WRONLY"),
                     o.nonblock ? QStringLiteral(" | O_NONBLOCK") : QString());
          },
          [&](const MqSendAction& m) {
            return tr("mq_send(%1, %2, prio %3%4)").arg(name(m.queue), quoted(m.data, 10)).arg(m.priority).arg(m.nonblock ? nonblock : QString());
          },
          [&](const MqReceiveAction& m) {
            const auto& spec = std::get<PosixQueueSpec>(setup.objects[m.queue]);
            const QString buffer = m.buffer == spec.messageSize ? QString() : QStringLiteral(", %1").arg(m.buffer);
            return QStringLiteral("mq_receive(%1%2%3)").arg(name(m.queue), buffer, m.nonblock ? nonblock : QString());
          },
          [&](const MsgSendAction& m) {
            return tr("msgsnd(%1, type %2, %3%4)").arg(name(m.queue)).arg(m.type).arg(quoted(m.data, 10), m.nowait ? QStringLiteral(", IPC_NOWAIT") : QString());
          },
          [&](const MsgReceiveAction& m) {
            QString flags;
            if (m.except) flags += QStringLiteral(", MSG_EXCEPT");
            if (m.nowait) flags += QStringLiteral(", IPC_NOWAIT");
            return tr("msgrcv(%1, type %2%3)").arg(name(m.queue)).arg(m.type).arg(flags);
          },
          [&](const SemAction& a) {
            constexpr const char* kCalls[] = {"sem_wait", "sem_trywait", "sem_post"};
            return QStringLiteral("%1(%2)").arg(QLatin1String(kCalls[static_cast<int>(a.op)]), name(a.semaphore));
          },
          [&](const LoadAction& l) { return QStringLiteral("load %1 ← %2[%3]").arg(regName(l.into), name(l.shm)).arg(l.offset); },
          [&](const AddAction& a) {
            return QStringLiteral("%1 ← %1 %2 %3").arg(regName(a.reg), a.value < 0 ? QStringLiteral("−") : QStringLiteral("+")).arg(std::abs(a.value));
          },
          [&](const StoreAction& st) { return QStringLiteral("store %1[%2] ← %3").arg(name(st.shm)).arg(st.offset).arg(regName(st.from)); },
          [&](const ComputeAction& c) { return c.steps == 1 ? tr("compute (1 step)") : tr("compute (%1 steps)").arg(c.steps); },
          [&](const ExitAction&) { return QStringLiteral("exit()"); }},
      action);
}

QStringList IpcNarrator::narrate(std::size_t stepIndex, const IpcState& s, const IpcStep& op, const std::vector<IpcEvent>& events) {
  QStringList out;
  const ProcessId p = op.process;
  const QString who = processName(s, p);
  const ActionRan* ran = nullptr;
  for (const auto& e : events)
    if (const auto* r = std::get_if<ActionRan>(&e)) ran = r;
  const Action* action = ran ? actionAt(s, p, ran->pc) : nullptr;
  // What the step does: shown before it plays, so nothing of how it ends.
  out << (action ? tr("Step %1: %2 runs %3.").arg(stepNumber(stepIndex)).arg(who, actionText(*s.setup, p, *action))
                 : tr("Step %1: %2 runs.").arg(stepNumber(stepIndex)).arg(who));
  for (ProcessId skipped : op.skipped)
    out << (s.processes[skipped].run == RunState::Exited ? tr("%1 is next in the schedule but has exited, so the schedule's next entry runs.")
                                                         : tr("%1 is next in the schedule but is blocked, so the schedule's next entry runs."))
               .arg(processName(s, skipped));
  if (!action) return out;

  // The call's own outcome.
  const auto* sigpipe = find<SigpipeSent>(events, p);
  if (sigpipe) {
    const auto& w = std::get<WriteAction>(*action);
    out << (sigpipe->fatal ? tr("No process holds %1's read end: the kernel sends %2 SIGPIPE, whose default action kills it.")
                           : tr("No process holds %1's read end: the kernel sends %2 SIGPIPE, which it ignores."))
               .arg(objectName(s, w.pipe), who);
  }
  if (find<CallBlocked>(events, p)) out << blockedSentence(s, p, *action);
  else if (const auto* f = find<CallFailed>(events, p)) out << failedSentence(s, p, *action, f->error);
  else if (const auto* c = ownCompletion(events, p)) {
    const QString done = doneSentence(s, p, *action, *c, events);
    if (!done.isEmpty()) out << done;
  } else if (std::holds_alternative<ComputeAction>(*action) && !find<ProcessExited>(events, p)) {
    const auto left = s.processes[p].computeLeft;
    out << (left == 1 ? tr("%1 computes; it touches no object (1 step of it left).").arg(who)
                      : tr("%1 computes; it touches no object (%2 steps of it left).").arg(who).arg(left));
  }

  // Then what the step caused for the others, in the order it happened.
  for (const auto& e : events) {
    if (const auto* c = std::get_if<CallCompleted>(&e); c && c->woken) {
      const auto* signal = find<SigpipeSent>(events, c->process);
      out << wokenSentence(s, *c, signal != nullptr);
    } else if (const auto* sig = std::get_if<SigpipeSent>(&e); sig && sig->process != p) {
      out << (sig->fatal ? tr("The last reader is gone while %1 waits to write: the kernel sends it SIGPIPE, whose default action kills it.")
                         : tr("The last reader is gone while %1 waits to write: the kernel sends it SIGPIPE, which it ignores."))
                 .arg(processName(s, sig->process));
    } else if (const auto* f = std::get_if<CallFailed>(&e); f && f->process != p) {
      out << tr("%1's call fails with %2.").arg(processName(s, f->process), QString::fromLatin1(errnoName(f->error).data()));
    } else if (const auto* x = std::get_if<ProcessExited>(&e)) {
      if (x->killed) continue;  // told with its SIGPIPE
      const bool exitCall = x->process == p && std::holds_alternative<ExitAction>(*action);
      const QString name = processName(s, x->process);
      const bool ends = holdsPipeEnds(s, x->process);
      if (exitCall) out << (ends ? tr("%1 exits; its pipe ends close.") : tr("%1 exits.")).arg(name);
      else out << (ends ? tr("%1 has run its whole program: it exits, and its pipe ends close.") : tr("%1 has run its whole program: it exits.")).arg(name);
    } else if (const auto* d = std::get_if<Deadlocked>(&e)) {
      QStringList waits;
      for (ProcessId q = 0; q < d->waitsFor.size(); ++q)
        if (!d->waitsFor[q].empty()) waits << tr("%1 waits for %2").arg(processName(s, q), namesList(s, d->waitsFor[q]));
      out << tr("Every process still alive is blocked: deadlock, and the run ends.");
      if (!waits.isEmpty()) out << tr("%1.").arg(waits.join(tr("; ")));
      if (d->cycle && !d->cycle->empty()) {
        QStringList cycle;
        for (ProcessId q : *d->cycle) cycle << processName(s, q);
        cycle << processName(s, d->cycle->front());
        out << tr("The wait-for cycle: %1 — none of them can ever go on.").arg(cycle.join(QStringLiteral(" → ")));
      } else {
        out << tr("There is no cycle: they wait for processes that have exited, or for none, so no one will ever wake them.");
      }
    }
  }
  return out;
}

QString IpcNarrator::summary(const IpcState& s) {
  QStringList parts;
  for (ProcessId p = 0; p < s.processes.size(); ++p) {
    const ProcessState& ps = s.processes[p];
    // Only what it did: a semaphore's user wrote and read no bytes.
    QStringList did;
    if (ps.bytesWritten > 0) did << tr("wrote %1").arg(bytesText(ps.bytesWritten));
    if (ps.bytesRead > 0) did << tr("read %1").arg(bytesText(ps.bytesRead));
    if (ps.blockedSteps > 0) did << (ps.blockedSteps == 1 ? tr("blocked 1 step") : tr("blocked %1 steps").arg(ps.blockedSteps));
    did << stateName(s, p, std::nullopt);
    parts << tr("%1: %2").arg(processName(s, p), did.join(tr(", ")));
  }
  QString text = tr("%1.").arg(parts.join(tr("; ")));
  if (s.deadlock) text = appendSentence(text, tr("Deadlock: every process still alive is blocked."));
  return text;
}

}  // namespace oslens::views

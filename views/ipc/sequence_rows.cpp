#include "views/ipc/sequence_rows.h"

#include <algorithm>

#include "engine/core/overloaded.h"

namespace oslens::views {

using namespace engine::ipc;
using Kind = SequenceEntry::Kind;

namespace {

constexpr qsizetype kMaxQuoted = 14;  // characters of a message in a label

QString name(const IpcSetup& setup, ProcessId p) { return QString::fromStdString(setup.processes[p].name); }

// An arrow between process p and the object of its action (or a note on its lifeline when the
// action has none): towards the object, or back from it.
SequenceEntry entry(Kind kind, const Action& action, ProcessId p, QString label, bool towardsObject) {
  SequenceEntry e;
  e.kind = kind;
  e.process = p;
  e.label = std::move(label);
  const SequenceColumn self = SequenceColumn::process(p);
  if (const auto object = engine::ipc::objectOf(action)) {
    const SequenceColumn other = SequenceColumn::object(*object);
    e.from = towardsObject ? self : other;
    e.to = towardsObject ? other : self;
  } else {
    e.kind = kind == Kind::Call || kind == Kind::Reply ? Kind::Note : kind;
    e.from = e.to = self;
  }
  return e;
}

}  // namespace

QString SequenceRowBuilder::quoted(const std::string& data) {
  QString text = QString::fromUtf8(data.data(), static_cast<qsizetype>(data.size()));
  for (QChar& c : text)
    if (c.category() == QChar::Other_Control) c = QChar(0x00B7);
  if (text.size() > kMaxQuoted) text = text.left(kMaxQuoted - 1) + QChar(0x2026);
  return QStringLiteral("\"%1\"").arg(text);
}

QString SequenceRowBuilder::callText(const IpcSetup& setup, const Action& action) {
  using engine::Overloaded;
  const auto nonblock = [](bool on) { return on ? QStringLiteral(" O_NONBLOCK") : QString(); };
  return std::visit(
      Overloaded{[&](const WriteAction& w) { return QStringLiteral("write") + nonblock(w.nonblock); },
                 [&](const ReadAction& r) { return QStringLiteral("read %1").arg(r.bytes) + nonblock(r.nonblock); },
                 [&](const CloseAction& c) { return c.end == PipeEnd::Read ? tr("close read end") : tr("close write end"); },
                 [&](const SetSizeAction& z) { return QStringLiteral("F_SETPIPE_SZ %1").arg(z.bytes); },
                 [&](const OpenAction& o) {
                   return QStringLiteral("open ") + (o.end == PipeEnd::Read ? QStringLiteral("O_RDONLY") : QStringLiteral("O_WRONLY")) +
                          (o.nonblock ? QStringLiteral("|O_NONBLOCK") : QString());
                 },
                 [&](const MqSendAction& m) { return QStringLiteral("mq_send") + nonblock(m.nonblock); },
                 [&](const MqReceiveAction& m) { return QStringLiteral("mq_receive") + nonblock(m.nonblock); },
                 [&](const MsgSendAction& m) { return QStringLiteral("msgsnd") + (m.nowait ? QStringLiteral(" IPC_NOWAIT") : QString()); },
                 [&](const MsgReceiveAction& m) {
                   return QStringLiteral("msgrcv %1").arg(m.type) + (m.except ? QStringLiteral(" MSG_EXCEPT") : QString()) +
                          (m.nowait ? QStringLiteral(" IPC_NOWAIT") : QString());
                 },
                 [&](const SemAction& s) {
                   return s.op == SemOp::Wait ? QStringLiteral("sem_wait") : s.op == SemOp::TryWait ? QStringLiteral("sem_trywait") : QStringLiteral("sem_post");
                 },
                 [&](const LoadAction& l) { return QStringLiteral("load [%1]").arg(l.offset); },
                 [&](const AddAction&) { return QStringLiteral("add"); },
                 [&](const StoreAction& s) { return QStringLiteral("store [%1]").arg(s.offset); },
                 [&](const ComputeAction&) { return tr("compute"); },
                 [&](const ExitAction&) { return QStringLiteral("exit"); }},
      action);
  Q_UNUSED(setup);
}

SequenceRow SequenceRowBuilder::build(std::size_t step, const std::vector<std::size_t>& pcBefore, const IpcState& after,
                                      const IpcStep& op, const std::vector<IpcEvent>& events) {
  using engine::Overloaded;
  const IpcSetup& setup = *after.setup;
  SequenceRow row;
  row.step = step;
  row.actor = op.process;
  row.runAfter.reserve(after.processes.size());
  for (const ProcessState& p : after.processes) row.runAfter.push_back(p.run);
  const auto program = [&](ProcessId p) -> const std::vector<Action>& { return setup.processes[p].program; };
  // The call process p was in during this step: the one it ran (the actor) or was blocked in.
  const auto callOf = [&](ProcessId p) -> const Action& {
    return program(p)[std::min(pcBefore[p], program(p).size() - 1)];
  };
  bool actorShown = false;
  for (const IpcEvent& event : events) {
    std::visit(
        Overloaded{
            [&](const ActionRan&) {},
            [&](const CallCompleted& c) {
              const Action& action = program(c.process)[c.pc];
              const QString call = callText(setup, action);
              const auto quotedData = quoted(c.data);
              SequenceEntry e = std::visit(
                  Overloaded{
                      [&](const WriteAction& w) {
                        if (c.woken) return entry(Kind::Reply, action, c.process, tr("%1 returns %2").arg(call).arg(c.returned), false);
                        const QString count = static_cast<std::size_t>(c.returned) == w.data.size()
                                                  ? QString::number(c.returned)
                                                  : tr("%1 of %2").arg(c.returned).arg(w.data.size());
                        return entry(Kind::Call, action, c.process, QStringLiteral("%1 %2 (%3)").arg(call, quoted(w.data), count), true);
                      },
                      [&](const ReadAction&) {
                        const QString got = c.returned == 0 ? tr("0 = EOF") : QStringLiteral("%1 (%2)").arg(quotedData).arg(c.returned);
                        return entry(Kind::Reply, action, c.process, QStringLiteral("%1 → %2").arg(call, got), false);
                      },
                      [&](const SetSizeAction&) {
                        return entry(Kind::Call, action, c.process, QStringLiteral("%1 = %2").arg(call).arg(c.returned), true);
                      },
                      [&](const OpenAction&) {
                        if (c.woken) return entry(Kind::Reply, action, c.process, tr("%1 returns").arg(call), false);
                        return entry(Kind::Call, action, c.process, call, true);
                      },
                      [&](const MqSendAction& m) {
                        if (c.woken) return entry(Kind::Reply, action, c.process, tr("%1 returns").arg(call), false);
                        return entry(Kind::Call, action, c.process, tr("%1 %2 prio %3").arg(call, quoted(m.data)).arg(m.priority), true);
                      },
                      [&](const MqReceiveAction&) {
                        return entry(Kind::Reply, action, c.process,
                                     tr("%1 → %2 prio %3").arg(call, quotedData).arg(c.priorityOrType.value_or(0)), false);
                      },
                      [&](const MsgSendAction& m) {
                        if (c.woken) return entry(Kind::Reply, action, c.process, tr("%1 returns").arg(call), false);
                        return entry(Kind::Call, action, c.process, tr("%1 %2 type %3").arg(call, quoted(m.data)).arg(m.type), true);
                      },
                      [&](const MsgReceiveAction&) {
                        return entry(Kind::Reply, action, c.process,
                                     tr("%1 → %2 type %3").arg(call, quotedData).arg(c.priorityOrType.value_or(0)), false);
                      },
                      [&](const SemAction&) {
                        if (c.woken) return entry(Kind::Reply, action, c.process, tr("%1 returns").arg(call), false);
                        return entry(Kind::Call, action, c.process, call, true);
                      },
                      [&](const LoadAction& l) {
                        const QString reg = QString::fromStdString(setup.processes[c.process].registers[l.into]);
                        return entry(Kind::Reply, action, c.process, QStringLiteral("%1 → %2 = %3").arg(call, reg).arg(c.returned), false);
                      },
                      [&](const AddAction& a) {
                        const QString reg = QString::fromStdString(setup.processes[c.process].registers[a.reg]);
                        return entry(Kind::Note, action, c.process, QStringLiteral("%1 += %2 → %3").arg(reg).arg(a.value).arg(c.returned), false);
                      },
                      [&](const StoreAction& s) {
                        const QString reg = QString::fromStdString(setup.processes[c.process].registers[s.from]);
                        return entry(Kind::Call, action, c.process, QStringLiteral("%1 ← %2 (%3)").arg(call, reg).arg(c.returned), true);
                      },
                      [&](const auto&) { return entry(Kind::Call, action, c.process, call, true); }},
                  action);
              actorShown |= c.process == op.process;
              row.entries.push_back(std::move(e));
            },
            [&](const CallBlocked& b) {
              const Action& action = callOf(b.process);
              QString label = tr("%1: blocks").arg(callText(setup, action));
              if (const auto* w = std::get_if<WriteAction>(&action)) {
                const std::uint64_t done = after.processes[b.process].write.done;
                label = done > 0 ? tr("%1 %2: %3 of %4 in, blocks").arg(callText(setup, action), quoted(w->data)).arg(done).arg(w->data.size())
                                 : tr("%1 %2 (%3): blocks").arg(callText(setup, action), quoted(w->data)).arg(w->data.size());
              } else if (const auto* m = std::get_if<MqSendAction>(&action)) {
                label = tr("%1 %2: blocks").arg(callText(setup, action), quoted(m->data));
              } else if (const auto* m = std::get_if<MsgSendAction>(&action)) {
                label = tr("%1 %2: blocks").arg(callText(setup, action), quoted(m->data));
              }
              SequenceEntry e = entry(Kind::Blocked, action, b.process, label, true);
              e.to = SequenceColumn::object(b.object);
              actorShown |= b.process == op.process;
              row.entries.push_back(std::move(e));
            },
            [&](const CallFailed& f) {
              const Action& action = callOf(f.process);
              const QString label = QStringLiteral("%1: %2").arg(callText(setup, action), QString::fromLatin1(errnoName(f.error)));
              actorShown |= f.process == op.process;
              row.entries.push_back(entry(Kind::Failed, action, f.process, label, true));
            },
            [&](const SigpipeSent& s) {
              // A fatal one ends the write: no errno returns, so the write is drawn here.
              const Action& action = callOf(s.process);
              if (const auto* w = std::get_if<WriteAction>(&action); w && s.fatal)
                row.entries.push_back(entry(Kind::Failed, action, s.process, tr("%1 %2: no reader").arg(callText(setup, action), quoted(w->data)), true));
              SequenceEntry e = entry(Kind::Signal, callOf(s.process), s.process, QStringLiteral("SIGPIPE"), false);
              actorShown |= s.process == op.process;
              row.entries.push_back(std::move(e));
            },
            [&](const ProcessExited& x) {
              SequenceEntry e;
              e.kind = Kind::Exit;
              e.process = x.process;
              e.from = e.to = SequenceColumn::process(x.process);
              e.fatal = x.killed;
              e.label = x.killed ? tr("killed") : tr("exit");
              actorShown |= x.process == op.process;
              row.entries.push_back(std::move(e));
            },
            [&](const Deadlocked& d) {
              QStringList waits;
              for (ProcessId p = 0; p < d.waitsFor.size(); ++p) {
                if (d.waitsFor[p].empty()) continue;
                QStringList whom;
                for (ProcessId q : d.waitsFor[p]) whom << name(setup, q);
                waits << tr("%1 waits for %2").arg(name(setup, p), whom.join(QStringLiteral(", ")));
              }
              QString text = tr("Deadlock: every live process is blocked.");
              if (d.cycle && !d.cycle->empty()) {
                QStringList cycle;
                for (ProcessId p : *d.cycle) cycle << name(setup, p);
                cycle << name(setup, d.cycle->front());
                text += QLatin1Char(' ') + tr("Cycle: %1.").arg(cycle.join(QStringLiteral(" → ")));
              } else if (!waits.isEmpty()) {
                text += QLatin1Char(' ') + tr("%1; no cycle.").arg(waits.join(QStringLiteral("; ")));
              }
              row.deadlock = text;
            }},
        event);
  }
  // A step of a longer compute, or anything else that said nothing of the actor: a note.
  if (!actorShown) {
    const Action& action = callOf(op.process);
    SequenceEntry e;
    e.kind = Kind::Note;
    e.process = op.process;
    e.from = e.to = SequenceColumn::process(op.process);
    e.label = callText(setup, action);
    row.entries.insert(row.entries.begin(), std::move(e));
  }
  return row;
}

std::vector<const SequenceRow*> SequenceRows::rows(std::size_t first, std::size_t last) {
  const auto& timeline = m_simulation.timeline();
  last = std::min(last, timeline.size());
  first = std::max<std::size_t>(first, 1);
  std::vector<const SequenceRow*> out;
  if (first > last) return out;
  std::size_t missing = first;
  while (missing <= last && m_rows.contains(missing)) ++missing;
  if (missing <= last) {
    if (m_rows.size() + (last - missing + 1) > kMaxKept) {
      m_rows.clear();
      missing = first;
    }
    // One replay from the nearest checkpoint: the state before the first missing row, then each
    // step with its events recorded.
    IpcState state = timeline.stateAt(missing - 1);
    std::vector<std::size_t> pcBefore(state.processes.size());
    for (std::size_t step = missing; step <= last; ++step) {
      for (std::size_t p = 0; p < state.processes.size(); ++p) pcBefore[p] = state.processes[p].pc;
      engine::EventLog<IpcEvent> log(true);
      const IpcStep& op = timeline.ops()[step - 1];
      IpcModel::step(state, op, log);
      if (!m_rows.contains(step)) m_rows.emplace(step, SequenceRowBuilder::build(step, pcBefore, state, op, log.events()));
    }
  }
  out.reserve(last - first + 1);
  for (std::size_t step = first; step <= last; ++step) out.push_back(&m_rows.at(step));
  return out;
}

std::vector<RunState> SequenceRows::runAfter(std::size_t step) {
  if (step == 0 || m_simulation.timeline().size() == 0) {
    std::vector<RunState> out;
    for (const ProcessState& p : m_simulation.timeline().initialState().processes) out.push_back(p.run);
    return out;
  }
  return row(step).runAfter;
}

}  // namespace oslens::views

#include "views/ipc/ipc_beats.h"

#include "engine/core/overloaded.h"
#include "views/ipc/ipc_narrator.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
QString shortText(const std::string& data) {
  QString text = QString::fromStdString(data);
  return text.size() > 10 ? text.left(9) + QChar(0x2026) : text;
}
}  // namespace

std::vector<IpcFlight> ipcFlights(const IpcState& before, const std::vector<IpcEvent>& events, const IpcState& after) {
  std::vector<IpcFlight> out;
  const IpcSetup& setup = *after.setup;
  std::optional<ProcessId> actor;
  std::optional<std::size_t> actorPc;
  for (const auto& e : events)
    if (const auto* ran = std::get_if<ActionRan>(&e)) actor = ran->process, actorPc = ran->pc;
  const auto actionAt = [&](ProcessId p, std::size_t pc) -> const Action* {
    const auto& program = setup.processes[p].program;
    return pc < program.size() ? &program[pc] : nullptr;
  };
  // A write that blocked part way: the bytes it put in before it blocked.
  for (const auto& e : events)
    if (const auto* b = std::get_if<CallBlocked>(&e); b && actor && b->process == *actor) {
      const Action* a = actionAt(b->process, *actorPc);
      if (const auto* w = a ? std::get_if<WriteAction>(a) : nullptr) {
        const auto from = before.processes[b->process].write.done, to = after.processes[b->process].write.done;
        if (to > from) out.push_back({b->process, w->pipe, true, shortText(w->data.substr(from, to - from))});
      }
    }
  for (const auto& e : events) {
    const auto* c = std::get_if<CallCompleted>(&e);
    if (!c) continue;
    const Action* a = actionAt(c->process, c->pc);
    if (!a) continue;
    const ProcessId p = c->process;
    std::visit(engine::Overloaded{
                   [&](const WriteAction& w) {
                     const std::uint64_t from = c->woken ? before.processes[p].write.done : 0;
                     const auto to = static_cast<std::uint64_t>(std::max<std::int64_t>(c->returned, 0));
                     if (to > from && to <= w.data.size()) out.push_back({p, w.pipe, true, shortText(w.data.substr(from, to - from))});
                   },
                   [&](const ReadAction& r) {
                     if (!c->data.empty()) out.push_back({p, r.pipe, false, shortText(c->data)});
                   },
                   [&](const MqSendAction& m) { out.push_back({p, m.queue, true, QStringLiteral("%1 · %2").arg(m.priority).arg(shortText(m.data))}); },
                   [&](const MqReceiveAction& m) {
                     out.push_back({p, m.queue, false, QStringLiteral("%1 · %2").arg(c->priorityOrType.value_or(0)).arg(shortText(c->data))});
                   },
                   [&](const MsgSendAction& m) { out.push_back({p, m.queue, true, QStringLiteral("%1 · %2").arg(m.type).arg(shortText(m.data))}); },
                   [&](const MsgReceiveAction& m) {
                     out.push_back({p, m.queue, false, QStringLiteral("%1 · %2").arg(c->priorityOrType.value_or(0)).arg(shortText(c->data))});
                   },
                   [&](const SemAction& s) {
                     // A unit: into the semaphore with a post, out of it to a wait that goes on.
                     if (s.op == SemOp::Post) out.push_back({p, s.semaphore, true, QStringLiteral("+1")});
                     else out.push_back({p, s.semaphore, false, QStringLiteral("1")});
                   },
                   [&](const LoadAction& l) {
                     out.push_back({p, l.shm, false, QStringLiteral("%1").arg(c->returned)});
                   },
                   [&](const StoreAction& st) { out.push_back({p, st.shm, true, QStringLiteral("%1").arg(c->returned)}); },
                   [&](const auto&) {}},
               *a);
  }
  return out;
}

std::vector<IpcBeat> ipcBeats(const IpcState& before, const IpcStep& op, const std::vector<IpcEvent>& events, const IpcState& after) {
  std::vector<IpcBeat> out;
  std::optional<std::size_t> pc;
  for (const auto& e : events)
    if (const auto* ran = std::get_if<ActionRan>(&e)) pc = ran->pc;
  IpcBeat lit{&before, &before, op.process, pc, &events, false, std::nullopt};
  out.push_back(lit);
  for (IpcFlight& flight : ipcFlights(before, events, after)) {
    IpcBeat b = lit;
    b.flight = std::move(flight);
    out.push_back(b);
  }
  out.push_back(IpcBeat{&after, &before, op.process, pc, &events, true, std::nullopt});
  return out;
}

IpcBeat ipcRest(const IpcState& state, const IpcState* before, const IpcStep* op, const std::vector<IpcEvent>& events) {
  IpcBeat b{&state, before, std::nullopt, std::nullopt, &events, op != nullptr, std::nullopt};
  if (!op) return b;
  b.actor = op->process;
  for (const auto& e : events)
    if (const auto* ran = std::get_if<ActionRan>(&e)) b.ranPc = ran->pc;
  return b;
}

}  // namespace oslens::views

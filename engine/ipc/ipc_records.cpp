#include "engine/ipc/ipc_records.h"

#include "engine/core/overloaded.h"

namespace oslens::engine::ipc {

namespace {
const std::string& registerName(const IpcSetup& setup, ProcessId p, RegisterId r) { return setup.processes[p].registers[r]; }

// {"key": {fields...}}: an action whose value is an object.
template <class Fields>
void writeCall(JsonOut& out, std::string_view key, Fields fields) {
  out.beginObject();
  out.key(key);
  out.beginObject();
  fields();
  out.endObject();
  out.endObject();
}

const Action* actionAt(const IpcSetup& setup, ProcessId p, std::size_t pc) {
  const auto& program = setup.processes[p].program;
  return pc < program.size() ? &program[pc] : nullptr;
}

// What a finished call returned, as the record shows it: a count, or for a receive the message.
void writeReturned(JsonOut& out, const IpcSetup& setup, const CallCompleted& c) {
  const Action* action = actionAt(setup, c.process, c.pc);
  const bool posix = action && std::holds_alternative<MqReceiveAction>(*action);
  const bool sysv = action && std::holds_alternative<MsgReceiveAction>(*action);
  if ((!posix && !sysv) || !c.priorityOrType) return out.value(c.returned);
  out.beginObject();
  if (sysv) out.field("type", *c.priorityOrType);
  out.field("data", c.data);
  if (posix) out.field("priority", *c.priorityOrType);
  out.endObject();
}

void writeWaiting(JsonOut& out, const IpcSetup& setup, const auto& waiting) {
  out.key("waiting");
  out.beginArray();
  for (ProcessId p : waiting) out.value(setup.processes[p].name);
  out.endArray();
}

void writeObjects(JsonOut& out, const IpcState& s) {
  const IpcSetup& setup = *s.setup;
  out.beginObject();
  for (ObjectId o = 0; o < s.objects.size(); ++o) {
    out.key(objectName(setup.objects[o]));
    out.beginObject();
    std::visit(Overloaded{[&](const PipeObject& x) {
                            out.field("buffered", x.ring.buffered());
                            out.field("capacity", x.ring.capacity());
                            if (x.ring.geometry().model == PipeModel::Linux) {
                              out.field("slots_used", x.ring.slotsUsed());
                              out.field("slots", x.ring.slotCount());
                            }
                            if (x.ring.buffered() <= kMaxShownPipeBytes) out.field("data", x.ring.contents());
                            else out.field("data", nullptr);
                            writeWaiting(out, setup, x.waiting);
                          },
                          [&](const PosixQueueObject& x) {
                            out.key("messages");
                            out.beginArray();
                            for (const PosixMessage& m : x.queue.messages()) {
                              out.beginObject();
                              out.field("data", m.data);
                              out.field("priority", m.priority);
                              out.endObject();
                            }
                            out.endArray();
                            out.field("max_messages", x.queue.maxMessages());
                            out.field("message_size", x.queue.messageSize());
                            writeWaiting(out, setup, x.waiting);
                          },
                          [&](const SysvQueueObject& x) {
                            out.key("messages");
                            out.beginArray();
                            for (const SysvMessage& m : x.queue.messages()) {
                              out.beginObject();
                              out.field("type", m.type);
                              out.field("data", m.data);
                              out.endObject();
                            }
                            out.endArray();
                            out.field("bytes", x.queue.bytes());
                            out.field("max_bytes", x.queue.maxBytes());
                            writeWaiting(out, setup, x.waiting);
                          },
                          [&](const SemaphoreObject& x) {
                            out.field("value", x.semaphore.value());
                            writeWaiting(out, setup, x.semaphore.waiting());
                          },
                          [&](const SharedMemoryObject& x) { out.field("cells", x.cells); }},
               s.objects[o]);
    out.endObject();
  }
  out.endObject();
}

void writeStates(JsonOut& out, const IpcState& s, std::optional<ProcessId> ran) {
  out.beginObject();
  for (ProcessId p = 0; p < s.processes.size(); ++p) out.field(s.setup->processes[p].name, processStateName(s, p, ran));
  out.endObject();
}
}  // namespace

std::string_view processStateName(const IpcState& s, ProcessId p, std::optional<ProcessId> ran) {
  switch (s.processes[p].run) {
    case RunState::Blocked: return "blocked";
    case RunState::Exited: return "exited";
    case RunState::Ready: return ran == p ? "running" : "ready";
  }
  return "ready";
}

void writeActionJson(const IpcSetup& setup, ProcessId p, const Action& action, JsonOut& out) {
  const auto name = [&](ObjectId o) -> const std::string& { return objectName(setup.objects[o]); };
  std::visit(
      Overloaded{[&](const WriteAction& w) {
                   writeCall(out, "write", [&] {
                     out.field("pipe", name(w.pipe));
                     out.field("data", w.data);
                     if (w.nonblock) out.field("nonblock", true);
                   });
                 },
                 [&](const ReadAction& r) {
                   writeCall(out, "read", [&] {
                     out.field("pipe", name(r.pipe));
                     out.field("bytes", r.bytes);
                     if (r.nonblock) out.field("nonblock", true);
                   });
                 },
                 [&](const CloseAction& c) {
                   writeCall(out, "close", [&] {
                     out.field("pipe", name(c.pipe));
                     out.field("end", c.end == PipeEnd::Read ? "read" : "write");
                   });
                 },
                 [&](const SetSizeAction& z) {
                   writeCall(out, "set_size", [&] {
                     out.field("pipe", name(z.pipe));
                     out.field("bytes", z.bytes);
                   });
                 },
                 [&](const OpenAction& o) {
                   writeCall(out, "open", [&] {
                     out.field("fifo", name(o.fifo));
                     out.field("mode", o.end == PipeEnd::Read ? "r" : "w");
                     if (o.nonblock) out.field("nonblock", true);
                   });
                 },
                 [&](const MqSendAction& m) {
                   writeCall(out, "mq_send", [&] {
                     out.field("queue", name(m.queue));
                     out.field("data", m.data);
                     out.field("priority", m.priority);
                     if (m.nonblock) out.field("nonblock", true);
                   });
                 },
                 [&](const MqReceiveAction& m) {
                   writeCall(out, "mq_receive", [&] {
                     out.field("queue", name(m.queue));
                     out.field("buffer", m.buffer);
                     if (m.nonblock) out.field("nonblock", true);
                   });
                 },
                 [&](const MsgSendAction& m) {
                   writeCall(out, "msgsnd", [&] {
                     out.field("queue", name(m.queue));
                     out.field("type", m.type);
                     out.field("data", m.data);
                     if (m.nowait) out.field("nowait", true);
                   });
                 },
                 [&](const MsgReceiveAction& m) {
                   writeCall(out, "msgrcv", [&] {
                     out.field("queue", name(m.queue));
                     out.field("type", m.type);
                     if (m.except) out.field("except", true);
                     if (m.nowait) out.field("nowait", true);
                   });
                 },
                 [&](const SemAction& a) {
                   constexpr std::string_view kKeys[] = {"sem_wait", "sem_trywait", "sem_post"};
                   out.beginObject();
                   out.field(kKeys[static_cast<int>(a.op)], name(a.semaphore));
                   out.endObject();
                 },
                 [&](const LoadAction& l) {
                   writeCall(out, "load", [&] {
                     out.field("shm", name(l.shm));
                     out.field("offset", l.offset);
                     out.field("into", registerName(setup, p, l.into));
                   });
                 },
                 [&](const AddAction& a) {
                   writeCall(out, "add", [&] {
                     out.field("reg", registerName(setup, p, a.reg));
                     out.field("value", a.value);
                   });
                 },
                 [&](const StoreAction& st) {
                   writeCall(out, "store", [&] {
                     out.field("shm", name(st.shm));
                     out.field("offset", st.offset);
                     out.field("from", registerName(setup, p, st.from));
                   });
                 },
                 [&](const ComputeAction& c) {
                   out.beginObject();
                   out.field("compute", c.steps);
                   out.endObject();
                 },
                 [&](const ExitAction&) {
                   out.beginObject();
                   out.field("exit", true);
                   out.endObject();
                 }},
      action);
}

void IpcReportingModel::writeOp(const State& s, const Op& op, JsonOut& out) {
  out.beginObject();
  out.field("process", s.setup->processes[op.process].name);
  if (!op.skipped.empty())
    out.field("skipped", jsonArrayOf(op.skipped, [&](ProcessId p) -> const std::string& { return s.setup->processes[p].name; }));
  out.endObject();
}

void IpcReportingModel::writeRecordFields(const State& s, const Op& op, const std::vector<Event>& events, JsonOut& out) {
  const IpcSetup& setup = *s.setup;
  const ProcessId p = op.process;
  out.field("process", setup.processes[p].name);
  std::optional<std::size_t> pc;
  std::string_view result = "ok";
  const CallCompleted* own = nullptr;
  bool failed = false, blocked = false;
  for (const Event& e : events) {
    if (const auto* ran = std::get_if<ActionRan>(&e); ran && ran->process == p) pc = ran->pc;
    else if (const auto* c = std::get_if<CallCompleted>(&e); c && c->process == p && !c->woken) own = c;
    else if (const auto* b = std::get_if<CallBlocked>(&e); b && b->process == p) blocked = true, result = "blocked";
    else if (const auto* f = std::get_if<CallFailed>(&e); f && f->process == p) failed = true, result = errnoName(f->error);
    // Killed by SIGPIPE: the write never returns, but it is the EPIPE case of pipe(7).
    else if (const auto* sig = std::get_if<SigpipeSent>(&e); sig && sig->process == p && sig->fatal) failed = true, result = "EPIPE";
  }
  out.key("action");
  if (const Action* action = pc ? actionAt(setup, p, *pc) : nullptr) writeActionJson(setup, p, *action, out);
  else out.null();
  out.field("result", result);
  out.key("returned");
  if (failed) out.value(-1);
  else if (own && !blocked) writeReturned(out, setup, *own);
  else out.null();
  out.key("completions");
  out.beginObject();
  for (const Event& e : events)
    if (const auto* c = std::get_if<CallCompleted>(&e); c && c->woken) {
      out.key(setup.processes[c->process].name);
      writeReturned(out, setup, *c);
    }
  out.endObject();
  out.key("signals");
  out.beginObject();
  for (const Event& e : events)
    if (const auto* sig = std::get_if<SigpipeSent>(&e)) out.field(setup.processes[sig->process].name, "SIGPIPE");
  out.endObject();
  out.key("blocked");
  out.beginArray();
  for (ProcessId q = 0; q < s.processes.size(); ++q)
    if (s.processes[q].run == RunState::Blocked) out.value(setup.processes[q].name);
  out.endArray();
  out.field("deadlock", s.deadlock);
  out.key("states");
  writeStates(out, s, p);
  out.key("objects");
  writeObjects(out, s);
}

OutputJson IpcReportingModel::summaryJson(const State& s) {
  JsonDocumentBuilder document;
  JsonOut& out = document;
  out.beginObject();
  out.field("steps", s.step);
  out.field("deadlock", s.deadlock);
  out.key("states");
  writeStates(out, s, std::nullopt);
  out.key("objects");
  writeObjects(out, s);
  out.key("processes");
  out.beginObject();
  for (ProcessId p = 0; p < s.processes.size(); ++p) {
    const ProcessState& ps = s.processes[p];
    out.key(s.setup->processes[p].name);
    out.beginObject();
    out.field("bytes_written", ps.bytesWritten);
    out.field("bytes_read", ps.bytesRead);
    out.field("blocked_steps", ps.blockedSteps);
    out.field("killed", ps.killed);
    out.endObject();
  }
  out.endObject();
  out.endObject();
  return std::move(document.result());
}

}  // namespace oslens::engine::ipc

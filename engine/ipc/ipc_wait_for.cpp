#include "engine/ipc/ipc_wait_for.h"

#include <algorithm>

#include "engine/core/overloaded.h"
#include "engine/deadlock/graph/resource_graph.h"

namespace oslens::engine::ipc {

namespace {
// Whether program `spec` has an action `matches` accepts.
template <class Matches>
bool programHas(const ProcessSpec& spec, Matches matches) {
  return std::any_of(spec.program.begin(), spec.program.end(), [&](const Action& a) { return matches(a); });
}

// The live processes (other than p) for which `can` holds.
template <class Can>
std::vector<ProcessId> liveWhere(const IpcState& s, ProcessId p, Can can) {
  std::vector<ProcessId> out;
  for (ProcessId q = 0; q < s.processes.size(); ++q)
    if (q != p && s.processes[q].run != RunState::Exited && can(q)) out.push_back(q);
  return out;
}

std::vector<ProcessId> partnersOf(const IpcState& s, ProcessId p) {
  const Action* action = s.currentAction(p);
  if (!action) return {};
  const auto& specs = s.setup->processes;
  const auto sends = [&](ObjectId queue, bool posix) {
    return liveWhere(s, p, [&](ProcessId q) {
      return programHas(specs[q], [&](const Action& a) {
        if (posix) return std::holds_alternative<MqSendAction>(a) && std::get<MqSendAction>(a).queue == queue;
        return std::holds_alternative<MsgSendAction>(a) && std::get<MsgSendAction>(a).queue == queue;
      });
    });
  };
  const auto receives = [&](ObjectId queue, bool posix) {
    return liveWhere(s, p, [&](ProcessId q) {
      return programHas(specs[q], [&](const Action& a) {
        if (posix) return std::holds_alternative<MqReceiveAction>(a) && std::get<MqReceiveAction>(a).queue == queue;
        return std::holds_alternative<MsgReceiveAction>(a) && std::get<MsgReceiveAction>(a).queue == queue;
      });
    });
  };
  const auto holders = [&](ObjectId pipe, PipeEnd end) {
    const auto& o = std::get<PipeObject>(s.objects[pipe]);
    const auto& ends = end == PipeEnd::Read ? o.readEnd : o.writeEnd;
    return liveWhere(s, p, [&](ProcessId q) {
      // A FIFO's end is also held by whoever will open it.
      return ends[q] || programHas(specs[q], [&](const Action& a) {
               const auto* open = std::get_if<OpenAction>(&a);
               return open && open->fifo == pipe && open->end == end;
             });
    });
  };
  return std::visit(
      Overloaded{[&](const ReadAction& r) { return holders(r.pipe, PipeEnd::Write); },
                 [&](const WriteAction& w) { return holders(w.pipe, PipeEnd::Read); },
                 [&](const OpenAction& o) { return holders(o.fifo, o.end == PipeEnd::Read ? PipeEnd::Write : PipeEnd::Read); },
                 [&](const MqReceiveAction& m) { return sends(m.queue, true); },
                 [&](const MqSendAction& m) { return receives(m.queue, true); },
                 [&](const MsgReceiveAction& m) { return sends(m.queue, false); },
                 [&](const MsgSendAction& m) { return receives(m.queue, false); },
                 [&](const SemAction& w) {
                   return liveWhere(s, p, [&](ProcessId q) {
                     return programHas(specs[q], [&](const Action& a) {
                       const auto* sem = std::get_if<SemAction>(&a);
                       return sem && sem->semaphore == w.semaphore && sem->op == SemOp::Post;
                     });
                   });
                 },
                 [](const auto&) { return std::vector<ProcessId>{}; }},
      *action);
}
}  // namespace

WaitFor waitForGraph(const IpcState& s) {
  WaitFor out;
  out.waitsFor.resize(s.processes.size());
  deadlock::DirectedGraph graph(s.processes.size());
  for (ProcessId p = 0; p < s.processes.size(); ++p) {
    if (s.processes[p].run != RunState::Blocked) continue;
    out.waitsFor[p] = partnersOf(s, p);
    for (ProcessId q : out.waitsFor[p]) boost::add_edge(p, q, graph);
  }
  if (const auto cycle = deadlock::findCycle(graph))
    out.cycle = std::vector<ProcessId>(cycle->begin(), cycle->end());
  return out;
}

}  // namespace oslens::engine::ipc

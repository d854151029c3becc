#pragma once

#include <string>

#include "engine/core/event_json.h"
#include "engine/core/json_reader.h"
#include "engine/ipc/ipc_model.h"

namespace oslens::engine::ipc {

// What the IPC events' describe() names: processes and objects, as the scenario spells them.
struct IpcJsonNames {
  const IpcSetup& setup;
  const std::string& process(ProcessId p) const { return setup.processes[p].name; }
  const std::string& object(ObjectId o) const { return objectName(setup.objects[o]); }
};

// The IPC model plus its JSON (docs/scenarios.md, "Module `ipc`"; the names are a public
// interface, the issue's). Op: {"process": NAME} (and "skipped": [NAMES] when an explicit
// schedule passed over blocked or ended processes). Step records: `process`, `action`, `result`
// ("ok", "blocked" or the errno's name), `returned`, `completions`, `signals`, `blocked`,
// `deadlock`, `states`, `objects`. Summary: `steps`, `deadlock`, `states`, `objects`, and per
// process `bytes_written`, `bytes_read`, `blocked_steps` under `processes`.
struct IpcReportingModel : IpcModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static IpcJsonNames jsonNames(const State& state) { return {*state.setup}; }
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

// The action as the scenario writes it ({"write": {"pipe": "p", "data": "hello"}}), by name.
void writeActionJson(const IpcSetup& setup, ProcessId process, const Action& action, JsonOut& out);

// "ready", "running" (the process that ran this step, still able to run), "blocked", "exited".
std::string_view processStateName(const IpcState& state, ProcessId p, std::optional<ProcessId> ran);

// A pipe's bytes are shown as text while there are at most this many (the issue's `data`).
inline constexpr std::uint64_t kMaxShownPipeBytes = 256;

}  // namespace oslens::engine::ipc

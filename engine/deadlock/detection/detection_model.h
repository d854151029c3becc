#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/deadlock/common/process_vector_op.h"
#include "engine/deadlock/common/scan_order.h"
#include "engine/deadlock/detection/detection_events.h"

namespace oslens::engine::deadlock::detection {

// What does not change during a run, shared by every copy of the state.
struct DetectionSetup {
  std::vector<ResourceType> resources;
  std::vector<std::string> processes;  // names, by ProcessId
  ScanOrder order = ScanOrder::Wrap;

  RagVertices vertices() const { return {processes.size(), resources.size()}; }
  const std::string& vertexName(VertexId v) const;
};

using deadlock::ReleaseOp;
using deadlock::RequestOp;
struct DetectOp {};
// {"abort": NAME} (rule Named) or {"abort": {"rule": ...}} (process chosen when the step runs).
struct AbortOp {
  ProcessId process = kNoProcess;
  VictimRule rule = VictimRule::Named;
};
using deadlock::PreemptOp;
using DetectionOp = std::variant<RequestOp, ReleaseOp, DetectOp, AbortOp, PreemptOp>;

// What one run of the detection algorithm found.
struct DetectionReport {
  std::vector<ProcessId> deadlocked;  // Finish[i] still false (Silberschatz 10e 8.7.2 step 4)
  std::vector<ProcessId> sequence;    // the order the others could finish in
  std::optional<std::vector<VertexId>> cycle;          // in the resource-allocation graph
  std::optional<std::vector<ProcessId>> waitForCycle;  // in the wait-for graph
  bool singleInstance = false;  // every resource on `cycle` has one instance
  bool operator==(const DetectionReport&) const = default;
};

enum class ProcessStatus : std::uint8_t { Running, Waiting, Aborted };
const char* processStatusName(ProcessStatus status);

struct DetectionState {
  std::shared_ptr<const DetectionSetup> setup;
  CountMatrix allocation;
  CountMatrix request;  // what each blocked process waits for
  ResourceVector available;
  std::vector<bool> aborted;
  // What the last step did, for its record.
  std::optional<bool> lastGranted;  // a request: given at once (true) or waiting (false)
  std::optional<RefusalReason> lastRefusal;
  std::optional<ProcessId> lastVictim;
  std::optional<DetectionReport> lastReport;  // a detect step
  std::uint64_t steps = 0;

  std::size_t processCount() const { return setup->processes.size(); }
  const std::string& processName(ProcessId p) const { return setup->processes[p]; }
  ProcessStatus status(ProcessId p) const;

  // Member by member (shared setups by identity): what seek == replay is checked with.
  bool operator==(const DetectionState&) const = default;
};

// Deadlock detection with several instances per resource type (Silberschatz 10e 8.7.2), the
// resource-allocation and wait-for graphs with their cycles (8.3.1, 8.7.1), and recovery by
// termination or preemption (8.8). docs/scenarios.md, module "deadlock".
struct DetectionModel {
  using State = DetectionState;
  using Op = DetectionOp;
  using Event = DetectionEvent;

  static State initialState(std::shared_ptr<const DetectionSetup> setup, CountMatrix allocation, CountMatrix request);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  // allocation + available == total; counts >= 0; allocation + request <= total per process;
  // an aborted process holds and waits for nothing.
  static std::vector<std::string> checkInvariants(const State& state);

  // The detection algorithm and the graphs' cycles on the state, with the events when `log` records.
  static DetectionReport detect(const State& state, EventLog<Event>& log);
};

}  // namespace oslens::engine::deadlock::detection

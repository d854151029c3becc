#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/deadlock/common/release_event.h"
#include "engine/deadlock/common/scan_events.h"
#include "engine/deadlock/graph/resource_graph.h"

// What happened in one step of the detection module, in order (Silberschatz 10e 8.7 and 8.8).
// In the JSON (engine/core/event_json.h) processes, resources and graph vertices are named by
// DetectionJsonNames.
namespace oslens::engine::deadlock::detection {

// A request that fits what is available is given at once.
struct RequestGranted {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector available;  // after
  static constexpr std::string_view kJsonType = "granted";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("available", available);
  }
  bool operator==(const RequestGranted&) const = default;
};

// A request that does not fit: the process blocks, the vector joins its Request row (a request
// edge in the graph). `exceeds`: the first resource short.
struct RequestWaits {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector available;
  ResourceId exceeds = 0;
  static constexpr std::string_view kJsonType = "waits";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("available", available);
    out.field("short_of", names.resource(exceeds));
  }
  bool operator==(const RequestWaits&) const = default;
};

// An op that cannot apply; nothing changes.
enum class RefusalReason : std::uint8_t {
  Blocked,           // request or release: the process is waiting, so it cannot run to do either
  Aborted,           // any op on a process aborted earlier
  AboveTotal,        // request: more than the system has beside what the process holds
  AboveAllocation,   // release or preempt: more than the process holds
  NobodyDeadlocked,  // abort by a rule: there is no deadlocked process to choose from
};
const char* refusalReasonName(RefusalReason reason);

struct Refused {
  ProcessId process = kNoProcess;  // none for NobodyDeadlocked
  ResourceVector vector;
  RefusalReason reason = RefusalReason::Blocked;
  std::optional<ResourceId> resource;  // the one over the limit
  static constexpr std::string_view kJsonType = "refused";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("reason", refusalReasonName(reason));
    out.field("resource", names.resource(resource));
  }
  bool operator==(const Refused&) const = default;
};

// A blocked process whose whole pending request now fits gets it and runs again (after a
// release, an abort or a preemption), in process order.
struct WaiterGranted {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector available;  // after
  static constexpr std::string_view kJsonType = "waiter_granted";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("available", available);
  }
  bool operator==(const WaiterGranted&) const = default;
};

// How an abort's victim was chosen (Silberschatz 10e 8.8.1 lists the costs a system weighs).
enum class VictimRule : std::uint8_t {
  Named,        // the scenario names the process
  MostHeld,     // the deadlocked process holding the most instances: frees the most
  FewestHeld,   // the deadlocked process holding the fewest: the least work lost
  LowestIndex,  // the first deadlocked process in the table
};
const std::vector<std::string>& victimRuleNames();  // the rules an op may name (not Named)
const char* victimRuleName(VictimRule rule);
std::optional<VictimRule> victimRuleFromName(std::string_view name);

// Process termination (8.8.1): everything it holds is freed, its request is dropped.
struct Aborted {
  ProcessId process = kNoProcess;
  VictimRule rule = VictimRule::Named;
  std::vector<ProcessId> deadlocked;  // the candidates, for a rule
  ResourceVector freed;
  ResourceVector available;  // after
  static constexpr std::string_view kJsonType = "aborted";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("rule", victimRuleName(rule));
    out.field("candidates", names.processList(deadlocked));
    out.field("freed", freed);
    out.field("available", available);
  }
  bool operator==(const Aborted&) const = default;
};

// Resource preemption (8.8.2): `vector` is taken from the victim, which is rolled back and must
// ask for it again (its Request grows by it); the others may get it first.
struct Preempted {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector available;  // after
  static constexpr std::string_view kJsonType = "preempted";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("available", available);
  }
  bool operator==(const Preempted&) const = default;
};

// detect: after the scan events, the cycle search in the resource-allocation graph and in the
// wait-for graph, then the verdict.
struct DetectionStart {
  static constexpr std::string_view kJsonType = "detection";
  void describe(JsonOut&) const {}
  bool operator==(const DetectionStart&) const = default;
};
struct GraphCycle {
  std::optional<std::vector<VertexId>> cycle;          // in the resource-allocation graph
  std::optional<std::vector<ProcessId>> waitForCycle;  // in the wait-for graph
  bool singleInstance = false;  // every resource on the cycle has one instance: the cycle is a deadlock
  static constexpr std::string_view kJsonType = "cycle";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.key("cycle");
    if (cycle) out.value(names.vertices(*cycle));
    else out.null();
    out.key("wait_for_cycle");
    if (waitForCycle) out.value(names.processList(*waitForCycle));
    else out.null();
    out.field("single_instance", singleInstance);
  }
  bool operator==(const GraphCycle&) const = default;
};
struct Deadlocked {
  std::vector<ProcessId> processes;  // empty: no deadlock
  static constexpr std::string_view kJsonType = "deadlocked";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("processes", names.processList(processes));
  }
  bool operator==(const Deadlocked&) const = default;
};

using DetectionEvent = std::variant<RequestGranted, RequestWaits, Refused, Released, WaiterGranted, Aborted, Preempted,
                                    DetectionStart, ScanBegin, ScanExamine, ScanFinish, ScanEnd, GraphCycle, Deadlocked>;

}  // namespace oslens::engine::deadlock::detection

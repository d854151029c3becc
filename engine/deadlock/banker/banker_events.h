#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/deadlock/common/release_event.h"
#include "engine/deadlock/common/scan_events.h"

// What happened in one step of the banker's algorithm, in order: enough for the matrices view to
// highlight each comparison and for the narration to say why (Silberschatz 10e 8.6.3). In the
// JSON (engine/core/event_json.h) processes and resources are named by DeadlockNames.
namespace oslens::engine::deadlock::banker {

// Resource-request algorithm, step 1: is Request_i <= Need_i? Otherwise the process has
// exceeded its maximum claim (an error, nothing changes).
struct ClaimCheck {
  ProcessId process = kNoProcess;
  ResourceVector request;
  ResourceVector need;
  std::optional<ResourceId> exceeds;
  static constexpr std::string_view kJsonType = "claim_check";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("request", request);
    out.field("need", need);
    out.field("ok", !exceeds);
    out.field("exceeds", names.resource(exceeds));
  }
  bool operator==(const ClaimCheck&) const = default;
};

// Step 2: is Request_i <= Available? Otherwise the process must wait.
struct AvailableCheck {
  ProcessId process = kNoProcess;
  ResourceVector request;
  ResourceVector available;
  std::optional<ResourceId> exceeds;
  static constexpr std::string_view kJsonType = "available_check";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("request", request);
    out.field("available", available);
    out.field("ok", !exceeds);
    out.field("exceeds", names.resource(exceeds));
  }
  bool operator==(const AvailableCheck&) const = default;
};

// Step 3: pretend to allocate. Available -= Request; Allocation_i += Request; Need_i -= Request
// (the vectors after the change).
struct TrialAllocation {
  ProcessId process = kNoProcess;
  ResourceVector request;
  ResourceVector available;
  ResourceVector allocation;
  ResourceVector need;
  static constexpr std::string_view kJsonType = "trial_allocation";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("request", request);
    out.field("available", available);
    out.field("allocation", allocation);
    out.field("need", need);
  }
  bool operator==(const TrialAllocation&) const = default;
};

// The safety algorithm starts (the scan events follow); `trial`: on the pretended state of a
// request, rather than on the current state.
struct SafetyCheck {
  bool trial = false;
  static constexpr std::string_view kJsonType = "safety_check";
  void describe(JsonOut& out) const {
    out.field("trial", trial);
  }
  bool operator==(const SafetyCheck&) const = default;
};

// Every safe sequence of the state just checked (option all_sequences), in lexicographic order
// of the process indices, at most kMaxListedSafeSequences listed. `complete` is false when the
// search stopped at its budget, and `count` is then only a lower bound.
struct SafeSequences {
  std::uint64_t count = 0;
  std::vector<std::vector<ProcessId>> listed;
  bool complete = true;
  static constexpr std::string_view kJsonType = "safe_sequences";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("count", count);
    out.field("complete", complete);
    out.field("listed", jsonArrayOf(listed, [&](const std::vector<ProcessId>& sequence) { return names.processList(sequence); }));
  }
  bool operator==(const SafeSequences&) const = default;
};

// How a request ended (the step record's "reason").
enum class RequestOutcome : std::uint8_t {
  Granted,       // the trial state is safe: the allocation stays
  ExceedsClaim,  // Request_i > Need_i: an error, the process asked for more than it declared
  Unavailable,   // Request_i > Available: the process waits, nothing changes
  Unsafe,        // the trial state is unsafe: it is rolled back and the process waits
};
const char* requestOutcomeName(RequestOutcome outcome);

struct RequestDecision {
  ProcessId process = kNoProcess;
  RequestOutcome outcome = RequestOutcome::Granted;
  static constexpr std::string_view kJsonType = "decision";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("granted", outcome == RequestOutcome::Granted);
    out.field("reason", requestOutcomeName(outcome));
  }
  bool operator==(const RequestDecision&) const = default;
};

// A release of more than the process holds: refused, nothing changes.
struct ReleaseRefused {
  ProcessId process = kNoProcess;
  ResourceVector vector;
  ResourceVector allocation;
  ResourceId exceeds = 0;
  static constexpr std::string_view kJsonType = "release_refused";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("vector", vector);
    out.field("allocation", allocation);
    out.field("exceeds", names.resource(exceeds));
  }
  bool operator==(const ReleaseRefused&) const = default;
};

using BankerEvent = std::variant<ClaimCheck, AvailableCheck, TrialAllocation, SafetyCheck, ScanBegin, ScanExamine,
                                 ScanFinish, ScanEnd, SafeSequences, RequestDecision, Released, ReleaseRefused>;

}  // namespace oslens::engine::deadlock::banker

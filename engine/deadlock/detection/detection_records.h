#pragma once

#include "engine/core/json_reader.h"
#include "engine/deadlock/common/scan_records.h"
#include "engine/deadlock/detection/detection_model.h"

namespace oslens::engine::deadlock::detection {

// The deadlock names plus the vertices of the resource-allocation graph (a cycle's).
struct DetectionJsonNames : DeadlockNames {
  const DetectionSetup& setup;
  auto vertices(const std::vector<VertexId>& ids) const {
    return jsonArrayOf(ids, [this](VertexId v) { return std::string_view(setup.vertexName(v)); });
  }
};

// The detection model plus its JSON (a public interface, docs/scenarios.md, module "deadlock").
// Every step record has `available`. A request's: `granted` (false: the process waits). An op
// that could not apply: `refused` with `reason`. A detect step's: `deadlocked` (process names, []
// when none), `cycle` (the resource-allocation graph's vertex names in order, or null),
// `wait_for_cycle`, `single_instance`, `sequence`. An abort's or preemption's: `victim`. The
// summary, of the final state: `available`, `deadlocked`, `cycle`, `processes`.
struct DetectionReportingModel : DetectionModel {
  static void writeOp(const State& state, const Op& op, JsonOut& out);
  static DetectionJsonNames jsonNames(const State& state);
  static void writeRecordFields(const State& after, const Op& op, const std::vector<Event>& events, JsonOut& out);
  static OutputJson summaryJson(const State& state);
};

}  // namespace oslens::engine::deadlock::detection

#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/core/json_reader.h"
#include "engine/core/scenario.h"

namespace oslens::engine {

// A copy of one state of a simulation, compared member by member (the State's defaulted
// operator==) with another snapshot of the same simulation: seek == replay is checked with it,
// not with hashes alone.
class StateSnapshot {
 public:
  virtual ~StateSnapshot() = default;
  virtual bool operator==(const StateSnapshot& other) const = 0;
};

// One loaded scenario with its timeline, seen without knowing its module: what the CLI, the
// document in views/ and the generic tests use. Module views reach the typed timeline through
// ModelSimulation<Model> (model_simulation.h).
class Simulation {
 public:
  // One event of a step: which alternative of the module's event variant it is, and the "type"
  // its JSON has (engine/core/event_json.h).
  struct EventKind {
    std::size_t alternative;
    std::string_view type;
  };

  explicit Simulation(ScenarioInfo info) : m_info(std::move(info)) {}
  virtual ~Simulation() = default;
  Simulation(const Simulation&) = delete;
  Simulation& operator=(const Simulation&) = delete;

  const ScenarioInfo& info() const { return m_info; }
  const std::string& module() const { return m_info.module; }

  virtual std::size_t stepCount() const = 0;
  virtual std::size_t position() const = 0;
  virtual void seek(std::size_t step) = 0;
  // See Timeline::prepareCheckpoints: true once every later seek replays at most K steps.
  virtual bool prepareCheckpoints(std::size_t maxSteps) = 0;

  // The op of step `index` (0-based) as it would be written in a scenario file.
  virtual OutputJson opJson(std::size_t index) const = 0;
  // The record of the step that produced the current state: {"index", "step", "op", "events",
  // plus the module's fields}. Null at position 0.
  virtual OutputJson stepRecord() const = 0;
  // The same record written to `out` (oslens-cli streams it; the default goes through the
  // document, for simulations that only build one).
  virtual void writeStepRecord(JsonOut& out) const { out.value(stepRecord()); }
  // The events of that step by kind: the conformance tests check with it that no two event
  // structs of a module share a JSON type.
  virtual std::vector<EventKind> lastEventKinds() const { return {}; }
  // The module's summary as of the current position.
  virtual OutputJson summary() const = 0;
  virtual std::uint64_t stateHash() const = 0;
  virtual std::unique_ptr<StateSnapshot> snapshot() const = 0;
  virtual std::vector<std::string> invariantViolations() const = 0;

 private:
  ScenarioInfo m_info;
};

}  // namespace oslens::engine

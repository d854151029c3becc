#pragma once

#include "engine/core/event_json.h"
#include "engine/core/json_document_builder.h"
#include "engine/core/simulation.h"
#include "engine/core/timeline.h"

namespace oslens::engine {

// A Simulation backed by Timeline<Model>. Besides SimulationModel, the model writes the JSON of
// its ops and the fields it adds to a step record (to a JsonOut, so the same code streams the
// records and builds documents), names what its events' describe() needs (jsonNames: see
// event_json.h; the events write their own JSON), gives its summary and checks its invariants.
// Ops and events get a state too (any state of the run: the initial one), for the names their
// ids stand for.
template <class M>
concept ReportingModel = SimulationModel<M> && requires(const typename M::State& s, const typename M::Op& op,
                                                        const std::vector<typename M::Event>& events, JsonOut& out) {
  M::writeOp(s, op, out);
  M::jsonNames(s);
  M::writeRecordFields(s, op, events, out);
  { M::summaryJson(s) } -> std::same_as<OutputJson>;
  { M::checkInvariants(s) } -> std::same_as<std::vector<std::string>>;
} && std::equality_comparable<typename M::State>;

template <class State>
class TypedStateSnapshot final : public StateSnapshot {
 public:
  explicit TypedStateSnapshot(State state) : m_state(std::move(state)) {}
  bool operator==(const StateSnapshot& other) const override {
    const auto* typed = dynamic_cast<const TypedStateSnapshot*>(&other);
    return typed && typed->m_state == m_state;
  }

 private:
  State m_state;
};

template <ReportingModel M>
class ModelSimulation : public Simulation {
 public:
  ModelSimulation(ScenarioInfo info, typename M::State initial, std::vector<typename M::Op> ops)
      : Simulation(std::move(info)), m_timeline(std::move(initial), std::move(ops)) {}

  const Timeline<M>& timeline() const { return m_timeline; }

  std::size_t stepCount() const override { return m_timeline.size(); }
  std::size_t position() const override { return m_timeline.position(); }
  void seek(std::size_t step) override { m_timeline.seek(step); }
  bool prepareCheckpoints(std::size_t maxSteps) override { return m_timeline.prepareCheckpoints(maxSteps); }

  OutputJson opJson(std::size_t index) const override {
    JsonDocumentBuilder document;
    M::writeOp(m_timeline.initialState(), m_timeline.ops().at(index), document);
    return std::move(document.result());
  }

  void writeStepRecord(JsonOut& out) const override {
    const auto* op = m_timeline.lastOp();
    if (!op) return out.null();
    const auto& state = m_timeline.state();
    out.beginObject();
    out.field("index", m_timeline.position() - 1);
    out.field("step", m_timeline.position());
    out.key("op");
    M::writeOp(state, *op, out);
    out.key("events");
    out.beginArray();
    const auto names = M::jsonNames(state);
    for (const auto& e : m_timeline.lastEvents()) writeEventJson(out, e, names);
    out.endArray();
    M::writeRecordFields(state, *op, m_timeline.lastEvents(), out);
    out.endObject();
  }

  std::vector<EventKind> lastEventKinds() const override {
    std::vector<EventKind> out;
    for (const auto& e : m_timeline.lastEvents()) out.push_back({e.index(), eventJsonType(e)});
    return out;
  }

  OutputJson stepRecord() const override {
    JsonDocumentBuilder document;
    writeStepRecord(document);
    return std::move(document.result());
  }

  OutputJson summary() const override { return M::summaryJson(m_timeline.state()); }
  std::uint64_t stateHash() const override { return M::hash(m_timeline.state()); }
  std::unique_ptr<StateSnapshot> snapshot() const override {
    return std::make_unique<TypedStateSnapshot<typename M::State>>(m_timeline.state());
  }
  std::vector<std::string> invariantViolations() const override { return M::checkInvariants(m_timeline.state()); }

 private:
  Timeline<M> m_timeline;
};

}  // namespace oslens::engine

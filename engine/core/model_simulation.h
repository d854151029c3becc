#pragma once

#include "engine/core/simulation.h"
#include "engine/core/timeline.h"

namespace oslens::engine {

// A Simulation backed by Timeline<Model>. Besides SimulationModel, the model provides the JSON
// of its ops, events, step records and summary, and its invariant check. Ops and events get a
// state too (any state of the run: the initial one), for the names their ids stand for.
template <class M>
concept ReportingModel = SimulationModel<M> && requires(const typename M::State& s, const typename M::Op& op,
                                                        const std::vector<typename M::Event>& events, OutputJson& out) {
  { M::opJson(s, op) } -> std::same_as<OutputJson>;
  { M::eventJson(s, events.front()) } -> std::same_as<OutputJson>;
  M::addRecordFields(s, op, events, out);
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

  OutputJson opJson(std::size_t index) const override { return M::opJson(m_timeline.initialState(), m_timeline.ops().at(index)); }

  OutputJson stepRecord() const override {
    const auto* op = m_timeline.lastOp();
    if (!op) return nullptr;
    OutputJson record = OutputJson::object();
    record["index"] = m_timeline.position() - 1;
    record["step"] = m_timeline.position();
    record["op"] = M::opJson(m_timeline.state(), *op);
    OutputJson events = OutputJson::array();
    for (const auto& e : m_timeline.lastEvents()) events.push_back(M::eventJson(m_timeline.state(), e));
    record["events"] = std::move(events);
    M::addRecordFields(m_timeline.state(), *op, m_timeline.lastEvents(), record);
    return record;
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

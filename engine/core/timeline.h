#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "engine/core/event_log.h"

namespace oslens::engine {

// What every simulator provides (docs/architecture.md, "The engine"): a value-type State, an Op, a step function that
// explains itself through events, a hash of the state, and the memory a State holds (used to space
// checkpoints so that their total stays within the budget).
template <class M>
concept SimulationModel = requires(typename M::State& state, const typename M::State& constState,
                                   const typename M::Op& op, EventLog<typename M::Event>& log) {
  M::step(state, op, log);
  { M::hash(constState) } -> std::convertible_to<std::uint64_t>;
  { M::footprintBytes(constState) } -> std::convertible_to<std::size_t>;
};

// The op log of one scenario, the current state, and checkpoints (full copies of State) every K
// steps. seek(n) restores the nearest checkpoint at or before n, or keeps the current state when
// that is closer, and replays with event recording off; only step n itself records its events.
// Checkpoints are made lazily, the first time a replay passes step c*K. K is chosen from the
// initial state's size; a state that grows as the run goes on (page tables built on demand) could
// push the checkpoints past the budget, so when their total does, every other one goes and K
// doubles. (Design: rr's ReplayTimeline and Elm's debugger history, see docs/architecture.md, "The
// timeline".)
template <SimulationModel M>
class Timeline {
 public:
  using State = typename M::State;
  using Op = typename M::Op;
  using Event = typename M::Event;

  static constexpr std::size_t kDefaultCheckpointBudgetBytes = std::size_t{256} * 1024 * 1024;

  Timeline(State initial, std::vector<Op> ops, std::size_t checkpointBudgetBytes = kDefaultCheckpointBudgetBytes)
      : m_ops(std::move(ops)), m_state(initial), m_budgetBytes(checkpointBudgetBytes) {
    m_checkpoints.push_back(std::move(initial));
    m_checkpointBytes = M::footprintBytes(m_checkpoints.front());
    chooseInterval();
  }

  std::size_t size() const { return m_ops.size(); }
  std::size_t position() const { return m_position; }
  const State& state() const { return m_state; }
  const std::vector<Op>& ops() const { return m_ops; }
  const State& initialState() const { return m_checkpoints.front(); }
  // The op and events of the step that produced the current state (none at position 0).
  const Op* lastOp() const { return m_position == 0 ? nullptr : &m_ops[m_position - 1]; }
  const std::vector<Event>& lastEvents() const { return m_lastEvents; }

  bool atStart() const { return m_position == 0; }
  bool atEnd() const { return m_position == m_ops.size(); }
  bool stepForward() { return !atEnd() && (seek(m_position + 1), true); }
  bool stepBack() { return !atStart() && (seek(m_position - 1), true); }
  void rewind() { seek(0); }
  void seekToEnd() { seek(m_ops.size()); }

  void seek(std::size_t target) {
    target = std::min(target, m_ops.size());
    if (target == m_position) return;
    // Restore a checkpoint strictly before the target, so that step `target` itself is replayed
    // with recording on: landing on a checkpoint would leave lastEvents() empty.
    const std::size_t checkpoint = target == 0 ? 0 : std::min((target - 1) / m_interval, m_checkpoints.size() - 1);
    const bool currentIsCloser = m_position < target && m_position >= checkpoint * m_interval;
    if (!currentIsCloser) {
      m_state = m_checkpoints[checkpoint];
      m_position = checkpoint * m_interval;
    }
    m_lastEvents.clear();
    while (m_position < target) {
      const bool lastStep = m_position + 1 == target;
      EventLog<Event> log(lastStep);
      M::step(m_state, m_ops[m_position], log);
      ++m_position;
      if (lastStep) m_lastEvents = log.take();
      rememberCheckpoint();
    }
  }

  // Builds the checkpoints ahead of need, doing at most about `maxSteps` steps of work per call
  // (never less than one interval, so each call makes progress); true once all of them exist.
  // Called from idle time after loading, so that even the first far jump of a long timeline
  // replays at most K steps instead of computing every checkpoint on the way.
  bool prepareCheckpoints(std::size_t maxSteps) {
    const std::size_t needed = m_ops.size() / m_interval + 1;
    if (m_checkpoints.size() >= needed) return true;
    State scratch = m_checkpoints.back();
    std::size_t at = (m_checkpoints.size() - 1) * m_interval;
    const std::size_t stop = std::min(m_ops.size(), at + std::max(maxSteps, m_interval));
    while (at < stop) {
      EventLog<Event> log(false);
      M::step(scratch, m_ops[at], log);
      ++at;
      if (at % m_interval == 0 && at / m_interval == m_checkpoints.size()) addCheckpoint(scratch);
    }
    return m_checkpoints.size() >= m_ops.size() / m_interval + 1;
  }

  // Calls visit(stateAfter, op, events) for each step in [first, last] (1-based step numbers, the
  // state after that many ops), on a scratch copy: the timeline's own position does not move. Lets
  // a view draw a window of past steps (the classic frames-per-reference table) without simulating.
  template <class Visitor>
  void visitSteps(std::size_t first, std::size_t last, Visitor&& visit) const {
    last = std::min(last, m_ops.size());
    if (first == 0) first = 1;
    if (first > last) return;
    const std::size_t start = first - 1;
    const bool fromCurrent = m_position <= start && m_position >= std::min(start / m_interval, m_checkpoints.size() - 1) * m_interval;
    std::size_t at = fromCurrent ? m_position : std::min(start / m_interval, m_checkpoints.size() - 1) * m_interval;
    State scratch = fromCurrent ? m_state : m_checkpoints[at / m_interval];
    for (; at < last; ++at) {
      EventLog<Event> log(at >= start);
      M::step(scratch, m_ops[at], log);
      if (at >= start) visit(static_cast<const State&>(scratch), m_ops[at], log.events());
    }
  }

  // The state after n steps, replayed from the nearest checkpoint (or the current state when it is
  // closer) with no events recorded; the timeline does not move. A view's "before this step".
  State stateAt(std::size_t n) const {
    n = std::min(n, m_ops.size());
    if (n == m_position) return m_state;
    const std::size_t checkpoint = std::min(n / m_interval, m_checkpoints.size() - 1);
    const bool fromCurrent = m_position < n && m_position >= checkpoint * m_interval;
    std::size_t at = fromCurrent ? m_position : checkpoint * m_interval;
    State scratch = fromCurrent ? m_state : m_checkpoints[checkpoint];
    for (; at < n; ++at) {
      EventLog<Event> log(false);
      M::step(scratch, m_ops[at], log);
    }
    return scratch;
  }

  // The state after n steps computed from the initial state with no checkpoint: what every seek
  // must equal (the tests compare hashes).
  State replayFromStart(std::size_t n) const {
    State s = m_checkpoints.front();
    for (std::size_t i = 0; i < std::min(n, m_ops.size()); ++i) {
      EventLog<Event> log(false);
      M::step(s, m_ops[i], log);
    }
    return s;
  }

  std::size_t checkpointInterval() const { return m_interval; }
  std::size_t checkpointCount() const { return m_checkpoints.size(); }
  std::size_t checkpointBytes() const { return m_checkpointBytes; }

 private:
  // K = ceil(checkpoints needed * state size / budget): with one checkpoint per K steps the total
  // stays within the budget however long the timeline is, and a seek replays at most K steps.
  void chooseInterval() {
    const std::size_t stateBytes = std::max<std::size_t>(M::footprintBytes(m_checkpoints.front()), 1);
    const std::size_t affordable = std::max<std::size_t>(m_budgetBytes / stateBytes, 1);
    const std::size_t wanted = m_ops.size() + 1;
    std::size_t interval = (wanted + affordable - 1) / affordable;
    if (interval == 0) interval = 1;
    if (m_interval != interval && m_checkpoints.size() > 1) m_checkpoints.resize(1);
    m_interval = interval;
  }

  void rememberCheckpoint() {
    if (m_position % m_interval == 0 && m_position / m_interval == m_checkpoints.size()) addCheckpoint(m_state);
  }

  void addCheckpoint(const State& state) {
    m_checkpoints.push_back(state);
    m_checkpointBytes += M::footprintBytes(state);
    // Over the budget (the states grew): keep every other checkpoint, at twice the interval. The
    // first stays; a seek then replays at most 2K steps.
    while (m_checkpointBytes > m_budgetBytes && m_checkpoints.size() > 2) {
      std::vector<State> kept;
      kept.reserve(m_checkpoints.size() / 2 + 1);
      m_checkpointBytes = 0;
      for (std::size_t i = 0; i < m_checkpoints.size(); i += 2) {
        m_checkpointBytes += M::footprintBytes(m_checkpoints[i]);
        kept.push_back(std::move(m_checkpoints[i]));
      }
      m_checkpoints = std::move(kept);
      m_interval *= 2;
    }
  }

  std::vector<Op> m_ops;
  State m_state;
  std::size_t m_position = 0;
  std::vector<Event> m_lastEvents;
  std::vector<State> m_checkpoints;  // m_checkpoints[i] is the state after i * m_interval steps
  std::size_t m_interval = 1;
  std::size_t m_checkpointBytes = 0;  // footprintBytes of every checkpoint
  std::size_t m_budgetBytes;
};

}  // namespace oslens::engine

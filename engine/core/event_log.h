#pragma once

#include <utility>
#include <vector>

namespace oslens::engine {

// Where a step puts the events that explain it. Replay during a seek runs with recording off,
// so only the step that is shown pays for its events.
template <class Event>
class EventLog {
 public:
  explicit EventLog(bool recording = true) : m_recording(recording) {}

  bool recording() const { return m_recording; }
  template <class E>
  void add(E&& event) {
    if (m_recording) m_events.emplace_back(std::forward<E>(event));
  }
  const std::vector<Event>& events() const { return m_events; }
  std::vector<Event> take() { return std::move(m_events); }

 private:
  bool m_recording;
  std::vector<Event> m_events;
};

}  // namespace oslens::engine

#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "engine/ipc/ipc_scenario.h"

// The rows of the IPC message sequence chart (views/ipc/ipc_sequence_chart.h), one a step: what
// the step's events say as arrows between columns (a process's lifeline, an object's), in the
// order they happened, with their labels in the current language. Built from (state after, op,
// events) alone; SequenceRows keeps the rows it has made, so a seek replays only the rows it has
// not seen.
namespace oslens::views {

// A column of the chart: a process's lifeline or an object's.
struct SequenceColumn {
  enum class Kind : std::uint8_t { Process, Object };
  Kind kind = Kind::Process;
  std::uint32_t index = 0;
  bool operator==(const SequenceColumn&) const = default;
  static SequenceColumn process(std::uint32_t p) { return {Kind::Process, p}; }
  static SequenceColumn object(std::uint32_t o) { return {Kind::Object, o}; }
};

// One thing a step did, as the chart draws it.
struct SequenceEntry {
  enum class Kind : std::uint8_t {
    Call,     // a call that went on at once, process → object (write, mq_send, sem_post, store, close, open)
    Reply,    // what a call brought back, object → process (read, receive, load), or a blocked call finishing
    Failed,   // a call refused with an errno, process → object, ending in a bar
    Blocked,  // a call that cannot go on, process → object, ending in a wait mark
    Signal,   // SIGPIPE, object → process, a zigzag
    Note,     // something on the lifeline alone (compute, add)
    Exit,     // the process ends here: an X
  };
  Kind kind = Kind::Call;
  SequenceColumn from, to;  // the same column for Note and Exit
  std::uint32_t process = 0;  // whose call it is
  bool fatal = false;         // an Exit by SIGPIPE
  QString label;
};

struct SequenceRow {
  std::size_t step = 0;  // 1-based
  std::uint32_t actor = 0;
  std::vector<SequenceEntry> entries;  // in the order of the step's events
  std::vector<engine::ipc::RunState> runAfter;  // each process after the step
  std::optional<QString> deadlock;  // the band that ends the run: who waits for whom
};

// Makes the row of one step (texts in the current language).
class SequenceRowBuilder {
  Q_DECLARE_TR_FUNCTIONS(SequenceRowBuilder)

 public:
  // `pcBefore`: each process's place in its program before the step (the call a woken process
  // was blocked in).
  static SequenceRow build(std::size_t step, const std::vector<std::size_t>& pcBefore, const engine::ipc::IpcState& after,
                           const engine::ipc::IpcStep& op, const std::vector<engine::ipc::IpcEvent>& events);
  // `"hello"` (control characters as ·, long texts cut with …).
  static QString quoted(const std::string& data);
  // The action in a few words, as the label of its arrow starts: "write", "read 3", "sem_wait".
  static QString callText(const engine::ipc::IpcSetup& setup, const engine::ipc::Action& action);
};

// The rows made so far, by step; rows(first, last) makes the missing ones by one replay from the
// timeline's nearest checkpoint (Timeline::visitSteps). Kept under a bound, so a 10^6-step run
// costs only the rows that were shown.
class SequenceRows {
 public:
  explicit SequenceRows(const engine::ipc::IpcSimulation& simulation) : m_simulation(simulation) {}

  // Rows first..last (1-based, inclusive), made if need be.
  std::vector<const SequenceRow*> rows(std::size_t first, std::size_t last);
  const SequenceRow& row(std::size_t step) { return *rows(step, step).front(); }
  // Each process's run state after `step` (0: the initial state).
  std::vector<engine::ipc::RunState> runAfter(std::size_t step);
  // Drops every row (their texts are in the old language).
  void clear() { m_rows.clear(); }

  static constexpr std::size_t kMaxKept = 4096;

 private:
  const engine::ipc::IpcSimulation& m_simulation;
  std::unordered_map<std::size_t, SequenceRow> m_rows;
};

}  // namespace oslens::views

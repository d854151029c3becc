#pragma once

#include <cstdint>

// The process life every module with processes shares (the schedulers now; IPC and translation
// next), with one name per state for the JSON output.
namespace oslens::engine {

// The five process states of the classic diagram (Silberschatz 10e, 3.1.2, Figure 3.2: new,
// ready, running, waiting, terminated). Linux folds ready and running into TASK_RUNNING and
// calls waiting TASK_INTERRUPTIBLE/UNINTERRUPTIBLE; "blocked" is the word OSTEP uses (4.4).
enum class ProcessState : std::uint8_t { New, Ready, Running, Blocked, Exited };

// "new", "ready", "running", "blocked", "exited": the names in step records and summaries.
constexpr const char* processStateName(ProcessState state) {
  switch (state) {
    case ProcessState::New: return "new";
    case ProcessState::Ready: return "ready";
    case ProcessState::Running: return "running";
    case ProcessState::Blocked: return "blocked";
    case ProcessState::Exited: return "exited";
  }
  return "?";
}

}  // namespace oslens::engine

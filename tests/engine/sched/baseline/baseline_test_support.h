#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/sched/baseline/baseline_scenario.h"
#include "engine/modules.h"

// Loading "sched" scenarios in tests, running them with the invariants checked after every
// step, and reading the run back as a Gantt chart.
namespace oslens::engine::baseline::testing {

inline constexpr Nanoseconds kMs = 1'000'000;
inline constexpr Nanoseconds kSecond = 1'000'000'000;

// A "sched" scenario with `config` (a JSON object) and, optionally, `extra` top-level keys
// (starting with a comma: `, "ops": [...]`).
inline std::string schedScenario(const std::string& config, const std::string& extra = "") {
  return R"({"oslens": 1, "module": "sched", "config": )" + config + extra + "}";
}

inline std::unique_ptr<BaselineSimulation> load(const std::string& config, const std::string& extra = "") {
  auto simulation = loadSimulation(schedScenario(config, extra));
  auto* typed = dynamic_cast<BaselineSimulation*>(simulation.get());
  EXPECT_NE(typed, nullptr);
  if (!typed) return nullptr;
  simulation.release();
  return std::unique_ptr<BaselineSimulation>(typed);
}

// `tasks` as JSON: one CPU burst each, {name, arrival, burst} in `unit` ns.
struct Job {
  std::string name;
  Nanoseconds arrival = 0;
  Nanoseconds burst = 0;
};
inline std::string jobsJson(const std::vector<Job>& jobs, Nanoseconds unit) {
  std::string out = "[";
  for (std::size_t i = 0; i < jobs.size(); ++i)
    out += (i ? ", " : "") + std::string(R"({"name": ")") + jobs[i].name + R"(", "arrival_ns": )" +
           std::to_string(jobs[i].arrival * unit) + R"(, "bursts": [{"cpu_ns": )" + std::to_string(jobs[i].burst * unit) + "}]}";
  return out + "]";
}

// {"policy": P, "tasks": [...]} (plus "quantum_ns" for rr when `quantum` > 0).
inline std::unique_ptr<BaselineSimulation> loadJobs(const std::string& policy, const std::vector<Job>& jobs, Nanoseconds unit,
                                                    Nanoseconds quantum = 0) {
  std::string config = R"({"policy": ")" + policy + "\", ";
  if (quantum > 0) config += R"("quantum_ns": )" + std::to_string(quantum * unit) + ", ";
  return load(config + R"("tasks": )" + jobsJson(jobs, unit) + "}");
}

// Steps through the whole run, checking after every step the invariants, that time never goes
// back and that the planned op's time and task agree with the state.
inline const BaselineState& runChecked(BaselineSimulation& simulation) {
  const auto& timeline = simulation.timeline();
  Nanoseconds now = 0;
  for (std::size_t step = 1; step <= simulation.stepCount(); ++step) {
    simulation.seek(step);
    const BaselineState& s = timeline.state();
    const auto problems = BaselineModel::checkInvariants(s);
    EXPECT_TRUE(problems.empty()) << "step " << step << ": " << problems.front();
    if (!problems.empty()) break;
    EXPECT_GE(s.now, now) << "time went back at step " << step;
    EXPECT_EQ(s.now, timeline.ops()[step - 1].atNs);
    EXPECT_EQ(s.current, timeline.ops()[step - 1].runningAfter);
    now = s.now;
  }
  EXPECT_TRUE(timeline.state().finished);
  return timeline.state();
}

// The Gantt chart of the whole run from the planned ops alone, in `unit`: "P1 0-24, P2 24-27".
inline std::string gantt(const BaselineSimulation& simulation, Nanoseconds unit) {
  const auto& ops = simulation.timeline().ops();
  const BaselineState& initial = simulation.timeline().initialState();
  std::string out;
  TaskId running = sched::kNoTask;
  Nanoseconds since = 0;
  Nanoseconds previous = 0;
  auto close = [&](Nanoseconds until) {
    if (running == sched::kNoTask || until == since) return;
    if (!out.empty()) out += ", ";
    out += initial.name(running) + " " + std::to_string(since / unit) + "-" + std::to_string(until / unit);
  };
  for (const auto& op : ops) {
    if (op.runningAfter != running) {
      close(op.atNs);
      running = op.runningAfter;
      since = op.atNs;
    }
    previous = op.atNs;
  }
  close(previous);
  return out;
}

inline double average(const BaselineSimulation& simulation, const char* metric) {
  return simulation.summary()["averages"][metric].get<double>();
}

}  // namespace oslens::engine::baseline::testing

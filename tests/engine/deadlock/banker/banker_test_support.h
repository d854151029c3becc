#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "engine/deadlock/banker/banker_scenario.h"
#include "engine/modules.h"

namespace oslens::engine::deadlock::banker::testing {

// A banker scenario from its config and ops (JSON text), loaded.
inline std::unique_ptr<BankerSimulation> loadBanker(const std::string& config, const std::string& ops) {
  auto simulation = loadSimulation(R"({"oslens": 1, "module": "banker", "config": )" + config + R"(, "ops": )" + ops + "}");
  auto* banker = dynamic_cast<BankerSimulation*>(simulation.get());
  if (!banker) return nullptr;
  simulation.release();
  return std::unique_ptr<BankerSimulation>(banker);
}

// Silberschatz, Operating System Concepts, 10th ed., 8.6.3.3: five processes, A = 10, B = 5, C = 7.
inline std::string textbookConfig(const std::string& extra = "") {
  return R"({"resources": [{"name": "A", "total": 10}, {"name": "B", "total": 5}, {"name": "C", "total": 7}],
             "processes": [{"name": "P0", "max": [7, 5, 3], "allocation": [0, 1, 0]},
                           {"name": "P1", "max": [3, 2, 2], "allocation": [2, 0, 0]},
                           {"name": "P2", "max": [9, 0, 2], "allocation": [3, 0, 2]},
                           {"name": "P3", "max": [2, 2, 2], "allocation": [2, 1, 1]},
                           {"name": "P4", "max": [4, 3, 3], "allocation": [0, 0, 2]}])" +
         extra + "}";
}

// The names of a list of process ids.
inline std::vector<std::string> namesOf(const BankerState& s, const std::vector<ProcessId>& ids) {
  std::vector<std::string> out;
  for (ProcessId p : ids) out.push_back(s.processName(p));
  return out;
}

// Steps to `step` and returns the record (the JSON the CLI prints).
inline OutputJson recordAt(BankerSimulation& simulation, std::size_t step) {
  simulation.seek(step);
  return simulation.stepRecord();
}

}  // namespace oslens::engine::deadlock::banker::testing

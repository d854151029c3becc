#pragma once

#include <memory>
#include <string>

#include "engine/deadlock/detection/detection_scenario.h"
#include "engine/modules.h"

namespace oslens::engine::deadlock::detection::testing {

inline std::unique_ptr<DetectionSimulation> loadDetection(const std::string& config, const std::string& ops) {
  auto simulation = loadSimulation(R"({"oslens": 1, "module": "deadlock", "config": )" + config + R"(, "ops": )" + ops + "}");
  auto* detection = dynamic_cast<DetectionSimulation*>(simulation.get());
  if (!detection) return nullptr;
  simulation.release();
  return std::unique_ptr<DetectionSimulation>(detection);
}

inline OutputJson recordAt(DetectionSimulation& simulation, std::size_t step) {
  simulation.seek(step);
  return simulation.stepRecord();
}

}  // namespace oslens::engine::deadlock::detection::testing

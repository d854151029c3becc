#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/modules.h"

// The built-in scenarios (resources/scenarios), for the conformance tests that run them all.
namespace oslens::engine::testing {

inline const std::filesystem::path kScenarioDir = std::filesystem::path(OSLENS_SOURCE_DIR) / "resources" / "scenarios";

// The file names, sorted.
inline std::vector<std::string> builtinFiles() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(kScenarioDir))
    if (entry.path().string().ends_with(".oslens.json")) out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// The built-in loaded, or null after a test failure saying why.
inline std::unique_ptr<Simulation> loadBuiltin(const std::string& file) {
  try {
    return loadSimulationFile((kScenarioDir / file).string());
  } catch (const ScenarioError& e) {
    ADD_FAILURE() << file << " does not load:\n" << e.what();
    return nullptr;
  }
}

// "paging_belady" for paging-belady.oslens.json: a test name.
inline std::string builtinTestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.size() - std::string(".oslens.json").size());
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

}  // namespace oslens::engine::testing

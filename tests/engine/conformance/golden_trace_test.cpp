// Golden traces (docs/architecture.md, "Tests"): each tests/golden/<module>/<name>.oslens.json is run step by
// step and its output, {"steps": [stepRecord() after each step], "summary": summary()}, must equal
// <name>.expected.json. The expected files were checked by hand against the cited textbook
// figures; they pin the public JSON interface (field names and values) as well as the behaviour.
//
// After an intended change, regenerate with OSLENS_UPDATE_GOLDEN=1 and review the diff by hand
// before committing: an expected file is only as right as the person who checked it.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/modules.h"

namespace oslens::engine {
namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(OSLENS_SOURCE_DIR) / "tests" / "golden";

std::vector<fs::path> goldenInputs() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(kGoldenDir))
    if (entry.path().string().ends_with(".oslens.json")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

fs::path expectedPathFor(const fs::path& input) {
  std::string name = input.filename().string();
  name.resize(name.size() - std::string(".oslens.json").size());
  return input.parent_path() / (name + ".expected.json");
}

// The trace as `oslens-cli run --format json` reports it (keys in the order the records write
// them), stepping forward from the start and checking the invariants on the way.
OutputJson runTrace(Simulation& sim) {
  OutputJson steps = OutputJson::array();
  sim.seek(0);
  while (sim.position() < sim.stepCount()) {
    sim.seek(sim.position() + 1);
    const auto problems = sim.invariantViolations();
    EXPECT_TRUE(problems.empty()) << "after step " << sim.position() << ": " << problems.front();
    steps.push_back(sim.stepRecord());
  }
  return OutputJson{{"steps", std::move(steps)}, {"summary", sim.summary()}};
}

// One step per line, so that a reviewer reads the expected file like a textbook table.
std::string formatTrace(const OutputJson& trace) {
  std::string out = "{\n  \"steps\": [\n";
  const auto& steps = trace["steps"];
  for (std::size_t i = 0; i < steps.size(); ++i) out += "    " + steps[i].dump() + (i + 1 < steps.size() ? ",\n" : "\n");
  out += "  ],\n  \"summary\": " + trace["summary"].dump() + "\n}\n";
  return out;
}

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first difference, said plainly: which step, and both records.
std::string explainDifference(const nlohmann::json& expected, const nlohmann::json& actual) {
  const auto& e = expected["steps"];
  const auto& a = actual["steps"];
  std::ostringstream out;
  for (std::size_t i = 0; i < std::min(e.size(), a.size()); ++i)
    if (e[i] != a[i]) {
      out << "first difference at step " << i + 1 << ":\n  expected " << e[i].dump() << "\n  actual   " << a[i].dump()
          << "\n  JSON patch from expected to actual: " << nlohmann::json::diff(e[i], a[i]).dump();
      return out.str();
    }
  if (e.size() != a.size()) return "expected " + std::to_string(e.size()) + " steps, got " + std::to_string(a.size());
  out << "summaries differ:\n  expected " << expected["summary"].dump() << "\n  actual   " << actual["summary"].dump();
  return out.str();
}

TEST(GoldenTrace, EveryScenarioReproducesItsExpectedTrace) {
  const auto inputs = goldenInputs();
  ASSERT_FALSE(inputs.empty()) << "no golden scenarios under " << kGoldenDir;
  const bool update = std::getenv("OSLENS_UPDATE_GOLDEN") != nullptr;
  for (const auto& input : inputs) {
    SCOPED_TRACE(fs::relative(input, kGoldenDir).string());
    std::unique_ptr<Simulation> sim;
    try {
      sim = loadSimulationFile(input.string());
    } catch (const ScenarioError& e) {
      FAIL() << "does not load:\n" << e.what();
    }
    const OutputJson actual = runTrace(*sim);
    const fs::path expectedPath = expectedPathFor(input);
    if (update) {
      std::ofstream(expectedPath, std::ios::binary) << formatTrace(actual);
      std::cout << "[golden] wrote " << expectedPath << "\n";
      continue;
    }
    ASSERT_TRUE(fs::exists(expectedPath)) << expectedPath << " is missing (OSLENS_UPDATE_GOLDEN=1 writes it)";
    // Compared as unordered JSON: key order carries no meaning, values and names do.
    const auto expected = nlohmann::json::parse(readAll(expectedPath));
    const auto produced = nlohmann::json::parse(actual.dump());
    EXPECT_TRUE(expected == produced) << explainDifference(expected, produced);
  }
}

// Each expected file belongs to an input, so none is left behind when a case is renamed.
TEST(GoldenTrace, EveryExpectedFileHasItsScenario) {
  for (const auto& entry : fs::recursive_directory_iterator(kGoldenDir)) {
    const std::string path = entry.path().string();
    if (!path.ends_with(".expected.json")) continue;
    const std::string input = path.substr(0, path.size() - std::string(".expected.json").size()) + ".oslens.json";
    EXPECT_TRUE(fs::exists(input)) << path << " has no " << input;
  }
}

}  // namespace
}  // namespace oslens::engine

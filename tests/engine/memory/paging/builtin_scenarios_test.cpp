// The scenarios shipped in resources/scenarios are what a class sees first: each must load, run
// to its end with the invariants intact, and tell the story its description promises.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/memory/paging/fault_curve.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/simulation_factory.h"

namespace oslens::engine::paging {
namespace {

const std::filesystem::path kScenarioDir = std::filesystem::path(OSLENS_SOURCE_DIR) / "resources" / "scenarios";

std::vector<std::filesystem::path> builtinScenarios() {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(kScenarioDir))
    if (entry.path().string().ends_with(".oslens.json")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::unique_ptr<Simulation> load(const std::filesystem::path& path) {
  try {
    return loadSimulationFile(path.string());
  } catch (const ScenarioError& e) {
    ADD_FAILURE() << path << " does not load:\n" << e.what();
    return nullptr;
  }
}

TEST(BuiltinScenarios, EveryOneLoadsRunsToTheEndAndKeepsItsInvariants) {
  const auto paths = builtinScenarios();
  ASSERT_FALSE(paths.empty()) << "no scenarios in " << kScenarioDir;
  for (const auto& path : paths) {
    SCOPED_TRACE(path.filename().string());
    auto sim = load(path);
    ASSERT_NE(sim, nullptr);
    EXPECT_FALSE(sim->info().title.text.empty());
    EXPECT_FALSE(sim->info().title.in("zh_CN").empty());
    EXPECT_GT(sim->stepCount(), 0u);
    while (sim->position() < sim->stepCount()) {
      sim->seek(sim->position() + 1);
      const auto problems = sim->invariantViolations();
      ASSERT_TRUE(problems.empty()) << "after step " << sim->position() << ": " << problems.front();
      ASSERT_TRUE(sim->stepRecord().is_object());
    }
    // Back to the start and forward again is the same run (the timeline is deterministic).
    const auto endHash = sim->stateHash();
    sim->seek(0);
    EXPECT_TRUE(sim->stepRecord().is_null());
    sim->seek(sim->stepCount());
    EXPECT_EQ(sim->stateHash(), endHash);
  }
}

// What each description promises, checked against the run.
TEST(BuiltinScenarios, EachTellsTheStoryItsDescriptionPromises) {
  struct Promise {
    const char* file;
    int faults;
    int writebacks;
  };
  for (const Promise& p : {Promise{"paging-textbook-20.oslens.json", 15, 0}, Promise{"paging-belady.oslens.json", 10, 0},
                           Promise{"paging-clock.oslens.json", 10, 0}, Promise{"paging-dirty-pages.oslens.json", 11, 3}}) {
    SCOPED_TRACE(p.file);
    auto sim = load(kScenarioDir / p.file);
    ASSERT_NE(sim, nullptr);
    sim->seek(sim->stepCount());
    EXPECT_EQ(sim->summary()["faults"], p.faults);
    EXPECT_EQ(sim->summary()["writebacks"], p.writebacks);
  }
}

// Belady's anomaly on the shipped scenario (Silberschatz 10e, 10.4.2, figure 10.13): the file runs
// FIFO with 4 frames (10 faults); its own reference string with 3 frames faults only 9 times.
TEST(BuiltinScenarios, BeladyScenarioShowsFifoFaultingMoreWithMoreFrames) {
  auto sim = load(kScenarioDir / "paging-belady.oslens.json");
  ASSERT_NE(sim, nullptr);
  auto* paging = dynamic_cast<PagingSimulation*>(sim.get());
  ASSERT_NE(paging, nullptr);
  const auto& ops = paging->timeline().ops();
  const auto& config = paging->timeline().initialState().config;
  ASSERT_EQ(config.policy, Policy::Fifo);
  ASSERT_EQ(config.frames, 4u);

  const auto curve = faultCurve(ops, Policy::Fifo, 5, 0);
  EXPECT_EQ(curve[2], 9u);   // 3 frames
  EXPECT_EQ(curve[3], 10u);  // 4 frames: more memory, more faults
  sim->seek(sim->stepCount());
  EXPECT_EQ(sim->summary()["faults"], curve[3]);
}

}  // namespace
}  // namespace oslens::engine::paging

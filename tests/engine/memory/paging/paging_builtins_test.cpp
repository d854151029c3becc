// The paging scenarios shipped in resources/scenarios tell the stories their descriptions promise
// (that every built-in loads and keeps its invariants is tests/engine/conformance).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/memory/paging/fault_curve.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/modules.h"

namespace oslens::engine::paging {
namespace {

const std::filesystem::path kScenarioDir = std::filesystem::path(OSLENS_SOURCE_DIR) / "resources" / "scenarios";

std::unique_ptr<Simulation> load(const std::filesystem::path& path) {
  try {
    return loadSimulationFile(path.string());
  } catch (const ScenarioError& e) {
    ADD_FAILURE() << path << " does not load:\n" << e.what();
    return nullptr;
  }
}

// What each description promises, checked against the run.
TEST(PagingBuiltins, EachTellsTheStoryItsDescriptionPromises) {
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
TEST(PagingBuiltins, BeladyScenarioShowsFifoFaultingMoreWithMoreFrames) {
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

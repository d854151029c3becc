// The deadlock built-ins tell the stories their descriptions promise.
#include <filesystem>

#include <gtest/gtest.h>

#include "engine/modules.h"

namespace oslens::engine::deadlock {
namespace {

const std::filesystem::path kScenarioDir = std::filesystem::path(OSLENS_SOURCE_DIR) / "resources" / "scenarios";

// The record of every step, by step number (1-based).
std::vector<OutputJson> records(const char* file) {
  auto sim = loadSimulationFile((kScenarioDir / file).string());
  std::vector<OutputJson> out(1);
  for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
    sim->seek(step);
    out.push_back(sim->stepRecord());
  }
  return out;
}

TEST(DeadlockBuiltins, BankerTextbookGrantsWaitsAndRollsBack) {
  auto r = records("banker-textbook.oslens.json");
  EXPECT_EQ(r[1]["safe"], true);
  EXPECT_EQ(r[2]["reason"], "granted");
  EXPECT_EQ(r[3]["reason"], "unavailable");
  EXPECT_EQ(r[4]["reason"], "unsafe");
  bool bookSequenceListed = false;
  for (const auto& e : r[1]["events"])
    if (e["type"] == "safe_sequences")
      for (const auto& s : e["listed"]) bookSequenceListed |= s == OutputJson({"P1", "P3", "P4", "P2", "P0"});
  EXPECT_TRUE(bookSequenceListed);
}

TEST(DeadlockBuiltins, DetectionExampleDeadlocksAfterOneMoreRequestAndRecovers) {
  auto r = records("deadlock-detection-textbook.oslens.json");
  EXPECT_EQ(r[1]["deadlocked"], OutputJson::array());
  EXPECT_NE(r[1]["cycle"], nullptr);  // a cycle without a deadlock
  EXPECT_EQ(r[3]["deadlocked"], OutputJson({"P1", "P2", "P3", "P4"}));
  EXPECT_EQ(r[4]["victim"], "P1");
  EXPECT_EQ(r[5]["deadlocked"], OutputJson::array());
}

TEST(DeadlockBuiltins, TwoLocksMakeACycleThatIsADeadlock) {
  auto r = records("deadlock-coffman-two-locks.oslens.json");
  EXPECT_EQ(r[3]["deadlocked"], OutputJson::array());
  EXPECT_EQ(r[6]["cycle"], OutputJson({"P1", "L2", "P2", "L1"}));
  EXPECT_EQ(r[6]["single_instance"], true);
  EXPECT_EQ(r[9]["deadlocked"], OutputJson::array());
}

TEST(DeadlockBuiltins, DiningPhilosophersDeadlockRoundTheTable) {
  auto r = records("deadlock-dining-philosophers.oslens.json");
  EXPECT_EQ(r[12]["deadlocked"].size(), 5u);
  EXPECT_EQ(r[12]["cycle"].size(), 10u);
  EXPECT_EQ(r[13]["victim"], "Ph0");
  EXPECT_EQ(r[14]["deadlocked"], OutputJson::array());
}

}  // namespace
}  // namespace oslens::engine::deadlock

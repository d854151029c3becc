// Conformance of every module, over every built-in scenario (resources/scenarios) and the module
// table (engine/modules.cpp): a new module gets these tests by adding its table line and a
// built-in. Each scenario must load, keep its module's invariants after every step, write
// well-formed JSON records, and give on every seek exactly the state that replay gave (compared
// member by member, not only by hash).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <gtest/gtest.h>

#include "conformance/builtin_files.h"
#include "engine/modules.h"

namespace oslens::engine {
namespace {

namespace fs = std::filesystem;

using testing::builtinFiles;
using testing::kScenarioDir;

std::unique_ptr<Simulation> load(const std::string& file) { return testing::loadBuiltin(file); }

// The positions whose states the seek test keeps: all of them for a short run, else about 300
// spread evenly, with the first and the last.
std::vector<std::size_t> sampledPositions(std::size_t steps) {
  constexpr std::size_t kMaxKept = 300;
  std::vector<std::size_t> out;
  const std::size_t stride = std::max<std::size_t>(1, (steps + kMaxKept - 1) / kMaxKept);
  for (std::size_t p = 0; p <= steps; p += stride) out.push_back(p);
  if (out.back() != steps) out.push_back(steps);
  return out;
}

class BuiltinScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinScenario, LoadsWithTitlesInBothLanguages) {
  auto sim = load(GetParam());
  ASSERT_NE(sim, nullptr);
  EXPECT_FALSE(sim->info().title.text.empty());
  EXPECT_FALSE(sim->info().title.in("zh_CN").empty());
  EXPECT_FALSE(sim->info().description.text.empty());
  EXPECT_GT(sim->stepCount(), 0u);
  // The header alone (what the library and `oslens-cli list` read) agrees with the whole load.
  std::ifstream in(kScenarioDir / GetParam());
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(loadScenarioHeader(text).module, sim->module());
}

TEST_P(BuiltinScenario, KeepsItsInvariantsAndWritesWellFormedRecords) {
  auto sim = load(GetParam());
  ASSERT_NE(sim, nullptr);
  EXPECT_TRUE(sim->stepRecord().is_null()) << "a record at step 0";
  ASSERT_TRUE(sim->invariantViolations().empty()) << "at step 0: " << sim->invariantViolations().front();
  while (sim->position() < sim->stepCount()) {
    sim->seek(sim->position() + 1);
    const auto step = sim->position();
    const auto problems = sim->invariantViolations();
    ASSERT_TRUE(problems.empty()) << "after step " << step << ": " << problems.front();
    const OutputJson record = sim->stepRecord();
    ASSERT_TRUE(record.is_object()) << "step " << step;
    EXPECT_EQ(record.value("index", std::size_t{0}), step - 1);
    EXPECT_EQ(record.value("step", std::size_t{0}), step);
    ASSERT_TRUE(record.contains("op")) << "step " << step;
    EXPECT_EQ(record["op"], sim->opJson(step - 1)) << "step " << step;
    ASSERT_TRUE(record.contains("events") && record["events"].is_array()) << "step " << step;
    for (const auto& event : record["events"])
      ASSERT_TRUE(event.is_object() && event.contains("type") && event["type"].is_string())
          << "step " << step << ": " << event.dump();
    // Well-formed: what is written reads back as the same JSON (no NaN or infinity turned null,
    // no invalid UTF-8).
    const std::string text = record.dump();
    EXPECT_EQ(OutputJson::parse(text), record) << "step " << step;
  }
  const OutputJson summary = sim->summary();
  ASSERT_TRUE(summary.is_object());
  EXPECT_EQ(OutputJson::parse(summary.dump()), summary);
}

TEST_P(BuiltinScenario, SeekingGivesTheStateThatReplayGave) {
  auto sim = load(GetParam());
  ASSERT_NE(sim, nullptr);
  const auto positions = sampledPositions(sim->stepCount());
  // Replay: forward one step at a time from the start.
  std::vector<std::unique_ptr<StateSnapshot>> replayed;
  std::vector<std::uint64_t> hashes;
  std::size_t next = 0;
  for (std::size_t step = 0; step <= sim->stepCount(); ++step) {
    if (step > 0) sim->seek(step);
    if (next < positions.size() && positions[next] == step) {
      replayed.push_back(sim->snapshot());
      hashes.push_back(sim->stateHash());
      ++next;
    }
  }
  // Seek: backwards from the end, then in a scattered order (jumps both ways).
  auto check = [&](std::size_t i) {
    sim->seek(positions[i]);
    ASSERT_EQ(sim->position(), positions[i]);
    EXPECT_TRUE(*sim->snapshot() == *replayed[i]) << "state at step " << positions[i] << " differs after a seek";
    EXPECT_EQ(sim->stateHash(), hashes[i]) << "step " << positions[i];
  };
  for (std::size_t i = positions.size(); i-- > 0;) check(i);
  for (std::size_t k = 0, i = 0; k < positions.size(); ++k, i = (i + 7919) % positions.size()) check(i);
  // A different state is not equal: the comparison can fail.
  if (positions.size() > 1) {
    sim->seek(positions.back());
    EXPECT_FALSE(*sim->snapshot() == *replayed.front()) << "the last state equals the first";
  }
}

INSTANTIATE_TEST_SUITE_P(Every, BuiltinScenario, ::testing::ValuesIn(builtinFiles()), testing::builtinTestName);

// Every module in the table has at least one built-in (what a class opens) and a golden trace
// under tests/golden/<module>/ (what pins its public JSON).
TEST(ModuleTable, EveryModuleHasABuiltinScenarioAndAGoldenTrace) {
  std::set<std::string> withBuiltin;
  for (const auto& file : builtinFiles())
    if (auto sim = load(file)) withBuiltin.insert(sim->module());
  const fs::path golden = fs::path(OSLENS_SOURCE_DIR) / "tests" / "golden";
  for (const auto& module : modules()) {
    const std::string name(module.name);
    EXPECT_TRUE(withBuiltin.count(name)) << "module " << name << " has no built-in in " << kScenarioDir;
    bool hasGolden = false;
    if (fs::is_directory(golden / name))
      for (const auto& entry : fs::directory_iterator(golden / name))
        hasGolden = hasGolden || entry.path().string().ends_with(".expected.json");
    EXPECT_TRUE(hasGolden) << "module " << name << " has no golden trace in tests/golden/" << name;
  }
}

TEST(ModuleTable, NamesAreUniqueAndListedInOrder) {
  const auto& names = availableModules();
  ASSERT_EQ(names.size(), modules().size());
  for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(names[i], modules()[i].name);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
}

}  // namespace
}  // namespace oslens::engine

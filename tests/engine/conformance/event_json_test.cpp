// The JSON every module writes for its records, over every built-in (docs/architecture.md, "The
// engine"): the records `oslens-cli run` streams equal the documents the tests and the GUI get,
// step by step, and every event says a type of its own.
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "conformance/builtin_files.h"
#include "engine/core/json_writer.h"
#include "engine/modules.h"

namespace oslens::engine {
namespace {

using testing::builtinFiles;
using testing::loadBuiltin;

class StreamedRecords : public ::testing::TestWithParam<std::string> {};

TEST_P(StreamedRecords, EqualTheDocumentRecordsAtEveryStep) {
  auto sim = loadBuiltin(GetParam());
  ASSERT_NE(sim, nullptr);
  for (std::size_t step = 0; step <= sim->stepCount(); ++step) {
    sim->seek(step);
    std::string text;
    JsonWriter writer(text);
    sim->writeStepRecord(writer);
    ASSERT_TRUE(writer.complete()) << "step " << step << ": " << text;
    ASSERT_EQ(text, sim->stepRecord().dump()) << "step " << step;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryBuiltin, StreamedRecords, ::testing::ValuesIn(builtinFiles()), testing::builtinTestName);

// Per module of the table, over all its built-ins: every event has a non-empty type, and no two
// event structs share one (a reader tells the events apart by "type" alone). One struct may
// write several types (CFS's tree events, arrive/spawn).
class EventTypes : public ::testing::TestWithParam<std::string> {};

TEST_P(EventTypes, AreNonEmptyAndNamedByOneStructEach) {
  std::map<std::string, std::size_t> structOfType;
  std::size_t events = 0;
  for (const auto& file : builtinFiles()) {
    auto sim = loadBuiltin(file);
    if (!sim || sim->module() != GetParam()) continue;
    for (std::size_t step = 1; step <= sim->stepCount(); ++step) {
      sim->seek(step);
      for (const auto& kind : sim->lastEventKinds()) {
        ++events;
        ASSERT_FALSE(kind.type.empty()) << file << " step " << step << ": event #" << kind.alternative;
        const auto [it, added] = structOfType.emplace(std::string(kind.type), kind.alternative);
        EXPECT_EQ(it->second, kind.alternative)
            << file << " step " << step << ": \"" << kind.type << "\" is the type of events #" << it->second
            << " and #" << kind.alternative << " of the variant";
      }
    }
  }
  EXPECT_GT(events, 0u) << "no built-in of module " << GetParam() << " has an event";
}

std::vector<std::string> moduleNames() {
  std::vector<std::string> out;
  for (const auto& module : modules()) out.emplace_back(module.name);
  return out;
}

INSTANTIATE_TEST_SUITE_P(EveryModule, EventTypes, ::testing::ValuesIn(moduleNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace oslens::engine

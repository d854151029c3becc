// Loading a teacher's file: parsing the JSON text, and parsing + validating + building the
// simulation, for buddy scenarios of 10^4..10^6 ops. Both must grow linearly with the file: the
// JSON parse once cost n^2 (nlohmann's callback parser, see engine/core/guarded_json_builder.h).
#include <benchmark/benchmark.h>

#include <string>

#include "engine/core/rng.h"
#include "engine/core/scenario.h"
#include "engine/modules.h"

namespace {

using namespace oslens::engine;

// A buddy scenario of `ops` operations on 2^20 pages, half allocations of order 0-4 and half
// frees of a random live tag, written as a teacher's generator would write it (~32 bytes an op).
std::string buddyScenarioText(std::size_t ops) {
  std::string text = R"({"oslens": 1, "module": "buddy", "config": {"pages": 1048576}, "ops": [)";
  Rng rng(7);
  std::vector<std::size_t> live;
  std::size_t next = 0;
  for (std::size_t i = 0; i < ops; ++i) {
    if (i) text += ",\n";
    if (live.empty() || rng.below(2) == 0) {
      text += R"({"alloc": {"order": )" + std::to_string(rng.below(5)) + R"(, "tag": "t)" + std::to_string(next) + R"("}})";
      live.push_back(next++);
    } else {
      const std::size_t pick = rng.below(live.size());
      text += R"({"free": "t)" + std::to_string(live[pick]) + R"("})";
      live[pick] = live.back();
      live.pop_back();
    }
  }
  return text + "]}";
}

void BM_Scenario_ParseJson(benchmark::State& state) {
  const std::string text = buddyScenarioText(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    ValidationErrors errors;
    auto document = parseScenarioText(text, errors);
    benchmark::DoNotOptimize(document);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Scenario_ParseJson)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Unit(benchmark::kMillisecond);

void BM_Scenario_LoadBuddy(benchmark::State& state) {
  const std::string text = buddyScenarioText(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto simulation = loadSimulation(text);
    benchmark::DoNotOptimize(simulation);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Scenario_LoadBuddy)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace

// freelist scenario files: the keys of docs/scenarios.md ("Module `freelist`"), the JSON a run
// prints, and every kind of bad input reported with its place.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/memory/freelist/freelist_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::freelist {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string freelistScenario(std::string_view config, std::string_view ops) {
  return std::string(R"({"oslens": 1, "module": "freelist", "title": "t", "config": )") + std::string(config) +
         R"(, "ops": )" + std::string(ops) + "}";
}

TEST(FreelistScenario, RunsAndReportsTheStepRecordAndSummary) {
  auto sim = loadSimulation(freelistScenario(R"({"size": 100, "header": 4})",
                                             R"([{"malloc": {"bytes": 10, "tag": "A"}}, {"malloc": {"bytes": 20, "tag": "B"}},
                                                 {"free": "A"}, {"realloc": {"tag": "B", "bytes": 30}}])"));
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->module(), "freelist");
  EXPECT_EQ(sim->opJson(0).dump(), R"({"malloc":{"bytes":10,"tag":"A"}})");
  EXPECT_EQ(sim->opJson(2).dump(), R"({"free":"A"})");
  EXPECT_EQ(sim->opJson(3).dump(), R"({"realloc":{"tag":"B","bytes":30}})");

  sim->seek(2);
  auto record = sim->stepRecord();
  EXPECT_EQ(record["address"], 1018);  // block 1014 + the 4-byte header
  EXPECT_EQ(record["block"], Json::parse(R"({"addr": 1014, "size": 24})"));
  EXPECT_EQ(record["searched"], 1);
  EXPECT_EQ(record["free_list"], Json::parse(R"([{"addr": 1038, "size": 62}])"));
  EXPECT_EQ(record["break"], 1100);
  EXPECT_EQ(record["mmapped"], Json::array());

  sim->seek(3);
  record = sim->stepRecord();
  EXPECT_TRUE(record["address"].is_null());  // a free returns nothing
  EXPECT_EQ(record["block"], Json::parse(R"({"addr": 1000, "size": 14})"));
  EXPECT_EQ(record["free_list"], Json::parse(R"([{"addr": 1000, "size": 14}, {"addr": 1038, "size": 62}])"));

  sim->seek(4);  // B grows in place into the free space after it: 34 bytes
  record = sim->stepRecord();
  EXPECT_EQ(record["address"], 1018);
  EXPECT_EQ(record["block"], Json::parse(R"({"addr": 1014, "size": 34})"));
  const auto summary = sim->summary();
  EXPECT_EQ(summary["heap_size"], 100);
  EXPECT_EQ(summary["free_bytes"], 66);
  EXPECT_EQ(summary["largest_free"], 52);
  EXPECT_EQ(summary["external_fragmentation"], 0.212);  // 1 - 52/66
  EXPECT_EQ(summary["internal_bytes"], 4);
  EXPECT_EQ(summary["blocks_in_use"], 1);
  EXPECT_EQ(summary["failed"], 0);
}

TEST(FreelistScenario, DefaultsAreOsteps) {
  auto sim = loadSimulation(freelistScenario("{}", R"([{"malloc": {"bytes": 100, "tag": "A"}}, {"malloc": {"bytes": 1, "tag": "B"}}])"));
  sim->seek(2);
  EXPECT_TRUE(sim->stepRecord()["address"].is_null());  // 100 bytes at 1000 hold only A
  EXPECT_EQ(sim->summary()["policy"], "first");
  EXPECT_EQ(sim->summary()["order"], "addrsort");
  EXPECT_EQ(sim->summary()["compat"], "standard");
  EXPECT_EQ(sim->summary()["failed"], 1);
}

TEST(FreelistScenario, BadConfigValuesAreReportedWithTheirPlace) {
  const std::string ops = R"([{"malloc": {"bytes": 1, "tag": "A"}}])";
  findError(loadErrors(freelistScenario(R"({"size": 0})", ops)), "/config/size", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"align": 3})", ops)), "/config/align", ErrorCode::NotPowerOfTwo);
  findError(loadErrors(freelistScenario(R"({"align": 8192})", ops)), "/config/align", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"size": 16, "header": 16})", ops)), "/config/header", ErrorCode::AboveLimit);
  findError(loadErrors(freelistScenario(R"({"header": 5000})", ops)), "/config/header", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"limit": 200})", ops)), "/config/limit", ErrorCode::Requires);
  findError(loadErrors(freelistScenario(R"({"size": 100, "top_pad": 64, "limit": 50})", ops)), "/config/limit", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"top_pad": 0})", ops)), "/config/top_pad", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"base": -1})", ops)), "/config/base", ErrorCode::OutOfRange);
  findError(loadErrors(freelistScenario(R"({"page_size": 1000})", ops)), "/config/page_size", ErrorCode::NotPowerOfTwo);
  findError(loadErrors(freelistScenario(R"({"sizee": 10})", ops)), "/config/sizee", ErrorCode::UnknownKey);
  // An empty heap is fine when it can grow.
  EXPECT_NO_THROW(loadSimulation(freelistScenario(R"({"size": 0, "top_pad": 64})", ops)));
}

// Settings that mean nothing together: trimming or a limit on a heap that cannot grow, and next
// fit under malloc.py's rules (it has FIRST, BEST and WORST only).
TEST(FreelistScenario, SettingsThatDoNotGoTogetherAreErrors) {
  const std::string ops = R"([{"malloc": {"bytes": 1, "tag": "A"}}])";
  const auto trim = loadErrors(freelistScenario(R"({"trim_threshold": 64, "limit": 500})", ops));
  const auto* t = findError(trim, "/config/trim_threshold", ErrorCode::Requires);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->args, (std::vector<std::string>{"trim_threshold", "top_pad"}));
  findError(trim, "/config/limit", ErrorCode::Requires);  // both in one pass
  EXPECT_NO_THROW(loadSimulation(freelistScenario(R"({"top_pad": 64, "trim_threshold": 64})", ops)));

  const auto next = loadErrors(freelistScenario(R"({"policy": "next", "compat": "ostep"})", ops));
  const auto* n = findError(next, "/config/policy", ErrorCode::NotWith);
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(describe(*n), "\"policy\": \"next\" cannot be used with \"compat\": \"ostep\"");
  EXPECT_NO_THROW(loadSimulation(freelistScenario(R"({"policy": "worst", "compat": "ostep"})", ops)));
}

// A tag is a pointer variable's name: it cannot be empty, in a malloc, a realloc or a free.
TEST(FreelistScenario, AnEmptyTagIsAnError) {
  const auto errors = loadErrors(freelistScenario("{}", R"([{"malloc": {"bytes": 1, "tag": ""}}, {"free": ""},
      {"realloc": {"tag": "", "bytes": 2}}])"));
  findError(errors, "/ops/0/malloc/tag", ErrorCode::EmptyText);
  findError(errors, "/ops/1/free", ErrorCode::EmptyText);
  findError(errors, "/ops/2/realloc/tag", ErrorCode::EmptyText);
  EXPECT_EQ(errors.size(), 3u);
}

TEST(FreelistScenario, UnknownPoliciesAndOrdersSuggestTheClosest) {
  const std::string ops = R"([{"malloc": {"bytes": 1, "tag": "A"}}])";
  // The errors are kept: findError points into them.
  const auto policyErrors = loadErrors(freelistScenario(R"({"policy": "bestfit"})", ops));
  const auto* policy = findError(policyErrors, "/config/policy", ErrorCode::UnknownChoice);
  ASSERT_NE(policy, nullptr);
  EXPECT_EQ(policy->args, (std::vector<std::string>{"bestfit", "first, next, best, worst", "best"}));
  const auto orderErrors = loadErrors(freelistScenario(R"({"order": "SIZESORT+"})", ops));
  const auto* order = findError(orderErrors, "/config/order", ErrorCode::UnknownChoice);
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->args.at(2), "sizesort+");
  findError(loadErrors(freelistScenario(R"({"compat": "glibc"})", ops)), "/config/compat", ErrorCode::UnknownChoice);
}

TEST(FreelistScenario, BadOpsAreReportedWithTheirPlace) {
  const auto errors = loadErrors(freelistScenario("{}", R"([{"malloc": {"bytes": 0, "tag": "A"}},
      {"malloc": {"bytes": 1}}, {"realloc": {"tag": "B", "bytes": 0}}, {"free": 3}, {"calloc": {"bytes": 1}},
      {"malloc": {"bytes": 1099511627777, "tag": "C"}}, {"malloc": {"bytes": 1, "tag": "D", "zone": "Normal"}}])"));
  findError(errors, "/ops/0/malloc/bytes", ErrorCode::OutOfRange);
  findError(errors, "/ops/1/malloc", ErrorCode::MissingKey);
  findError(errors, "/ops/2/realloc/bytes", ErrorCode::OutOfRange);
  findError(errors, "/ops/3/free", ErrorCode::WrongType);
  findError(errors, "/ops/4", ErrorCode::UnknownOp);  // calloc: not modelled
  findError(errors, "/ops/5/malloc/bytes", ErrorCode::OutOfRange);
  findError(errors, "/ops/6/malloc/zone", ErrorCode::UnknownKey);
}

// `A = malloc(n)` while A holds a block is what C allows: the pointer is overwritten and the old
// block leaks, a run-time event ("leak") before the malloc's own; the summary counts the leaks.
// Whether A holds a block is known only when the program runs: the retry after a NULL
// (A = malloc(200) fails, then A = malloc(10)) is no leak and no error.
TEST(FreelistScenario, AMallocOverALiveTagLeaksItsBlock) {
  auto sim = loadSimulation(freelistScenario(R"({"size": 100, "header": 4})", R"([{"malloc": {"bytes": 20, "tag": "A"}},
      {"malloc": {"bytes": 10, "tag": "A"}}, {"free": "A"}])"));
  ASSERT_NE(sim, nullptr);
  sim->seek(2);
  const auto record = sim->stepRecord();
  ASSERT_GE(record["events"].size(), 2u);
  EXPECT_EQ(record["events"][0].dump(), R"({"type":"leak","tag":"A","block":{"addr":1000,"size":24},"mapped":false})");
  EXPECT_EQ(record["events"][1]["type"], "malloc");
  EXPECT_EQ(record["address"], 1028);  // A's new block follows the leaked one
  sim->seek(3);  // free(A) frees the new block; the leaked one stays in use
  auto summary = sim->summary();
  EXPECT_EQ(summary["leaked_bytes"], 24);
  EXPECT_EQ(summary["leaked_blocks"], 1);
  EXPECT_EQ(summary["blocks_in_use"], 1);
  EXPECT_EQ(sim->stepRecord()["free_list"], Json::parse(R"([{"addr": 1024, "size": 76}])"));

  auto retry = loadSimulation(freelistScenario(R"({"size": 100})", R"([{"malloc": {"bytes": 200, "tag": "A"}},
      {"malloc": {"bytes": 10, "tag": "A"}}, {"free": "A"}])"));
  ASSERT_NE(retry, nullptr);
  retry->seek(3);
  EXPECT_EQ(retry->summary()["leaked_blocks"], 0);
  EXPECT_EQ(retry->summary()["failed"], 1);
  EXPECT_EQ(retry->summary()["blocks_in_use"], 0);
  // Once freed, a tag may be used again; a free of an unknown tag is the program's bug, shown when
  // it runs (a run-time event), not refused.
  EXPECT_NO_THROW(loadSimulation(freelistScenario("{}", R"([{"malloc": {"bytes": 1, "tag": "A"}}, {"free": "A"},
      {"malloc": {"bytes": 2, "tag": "A"}}, {"free": "Z"}, {"free": "A"}, {"free": "A"}])")));
}

std::unique_ptr<Simulation> builtin(const std::string& name) {
  std::ifstream in(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return loadSimulation(text.str());
}

// OSTEP ch. 17.3, "Examples": the free list 10 -> 30 -> 20 and a request for 15. "A best-fit
// approach would ... find that 20 was the best fit ... head 10 30 5"; worst fit "finds the largest
// chunk, in this example 30 ... head 10 15 20"; first fit "does the same thing as worst-fit", but
// stops at the first block that fits.
TEST(FreelistScenario, OstepsFitExampleAsTheBookHasIt) {
  struct Case {
    const char* file;
    int address;
    const char* list;
    int searched;
  };
  for (const Case& c : {Case{"freelist-ostep-fits-best.oslens.json", 1050, R"([{"addr":1000,"size":10},{"addr":1015,"size":30},{"addr":1065,"size":5}])", 3},
                        Case{"freelist-ostep-fits-worst.oslens.json", 1015, R"([{"addr":1000,"size":10},{"addr":1030,"size":15},{"addr":1050,"size":20}])", 3},
                        Case{"freelist-ostep-fits-first.oslens.json", 1015, R"([{"addr":1000,"size":10},{"addr":1030,"size":15},{"addr":1050,"size":20}])", 2}}) {
    SCOPED_TRACE(c.file);
    auto sim = builtin(c.file);
    ASSERT_NE(sim, nullptr);
    sim->seek(9);  // the list the book starts from: exactly 10, 30, 20
    EXPECT_EQ(sim->stepRecord()["free_list"].dump(), R"([{"addr":1000,"size":10},{"addr":1015,"size":30},{"addr":1050,"size":20}])");
    sim->seek(10);  // malloc(15)
    const auto record = sim->stepRecord();
    EXPECT_EQ(record["address"], c.address);
    EXPECT_EQ(record["free_list"].dump(), c.list);
    EXPECT_EQ(record["searched"], c.searched);
  }
}

// OSTEP ch. 17.2, figures 17.3-17.7: a 4 KiB heap at 16 KiB, 8-byte headers, three malloc(100) of
// 108 bytes each, free(16500) (the middle one) and then the other two, each put at the head of the
// list, and no coalescing. The book's sizes leave the header out: 3980 is our 3988, 3764 our 3772.
TEST(FreelistScenario, OstepsFiguresAsTheBookHasThem) {
  auto sim = builtin("freelist-ostep-figures.oslens.json");
  ASSERT_NE(sim, nullptr);
  // Figure 17.3, before any step: one free block, "size: 4088" and its header.
  EXPECT_EQ(sim->summary()["free_bytes"], 4096);
  EXPECT_EQ(sim->summary()["free_blocks"], 1);
  std::vector<std::string> lists{""};
  std::vector<Json> returned{Json()};
  for (std::size_t step = 1; step <= 6; ++step) {
    sim->seek(step);
    const auto record = sim->stepRecord();
    lists.push_back(record["free_list"].dump());
    returned.push_back(Json(record["address"]));
  }
  EXPECT_EQ(returned[1], 16392);                           // figure 17.4: ptr, the 100 bytes after the header
  EXPECT_EQ(lists[1], R"([{"addr":16492,"size":3988}])");  // "The free 3980 byte chunk"
  EXPECT_EQ(returned[2], 16500);                           // sptr: "free(16500)"
  EXPECT_EQ(lists[3], R"([{"addr":16708,"size":3772}])");  // figure 17.5: "The free 3764-byte chunk"
  EXPECT_EQ(lists[4], R"([{"addr":16492,"size":108},{"addr":16708,"size":3772}])");  // figure 17.6
  // Figure 17.7: head -> 16600 (next: 16384) -> 16384 (next: 16492) -> 16492 (next: 16708) -> 16708.
  EXPECT_EQ(lists[6], R"([{"addr":16600,"size":108},{"addr":16384,"size":108},{"addr":16492,"size":108},{"addr":16708,"size":3772}])");
}

// The list work of a valid file is bounded before it runs: without coalescing each malloc may add
// entries to the list, so 120,000 mallocs could examine ~2.2e10 entries in all (the bound is 2e10).
TEST(FreelistScenario, ARunWhoseSearchesCouldBeTooLongIsRefused) {
  auto manyMallocs = [](int count) {
    std::string ops = "[";
    for (int i = 0; i < count; ++i) ops += std::string(i ? "," : "") + R"({"malloc": {"bytes": 1, "tag": "t)" + std::to_string(i) + R"("}})";
    return ops + "]";
  };
  findError(loadErrors(freelistScenario(R"({"size": 100, "coalesce": false})", manyMallocs(120'000))), "/ops", ErrorCode::RunTooLong);
  EXPECT_NO_THROW(loadSimulation(freelistScenario(R"({"size": 100, "coalesce": false})", manyMallocs(100'000))));
}

}  // namespace
}  // namespace oslens::engine::freelist

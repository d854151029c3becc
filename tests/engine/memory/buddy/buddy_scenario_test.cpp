// Buddy scenario files: the keys of docs/scenarios.md, the JSON a run prints, and every kind of
// bad input reported with its place.
#include <gtest/gtest.h>

#include "engine/memory/buddy/buddy_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::buddy {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string buddyScenario(std::string_view body) {
  return std::string(R"({"oslens": 1, "module": "buddy", "title": "t", )") + std::string(body) + "}";
}

TEST(BuddyScenario, RunsAndReportsTheStepRecordAndSummary) {
  auto sim = loadSimulation(buddyScenario(R"("config": {"pages": 16},
      "ops": [{"alloc": {"order": 0, "tag": "A"}}, {"alloc": {"bytes": 5000, "tag": "B"}}, {"free": "A"}])"));
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->module(), "buddy");
  EXPECT_EQ(sim->stepCount(), 3u);
  EXPECT_EQ(sim->opJson(0), (Json{{"alloc", {{"order", 0}, {"tag", "A"}}}}));
  EXPECT_EQ(sim->opJson(1), (Json{{"alloc", {{"bytes", 5000}, {"tag", "B"}}}}));
  EXPECT_EQ(sim->opJson(2), (Json{{"free", "A"}}));

  sim->seek(1);
  auto record = sim->stepRecord();
  EXPECT_EQ(record["result"], 0);
  EXPECT_EQ(record["zone"], "Normal");
  EXPECT_EQ(record["free_area"], Json::parse("[[1], [2], [4], [8], [], [], [], [], [], [], []]"));
  EXPECT_EQ(record["free_pages"], 15);
  EXPECT_EQ(record["largest_free_order"], 3);

  sim->seek(3);
  record = sim->stepRecord();
  EXPECT_TRUE(record["result"].is_null());  // a free hands nothing out
  const auto summary = sim->summary();
  EXPECT_EQ(summary["free_pages"], 14);
  EXPECT_EQ(summary["largest_free_order"], 3);
  EXPECT_EQ(summary["buddyinfo"], Json::parse("[0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]"));
  EXPECT_EQ(summary["internal_fragmentation_bytes"], 8192 - 5000);
  // Free pages 14; blocks of order >= 2 hold 4 + 8 = 12, so 2/14 of the free memory cannot serve
  // an order-2 request (mm/vmstat.c: unusable_free_index, 3 decimals).
  EXPECT_DOUBLE_EQ(summary["unusable_index"][2].get<double>(), 0.142);
  EXPECT_EQ(summary["zones"][0]["name"], "Normal");
}

TEST(BuddyScenario, AFailedRequestHasANullResult) {
  auto sim = loadSimulation(buddyScenario(R"("config": {"pages": 4}, "ops": [{"alloc": {"order": 3, "tag": "A"}}])"));
  sim->seek(1);
  EXPECT_TRUE(sim->stepRecord()["result"].is_null());
  EXPECT_EQ(sim->summary()["failures"], 1);
}

TEST(BuddyScenario, ZonesNameTheirPagesAndRequestsNameTheirZone) {
  auto sim = loadSimulation(buddyScenario(R"("config": {"zones": [{"name": "DMA", "pages": 4}, {"name": "Normal", "pages": 12}]},
      "ops": [{"alloc": {"order": 1, "tag": "d", "zone": "DMA"}}, {"alloc": {"order": 1, "tag": "n"}}])"));
  sim->seek(2);
  EXPECT_EQ(sim->stepRecord()["zone"], "Normal");  // a request without a zone asks for Normal
  EXPECT_EQ(sim->opJson(0)["alloc"]["zone"], "DMA");
  const auto summary = sim->summary();
  EXPECT_EQ(summary["pages"], 16);
  EXPECT_EQ(summary["zones"][1]["start_pfn"], 4);
  EXPECT_EQ(summary["zones"][0]["free_pages"], 2);
}

TEST(BuddyScenario, BadInputIsReportedWithItsPlace) {
  auto errors = loadErrors(buddyScenario(R"("config": {"pages": 16, "max_order": 4},
      "ops": [{"alloc": {"order": 4, "tag": "A"}}, {"free": "B"}, {"alloc": {"order": 1, "bytes": 10, "tag": "C"}},
              {"alloc": {"bytes": 40000, "tag": "D"}}, {"alloc": {"order": 0}}, {"alloc": {"order": 0, "tag": "E", "zone": "High"}},
              {"free": "A"}, {"aloc": {}}])"));
  findError(errors, "/ops/0/alloc/order", ErrorCode::OutOfRange);  // orders 0..3
  findError(errors, "/ops/1/free", ErrorCode::UndefinedTag);
  findError(errors, "/ops/2/alloc/bytes", ErrorCode::Conflict);
  findError(errors, "/ops/3/alloc/bytes", ErrorCode::OutOfRange);  // 8 pages * 4096 at most
  findError(errors, "/ops/4/alloc", ErrorCode::MissingKey);
  findError(errors, "/ops/5/alloc/zone", ErrorCode::UnknownChoice);
  const auto* aloc = findError(errors, "/ops/7", ErrorCode::UnknownOp);
  ASSERT_NE(aloc, nullptr);
  EXPECT_EQ(aloc->args, (std::vector<std::string>{"aloc", "alloc, free", "alloc"}));
  for (const auto& e : errors.list()) EXPECT_NE(e.pointer, "/ops/7/aloc");  // one error for the op, not two
  // A was named by op 0, whose order was wrong: freeing it is not a second, misleading error.
  for (const auto& e : errors.list()) EXPECT_NE(e.pointer, "/ops/6/free");
}

TEST(BuddyScenario, BadConfigurationIsReportedWithItsPlace) {
  auto errors = loadErrors(buddyScenario(R"("config": {"pages": 0, "max_order": 30, "pick": "best", "page_size": 3000}, "ops": [])"));
  findError(errors, "/config/pages", ErrorCode::OutOfRange);
  findError(errors, "/config/max_order", ErrorCode::OutOfRange);
  findError(errors, "/config/pick", ErrorCode::UnknownChoice);
  findError(errors, "/config/page_size", ErrorCode::NotPowerOfTwo);

  errors = loadErrors(buddyScenario(R"("config": {"pages": 2000000}, "ops": [])"));
  findError(errors, "/config/pages", ErrorCode::OutOfRange);

  errors = loadErrors(buddyScenario(R"("config": {"pages": 16, "zones": [{"name": "DMA", "pages": 0}, {"name": "DMA", "pages": 8}]}, "ops": [])"));
  findError(errors, "/config/zones/0/pages", ErrorCode::OutOfRange);
  findError(errors, "/config/zones/1/name", ErrorCode::DuplicateName);

  errors = loadErrors(buddyScenario(R"("config": {"pages": 16, "zones": [{"name": "DMA", "pages": 4}]}, "ops": [])"));
  findError(errors, "/config/zones", ErrorCode::TotalMismatch);
}

}  // namespace
}  // namespace oslens::engine::buddy

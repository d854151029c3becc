// Bad banker files: each mistake reported at its place, all of them in one pass.
#include <gtest/gtest.h>

#include "banker_test_support.h"
#include "scenario_test_support.h"

namespace oslens::engine::deadlock::banker {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string scenario(const std::string& config, const std::string& ops = "[]") {
  return R"({"oslens": 1, "module": "banker", "config": )" + config + R"(, "ops": )" + ops + "}";
}

const std::string kResources = R"("resources": [{"name": "A", "total": 10}, {"name": "B", "total": 5}])";

TEST(BankerScenario, VectorsOfTheWrongLengthAndNegativeCounts) {
  auto errors = loadErrors(scenario("{" + kResources + R"(, "processes": [
      {"name": "P0", "max": [1, 2, 3], "allocation": [0, -1]}]})"));
  findError(errors, "/config/processes/0/max", ErrorCode::WrongLength);
  findError(errors, "/config/processes/0/allocation/1", ErrorCode::OutOfRange);
}

// A mistake in one resource does not hide the processes' mistakes: the vectors are still
// measured against the list's length.
TEST(BankerScenario, ABadResourceDoesNotHideWrongLengths) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": -1}, {"name": "B", "total": 5}],
      "processes": [{"name": "P0", "max": [1, 2, 3]}]})"));
  findError(errors, "/config/resources/0/total", ErrorCode::OutOfRange);
  findError(errors, "/config/processes/0/max", ErrorCode::WrongLength);
}

TEST(BankerScenario, AllocationAboveMaxAndMaxAboveTotal) {
  auto errors = loadErrors(scenario("{" + kResources + R"(, "processes": [
      {"name": "P0", "max": [11, 2], "allocation": [1, 3]}]})"));
  const auto* max = findError(errors, "/config/processes/0/max/0", ErrorCode::AboveLimit);
  ASSERT_NE(max, nullptr);
  EXPECT_EQ(max->args, (std::vector<std::string>{"11", "total", "10"}));
  const auto* allocation = findError(errors, "/config/processes/0/allocation/1", ErrorCode::AboveLimit);
  ASSERT_NE(allocation, nullptr);
  EXPECT_EQ(formatError(*allocation), "/config/processes/0/allocation/1: 3 is above 2, the most that \"max\" allows here");
}

TEST(BankerScenario, AllocationsAboveTheTotal) {
  auto errors = loadErrors(scenario("{" + kResources + R"(, "processes": [
      {"name": "P0", "max": [4, 5], "allocation": [0, 3]}, {"name": "P1", "max": [1, 5], "allocation": [0, 3]}]})"));
  const auto* over = findError(errors, "/config/resources/1/total", ErrorCode::OverAllocated);
  ASSERT_NE(over, nullptr);
  EXPECT_EQ(over->args, (std::vector<std::string>{"6", "5"}));
}

TEST(BankerScenario, UnknownProcessesAndBadOps) {
  auto errors = loadErrors(scenario("{" + kResources + R"(, "processes": [{"name": "P0", "max": [1, 1]}]})",
                                    R"([{"request": {"process": "P9", "vector": [1, 0]}},
                                        {"release": {"process": "P0", "vector": [1]}},
                                        {"safety": false},
                                        {"request": {"process": "P0", "vector": [1, 0]}, "safety": true},
                                        {"grant": 1}])"));
  const auto* unknown = findError(errors, "/ops/0/request/process", ErrorCode::UnknownName);
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(unknown->args, (std::vector<std::string>{"P9", "process"}));
  findError(errors, "/ops/1/release/vector", ErrorCode::WrongLength);
  findError(errors, "/ops/2/safety", ErrorCode::UnknownChoice);
  findError(errors, "/ops/3/safety", ErrorCode::Conflict);
  findError(errors, "/ops/4", ErrorCode::UnknownOp);  // {"grant": 1}
}

TEST(BankerScenario, NamesAndOptions) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": 1}, {"name": "A", "total": 2}],
      "processes": [{"name": "P", "max": [1, 1]}, {"name": "P", "max": [0, 0]}], "scan_order": "random",
      "sequences": true})"));
  findError(errors, "/config/resources/1/name", ErrorCode::DuplicateName);
  findError(errors, "/config/processes/1/name", ErrorCode::DuplicateName);
  findError(errors, "/config/scan_order", ErrorCode::UnknownChoice);
  findError(errors, "/config/sequences", ErrorCode::UnknownKey);
}

TEST(BankerScenario, EmptyListsAndTooManyResources) {
  auto empty = loadErrors(scenario(R"({"resources": [], "processes": []})"));
  findError(empty, "/config/resources", ErrorCode::OutOfRange);
  findError(empty, "/config/processes", ErrorCode::OutOfRange);
  std::string resources = R"({"resources": [)";
  for (int r = 0; r < 65; ++r) resources += (r ? "," : "") + std::string(R"({"name": "R)") + std::to_string(r) + R"(", "total": 1})";
  auto many = loadErrors(scenario(resources + R"(], "processes": [{"name": "P", "max": [1]}]})"));
  findError(many, "/config/resources", ErrorCode::TooMany);
}

TEST(BankerScenario, AllocationDefaultsToNothing) {
  auto sim = testing::loadBanker("{" + kResources + R"(, "processes": [{"name": "P0", "max": [2, 2]}]})", "[]");
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->timeline().state().available, (ResourceVector{10, 5}));
}

}  // namespace
}  // namespace oslens::engine::deadlock::banker

// Bad deadlock files: each mistake reported at its place.
#include <gtest/gtest.h>

#include "detection_test_support.h"
#include "scenario_test_support.h"

namespace oslens::engine::deadlock::detection {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string scenario(const std::string& config, const std::string& ops = "[]") {
  return R"({"oslens": 1, "module": "deadlock", "config": )" + config + R"(, "ops": )" + ops + "}";
}

TEST(DetectionScenario, BadVectorsAndTotals) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": 2}, {"name": "B", "total": -1}],
      "processes": [{"name": "P", "allocation": [2, 0, 0]}, {"name": "Q", "request": [1, "x"]}]})"));
  findError(errors, "/config/resources/1/total", ErrorCode::OutOfRange);
  findError(errors, "/config/processes/1/request/1", ErrorCode::WrongType);
}

TEST(DetectionScenario, HoldingAndWaitingAboveTheTotal) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": 2}],
      "processes": [{"name": "P", "allocation": [2], "request": [1]}, {"name": "Q", "allocation": [1]}]})"));
  const auto* request = findError(errors, "/config/processes/0/request/0", ErrorCode::AboveLimit);
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->args, (std::vector<std::string>{"1", "total", "0"}));
  findError(errors, "/config/resources/0/total", ErrorCode::OverAllocated);
}

TEST(DetectionScenario, AProcessMayNotShareAResourceName) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": 2}], "processes": [{"name": "A"}, {"name": "P"}]})"));
  findError(errors, "/config/processes/0/name", ErrorCode::DuplicateName);
}

TEST(DetectionScenario, BadOps) {
  auto errors = loadErrors(scenario(R"({"resources": [{"name": "A", "total": 2}], "processes": [{"name": "P"}]})",
                                    R"([{"abort": "Z"}, {"abort": {"rule": "oldest"}}, {"preempt": {"process": "P"}},
                                        {"detect": 1}, {"request": {"process": "P", "vector": [1, 1]}}])"));
  findError(errors, "/ops/0/abort", ErrorCode::UnknownName);
  findError(errors, "/ops/1/abort/rule", ErrorCode::UnknownChoice);
  findError(errors, "/ops/2/preempt", ErrorCode::MissingKey);
  findError(errors, "/ops/3/detect", ErrorCode::WrongType);
  findError(errors, "/ops/4/request/vector", ErrorCode::WrongLength);
}

}  // namespace
}  // namespace oslens::engine::deadlock::detection

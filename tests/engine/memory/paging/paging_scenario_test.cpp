// Validation of paging scenarios (docs/scenarios.md, "paging"): every problem is reported with
// its JSON pointer and what was expected, and nothing out of bounds is ever allocated.
#include <gtest/gtest.h>

#include "engine/core/limits.h"
#include "engine/memory/paging/paging_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::paging {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;
using engine::testing::pagingScenario;

TEST(PagingScenario, RefsShorthandLoadsAsReads) {
  auto sim = loadSimulation(pagingScenario(R"("config": {"frames": 2, "policy": "lru"}, "refs": [4, 5, 4])"));
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->module(), "paging");
  ASSERT_EQ(sim->stepCount(), 3u);
  EXPECT_EQ(sim->opJson(0), (Json{{"access", 4}}));
  sim->seek(3);
  EXPECT_EQ(sim->summary()["policy"], "lru");
  EXPECT_EQ(sim->summary()["faults"], 2);
}

TEST(PagingScenario, OpsCarryWrites) {
  auto sim = loadSimulation(pagingScenario(R"("config": {"frames": 1}, "ops": [{"access": 4, "write": true}, {"access": 5}])"));
  EXPECT_EQ(sim->opJson(0), (Json{{"access", 4}, {"write", true}}));
  sim->seek(2);
  EXPECT_EQ(sim->summary()["policy"], "fifo");  // the default policy
  EXPECT_EQ(sim->summary()["writebacks"], 1);
}

TEST(PagingScenario, ZeroFramesIsOutOfRange) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 0}, "refs": [1])"));
  const auto* e = findError(errors, "/config/frames", ErrorCode::OutOfRange);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"0", "1", "1048576"}));
}

TEST(PagingScenario, MoreThanTwoToThe20FramesIsOutOfRange) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 1048577}, "refs": [1])"));
  findError(errors, "/config/frames", ErrorCode::OutOfRange);
}

TEST(PagingScenario, MissingFramesIsReported) {
  findError(loadErrors(pagingScenario(R"("config": {}, "refs": [1])")), "/config", ErrorCode::MissingKey);
}

TEST(PagingScenario, UnknownPolicyListsTheChoices) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 3, "policy": "lruu"}, "refs": [1])"));
  const auto* e = findError(errors, "/config/policy", ErrorCode::UnknownChoice);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"lruu", "fifo, lru, opt, clock, lfu, random", "lru"}));
}

TEST(PagingScenario, RefsAndOpsTogetherConflict) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 3}, "refs": [1], "ops": [{"access": 1}])"));
  findError(errors, "/refs", ErrorCode::Conflict);
}

TEST(PagingScenario, NeitherRefsNorOpsIsMissingOps) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 3})"));
  const auto* e = findError(errors, "", ErrorCode::MissingKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"ops"}));
}

TEST(PagingScenario, WrongTypeNamesTheOp) {
  const auto errors = loadErrors(pagingScenario(
      R"("config": {"frames": 3}, "ops": [{"access": 1}, {"access": 2}, {"access": 3}, {"access": "four"}])"));
  const auto* e = findError(errors, "/ops/3/access", ErrorCode::WrongType);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"an integer", "a string"}));
}

TEST(PagingScenario, MisspelledKeySuggestsTheRightOne) {
  const auto errors =
      loadErrors(pagingScenario(R"("config": {"frames": 3}, "ops": [{"access": 1}, {"access": 2, "writ": true}])"));
  const auto* e = findError(errors, "/ops/1/writ", ErrorCode::UnknownKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"writ", "write"}));
  EXPECT_EQ(formatError(*e), R"(/ops/1/writ: unknown key "writ" (did you mean "write"?))");
}

TEST(PagingScenario, MisspelledConfigKeyIsReported) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 3, "polcy": "lru"}, "refs": [1])"));
  const auto* e = findError(errors, "/config/polcy", ErrorCode::UnknownKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args.at(1), "policy");
}

TEST(PagingScenario, NegativePageIsOutOfRange) {
  findError(loadErrors(pagingScenario(R"("config": {"frames": 3}, "refs": [1, -2])")), "/refs/1", ErrorCode::OutOfRange);
  findError(loadErrors(pagingScenario(R"("config": {"frames": 3}, "ops": [{"access": -1}])")), "/ops/0/access",
            ErrorCode::OutOfRange);
}

TEST(PagingScenario, PageAbove2To32Minus1IsOutOfRange) {
  findError(loadErrors(pagingScenario(R"("config": {"frames": 3}, "refs": [4294967296])")), "/refs/0",
            ErrorCode::OutOfRange);
  EXPECT_NO_THROW(loadSimulation(pagingScenario(R"("config": {"frames": 3}, "refs": [4294967295])")));
}

TEST(PagingScenario, OpWithoutAccessIsMissingKey) {
  findError(loadErrors(pagingScenario(R"("config": {"frames": 3}, "ops": [{"write": true}])")), "/ops/0",
            ErrorCode::MissingKey);
}

TEST(PagingScenario, EveryBadOpIsReportedInOnePass) {
  const auto errors = loadErrors(pagingScenario(R"("config": {"frames": 3}, "refs": [1, "x", -1, 2.5, true])"));
  EXPECT_EQ(errors.size(), 4u);
  findError(errors, "/refs/1", ErrorCode::WrongType);
  findError(errors, "/refs/2", ErrorCode::OutOfRange);
  findError(errors, "/refs/3", ErrorCode::WrongType);
  findError(errors, "/refs/4", ErrorCode::WrongType);
}

// The bound is checked on the parsed array before any op is built: 10^7 + 1 references are
// refused with a count, not simulated. (Parsing the 20 MB of text takes about a second.)
TEST(PagingScenario, MoreThanTenMillionReferencesIsAnError) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "parsing 10^7 numbers takes ~10 s under AddressSanitizer; the plain build runs this";
#endif
  const std::size_t n = limits::kMaxOps + 1;
  std::string text = pagingScenario(R"("config": {"frames": 3}, "refs": [)");
  text.pop_back();  // reopen the object to append the array
  text.reserve(text.size() + 2 * n + 4);
  for (std::size_t i = 0; i < n; ++i) text += i == 0 ? "7" : ",7";
  text += "]}";
  const auto errors = loadErrors(text);
  const auto* e = findError(errors, "/refs", ErrorCode::TooMany);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"10000001", "10000000"}));
}

}  // namespace
}  // namespace oslens::engine::paging

// The op shape every module but paging shares, {"op": value} (engine/core/scenario_frame.h): an op
// the module does not know is one error at the op that names it and the ops there are, with a
// "did you mean", never a "missing key" for an op nobody meant plus an "unknown key" for the one
// that was meant.
#include <gtest/gtest.h>

#include "engine/core/scenario_frame.h"

namespace oslens::engine {
namespace {

const std::vector<std::string_view> kOps{"malloc", "free", "realloc"};

// Reads one op as readScenario does: readSingleOpKey, then the op's unknown keys.
ValidationErrors readOne(const char* text, std::optional<OpKey>* out = nullptr) {
  const Json value = Json::parse(text);
  ValidationErrors errors;
  ObjectReader op(value, "/ops/1", errors);
  auto key = readSingleOpKey(op, kOps);
  op.finish();
  if (out) *out = key;
  return errors;
}

TEST(ReadSingleOpKey, AnUnknownOpIsOneErrorAtTheOpWithTheClosestOp) {
  auto errors = readOne(R"({"calloc": {"bytes": 8, "tag": "A"}})");
  ASSERT_EQ(errors.size(), 1u);
  const ValidationError& e = errors.list().front();
  EXPECT_EQ(e.pointer, "/ops/1");
  EXPECT_EQ(e.code, ErrorCode::UnknownOp);
  EXPECT_EQ(e.args, (std::vector<std::string>{"calloc", "malloc, free, realloc", "malloc"}));
  EXPECT_EQ(formatError(e), "/ops/1: unknown op \"calloc\"; expected one of malloc, free, realloc (did you mean \"malloc\"?)");

  errors = readOne(R"({"fre": "A"})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list().front().args.at(2), "free");
}

TEST(ReadSingleOpKey, AnOpLikeNoneIsNamedWithoutASuggestion) {
  const auto errors = readOne(R"({"mmap": 4096})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(describe(errors.list().front()), "unknown op \"mmap\"; expected one of malloc, free, realloc");
}

// Of several unknown keys, the one that looks like an op is the op; the others stay unknown keys.
TEST(ReadSingleOpKey, OfSeveralUnknownKeysTheOneLikeAnOpIsTheOp) {
  const auto errors = readOne(R"({"zone": 1, "reallco": {"tag": "A", "bytes": 3}})");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::UnknownOp);
  EXPECT_EQ(errors.list()[0].args.at(0), "reallco");
  EXPECT_EQ(errors.list()[0].args.at(2), "realloc");
  EXPECT_EQ(errors.list()[1].code, ErrorCode::UnknownKey);
  EXPECT_EQ(errors.list()[1].pointer, "/ops/1/zone");
}

TEST(ReadSingleOpKey, AnEmptyOpSaysNoOpWasGiven) {
  const auto errors = readOne("{}");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(formatError(errors.list().front()), "/ops/1: no op given; expected one of malloc, free, realloc");
}

TEST(ReadSingleOpKey, AKnownOpIsReadAndTwoAreAConflict) {
  std::optional<OpKey> key;
  EXPECT_TRUE(readOne(R"({"free": "A"})", &key).empty());
  ASSERT_TRUE(key);
  EXPECT_EQ(key->key, "free");
  EXPECT_EQ(key->pointer, "/ops/1/free");
  const auto errors = readOne(R"({"free": "A", "malloc": {"bytes": 1, "tag": "B"}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list().front().code, ErrorCode::Conflict);
}

}  // namespace
}  // namespace oslens::engine

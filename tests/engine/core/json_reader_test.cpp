// Reading scenario JSON: every problem carries its JSON pointer (RFC 6901) and says what was
// expected, so a teacher can fix a file in one pass (docs/architecture.md, "Scenario files").
#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

#include "engine/core/json_reader.h"
#include "engine/core/limits.h"

namespace oslens::engine {
namespace {

// Json::parse, as files are read: non-negative literals become unsigned, "3.0" a float.
Json parsed(const char* text) { return Json::parse(text); }

std::optional<std::int64_t> integerOf(const char* text, std::int64_t min, std::int64_t max, ValidationErrors& errors) {
  return readInteger(parsed(text), "/n", min, max, errors);
}

TEST(JsonPointer, EscapesTildeAndSlashAsRfc6901Requires) {
  EXPECT_EQ(childPointer("", "ops"), "/ops");
  EXPECT_EQ(childPointer("/config", "a/b"), "/config/a~1b");
  EXPECT_EQ(childPointer("/config", "a~b"), "/config/a~0b");
  // "~1" written literally must not read back as "/": the tilde is escaped first.
  EXPECT_EQ(childPointer("", "~1"), "/~01");
  EXPECT_EQ(childPointer("", ""), "/");
  EXPECT_EQ(childPointer("/ops", std::size_t{3}), "/ops/3");
}

TEST(JsonPointer, EscapedPointersResolveWithNlohmann) {
  const Json doc = parsed(R"({"a/b": {"c~d": 5}})");
  const std::string pointer = childPointer(childPointer("", "a/b"), "c~d");
  EXPECT_EQ(doc.at(Json::json_pointer(pointer)), 5);
}

TEST(ReadInteger, AcceptsValuesAtBothBounds) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("1", 1, 9, errors), 1);
  EXPECT_EQ(integerOf("9", 1, 9, errors), 9);
  EXPECT_EQ(integerOf("-5", -5, 5, errors), -5);
  EXPECT_TRUE(errors.empty());
}

// A literal 0 is parsed as an unsigned number; the lower bound must still apply to it.
TEST(ReadInteger, ZeroBelowAMinimumOfOneIsOutOfRange) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("0", 1, 9, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/n", ErrorCode::OutOfRange, {"0", "1", "9"}}));
}

TEST(ReadInteger, AboveTheMaximumIsOutOfRange) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("10", 1, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("18446744073709551615", 1, 9, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors.list()[1].args.at(0), "18446744073709551615");
}

TEST(ReadInteger, NegativeBelowTheMinimumIsOutOfRange) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("-1", 0, 9, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::OutOfRange);
  EXPECT_EQ(errors.list()[0].args.at(0), "-1");
}

// Generated files often write whole numbers as 3.0; that is the integer 3.
TEST(ReadInteger, WholeFloatIsAccepted) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("3.0", 1, 9, errors), 3);
  EXPECT_EQ(integerOf("-2.0", -5, 5, errors), -2);
  EXPECT_EQ(integerOf("1e2", 0, 100, errors), 100);
  EXPECT_TRUE(errors.empty());
}

TEST(ReadInteger, FractionIsTheWrongType) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("3.5", 1, 9, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/n", ErrorCode::WrongType, {"an integer", "a number with a fraction"}}));
}

// A whole float outside the range is a range error, not a type error, and a huge one (beyond
// int64) must be rejected before any conversion, which would be undefined behaviour.
TEST(ReadInteger, WholeFloatOutOfRangeIsOutOfRange) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf("0.0", 1, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("1e10", 1, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("1e300", 1, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("-1e300", 1, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("9223372036854775808.0", INT64_MIN, INT64_MAX, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 5u);
  for (const auto& e : errors.list()) EXPECT_EQ(e.code, ErrorCode::OutOfRange) << formatError(e);
}

TEST(ReadInteger, OtherKindsAreTheWrongTypeAndNamed) {
  ValidationErrors errors;
  EXPECT_EQ(integerOf(R"("3")", 0, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("true", 0, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("null", 0, 9, errors), std::nullopt);
  EXPECT_EQ(integerOf("[3]", 0, 9, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors.list()[0].args.at(1), "a string");
  EXPECT_EQ(errors.list()[1].args.at(1), "a boolean");
  EXPECT_EQ(errors.list()[2].args.at(1), "null");
  EXPECT_EQ(errors.list()[3].args.at(1), "an array");
}

TEST(ReadText, TextLongerThanTheLimitIsRefused) {
  ValidationErrors errors;
  EXPECT_TRUE(readText(Json(std::string(limits::kMaxTextLength, 'x')), "/title", errors));
  EXPECT_FALSE(readText(Json(std::string(limits::kMaxTextLength + 1, 'x')), "/title", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::TooLong);
}

TEST(ReadChoice, UnknownChoiceListsTheAllowedOnes) {
  ValidationErrors errors;
  EXPECT_EQ(readChoice(Json("lru"), "/p", {"fifo", "lru"}, errors), "lru");
  EXPECT_EQ(readChoice(Json("lfru"), "/p", {"fifo", "lru"}, errors), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/p", ErrorCode::UnknownChoice, {"lfru", "fifo, lru", "lru"}}));
}

// The third argument is the choice the value was most likely meant to be: the same word in
// another case, a choice the value starts with, or one at most two edits away; else nothing.
TEST(ReadChoice, UnknownChoiceSuggestsTheClosestOne) {
  const std::vector<std::string> policies{"first", "next", "best", "worst"};
  auto suggestion = [&](const char* value) {
    ValidationErrors errors;
    readChoice(Json(value), "/p", policies, errors);
    return errors.list().at(0).args.at(2);
  };
  EXPECT_EQ(suggestion("FIRST"), "first");
  EXPECT_EQ(suggestion("bestfit"), "best");
  EXPECT_EQ(suggestion("first-fit"), "first");
  EXPECT_EQ(suggestion("wrost"), "worst");
  EXPECT_EQ(suggestion("buddy"), "");
  ValidationErrors errors;
  readChoice(Json("bestfit"), "/p", policies, errors);
  EXPECT_EQ(formatError(errors.list()[0]), "/p: \"bestfit\" is not one of: first, next, best, worst (did you mean \"best\"?)");
}

TEST(ReadBoolean, OnlyTrueAndFalseAreBooleans) {
  ValidationErrors errors;
  EXPECT_EQ(readBoolean(Json(true), "/w", errors), true);
  EXPECT_EQ(readBoolean(parsed("1"), "/w", errors), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].args, (std::vector<std::string>{"true or false", "an integer"}));
}

TEST(ExpectArray, LongerThanTheLimitIsTooMany) {
  ValidationErrors errors;
  EXPECT_TRUE(expectArray(parsed("[1, 2]"), "/refs", 2, errors));
  EXPECT_FALSE(expectArray(parsed("[1, 2, 3]"), "/refs", 2, errors));
  EXPECT_FALSE(expectArray(parsed("{}"), "/refs", 2, errors));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/refs", ErrorCode::TooMany, {"3", "2"}}));
  EXPECT_EQ(errors.list()[1].code, ErrorCode::WrongType);
}

TEST(ObjectReader, UnknownKeyIsReportedWithTheClosestKnownKey) {
  ValidationErrors errors;
  const Json value = parsed(R"({"frames": 3, "polcy": "lru", "zzzzzzzz": 1})");
  ObjectReader reader(value, "/config", errors);
  EXPECT_EQ(reader.integer("frames", 1, 9), 3);
  EXPECT_EQ(reader.choice("policy", {"fifo", "lru"}, std::string("fifo")), "fifo");  // absent: the fallback
  reader.finish();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/config/polcy", ErrorCode::UnknownKey, {"polcy", "policy"}}));
  // Nothing is close to "zzzzzzzz", so no guess is offered.
  EXPECT_EQ(errors.list()[1], (ValidationError{"/config/zzzzzzzz", ErrorCode::UnknownKey, {"zzzzzzzz", ""}}));
}

TEST(ObjectReader, MissingRequiredKeyIsReportedOnTheObject) {
  ValidationErrors errors;
  const Json value = parsed("{}");
  ObjectReader reader(value, "/config", errors);
  EXPECT_EQ(reader.integer("frames", 1, 9), std::nullopt);
  reader.finish();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/config", ErrorCode::MissingKey, {"frames"}}));
}

TEST(ObjectReader, NonObjectIsOneWrongTypeError) {
  ValidationErrors errors;
  const Json value = parsed("[1]");
  ObjectReader reader(value, "/config", errors);
  EXPECT_FALSE(reader.isObject());
  EXPECT_EQ(reader.integer("frames", 1, 9), std::nullopt);
  reader.finish();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"/config", ErrorCode::WrongType, {"an object", "an array"}}));
}

TEST(ObjectReader, KeysWithSlashesAreEscapedInPointers) {
  ValidationErrors errors;
  const Json value = parsed(R"({"a/b": 1})");
  ObjectReader reader(value, "", errors);
  reader.finish();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].pointer, "/a~1b");
}

}  // namespace
}  // namespace oslens::engine

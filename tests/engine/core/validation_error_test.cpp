// Validation collects problems like a compiler does, but a file with ten million bad entries must
// not flood memory: the list keeps the first kMaxReportedErrors and counts the rest.
#include <gtest/gtest.h>

#include "engine/core/limits.h"
#include "engine/core/validation_error.h"

namespace oslens::engine {
namespace {

TEST(ValidationErrors, KeepsTheFirst100AndCountsTheRest) {
  ValidationErrors errors;
  for (int i = 0; i < 250; ++i) errors.add("/refs/" + std::to_string(i), ErrorCode::WrongType, {"an integer", "a string"});
  EXPECT_EQ(limits::kMaxReportedErrors, 100u);
  EXPECT_EQ(errors.size(), 100u);
  EXPECT_EQ(errors.droppedCount(), 150u);
  EXPECT_EQ(errors.list().front().pointer, "/refs/0");
  EXPECT_EQ(errors.list().back().pointer, "/refs/99");
}

TEST(ValidationErrors, StartsEmpty) {
  ValidationErrors errors;
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(errors.droppedCount(), 0u);
}

TEST(ScenarioError, SummaryListsEachErrorAndHowManyWereLeftOut) {
  ValidationErrors errors;
  for (int i = 0; i < 102; ++i) errors.add("/refs/" + std::to_string(i), ErrorCode::OutOfRange, {"-1", "0", "9"});
  const ScenarioError error(errors);
  const std::string what = error.what();
  EXPECT_NE(what.find("/refs/0: -1 is out of range; expected 0 to 9\n"), std::string::npos);
  EXPECT_NE(what.find("... and 2 more problems"), std::string::npos);
  EXPECT_EQ(error.errors().size(), 100u);
}

TEST(FormatError, TheWholeDocumentIsShownAsSlash) {
  EXPECT_EQ(formatError({"", ErrorCode::TooDeep, {"64"}}), "/: nested deeper than 64 levels");
}

TEST(FormatError, UnknownKeySuggestsOnlyWhenThereIsASuggestion) {
  EXPECT_EQ(describe({"/x", ErrorCode::UnknownKey, {"colour", ""}}), "unknown key \"colour\"");
  EXPECT_EQ(describe({"/x", ErrorCode::UnknownKey, {"titel", "title"}}),
            "unknown key \"titel\" (did you mean \"title\"?)");
}

// Every code has its own sentence: none falls through to the generic one.
TEST(FormatError, EveryCodeHasASentence) {
  for (int code = static_cast<int>(ErrorCode::FileUnreadable); code <= static_cast<int>(ErrorCode::NotText); ++code)
    EXPECT_NE(describe({"", static_cast<ErrorCode>(code), {"a", "b", "c"}}), "invalid value") << "code " << code;
}

}  // namespace
}  // namespace oslens::engine

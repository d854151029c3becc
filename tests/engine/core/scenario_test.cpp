// Scenario files (docs/architecture.md, "Scenario files"): the common keys, the "oslens" format version,
// and the bounds that keep a hostile or broken file from crashing the program.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "engine/core/limits.h"
#include "engine/core/scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine {
namespace {

using testing::findError;
using testing::loadErrors;

constexpr const char* kMinimal = R"({"oslens": 1, "module": "paging", "config": {"frames": 3}, "refs": [1]})";

TEST(ScenarioText, SyntaxErrorReportsLineAndColumn) {
  // Line 3, column 22 is the second comma: an editor takes the teacher straight there.
  const auto errors = loadErrors("{\n  \"oslens\": 1,\n  \"module\": \"paging\",,\n}");
  const auto* e = findError(errors, "", ErrorCode::Syntax);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args.at(0), "3");
  EXPECT_EQ(e->args.at(1), "22");
  EXPECT_NE(e->args.at(2).find("unexpected ','"), std::string::npos) << e->args.at(2);
}

TEST(ScenarioText, TruncatedFileIsASyntaxError) {
  const auto errors = loadErrors("{\"oslens\": 1,\n\"module\": \"pag");
  const auto* e = findError(errors, "", ErrorCode::Syntax);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args.at(0), "2");
}

TEST(ScenarioText, EmptyTextIsASyntaxError) {
  findError(loadErrors(""), "", ErrorCode::Syntax);
}

// The parser counts values as it reads: a file of tens of millions of tiny values stops at the
// bound instead of becoming a document of gigabytes first.
TEST(ScenarioText, MoreJsonValuesThanTheBoundStopTheParse) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "building and parsing 60 MB takes too long under AddressSanitizer; the plain build runs this";
#endif
  std::string text = "[";
  text.reserve(2 * limits::kMaxJsonValues + 8);
  for (std::size_t i = 0; i < limits::kMaxJsonValues; ++i) text += "0,";
  text += "0]";  // the array itself and kMaxJsonValues + 1 numbers
  const auto errors = loadErrors(text);
  const auto* e = findError(errors, "", ErrorCode::TooManyValues);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{std::to_string(limits::kMaxJsonValues)}));
}

// JSON lets a key appear twice and keeps the last; a teacher who wrote "frames" twice meant one
// of them, so both places are named instead of one value silently winning.
TEST(ScenarioText, AKeyGivenTwiceInOneObjectIsAnError) {
  const auto errors = loadErrors(
      R"({"oslens": 1, "module": "paging", "config": {"frames": 3, "frames": 4},
          "ops": [{"access": 1}, {"access": 2, "write": true, "access": 3}]})");
  findError(errors, "/config/frames", ErrorCode::DuplicateKey);
  findError(errors, "/ops/1/access", ErrorCode::DuplicateKey);
  EXPECT_EQ(errors.size(), 2u);
}

// A hostile file with a hundred thousand keys in one object: every one is checked (unknown, and
// not a duplicate) in n log n, the list stops at 100 and counts the rest. A reader with a linear
// search per key took minutes here.
TEST(ScenarioText, HundredThousandUnknownKeysAreCountedNotListed) {
  std::string text = R"({"oslens": 1, "module": "paging", "config": {"frames": 3}, "refs": [1])";
  for (int i = 0; i < 100'000; ++i) text += ",\"k" + std::to_string(i) + "\": 0";
  text += "}";
  const auto errors = loadErrors(text);
  EXPECT_EQ(errors.size(), limits::kMaxReportedErrors);
  EXPECT_EQ(errors.size() + errors.droppedCount(), 100'000u);
}

// 1e400 does not fit a double: nlohmann throws out_of_range, which must be bad input (exit 2),
// not an internal error.
TEST(ScenarioText, ANumberTooLargeForADoubleIsBadInput) {
  findError(loadErrors(R"({"oslens": 1, "module": "paging", "config": {"frames": 1e400}, "refs": [1]})"), "",
            ErrorCode::OutOfRange);
}

TEST(ScenarioText, SameKeyInDifferentObjectsIsFine) {
  EXPECT_TRUE(loadErrors(R"({"oslens": 1, "module": "paging", "config": {"frames": 3},
                             "ops": [{"access": 1}, {"access": 2}, [], {"access": 3}]})")
                  .size() <= 1);  // only the [] is wrong (an op must be an object)
}

// The document our SAX builder makes is the one nlohmann's own parser makes, for every kind of
// value, nesting and key order; a key given twice keeps its last value (and is reported).
TEST(ScenarioText, ParsedDocumentEqualsTheLibrarysParse) {
  const std::string text = R"({"a": [1, -2, 3.5, "x\u00e9", true, false, null, [], {}],
                               "b": {"c": [[1, 2], [3, {"d": 18446744073709551615}]], "e": "中文"},
                               "f": -9223372036854775808, "g": 1e-3})";
  ValidationErrors errors;
  auto parsed = parseScenarioText(text, errors);
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(*parsed, Json::parse(text));

  ValidationErrors twice;
  auto withDuplicate = parseScenarioText(R"({"k": 1, "m": [0], "k": {"z": 2}})", twice);
  ASSERT_TRUE(withDuplicate);
  EXPECT_EQ(*withDuplicate, Json::parse(R"({"k": {"z": 2}, "m": [0]})"));
  findError(twice, "/k", ErrorCode::DuplicateKey);
}

// Text bounds count characters, as the message says: 4096 Chinese characters are allowed.
TEST(ScenarioText, TextLengthCountsCharactersNotBytes) {
  std::string chinese;
  for (std::size_t i = 0; i < limits::kMaxTextLength; ++i) chinese += "页";
  const std::string base = R"({"oslens": 1, "module": "paging", "config": {"frames": 3}, "refs": [1], "title": ")";
  EXPECT_NO_THROW(loadSimulation(base + chinese + "\"}"));
  const auto errors = loadErrors(base + chinese + "页\"}");
  const auto* e = findError(errors, "/title", ErrorCode::TooLong);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args.at(0), std::to_string(limits::kMaxTextLength + 1));
}

std::string nested(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

// A million opening brackets: the guard stops the parse at the first container past the limit,
// before the document grows, whatever the parser or the destructor would do with such depth.
TEST(ScenarioText, NestingDeeperThan64LevelsIsAnErrorNotACrash) {
  ValidationErrors errors;
  EXPECT_FALSE(parseScenarioText(std::string(1'000'000, '['), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0], (ValidationError{"", ErrorCode::TooDeep, {"64"}}));
}

TEST(ScenarioText, SixtyFourLevelsAreAllowedSixtyFiveAreNot) {
  ValidationErrors ok;
  EXPECT_TRUE(parseScenarioText(nested(limits::kMaxJsonDepth), ok));
  EXPECT_TRUE(ok.empty());
  ValidationErrors deep;
  EXPECT_FALSE(parseScenarioText(nested(limits::kMaxJsonDepth + 1), deep));
  findError(deep, "", ErrorCode::TooDeep);
  // Objects count the same way as arrays.
  std::string objects;
  for (std::size_t i = 0; i <= limits::kMaxJsonDepth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(limits::kMaxJsonDepth + 1, '}');
  ValidationErrors deepObjects;
  EXPECT_FALSE(parseScenarioText(objects, deepObjects));
  findError(deepObjects, "", ErrorCode::TooDeep);
}

TEST(ScenarioText, TextOverTheSizeLimitIsRefusedBeforeParsing) {
  ValidationErrors errors;
  EXPECT_FALSE(parseScenarioText(std::string(limits::kMaxScenarioFileBytes + 1, ' '), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileTooLarge);
  EXPECT_EQ(errors.list()[0].args, (std::vector<std::string>{"134217729", "134217728"}));
}

class ScenarioFile : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = std::filesystem::temp_directory_path() /
            ("oslens-scenario-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(m_dir);
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }
  std::filesystem::path m_dir;
};

// The size is checked from the file system, so a huge file is refused without reading it. The
// file here is sparse: it takes no disk space.
TEST_F(ScenarioFile, FileOverTheSizeLimitIsRefusedWithoutReadingIt) {
  const auto path = m_dir / "huge.oslens.json";
  std::ofstream(path).put('{');
  std::filesystem::resize_file(path, limits::kMaxScenarioFileBytes + 1);
  ValidationErrors errors;
  EXPECT_FALSE(readScenarioFile(path.string(), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileTooLarge);
  EXPECT_THROW(loadSimulationFile(path.string()), ScenarioError);
}

// /dev/zero says its size is 0 and never ends: it is read up to the limit and refused, never read
// until memory runs out.
TEST_F(ScenarioFile, DeviceIsReadOnlyUpToTheLimit) {
  if (!std::filesystem::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero here";
  const auto start = std::chrono::steady_clock::now();
  ValidationErrors errors;
  EXPECT_FALSE(readScenarioFile("/dev/zero", errors));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileTooLarge);
  EXPECT_EQ(errors.list()[0].args, (std::vector<std::string>{"", "134217728"}));
  EXPECT_EQ(describe(errors.list()[0]), "the file is larger than the limit of 134217728 bytes");
  EXPECT_THROW(loadSimulationFile("/dev/zero"), ScenarioError);
}

// Writes `size` bytes of `text`, repeated, into a named pipe from another thread, the way
// `cat scenario > pipe` does. It waits for a reader without blocking in open(), so that it can be
// stopped should none ever come; SIGPIPE is ignored meanwhile, as the reader may close early.
class PipeWriter {
 public:
  PipeWriter(std::filesystem::path fifo, std::string text, std::size_t size)
      : m_fifo(std::move(fifo)), m_oldSigpipe(std::signal(SIGPIPE, SIG_IGN)) {
    m_thread = std::thread([this, text = std::move(text), size] {
      const int fd = openWhenRead();
      if (fd < 0) return;
      ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
      for (std::size_t sent = 0; sent < size;) {
        const auto n = ::write(fd, text.data(), std::min(text.size(), size - sent));
        if (n <= 0) break;  // the reader closed its end
        sent += static_cast<std::size_t>(n);
      }
      ::close(fd);
    });
  }
  ~PipeWriter() {
    m_stop = true;
    m_thread.join();
    std::signal(SIGPIPE, m_oldSigpipe);
  }

 private:
  // A pipe opened for writing without blocking fails (ENXIO) until a reader has it open.
  int openWhenRead() {
    while (!m_stop) {
      const int fd = ::open(m_fifo.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0 || errno != ENXIO) return fd;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return -1;
  }

  std::filesystem::path m_fifo;
  void (*m_oldSigpipe)(int);
  std::atomic<bool> m_stop{false};
  std::thread m_thread;
};

TEST_F(ScenarioFile, PipeIsReadWholeOrUpToTheLimit) {
  const auto fifo = m_dir / "scenario.fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  {
    PipeWriter writer(fifo, kMinimal, std::string_view(kMinimal).size());
    ValidationErrors errors;
    EXPECT_EQ(readScenarioFile(fifo.string(), errors), std::string(kMinimal));
    EXPECT_TRUE(errors.empty());
  }
  PipeWriter writer(fifo, std::string(1 << 16, ' '), limits::kMaxScenarioFileBytes + (1 << 20));
  ValidationErrors errors;
  EXPECT_FALSE(readScenarioFile(fifo.string(), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileTooLarge);
}

TEST_F(ScenarioFile, DirectoryIsUnreadable) {
  ValidationErrors errors;
  EXPECT_FALSE(readScenarioFile(m_dir.string(), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileUnreadable);
}

TEST_F(ScenarioFile, MissingFileIsUnreadableAndNamed) {
  const auto path = (m_dir / "absent.oslens.json").string();
  ValidationErrors errors;
  EXPECT_FALSE(readScenarioFile(path, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.list()[0].code, ErrorCode::FileUnreadable);
  EXPECT_EQ(errors.list()[0].args.at(0), path);
}

TEST_F(ScenarioFile, FileIsReadWhole) {
  const auto path = m_dir / "ok.oslens.json";
  std::ofstream(path) << kMinimal;
  auto sim = loadSimulationFile(path.string());
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->stepCount(), 1u);
}

TEST(Scenario, TopLevelMustBeAnObject) {
  const auto errors = loadErrors("[1, 2]");
  const auto* e = findError(errors, "", ErrorCode::WrongType);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"an object", "an array"}));
}

TEST(Scenario, UnsupportedFormatVersionIsReported) {
  const auto errors = loadErrors(R"({"oslens": 2, "module": "paging", "config": {"frames": 3}, "refs": [1]})");
  const auto* e = findError(errors, "/oslens", ErrorCode::UnsupportedVersion);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"2", "1"}));
}

TEST(Scenario, MissingFormatVersionIsReported) {
  const auto errors = loadErrors(R"({"module": "paging", "config": {"frames": 3}, "refs": [1]})");
  const auto* e = findError(errors, "", ErrorCode::MissingKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"oslens"}));
}

TEST(Scenario, UnknownModuleListsTheAvailableOnes) {
  const auto errors = loadErrors(R"({"oslens": 1, "module": "pagign", "config": {"frames": 3}})");
  const auto* e = findError(errors, "/module", ErrorCode::UnknownChoice);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args.at(0), "pagign");
  EXPECT_NE(e->args.at(1).find("paging"), std::string::npos);
  // The module's own keys cannot be judged without the module: no unknown-key noise.
  for (const auto& other : errors.list()) EXPECT_NE(other.code, ErrorCode::UnknownKey) << formatError(other);
}

TEST(Scenario, UnknownTopLevelKeyIsReportedWithSuggestion) {
  const auto errors = loadErrors(R"({"oslens": 1, "module": "paging", "titel": "x", "config": {"frames": 3}, "refs": [1]})");
  const auto* e = findError(errors, "/titel", ErrorCode::UnknownKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"titel", "title"}));
}

TEST(Scenario, TitleMayBePlainText) {
  auto sim = loadSimulation(R"({"oslens": 1, "module": "paging", "title": "FIFO", "config": {"frames": 3}, "refs": [1]})");
  EXPECT_EQ(sim->info().title.text, "FIFO");
  EXPECT_EQ(sim->info().title.in("zh_CN"), "FIFO");  // no translation: the default text
}

TEST(Scenario, TitleMayCarryTranslations) {
  auto sim = loadSimulation(R"({"oslens": 1, "module": "paging", "title": {"en": "Clock", "zh_CN": "时钟算法"},
                               "description": {"en": "Second chance"}, "config": {"frames": 3}, "refs": [1]})");
  EXPECT_EQ(sim->info().title.text, "Clock");
  EXPECT_EQ(sim->info().title.in("zh_CN"), "时钟算法");
  EXPECT_EQ(sim->info().title.in("en"), "Clock");
  EXPECT_EQ(sim->info().description.text, "Second chance");
}

TEST(Scenario, TranslatedTitleNeedsTheEnglishText) {
  const auto errors = loadErrors(R"({"oslens": 1, "module": "paging", "title": {"zh_CN": "时钟"}, "config": {"frames": 3}, "refs": [1]})");
  const auto* e = findError(errors, "/title", ErrorCode::MissingKey);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->args, (std::vector<std::string>{"en"}));
}

TEST(Scenario, TitleOfTheWrongTypeIsReported) {
  findError(loadErrors(R"({"oslens": 1, "module": "paging", "title": 5, "config": {"frames": 3}, "refs": [1]})"), "/title",
            ErrorCode::WrongType);
  findError(loadErrors(R"({"oslens": 1, "module": "paging", "title": {"en": 5}, "config": {"frames": 3}, "refs": [1]})"),
            "/title/en", ErrorCode::WrongType);
}

TEST(Scenario, SeedIsReadAndDefaultsToZero) {
  EXPECT_EQ(loadSimulation(kMinimal)->info().seed, 0u);
  auto sim = loadSimulation(R"({"oslens": 1, "module": "paging", "seed": 42, "config": {"frames": 3}, "refs": [1]})");
  EXPECT_EQ(sim->info().seed, 42u);
  findError(loadErrors(R"({"oslens": 1, "module": "paging", "seed": -1, "config": {"frames": 3}, "refs": [1]})"), "/seed",
            ErrorCode::OutOfRange);
}

// All the problems in one pass, as a compiler reports them.
TEST(Scenario, EveryProblemIsReportedAtOnce) {
  const auto errors = loadErrors(R"({"oslens": 2, "module": "paging", "seeed": 1,
                                    "config": {"frames": 0, "policy": "lruu"}, "refs": [1, -1]})");
  findError(errors, "/oslens", ErrorCode::UnsupportedVersion);
  findError(errors, "/seeed", ErrorCode::UnknownKey);
  findError(errors, "/config/frames", ErrorCode::OutOfRange);
  findError(errors, "/config/policy", ErrorCode::UnknownChoice);
  findError(errors, "/refs/1", ErrorCode::OutOfRange);
}

TEST(Scenario, AvailableModulesIncludePaging) {
  const auto& modules = availableModules();
  EXPECT_NE(std::find(modules.begin(), modules.end(), "paging"), modules.end());
}

}  // namespace
}  // namespace oslens::engine

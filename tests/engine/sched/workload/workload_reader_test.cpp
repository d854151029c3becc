// The workload every scheduler scenario shares (config "tasks" and "until_ns", timed "ops"):
// what it reads, and every mistake of the issue's "Bad input" list reported at its place.
#include <gtest/gtest.h>

#include "engine/core/limits.h"
#include "engine/sched/workload/workload_reader.h"

namespace oslens::engine::sched {
namespace {

struct Read {
  std::optional<Workload> workload;
  ValidationErrors errors;
};

// Reads {"config": config, "ops": ops} as a scheduler module does (the module's own config
// keys aside: the reader leaves them, and finish() reports any other key).
Read readFrom(const Json& document) {
  Read out;
  ObjectReader top(document, "", out.errors);
  ObjectReader config(*top.required("config"), "/config", out.errors);
  out.workload = readWorkload(config, top);
  config.finish();
  top.finish();
  return out;
}

Read read(const std::string& config, const std::string& ops = "") {
  return readFrom(Json::parse(R"({"config": )" + config + (ops.empty() ? "" : R"(, "ops": )" + ops) + "}"));
}

// Expects an error of `code` at `pointer`, and returns its args. `refused`: and no workload
// (an unknown key is reported by finish() without making the reader give up the rest).
std::vector<std::string> expectError(const Read& r, const std::string& pointer, ErrorCode code, bool refused = true) {
  if (refused) {
    EXPECT_FALSE(r.workload.has_value());
  }
  std::string all;
  for (const auto& e : r.errors.list()) {
    if (e.pointer == pointer && e.code == code) return e.args;
    all += "  " + formatError(e) + "\n";
  }
  ADD_FAILURE() << "no error of the expected kind at " << pointer << "; got:\n" << all;
  return {};
}

const std::string kTask = R"({"name": "A", "bursts": [{"cpu_ns": 5}]})";

TEST(WorkloadReader, ReadsTasksOpsAndTheHorizon) {
  const Read r = read(R"({"until_ns": 100, "tasks": [
      {"name": "A", "nice": -5, "arrival_ns": 3, "bursts": [{"cpu_ns": 5}, {"io_ns": 7}], "repeat": true},
      {"name": "H", "cpu_bound": true}]})",
                      R"([{"at_ns": 10, "renice": {"task": "H", "nice": 19}},
                          {"at_ns": 10, "spawn": {"name": "S", "bursts": [{"cpu_ns": 2}]}},
                          {"at_ns": 20, "renice": {"task": "S", "nice": -20}}])");
  ASSERT_TRUE(r.errors.empty()) << formatError(r.errors.list().front());
  ASSERT_TRUE(r.workload.has_value());
  const Workload& w = *r.workload;
  EXPECT_EQ(w.untilNs, 100);
  ASSERT_EQ(w.tasks.size(), 3u);
  using K = Burst::Kind;
  EXPECT_EQ(w.tasks[0], (TaskSpec{"A", -5, 3, {{K::Cpu, 5}, {K::Io, 7}}, true, false, false}));
  EXPECT_EQ(w.tasks[1], (TaskSpec{"H", 0, 0, {}, false, true, false}));
  EXPECT_EQ(w.tasks[2], (TaskSpec{"S", 0, 10, {{K::Cpu, 2}}, false, false, true}));
  EXPECT_EQ(w.ops, (std::vector<WorkloadOp>{ReniceOp{10, 1, 19}, SpawnOp{10, 2}, ReniceOp{20, 2, -20}}));
}

TEST(WorkloadReader, UntilIsOptionalWhenEveryTaskFinishes) {
  const Read r = read(R"({"tasks": [)" + kTask + "]}");
  ASSERT_TRUE(r.workload.has_value());
  EXPECT_FALSE(r.workload->untilNs.has_value());
}

TEST(WorkloadReader, NiceOutsideMinusTwentyToNineteen) {
  EXPECT_EQ(expectError(read(R"({"tasks": [{"name": "A", "nice": 20, "bursts": [{"cpu_ns": 5}]}]})"), "/config/tasks/0/nice",
                        ErrorCode::OutOfRange),
            (std::vector<std::string>{"20", "-20", "19"}));
  expectError(read(R"({"tasks": [{"name": "A", "nice": -21, "bursts": [{"cpu_ns": 5}]}]})"), "/config/tasks/0/nice",
              ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "renice": {"task": "A", "nice": 20}}])"),
              "/ops/0/renice/nice", ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "spawn": {"name": "B", "nice": -40, "cpu_bound": true}}])"),
              "/ops/0/spawn/nice", ErrorCode::OutOfRange);
}

TEST(WorkloadReader, NegativeOrZeroDurations) {
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": 0}]}]})"), "/config/tasks/0/bursts/0/cpu_ns", ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": -5}]}]})"), "/config/tasks/0/bursts/0/cpu_ns", ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}, {"io_ns": 0}]}]})"), "/config/tasks/0/bursts/1/io_ns",
              ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [{"name": "A", "arrival_ns": -1, "bursts": [{"cpu_ns": 5}]}]})"), "/config/tasks/0/arrival_ns",
              ErrorCode::OutOfRange);
  expectError(read(R"({"until_ns": 0, "tasks": [)" + kTask + "]}"), "/config/until_ns", ErrorCode::OutOfRange);
  expectError(read(R"({"until_ns": -10, "tasks": [)" + kTask + "]}"), "/config/until_ns", ErrorCode::OutOfRange);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": -1, "renice": {"task": "A", "nice": 1}}])"), "/ops/0/at_ns",
              ErrorCode::OutOfRange);
  // Above the duration bound (10^15 ns) too.
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"io_ns": 1000000000000001}]}]})"), "/config/tasks/0/bursts/0/io_ns",
              ErrorCode::OutOfRange);
}

TEST(WorkloadReader, ZeroTasks) {
  EXPECT_EQ(expectError(read(R"({"tasks": []})"), "/config/tasks", ErrorCode::OutOfRange),
            (std::vector<std::string>{"0", "1", std::to_string(limits::kMaxSchedTasks)}));
  expectError(read(R"({"until_ns": 5})"), "/config", ErrorCode::MissingKey);
  // An empty burst list is no task either.
  expectError(read(R"({"tasks": [{"name": "A", "bursts": []}]})"), "/config/tasks/0/bursts", ErrorCode::OutOfRange);
}

TEST(WorkloadReader, MoreTasksThanTheBound) {
  Json document = Json::parse(R"({"config": {"tasks": []}})");
  Json& tasks = document["config"]["tasks"];
  for (std::size_t i = 0; i <= limits::kMaxSchedTasks; ++i)
    tasks.push_back(Json{{"name", "T" + std::to_string(i)}, {"bursts", Json::array({Json{{"cpu_ns", 1}}})}});
  EXPECT_EQ(expectError(readFrom(document), "/config/tasks", ErrorCode::TooMany),
            (std::vector<std::string>{"4097", "4096"}));
  // At the bound, a spawn would be one task too many: reported at the spawn.
  tasks.erase(tasks.size() - 1);
  document["ops"] = Json::parse(R"([{"at_ns": 1, "spawn": {"name": "S", "cpu_bound": true}}])");
  expectError(readFrom(document), "/ops/0/spawn", ErrorCode::TooMany);
}

// The bound is checked on the array's length before any op is read. (10^7 + 1 nulls: 160 MB.)
TEST(WorkloadReader, MoreOpsThanTheBound) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "10^7 values take long under AddressSanitizer; the plain build runs this";
#endif
  Json document = Json::parse(R"({"config": {"tasks": [{"name": "A", "bursts": [{"cpu_ns": 5}]}]}})");
  document["ops"] = Json::array();
  document["ops"].get_ref<Json::array_t&>().resize(limits::kMaxOps + 1);
  EXPECT_EQ(expectError(readFrom(document), "/ops", ErrorCode::TooMany), (std::vector<std::string>{"10000001", "10000000"}));
}

TEST(WorkloadReader, MoreBurstsThanTheBound) {
  const Json burst = Json{{"cpu_ns", 1}};
  Json document = Json::parse(R"({"config": {"tasks": [{"name": "A"}]}})");
  document["config"]["tasks"][0]["bursts"] = Json(Json::array_t(limits::kMaxBurstsPerTask + 1, burst));
  expectError(readFrom(document), "/config/tasks/0/bursts", ErrorCode::TooMany);
}

// All tasks together: ten tasks of 100,000 bursts reach the bound; one burst more is refused
// where it goes over.
TEST(WorkloadReader, MoreBurstsInAllThanTheBound) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "10^6 burst objects take long under AddressSanitizer; the plain build runs this";
#endif
  const Json burst = Json{{"cpu_ns", 1}};
  Json document = Json::parse(R"({"config": {"tasks": []}})");
  Json& tasks = document["config"]["tasks"];
  const std::size_t perTask = limits::kMaxBurstsPerTask;
  for (std::size_t i = 0; i < limits::kMaxBursts / perTask; ++i)
    tasks.push_back(Json{{"name", "T" + std::to_string(i)}, {"bursts", Json(Json::array_t(perTask, burst))}});
  tasks.push_back(Json{{"name", "last"}, {"bursts", Json::array({burst})}});
  const auto args = expectError(readFrom(document), "/config/tasks/10/bursts", ErrorCode::TooMany);
  EXPECT_EQ(args, (std::vector<std::string>{"1000001", "1000000"}));
}

TEST(WorkloadReader, ReniceOfAnUnknownTask) {
  EXPECT_EQ(expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "renice": {"task": "Z", "nice": 1}}])"),
                        "/ops/0/renice/task", ErrorCode::UnknownName),
            (std::vector<std::string>{"Z", "task"}));
  // A task spawned by a later op does not exist yet.
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "renice": {"task": "S", "nice": 1}},
                                                        {"at_ns": 2, "spawn": {"name": "S", "cpu_bound": true}}])"),
              "/ops/0/renice/task", ErrorCode::UnknownName);
}

TEST(WorkloadReader, OpsOutOfTimeOrder) {
  EXPECT_EQ(expectError(read(R"({"until_ns": 50, "tasks": [)" + kTask + "]}", R"([{"at_ns": 20, "renice": {"task": "A", "nice": 1}},
                                                                              {"at_ns": 10, "renice": {"task": "A", "nice": 2}}])"),
                        "/ops/1/at_ns", ErrorCode::OutOfOrder),
            (std::vector<std::string>{"10", "20"}));
  // Equal times are in order.
  EXPECT_TRUE(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 10, "renice": {"task": "A", "nice": 1}},
                                                      {"at_ns": 10, "renice": {"task": "A", "nice": 2}}])")
                  .workload.has_value());
}

TEST(WorkloadReader, ATaskThatRunsForeverNeedsUntil) {
  EXPECT_EQ(expectError(read(R"({"tasks": [)" + kTask + R"(, {"name": "hog", "cpu_bound": true}]})"), "/config/until_ns",
                        ErrorCode::HorizonRequired),
            (std::vector<std::string>{"hog"}));
  expectError(read(R"({"tasks": [{"name": "loop", "repeat": true, "bursts": [{"cpu_ns": 5}, {"io_ns": 5}]}]})"), "/config/until_ns",
              ErrorCode::HorizonRequired);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "spawn": {"name": "hog", "cpu_bound": true}}])"),
              "/config/until_ns", ErrorCode::HorizonRequired);
  EXPECT_TRUE(read(R"({"until_ns": 9, "tasks": [{"name": "hog", "cpu_bound": true}]})").workload.has_value());
}

TEST(WorkloadReader, CpuBoundWithBurstsOrRepeat) {
  expectError(read(R"({"until_ns": 9, "tasks": [{"name": "A", "cpu_bound": true, "bursts": [{"cpu_ns": 5}]}]})"),
              "/config/tasks/0/bursts", ErrorCode::Conflict);
  expectError(read(R"({"until_ns": 9, "tasks": [{"name": "A", "cpu_bound": true, "repeat": true}]})"), "/config/tasks/0/repeat",
              ErrorCode::Conflict);
  // Neither bursts nor cpu_bound: the task does nothing.
  expectError(read(R"({"tasks": [{"name": "A"}]})"), "/config/tasks/0", ErrorCode::MissingKey);
}

TEST(WorkloadReader, ArrivalInASpawnedTask) {
  EXPECT_EQ(expectError(read(R"({"tasks": [)" + kTask + "]}",
                             R"([{"at_ns": 1, "spawn": {"name": "S", "arrival_ns": 4, "bursts": [{"cpu_ns": 5}]}}])"),
                        "/ops/0/spawn/arrival_ns", ErrorCode::Conflict),
            (std::vector<std::string>{"arrival_ns", "at_ns"}));
}

TEST(WorkloadReader, DuplicateNames) {
  EXPECT_EQ(expectError(read(R"({"tasks": [)" + kTask + ", " + kTask + "]}"), "/config/tasks/1/name", ErrorCode::DuplicateName),
            (std::vector<std::string>{"A"}));
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "spawn": )" + kTask + "}]"), "/ops/0/spawn/name",
              ErrorCode::DuplicateName);
}

TEST(WorkloadReader, MalformedBurstsAndOps) {
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu_ns": 5, "io_ns": 5}]}]})"), "/config/tasks/0/bursts/0",
              ErrorCode::Conflict);
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu": 5}]}]})"), "/config/tasks/0/bursts/0", ErrorCode::MissingKey);
  expectError(read(R"({"tasks": [{"name": "A", "bursts": [{"cpu": 5}]}]})"), "/config/tasks/0/bursts/0/cpu", ErrorCode::UnknownKey);
  expectError(read(R"({"tasks": [{"name": "A", "nicee": 1, "bursts": [{"cpu_ns": 5}]}]})"), "/config/tasks/0/nicee",
              ErrorCode::UnknownKey, false);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1}])"), "/ops/0", ErrorCode::MissingKey);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"at_ns": 1, "renice": {"task": "A", "nice": 1}, "spawn": {}}])"), "/ops/0",
              ErrorCode::Conflict);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"([{"renice": {"task": "A", "nice": 1}}])"), "/ops/0", ErrorCode::MissingKey);
  expectError(read(R"({"tasks": [)" + kTask + "]}", R"({"at_ns": 1})"), "/ops", ErrorCode::WrongType);
  expectError(read(R"({"tasks": [7]})"), "/config/tasks/0", ErrorCode::WrongType);
}

// Every mistake of a file is listed in one pass, each at its place.
TEST(WorkloadReader, ListsEveryProblemInOnePass) {
  const Read r = read(R"({"tasks": [{"name": "A", "nice": 30, "bursts": [{"cpu_ns": 0}]}, {"name": "B", "bursts": [{"io_ns": -1}]}]})",
                      R"([{"at_ns": 5, "renice": {"task": "Q", "nice": 0}}])");
  EXPECT_FALSE(r.workload.has_value());
  std::vector<std::string> pointers;
  for (const auto& e : r.errors.list()) pointers.push_back(e.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/config/tasks/0/nice", "/config/tasks/0/bursts/0/cpu_ns",
                                                "/config/tasks/1/bursts/0/io_ns", "/ops/0/renice/task"}));
}

}  // namespace
}  // namespace oslens::engine::sched

// Translation scenarios through the reader and the reporting model (docs/scenarios.md,
// "translation"): the JSON of steps and summaries (addresses and entries as hex strings), bad
// input reported at its JSON pointer with what was expected, and seek == replay.
#include <gtest/gtest.h>

#include "engine/memory/translation/translation_scenario.h"
#include "seek_replay_check.h"

namespace oslens::engine::translation {
namespace {

struct Built {
  ValidationErrors errors;
  std::unique_ptr<TranslationSimulation> simulation;
};

std::unique_ptr<Built> build(std::string_view body) {
  auto built = std::make_unique<Built>();
  const Json top = Json::parse("{" + std::string(body) + "}");
  ObjectReader reader(top, "", built->errors);
  ScenarioInfo info;
  info.module = "translation";
  built->simulation = buildTranslationSimulation(info, reader);
  reader.finish();
  return built;
}

const ValidationError* errorAt(const Built& built, std::string_view pointer, ErrorCode code) {
  for (const auto& e : built.errors.list())
    if (e.pointer == pointer && e.code == code) return &e;
  std::string all;
  for (const auto& e : built.errors.list()) all += "  " + formatError(e) + "\n";
  ADD_FAILURE() << "no error at " << pointer << "; got:\n" << all;
  return nullptr;
}

// The first address of OSTEP's paging-multilevel-translate.py -s 0 -c, given as OSTEP's memory
// would hold it: the page directory in page 108 (0x7f: not valid, but for entry 0x18), the page
// table in page 0x21, the value in page 0x35.
constexpr std::string_view kOstepImage = R"(
  "config": {"mode": "image", "format": "ostep", "preset": "ostep", "root_frame": 108,
             "memory": {"pages": {
               "108": "7f7f7f7f7f7f7f7f 7f7f7f7f7f7f7f7f 7f7f7f7f7f7f7f7f a17f7f7f7f7f7f7f",
               "33":  "7f7f7f7f7f7f7f7f b57f7f7f7f7f7f7f 7f7f7f7f7f7f7f7f 7f7f7f7f7f7f7f7f",
               "53":  "0000000000000000 0000000000000000 0000000000000000 0000000008000000"}}},
  "ops": [{"translate": "0x611c"}, {"translate": 0}, {"translate": {"va": "0x6120", "write": true}}])";

TEST(TranslationScenario, OstepImageWalksExactlyTheGivenMemory) {
  auto built = build(kOstepImage);
  ASSERT_NE(built->simulation, nullptr) << (built->errors.empty() ? "" : formatError(built->errors.list().front()));
  TranslationSimulation& sim = *built->simulation;
  ASSERT_EQ(sim.stepCount(), 3u);
  EXPECT_EQ(sim.opJson(0), (Json{{"translate", {{"va", "0x611c"}, {"write", false}}}}));
  sim.seek(1);
  const OutputJson record = sim.stepRecord();
  EXPECT_EQ(record["va"], "0x611c");
  EXPECT_EQ(record["indices"], (OutputJson{24, 8}));
  EXPECT_EQ(record["offset"], 28);
  EXPECT_TRUE(record["tlb"].is_null());
  ASSERT_EQ(record["walk"].size(), 2u);
  EXPECT_EQ(record["walk"][0]["entry"], "0xa1");
  EXPECT_EQ(record["walk"][1]["entry"], "0xb5");
  EXPECT_TRUE(record["fault"].is_null());
  EXPECT_EQ(record["pa"], "0x6bc");
  EXPECT_EQ(record["value"], 8);
  EXPECT_FALSE(record.contains("process"));  // managed mode's fields only there
  sim.seek(2);
  EXPECT_EQ(sim.stepRecord()["fault"], "not_present");
  EXPECT_EQ(sim.stepRecord()["walk"].size(), 1u);
  EXPECT_TRUE(sim.stepRecord()["pa"].is_null());
  sim.seek(3);
  EXPECT_EQ(sim.stepRecord()["fault"], "not_present");  // PTE 9 of page 0x21 is 0x7f
  const OutputJson summary = sim.summary();
  EXPECT_EQ(summary["mode"], "image");
  EXPECT_EQ(summary["translations"], 3);
  EXPECT_EQ(summary["faults"]["not_present"], 2);
}

TEST(TranslationScenario, OstepLinearTableAndX86Words) {
  auto linear = build(R"("config": {"mode": "image", "format": "ostep_linear", "va_bits": 14, "page_size": 4096, "physical_bits": 16,
                                    "page_table": ["0x8000000c", 0, "0x80000006", 0]},
                         "ops": [{"translate": "0x2010"}, {"translate": 12841}])");
  ASSERT_NE(linear->simulation, nullptr);
  linear->simulation->seek(1);
  EXPECT_EQ(linear->simulation->stepRecord()["pa"], "0x6010");
  EXPECT_EQ(linear->simulation->stepRecord()["indices"], (OutputJson{2}));
  linear->simulation->seek(2);
  EXPECT_EQ(linear->simulation->stepRecord()["fault"], "not_present");

  // x86-64: CR3 = 0x1000; the walk to a 2 MiB page at 1 GiB (PS in the PD entry).
  auto x86 = build(R"("config": {"mode": "image", "format": "x86_64", "preset": "x86_64", "root_frame": 1,
                                 "memory": {"words": {"0x1008": "0x2007", "0x2010": "0x3007", "0x3028": "0x40000087"}}},
                      "ops": [{"translate": "0x80_0000_0000"}, {"translate": "0x0000008080a12345"}, {"translate": "0xffff800000000000"}, {"translate": "0x0000800000000000"}])");
  ASSERT_TRUE(x86->simulation == nullptr);  // "0x80_0000_0000" is not hex
  EXPECT_NE(errorAt(*x86, "/ops/0/translate", ErrorCode::WrongType), nullptr);
  auto good = build(R"("config": {"mode": "image", "format": "x86_64", "preset": "x86_64", "root_frame": 1,
                                  "memory": {"words": {"0x1008": "0x2007", "0x2010": "0x3007", "0x3028": "0x40000087"}}},
                       "ops": [{"translate": "0x0000008080a12345"}, {"translate": "0x0000800000000000"}])");
  ASSERT_NE(good->simulation, nullptr) << formatError(good->errors.list().front());
  good->simulation->seek(1);
  const OutputJson record = good->simulation->stepRecord();
  EXPECT_EQ(record["indices"], (OutputJson{1, 2, 5, 0x12}));
  EXPECT_EQ(record["walk"].size(), 3u);
  EXPECT_EQ(record["pa"], "0x40012345");
  good->simulation->seek(2);
  EXPECT_EQ(good->simulation->stepRecord()["fault"], "non_canonical");
  EXPECT_TRUE(good->simulation->stepRecord()["walk"].empty());
}

constexpr std::string_view kForkScenario = R"(
  "config": {"preset": "x86_64", "frames": 16, "swap": {"slots": 4}, "tlb": {"entries": 4, "ways": 2, "asid": true},
             "processes": [{"name": "shell", "regions": [{"name": "heap", "start": "0x600000", "pages": 4, "perm": "rw-"},
                                                        {"name": "text", "start": "0x400000", "pages": 2, "perm": "r-x"}]}]},
  "ops": [{"access": {"va": "0x600010", "write": true}},
          {"access": {"va": "0x600020"}},
          {"fork": {"parent": "shell", "child": "ls"}},
          {"access": {"process": "ls", "va": "0x600030", "write": true}},
          {"switch": "shell"},
          {"access": {"process": "shell", "va": "0x400000", "write": true}},
          {"exit": "ls"},
          {"access": {"process": "shell", "va": "0x600000"}}])";

TEST(TranslationScenario, ManagedRunReportsEveryField) {
  auto built = build(kForkScenario);
  ASSERT_NE(built->simulation, nullptr) << formatError(built->errors.list().front());
  TranslationSimulation& sim = *built->simulation;
  sim.seek(1);
  OutputJson r = sim.stepRecord();
  EXPECT_EQ(r["process"], "shell");
  EXPECT_EQ(r["tlb"], "miss");
  EXPECT_EQ(r["fault"], "not_present");
  EXPECT_EQ(r["walk"].size(), 1u);  // the top table's entry is empty
  EXPECT_TRUE(r["pa"].is_null());
  EXPECT_EQ(r["major"], false);
  EXPECT_EQ(r["frame"], 4);  // frames 1-3: the tables below the top one
  sim.seek(2);
  r = sim.stepRecord();
  EXPECT_EQ(r["tlb"], "hit");
  EXPECT_EQ(r["pa"], "0x4020");
  sim.seek(4);
  r = sim.stepRecord();
  EXPECT_EQ(r["process"], "ls");
  EXPECT_EQ(r["fault"], "cow");
  EXPECT_NE(r["frame"], 4);
  sim.seek(6);
  EXPECT_EQ(sim.stepRecord()["fault"], "segfault");  // a write to text, not present yet
  sim.seek(8);
  EXPECT_EQ(sim.stepRecord()["fault"], nullptr);  // shell is gone: nothing happens
  const OutputJson summary = sim.summary();
  EXPECT_EQ(summary["faults"]["cow"], 1);
  EXPECT_EQ(summary["faults"]["segfault"], 1);
  EXPECT_EQ(summary["processes"][0]["killed"], "segfault");
  EXPECT_EQ(summary["processes"][1]["state"], "exited");
  EXPECT_TRUE(summary.contains("effective_access_ns"));
  for (std::size_t step = 0; step <= sim.stepCount(); ++step) {
    sim.seek(step);
    const auto problems = TranslationModel::checkInvariants(sim.timeline().state());
    EXPECT_TRUE(problems.empty()) << "step " << step << ": " << problems.front();
  }
  testing::expectSeeksMatchReplay(const_cast<Timeline<TranslationReportingModel>&>(sim.timeline()), 60);
}

TEST(TranslationScenario, BadInputIsReportedWhereItIs) {
  auto levels = build(R"("config": {"va_bits": 16, "page_size": 32, "levels": [5, 5], "frames": 8,
                                    "processes": [{"name": "a", "regions": []}]}, "ops": [])");
  const auto* sum = errorAt(*levels, "/config/levels", ErrorCode::TotalMismatch);
  ASSERT_NE(sum, nullptr);
  EXPECT_EQ(sum->args, (std::vector<std::string>{"15", "va_bits", "16"}));

  auto pageSize = build(R"("config": {"va_bits": 15, "page_size": 48, "levels": [5, 5], "frames": 8,
                                      "processes": [{"name": "a", "regions": []}]}, "ops": [])");
  EXPECT_NE(errorAt(*pageSize, "/config/page_size", ErrorCode::NotPowerOfTwo), nullptr);

  auto regions = build(R"("config": {"preset": "ostep", "frames": 8,
                                     "processes": [{"name": "a", "regions": [{"name": "heap", "start": 0, "pages": 4},
                                                                             {"name": "stack", "start": "0x60", "pages": 2, "perm": "rwz"},
                                                                             {"name": "data", "start": "0x40", "pages": 2},
                                                                             {"name": "odd", "start": 33, "pages": 1}]},
                                                   {"name": "a", "regions": []}]},
                          "ops": [{"access": {"va": 0}}, {"fork": {"parent": "b", "child": "c"}}, {"exit": "nobody"}])");
  EXPECT_NE(errorAt(*regions, "/config/processes/0/regions/1/perm", ErrorCode::UnknownChoice), nullptr);
  const auto* overlap = errorAt(*regions, "/config/processes/0/regions/2", ErrorCode::Overlap);
  ASSERT_NE(overlap, nullptr);
  EXPECT_EQ(overlap->args, (std::vector<std::string>{"data", "heap"}));
  EXPECT_NE(errorAt(*regions, "/config/processes/0/regions/3/start", ErrorCode::NotAligned), nullptr);
  EXPECT_NE(errorAt(*regions, "/config/processes/1/name", ErrorCode::DuplicateName), nullptr);

  auto ops = build(R"("config": {"preset": "ostep", "frames": 8,
                                 "processes": [{"name": "a", "regions": [{"name": "heap", "start": 0, "pages": 4}]},
                                               {"name": "b", "regions": []}]},
                      "ops": [{"access": {"va": 0}}, {"fork": {"parent": "b", "child": "a"}}, {"exit": "nobody"},
                              {"access": {"process": "a", "va": "0x8000"}}, {"translate": 1}])");
  EXPECT_NE(errorAt(*ops, "/ops/0/access", ErrorCode::MissingKey), nullptr);  // two processes: which one?
  EXPECT_NE(errorAt(*ops, "/ops/1/fork/child", ErrorCode::DuplicateName), nullptr);
  EXPECT_NE(errorAt(*ops, "/ops/2/exit", ErrorCode::UnknownName), nullptr);
  const auto* wide = errorAt(*ops, "/ops/3/access/va", ErrorCode::OutOfRange);
  ASSERT_NE(wide, nullptr);
  EXPECT_EQ(wide->args, (std::vector<std::string>{"0x8000", "0", "0x7fff"}));
  EXPECT_NE(errorAt(*ops, "/ops/4", ErrorCode::UnknownOp), nullptr);  // translate: an op of image mode

  auto image = build(R"("config": {"mode": "image", "format": "ostep", "preset": "ostep", "root_frame": 200,
                                   "memory": {"pages": {"3": "00ff", "x": "00"}, "words": {"0x10": "0x1ff"}}}, "ops": [])");
  EXPECT_NE(errorAt(*image, "/config/root_frame", ErrorCode::OutOfRange), nullptr);
  EXPECT_NE(errorAt(*image, "/config/memory/pages/3", ErrorCode::WrongByteCount), nullptr);
  EXPECT_NE(errorAt(*image, "/config/memory/pages/x", ErrorCode::WrongType), nullptr);
  EXPECT_NE(errorAt(*image, "/config/memory/words/0x10", ErrorCode::OutOfRange), nullptr);  // a byte-wide entry

  auto tooManyFrames = build(R"("config": {"preset": "x86_64", "frames": 65536,
                                          "processes": [{"name": "a", "regions": []}]}, "ops": [])");
  EXPECT_NE(errorAt(*tooManyFrames, "/config/frames", ErrorCode::AboveLimit), nullptr);

  auto tlb = build(R"("config": {"preset": "ostep", "frames": 8, "tlb": {"entries": 6, "ways": 4},
                                 "processes": [{"name": "a", "regions": []}]}, "ops": [])");
  EXPECT_NE(errorAt(*tlb, "/config/tlb/entries", ErrorCode::NotAligned), nullptr);

  // A region starting in x86-64's non-canonical hole: the start is wrong, said at the start.
  auto hole = build(R"("config": {"preset": "x86_64", "frames": 8,
                                  "processes": [{"name": "a", "regions": [{"name": "r", "start": "0x800000000000", "pages": 1}]}]}, "ops": [])");
  const auto* start = errorAt(*hole, "/config/processes/0/regions/0/start", ErrorCode::OutOfRange);
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->args.front(), "0x800000000000");

  // Forks past the process limit: one error, at the first fork too many.
  std::string forks = R"("config": {"preset": "ostep", "frames": 8, "processes": [{"name": "p", "regions": []}]}, "ops": [)";
  for (int i = 0; i < 300; ++i) forks += std::string(i ? "," : "") + R"({"fork": {"parent": "p", "child": "c)" + std::to_string(i) + R"("}})";
  auto many = build(forks + "]");
  EXPECT_NE(errorAt(*many, "/ops/255/fork", ErrorCode::TooMany), nullptr);
  EXPECT_EQ(many->errors.list().size(), 1u);
}

// fork: the child's copy counts its pages shared and, of those, the ones of writable regions
// (copy-on-write); a read-only region's page is just shared. The child's PTEs start old (A clear).
TEST(TranslationScenario, ForkCountsCopyOnWriteAndPlainSharing) {
  auto built = build(R"("config": {"preset": "ostep", "frames": 16,
                                   "processes": [{"name": "p", "regions": [{"name": "code", "start": 0, "pages": 1, "perm": "r-x"},
                                                                           {"name": "data", "start": "0x1000", "pages": 2}]}]},
                        "ops": [{"access": {"va": 0}}, {"access": {"va": "0x1000", "write": true}}, {"access": {"va": "0x1020"}},
                                {"fork": {"parent": "p", "child": "c"}}])");
  ASSERT_NE(built->simulation, nullptr) << formatError(built->errors.list().front());
  TranslationSimulation& sim = *built->simulation;
  sim.seek(4);
  const OutputJson r = sim.stepRecord();
  bool found = false;
  for (const auto& event : r["events"])
    if (event["type"] == "fork") {
      found = true;
      EXPECT_EQ(event["shared_pages"], 3);
      EXPECT_EQ(event["cow_pages"], 2);
    }
  EXPECT_TRUE(found);
  const ManagedState& m = sim.timeline().state().managed;
  for (const PageTable& t : m.processes[1].tables)
    for (const Pte& pte : t.entries)
      if (pte.kind == Pte::Kind::Present && t.level == 1) EXPECT_FALSE(pte.accessed);
  EXPECT_TRUE(sim.summary()["tlb_hit_rate"].is_null());  // no TLB
}

TEST(TranslationScenario, WideValuesReadAsNumbersOrHex) {
  ValidationErrors errors;
  EXPECT_EQ(readWideValue(Json("0xffffffffffffffff"), "/v", ~std::uint64_t{0}, errors), ~std::uint64_t{0});
  EXPECT_EQ(readWideValue(Json("0x0000000000000000001f"), "/v", 0xff, errors), 0x1fu);
  EXPECT_EQ(readWideValue(Json(std::uint64_t{18446744073709551615u}), "/v", ~std::uint64_t{0}, errors), ~std::uint64_t{0});
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(readWideValue(Json("0x1ffffffffffffffff"), "/v", ~std::uint64_t{0}, errors));
  EXPECT_FALSE(readWideValue(Json("12"), "/v", 100, errors));
  EXPECT_FALSE(readWideValue(Json(-1), "/v", 100, errors));
  EXPECT_FALSE(readWideValue(Json(1.5), "/v", 100, errors));
  EXPECT_EQ(errors.size(), 4u);
}


// mmap(2) and munmap(2): a region joins with nothing mapped; munmap frees its frames and drops its
// TLB entries, and the address is a segfault afterwards; the reader follows the regions op by op.
TEST(TranslationScenario, MmapAndMunmap) {
  auto built = build(R"("config": {"preset": "ostep", "frames": 8, "tlb": {"entries": 4},
                                   "processes": [{"name": "p", "regions": [{"name": "heap", "start": 0, "pages": 2}]}]},
                        "ops": [{"mmap": {"name": "buf", "start": "0x400", "pages": 2, "perm": "rw-"}},
                                {"access": {"va": "0x400", "write": true}},
                                {"access": {"va": "0x404"}},
                                {"munmap": {"name": "buf"}},
                                {"access": {"va": "0x404"}}])");
  ASSERT_NE(built->simulation, nullptr) << formatError(built->errors.list().front());
  TranslationSimulation& sim = *built->simulation;
  EXPECT_EQ(Json::parse(sim.opJson(0).dump()), (Json{{"mmap", {{"process", "p"}, {"name", "buf"}, {"start", "0x400"}, {"pages", 2}, {"perm", "rw-"}}}}));
  sim.seek(2);
  EXPECT_EQ(sim.stepRecord()["fault"], "not_present");
  const auto frame = sim.stepRecord()["frame"].get<int>();
  sim.seek(3);
  EXPECT_EQ(sim.stepRecord()["tlb"], "hit");
  sim.seek(4);
  const OutputJson record = sim.stepRecord();
  const OutputJson& unmapped = record["events"][0];
  EXPECT_EQ(unmapped["type"], "munmap");
  EXPECT_EQ(unmapped["freed_frames"], 1);
  EXPECT_EQ(unmapped["flushed"], 1);
  EXPECT_EQ(sim.timeline().state().managed.frames[static_cast<std::size_t>(frame)].use, PhysicalFrame::Use::Free);
  EXPECT_TRUE(TranslationModel::checkInvariants(sim.timeline().state()).empty());
  sim.seek(5);
  EXPECT_EQ(sim.stepRecord()["fault"], "segfault");

  auto bad = build(R"("config": {"preset": "ostep", "frames": 8,
                                 "processes": [{"name": "p", "regions": [{"name": "heap", "start": 0, "pages": 2}]}]},
                      "ops": [{"mmap": {"name": "heap", "start": "0x400", "pages": 1}},
                              {"mmap": {"name": "b", "start": "0x20", "pages": 1}},
                              {"munmap": {"name": "nothing"}},
                              {"fork": {"parent": "p", "child": "c"}},
                              {"munmap": {"process": "c", "name": "heap"}},
                              {"munmap": {"process": "c", "name": "heap"}}])");
  EXPECT_NE(errorAt(*bad, "/ops/0/mmap/name", ErrorCode::DuplicateName), nullptr);
  EXPECT_NE(errorAt(*bad, "/ops/1/mmap", ErrorCode::Overlap), nullptr);
  EXPECT_NE(errorAt(*bad, "/ops/2/munmap/name", ErrorCode::UnknownName), nullptr);
  EXPECT_NE(errorAt(*bad, "/ops/5/munmap/name", ErrorCode::UnknownName), nullptr);  // the child's copy is gone already
  EXPECT_EQ(bad->errors.size(), 4u);
}

}  // namespace
}  // namespace oslens::engine::translation

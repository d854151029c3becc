// Slab scenario files: the keys of docs/scenarios.md, the JSON a run prints, and every kind of
// bad input reported with its place.
#include <gtest/gtest.h>

#include "engine/memory/slab/slab_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::slab {
namespace {

using engine::testing::findError;
using engine::testing::loadErrors;

std::string slabScenario(std::string_view body) {
  return std::string(R"({"oslens": 1, "module": "slab", "title": "t", )") + std::string(body) + "}";
}

const Json* slabinfoOf(const Json& summary, std::string_view name) {
  for (const auto& cache : summary["slabinfo"])
    if (cache["name"] == name) return &cache;
  ADD_FAILURE() << "no cache " << name << " in slabinfo";
  return nullptr;
}

TEST(SlabScenario, RunsAndReportsTheStepRecordAndSlabinfo) {
  auto sim = loadSimulation(slabScenario(R"("config": {"pages": 16, "caches": [{"name": "inode", "object_size": 1000}]},
      "ops": [{"cache_alloc": {"cache": "inode", "tag": "A"}}, {"cache_alloc": {"cache": "inode", "tag": "B"}},
              {"kmalloc": {"bytes": 100, "tag": "K"}}, {"kmalloc": {"bytes": 10000, "tag": "L"}},
              {"cache_free": "A"}, {"cache_free": {"cache": "inode", "tag": "B"}}, {"kfree": "L"}, {"shrink": "inode"}])"));
  ASSERT_NE(sim, nullptr);
  EXPECT_EQ(sim->module(), "slab");
  EXPECT_EQ(sim->stepCount(), 8u);
  EXPECT_EQ(sim->opJson(0), (Json{{"cache_alloc", {{"cache", "inode"}, {"tag", "A"}}}}));
  EXPECT_EQ(sim->opJson(2), (Json{{"kmalloc", {{"bytes", 100}, {"tag", "K"}}}}));
  EXPECT_EQ(sim->opJson(4), (Json{{"cache_free", "A"}}));
  EXPECT_EQ(sim->opJson(5), (Json{{"cache_free", {{"cache", "inode"}, {"tag", "B"}}}}));
  EXPECT_EQ(sim->opJson(7), (Json{{"shrink", "inode"}}));

  // Records are compared as plain JSON: key order is presentation, not content.
  auto recordAt = [&](std::size_t step) {
    sim->seek(step);
    return Json::parse(sim->stepRecord().dump());
  };
  auto record = recordAt(2);
  EXPECT_EQ(record["result"], Json::parse(R"({"cache": "inode", "slab": 0, "object": 1, "address": 1000})"));
  EXPECT_EQ(record["lists"],
            Json::parse(R"({"cache": "inode", "slabs_full": [], "slabs_partial": [0], "slabs_free": []})"));
  EXPECT_EQ(record["free_pages"], 15);

  record = recordAt(3);  // kmalloc(100): kmalloc-128, a new slab at page 1
  EXPECT_EQ(record["result"]["cache"], "kmalloc-128");
  EXPECT_EQ(record["result"]["address"], 4096);
  record = recordAt(4);  // kmalloc(10000): 3 pages, rounded up to order 2 (4 pages), from the buddy allocator
  EXPECT_EQ(record["result"], Json::parse(R"({"pfn": 4, "order": 2})"));
  EXPECT_TRUE(record["lists"].is_null());
  // The buddy allocator's events come wrapped, with the kmalloc's tag.
  EXPECT_EQ(record["events"].back(), Json::parse(R"({"type": "buddy", "event": {"type": "allocated", "tag": "L",
      "pfn": 4, "order": 2, "wasted_bytes": 6384}})"));

  record = recordAt(6);
  EXPECT_TRUE(record["result"].is_null());
  EXPECT_EQ(record["lists"]["slabs_free"], Json::parse("[0]"));

  sim->seek(8);
  const auto summary = Json::parse(sim->summary().dump());
  EXPECT_EQ(summary["free_pages"], 15);
  EXPECT_EQ(summary["slab_pages"], 1);
  EXPECT_EQ(summary["freelist"], "in_object");
  EXPECT_EQ(summary["kmalloc_min_size"], 32);
  const Json* inode = slabinfoOf(summary, "inode");
  ASSERT_NE(inode, nullptr);
  EXPECT_EQ((*inode)["num_slabs"], 0);  // shrunk
  EXPECT_EQ((*inode)["objperslab"], 4);
  EXPECT_EQ((*inode)["colours"], 1);
  const Json* kmalloc128 = slabinfoOf(summary, "kmalloc-128");
  ASSERT_NE(kmalloc128, nullptr);
  EXPECT_EQ(*kmalloc128, Json::parse(R"({"name": "kmalloc-128", "active_objs": 1, "num_objs": 32, "objsize": 128,
      "objperslab": 32, "pagesperslab": 1, "full": 0, "partial": 1, "empty": 0, "active_slabs": 1, "num_slabs": 1,
      "object_size": 128, "align": 128, "order": 0, "left_over": 0, "colour_off": 128, "colours": 0,
      "freelist": "in_object", "kmalloc": true})"));
}

TEST(SlabScenario, KmallocCachesComeAfterTheNamedOnesInSizeOrder) {
  auto sim = loadSimulation(slabScenario(R"("config": {"pages": 64, "caches": [{"name": "z", "object_size": 64}]},
      "ops": [{"kmalloc": {"bytes": 3000, "tag": "a"}}, {"kmalloc": {"bytes": 1, "tag": "b"}},
              {"shrink": "kmalloc-96"}, {"kmalloc": {"bytes": 3000, "tag": "c"}}])"));
  const auto summary = sim->summary();
  std::vector<std::string> names;
  for (const auto& cache : summary["slabinfo"]) names.push_back(cache["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"z", "kmalloc-32", "kmalloc-96", "kmalloc-4k"}));
}

TEST(SlabScenario, TheOptionsChangeTheLayoutTheColoursAndTheClasses) {
  auto sim = loadSimulation(slabScenario(R"("config": {"pages": 16, "freelist": "on_slab", "colouring": "classic",
      "kmalloc_min_size": 8, "slab_max_order": 1,
      "caches": [{"name": "a", "object_size": 128}, {"name": "b", "object_size": 128, "freelist": "in_object"},
                 {"name": "c", "object_size": 3000, "slab_order": 0}]},
      "ops": [{"kmalloc": {"bytes": 5, "tag": "k"}}, {"cache_alloc": {"cache": "a", "tag": "x"}}])"));
  const auto summary = Json::parse(sim->summary().dump());
  EXPECT_EQ(summary["colouring"], "classic");
  EXPECT_EQ((*slabinfoOf(summary, "a"))["freelist"], "on_slab");
  EXPECT_EQ((*slabinfoOf(summary, "a"))["objperslab"], 4096 / 130);  // two-byte indices with KMALLOC_MIN_SIZE 8
  EXPECT_EQ((*slabinfoOf(summary, "b"))["freelist"], "in_object");
  EXPECT_EQ((*slabinfoOf(summary, "c"))["order"], 0);
  EXPECT_NE(slabinfoOf(summary, "kmalloc-8"), nullptr);
  sim->seek(2);
  // The classic rule gives a's first slab colour 0: 4096 - 31 * 130 = 66 bytes left, one colour.
  EXPECT_EQ(sim->stepRecord()["result"]["address"], 4096);
}

TEST(SlabScenario, MemoryAbove32MiBLetsSlabsGrowToOrder1) {
  // kmem_cache_init: slab_max_order 1 above 32 MiB. 3000-byte objects then take two pages.
  auto sim = loadSimulation(
      slabScenario(R"("config": {"pages": 16384, "caches": [{"name": "c", "object_size": 3000}]}, "ops": [])"));
  EXPECT_EQ(sim->summary()["slab_max_order"], 1);
  EXPECT_EQ(sim->summary()["slabinfo"][0]["order"], 1);
}

// With 1 MiB pages kmalloc-8 cannot exist (a slab would hold more than 65535 objects): a request
// of 5 bytes goes to the smallest class there is, kmalloc-16, instead of to no cache at all.
TEST(SlabScenario, AKmallocClassThatCannotBeBuiltSendsItsRequestsToTheNextOne) {
  auto sim = loadSimulation(slabScenario(R"("config": {"pages": 64, "page_size": 1048576, "kmalloc_min_size": 8},
      "ops": [{"kmalloc": {"bytes": 5, "tag": "a"}}, {"kfree": "a"}])"));
  ASSERT_NE(sim, nullptr);
  sim->seek(1);
  EXPECT_EQ(Json::parse(sim->stepRecord().dump())["result"]["cache"], "kmalloc-16");
  sim->seek(2);
  EXPECT_EQ(slabinfoOf(Json::parse(sim->summary().dump()), "kmalloc-16")->at("active_objs"), 0);
}

// An object too small for the page (more objects than the freelist index counts) is named as too
// small: the bound printed is the smallest size that works, not 1.
TEST(SlabScenario, AnObjectTooSmallForThePageSaysTheSmallestSizeThatFits) {
  const auto errors = loadErrors(slabScenario(
      R"("config": {"pages": 64, "page_size": 1048576, "caches": [{"name": "tiny", "object_size": 8}]}, "ops": [])"));
  const auto* e = findError(errors, "/config/caches/0/object_size", ErrorCode::OutOfRange);
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->args.size(), 3u);
  EXPECT_GT(std::stoul(e->args[1]), 8u);
  auto fits = loadSimulation(slabScenario(std::string(R"("config": {"pages": 64, "page_size": 1048576, "caches": [{"name": "tiny", "object_size": )") +
                                          e->args[1] + R"(}]}, "ops": [{"cache_alloc": {"cache": "tiny", "tag": "t"}}])"));
  EXPECT_NE(fits, nullptr);
}

// {"cache_free": T} of a large kmalloc names no cache and T is in none: a warning event, nothing freed.
TEST(SlabScenario, CacheFreeOfALargeKmallocIsAWarningThatFreesNothing) {
  auto sim = loadSimulation(slabScenario(R"("config": {"pages": 16},
      "ops": [{"kmalloc": {"bytes": 9000, "tag": "big"}}, {"cache_free": "big"}, {"kfree": "big"}])"));
  ASSERT_NE(sim, nullptr);
  sim->seek(2);
  const Json record = Json::parse(sim->stepRecord().dump());
  EXPECT_EQ(record["events"].back(), Json::parse(R"({"type": "wrong_cache", "tag": "big", "named": null, "actual": null})"));
  EXPECT_EQ(record["free_pages"], 12);
  sim->seek(3);
  EXPECT_EQ(Json::parse(sim->stepRecord().dump())["free_pages"], 16);
}

TEST(SlabScenario, BadOpsAreReportedWithTheirPlace) {
  auto errors =
      loadErrors(slabScenario(R"("config": {"pages": 16, "max_order": 5, "caches": [{"name": "a", "object_size": 64}]},
      "ops": [{"cache_alloc": {"cache": "nope", "tag": "A"}}, {"cache_free": "B"}, {"kfree": "C"},
              {"cache_free": {"cache": "a", "tag": "D"}}, {"cache_free": {"cache": "zz", "tag": "A"}},
              {"kmalloc": {"bytes": 0, "tag": "E"}}, {"kmalloc": {"bytes": 100000, "tag": "F"}}, {"shrink": "b"},
              {"cache_alloc": {"cache": "a", "tag": "G"}, "kfree": "G"}, {}, {"cache_alloc": {"cache": "a"}},
              {"kfree": "A"}, {"kmaloc": {}}])"));
  findError(errors, "/ops/0/cache_alloc/cache", ErrorCode::UnknownChoice);
  findError(errors, "/ops/1/cache_free", ErrorCode::UndefinedTag);
  findError(errors, "/ops/2/kfree", ErrorCode::UndefinedTag);
  findError(errors, "/ops/3/cache_free/tag", ErrorCode::UndefinedTag);
  findError(errors, "/ops/4/cache_free/cache", ErrorCode::UnknownChoice);
  findError(errors, "/ops/5/kmalloc/bytes", ErrorCode::OutOfRange);
  findError(errors, "/ops/6/kmalloc/bytes", ErrorCode::OutOfRange);  // 16 pages hold 65536 bytes at most
  findError(errors, "/ops/7/shrink", ErrorCode::UnknownChoice);
  findError(errors, "/ops/8/kfree", ErrorCode::Conflict);
  findError(errors, "/ops/9", ErrorCode::UnknownOp);  // {}: no op given
  findError(errors, "/ops/10/cache_alloc", ErrorCode::MissingKey);
  findError(errors, "/ops/12", ErrorCode::UnknownOp);  // "kmaloc": did you mean "kmalloc"?
  // A was named by op 0, whose cache was wrong: freeing it is not a second, misleading error.
  for (const auto& e : errors.list()) EXPECT_NE(e.pointer, "/ops/11/kfree");
}

TEST(SlabScenario, BadCachesAreReportedWithTheirPlace) {
  auto errors = loadErrors(slabScenario(R"("config": {"pages": 16, "freelist": "off_slab", "colouring": "random",
      "kmalloc_min_size": 48, "caches": [
        {"name": "a", "object_size": 0}, {"name": "a", "object_size": 64}, {"name": "kmalloc-64", "object_size": 64},
        {"name": "b", "object_size": 64, "align": 48}, {"name": "c", "object_size": 5000, "slab_order": 0},
        {"name": "d", "object_size": 16, "slab_order": 3}, {"name": "e", "object_size": 64, "colour": 1}, 7]},
      "ops": [])"));
  findError(errors, "/config/freelist", ErrorCode::UnknownChoice);
  findError(errors, "/config/colouring", ErrorCode::UnknownChoice);
  findError(errors, "/config/kmalloc_min_size", ErrorCode::NotPowerOfTwo);
  // The caches are checked for what does not depend on the options that were wrong.
  findError(errors, "/config/caches/0/object_size", ErrorCode::OutOfRange);
  findError(errors, "/config/caches/1/name", ErrorCode::DuplicateName);
  findError(errors, "/config/caches/2/name", ErrorCode::DuplicateName);
  findError(errors, "/config/caches/3/align", ErrorCode::NotPowerOfTwo);
  findError(errors, "/config/caches/6/colour", ErrorCode::UnknownKey);
  findError(errors, "/config/caches/7", ErrorCode::WrongType);

  // With good options, a cache's geometry is checked too.
  // max_order 5: orders 0..4, the largest block 16 pages (65536 bytes).
  errors = loadErrors(slabScenario(R"("config": {"pages": 16, "max_order": 5, "caches": [
        {"name": "c", "object_size": 5000, "slab_order": 0}, {"name": "d", "object_size": 16, "slab_order": 3},
        {"name": "e", "object_size": 65536, "freelist": "on_slab"}, {"name": "f", "object_size": 10, "slab_order": 11}]},
      "ops": [])"));
  const auto* tooSmall = findError(errors, "/config/caches/0/slab_order", ErrorCode::OutOfRange);
  // 5000-byte objects need order 1; at order 4, 13 of them fit, at most 255 would.
  if (tooSmall) {
    EXPECT_EQ(tooSmall->args, (std::vector<std::string>{"0", "1", "4"}));
  }
  const auto* tooBig = findError(errors, "/config/caches/1/slab_order", ErrorCode::OutOfRange);
  if (tooBig) {
    EXPECT_EQ(tooBig->args, (std::vector<std::string>{"3", "0", "0"}));
  }
  // 16 pages hold one 65536-byte object in the object's own bytes, but not with a byte beside it.
  const auto* noRoom = findError(errors, "/config/caches/2/object_size", ErrorCode::OutOfRange);
  if (noRoom) {
    EXPECT_EQ(noRoom->args, (std::vector<std::string>{"65536", "1", "65528"}));
  }
  findError(errors, "/config/caches/3/slab_order", ErrorCode::OutOfRange);
}

TEST(SlabScenario, TheBuddyKeysAreReadAsTheBuddyModuleReadsThem) {
  auto errors = loadErrors(
      slabScenario(R"("config": {"pages": 0, "max_order": 30, "page_size": 3000, "slab_max_order": 2}, "ops": [])"));
  findError(errors, "/config/pages", ErrorCode::OutOfRange);
  findError(errors, "/config/max_order", ErrorCode::OutOfRange);
  findError(errors, "/config/page_size", ErrorCode::NotPowerOfTwo);

  errors = loadErrors(slabScenario(R"("config": {"pages": 16, "max_order": 2, "slab_max_order": 2}, "ops": [])"));
  findError(errors, "/config/slab_max_order", ErrorCode::OutOfRange);  // orders 0..1

  auto sim =
      loadSimulation(slabScenario(R"("config": {"zones": [{"name": "DMA", "pages": 4}, {"name": "Normal", "pages": 12}],
      "caches": [{"name": "a", "object_size": 64}]}, "ops": [{"cache_alloc": {"cache": "a", "tag": "x"}}])"));
  sim->seek(1);
  EXPECT_EQ(sim->stepRecord()["result"]["slab"], 4);  // slabs come from Normal, as GFP_KERNEL asks
}

TEST(SlabScenario, TooManyCachesIsAnError) {
  std::string caches;
  for (int i = 0; i <= 64; ++i)
    caches += std::string(i ? "," : "") + R"({"name": "c)" + std::to_string(i) + R"(", "object_size": 64})";
  auto errors = loadErrors(slabScenario(R"("config": {"pages": 16, "caches": [)" + caches + R"(]}, "ops": [])"));
  findError(errors, "/config/caches", ErrorCode::TooMany);
}

}  // namespace
}  // namespace oslens::engine::slab

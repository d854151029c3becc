#include "engine/memory/freelist/freelist_scenario.h"

#include <bit>
#include <unordered_set>

#include "engine/core/limits.h"
#include "engine/core/name_table.h"
#include "engine/core/scenario_frame.h"

namespace oslens::engine::freelist {

namespace {
constexpr auto kMaxBytes = static_cast<std::int64_t>(limits::kMaxHeapBytes);

std::optional<std::uint64_t> powerOfTwo(ObjectReader& config, std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback) {
  const auto value = config.integer(key, min, max, fallback);
  if (!value) return std::nullopt;
  if (!std::has_single_bit(static_cast<std::uint64_t>(*value))) {
    config.errors().add(config.pointerTo(key), ErrorCode::NotPowerOfTwo, {std::to_string(*value)});
    return std::nullopt;
  }
  return static_cast<std::uint64_t>(*value);
}

std::optional<std::uint64_t> optionalBytes(ObjectReader& config, std::string_view key, bool& ok) {
  if (!config.has(key)) return std::nullopt;
  const auto value = config.integer(key, 1, kMaxBytes);
  if (!value) ok = false;
  return value ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(*value)) : std::nullopt;
}

std::optional<HeapConfig> readConfig(ObjectReader& config) {
  HeapConfig out;
  bool ok = true;
  const auto base = config.integer("base", 0, static_cast<std::int64_t>(limits::kMaxHeapBase), 1000);
  const auto header = config.integer("header", 0, static_cast<std::int64_t>(limits::kMaxHeapHeader), 0);
  const auto align = powerOfTwo(config, "align", 1, static_cast<std::int64_t>(limits::kMaxHeapAlign), 1);
  const auto policy = config.choice("policy", fitPolicyNames(), std::string("first"));
  const auto order = config.choice("order", listOrderNames(), std::string("addrsort"));
  const auto coalesce = config.boolean("coalesce", true);
  const auto compat = config.choice("compat", compatNames(), std::string("standard"));
  out.topPad = optionalBytes(config, "top_pad", ok);
  out.trimThreshold = optionalBytes(config, "trim_threshold", ok);
  out.mmapThreshold = optionalBytes(config, "mmap_threshold", ok);
  out.limit = optionalBytes(config, "limit", ok);
  const auto pageSize = powerOfTwo(config, "page_size", limits::kMinPageSize, limits::kMaxPageSize, 4096);
  // An empty initial heap only makes sense when it can grow (glibc starts with none).
  const auto size = config.integer("size", config.has("top_pad") ? 0 : 1, kMaxBytes, 100);
  if (!base || !header || !align || !policy || !order || !coalesce || !compat || !pageSize || !size || !ok) return std::nullopt;
  out.base = static_cast<Address>(*base);
  out.size = static_cast<std::uint64_t>(*size);
  out.header = static_cast<std::uint64_t>(*header);
  out.align = *align;
  out.policy = *fitPolicyFromName(*policy);
  out.order = *listOrderFromName(*order);
  out.coalesce = *coalesce;
  out.compat = *compatFromName(*compat);
  out.pageSize = *pageSize;
  // A block is its header and at least one byte: a heap that cannot hold one is no heap.
  if (!out.topPad && out.header >= out.size) {
    config.errors().add(config.pointerTo("header"), ErrorCode::AboveLimit,
                        {std::to_string(out.header), "size", std::to_string(out.size - 1)});
    return std::nullopt;
  }
  // What only a growing heap has: a limit to its growth, and trimming (glibc systrim gives back
  // what is above M_TOP_PAD; without top_pad the heap never grows, so nothing is ever above it).
  for (const char* key : {"limit", "trim_threshold"})
    if (config.has(key) && !out.topPad) {
      config.errors().add(config.pointerTo(key), ErrorCode::Requires, {key, "top_pad"});
      ok = false;
    }
  // malloc.py's search policies are FIRST, BEST and WORST (its malloc.__init__:
  // assert(self.policy in ['FIRST', 'BEST', 'WORST'])): it has no next fit to be faithful to.
  if (out.compat == Compat::Ostep && out.policy == FitPolicy::Next) {
    config.errors().add(config.pointerTo("policy"), ErrorCode::NotWith, {"policy", "next", "compat", "ostep"});
    ok = false;
  }
  if (!ok) return std::nullopt;
  if (out.limit && *out.limit < out.size) {
    config.errors().add(config.pointerTo("limit"), ErrorCode::OutOfRange,
                        {std::to_string(*out.limit), std::to_string(out.size), std::to_string(kMaxBytes)});
    return std::nullopt;
  }
  return out;
}

// What the reader knows of the ops before any runs: how many blocks can be in use (a malloc not
// yet freed, or one that leaked) and how long the free list can have grown, which bounds the work
// of every search. Whether a malloc returns NULL is known only when it runs, so these are bounds.
class OpsChecker {
 public:
  explicit OpsChecker(const HeapConfig& config) : m_tight(config.coalesce && config.compat == Compat::Standard) {}

  // A malloc of a tag still holding a block leaks that block (a run-time event): it stays in use.
  void malloc(TagId tag) {
    if (!m_live.insert(tag).second) ++m_leaked;
    addSearch();
  }
  // A free walks or edits the list too: the merges' neighbours, the insert, malloc.py's pass.
  void free(TagId tag) {
    m_live.erase(tag);
    addWork();
  }
  void realloc() { addSearch(); }
  // The list entries the run may examine or move; past the bound, it is refused before it starts.
  bool withinBudget() const { return m_examinations <= limits::kMaxFreelistExaminations; }

 private:
  // With boundary-tag coalescing no two free blocks touch, so the list is at most one longer than
  // the blocks in use; otherwise each malloc or realloc may add a split, a growth and a tail.
  void addSearch() {
    ++m_blockMakers;
    addWork();
  }
  void addWork() { m_examinations += (m_tight ? m_live.size() + m_leaked : 3 * m_blockMakers) + 2; }
  bool m_tight;
  std::unordered_set<TagId> m_live;
  std::uint64_t m_leaked = 0;
  std::uint64_t m_blockMakers = 0;
  std::uint64_t m_examinations = 0;
};

// A tag names a pointer variable of the program: "" would be a step that reads " = malloc(8)".
std::optional<std::string> nonEmptyTag(std::optional<std::string> tag, const std::string& pointer, ValidationErrors& errors) {
  if (tag && tag->empty()) {
    errors.add(pointer, ErrorCode::EmptyText);
    return std::nullopt;
  }
  return tag;
}

std::optional<FreelistOp> readOp(const HeapConfig&, ObjectReader& op, NameTable& tags, OpsChecker& checker) {
  auto given = readSingleOpKey(op, {"malloc", "free", "realloc"});
  if (!given) return std::nullopt;
  ValidationErrors& errors = op.errors();
  if (given->key == "free") {
    const auto tag = nonEmptyTag(readText(*given->value, given->pointer, errors), given->pointer, errors);
    if (!tag) return std::nullopt;
    const TagId id = tags.intern(*tag);  // an unknown tag is the program's bug, shown as it runs
    checker.free(id);
    return FreeOp{id};
  }
  ObjectReader request(*given->value, given->pointer, errors);
  if (!request.isObject()) return std::nullopt;
  const auto bytes = request.integer("bytes", 1, kMaxBytes);
  const auto tag = nonEmptyTag(request.text("tag"), request.pointerTo("tag"), errors);
  request.finish();
  if (!tag) return std::nullopt;
  const TagId id = tags.intern(*tag);
  if (given->key == "malloc") {
    checker.malloc(id);
    if (!bytes) return std::nullopt;
    return MallocOp{id, static_cast<std::uint64_t>(*bytes)};
  }
  checker.realloc();
  if (!bytes) return std::nullopt;
  return ReallocOp{id, static_cast<std::uint64_t>(*bytes)};
}
}  // namespace

std::unique_ptr<FreelistSimulation> buildFreelistSimulation(ScenarioInfo info, ObjectReader& top) {
  NameTable tags;
  std::optional<OpsChecker> checker;
  auto read = readScenario<HeapConfig, FreelistOp>(top, readConfig, [&](const HeapConfig& config, ObjectReader& op) {
    if (!checker) checker.emplace(config);
    return readOp(config, op, tags, *checker);
  });
  if (!read) return nullptr;
  auto& [config, ops] = *read;
  if (checker && !checker->withinBudget()) {
    top.errors().add(top.pointerTo("ops"), ErrorCode::RunTooLong,
                     {std::to_string(limits::kMaxFreelistExaminations), "examinations"});
    return nullptr;
  }
  auto initial = FreelistModel::initialState(config, tags.names());
  return std::make_unique<FreelistSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::freelist

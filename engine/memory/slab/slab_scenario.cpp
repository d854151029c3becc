#include "engine/memory/slab/slab_scenario.h"

#include <algorithm>
#include <bit>
#include <map>
#include <set>

#include "engine/core/limits.h"
#include "engine/core/name_table.h"
#include "engine/core/scenario_frame.h"
#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/slab/slab_geometry.h"

namespace oslens::engine::slab {

namespace {

// While the ops are read, a kmalloc class is named by its place in the KmallocTable; the cache
// ids are given once every op is read (the named caches, then the classes used, by size).
constexpr CacheId kKmallocRef = 0x8000;

struct Config {
  buddy::BuddyConfig buddy;
  SlabOptions options;
  SlabConstants constants;
  std::vector<CacheGeometry> named;
};

// kmem_cache_init: slab_max_order is SLAB_MAX_ORDER_HI (1) on machines with more than 32 MiB of
// memory, SLAB_MAX_ORDER_LO (0) below.
int defaultSlabMaxOrder(const buddy::BuddyConfig& config) {
  const std::uint64_t bytes = std::uint64_t{config.pages} * config.pageSize;
  return std::min<int>(bytes > (std::uint64_t{32} << 20) ? 1 : 0, config.largestOrder());
}

std::optional<std::uint32_t> readKmallocMinSize(ObjectReader& config) {
  // KMALLOC_MIN_SIZE is a power of two no bigger than 256 (setup_kmalloc_cache_index_table); 256
  // is left out because the kernel's size_index patch would then point at a missing kmalloc-128.
  auto size = config.integer("kmalloc_min_size", 8, 128, kSlabKmallocMinSize);
  if (size && !std::has_single_bit(static_cast<std::uint64_t>(*size))) {
    config.errors().add(config.pointerTo("kmalloc_min_size"), ErrorCode::NotPowerOfTwo, {std::to_string(*size)});
    return std::nullopt;
  }
  return size ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*size)) : std::nullopt;
}

// One entry of "caches": {"name", "object_size", "align", "slab_order", "freelist"}. Without a
// usable buddy configuration (`config` null) only what does not depend on it is checked.
std::optional<CacheGeometry> readCache(ObjectReader& cache, const Config* config, std::set<std::string>& names) {
  ValidationErrors& errors = cache.errors();
  const std::uint64_t largestBlock =
      config ? std::uint64_t{config->buddy.pageSize} << config->buddy.largestOrder() : limits::kMaxSlabObjectSize;
  const std::uint32_t pageSize = config ? config->buddy.pageSize : limits::kMaxPageSize;
  const int largestOrder = config ? config->buddy.largestOrder() : limits::kMaxBuddyOrders - 1;

  auto name = cache.text("name");
  auto objectSize = cache.integer(
      "object_size", 1, static_cast<std::int64_t>(std::min<std::uint64_t>(largestBlock, limits::kMaxSlabObjectSize)));
  auto align = cache.integer("align", 1, pageSize, 0);
  auto slabOrder = cache.integer("slab_order", 0, largestOrder, -1);
  auto freelist =
      cache.choice("freelist", freelistLayoutNames(),
                   std::string(freelistLayoutName(config ? config->options.freelist : FreelistLayout::InObject)));
  cache.finish();
  bool ok = name && objectSize && align && slabOrder && freelist;
  if (align && *align > 0 && !std::has_single_bit(static_cast<std::uint64_t>(*align))) {
    errors.add(cache.pointerTo("align"), ErrorCode::NotPowerOfTwo, {std::to_string(*align)});
    ok = false;
  }
  // kmalloc's caches are called kmalloc-8 … kmalloc-2M (mm/slab_common.c: kmalloc_info[]).
  if (name && (!names.insert(*name).second || isKmallocCacheName(*name))) {
    errors.add(cache.pointerTo("name"), ErrorCode::DuplicateName, {*name});
    ok = false;
  }
  if (!ok || !config) return std::nullopt;

  CacheRequest request{*name, static_cast<std::uint32_t>(*objectSize), static_cast<std::uint32_t>(*align),
                       std::nullopt, *freelistLayoutFromName(*freelist), false};
  if (*slabOrder >= 0) request.slabOrder = static_cast<Order>(*slabOrder);
  GeometryResult result = makeGeometry(request, config->constants, config->options.slabMaxOrder,
                                       config->buddy.largestOrder());
  switch (result.problem) {
    case GeometryProblem::None: return std::move(result.geometry);
    case GeometryProblem::DoesNotFit:
      errors.add(cache.pointerTo("object_size"), ErrorCode::OutOfRange,
                 {std::to_string(*objectSize), std::to_string(result.smallestObjectSize),
                  std::to_string(result.largestObjectSize)});
      break;
    case GeometryProblem::OrderTooSmall:
    case GeometryProblem::OrderTooLarge:
      errors.add(cache.pointerTo("slab_order"), ErrorCode::OutOfRange,
                 {std::to_string(*slabOrder), std::to_string(result.lowestOrder), std::to_string(result.highestOrder)});
      break;
  }
  return std::nullopt;
}

std::optional<std::vector<CacheGeometry>> readCaches(const Json* value, const std::string& pointer,
                                                     const Config* config, ValidationErrors& errors) {
  std::vector<CacheGeometry> out;
  if (!value) return out;
  if (!expectArray(*value, pointer, limits::kMaxSlabCaches, errors)) return std::nullopt;
  std::set<std::string> names;
  bool ok = true;
  for (std::size_t i = 0; i < value->size(); ++i) {
    ObjectReader cache((*value)[i], childPointer(pointer, i), errors);
    if (!cache.isObject()) {
      ok = false;
      continue;
    }
    auto geometry = readCache(cache, config, names);
    if (geometry) out.push_back(std::move(*geometry));
    else ok = false;
  }
  return ok ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<Config> readConfig(ObjectReader& reader) {
  Config config;
  auto buddyConfig = buddy::readBuddyConfig(reader);
  const Json* cachesValue = reader.optional("caches");
  auto freelist = reader.choice("freelist", freelistLayoutNames(), std::string("in_object"));
  auto colouring = reader.choice("colouring", colourRuleNames(), std::string("linux"));
  auto kmallocMinSize = readKmallocMinSize(reader);
  const int largestOrder = buddyConfig ? buddyConfig->largestOrder() : limits::kMaxBuddyOrders - 1;
  auto slabMaxOrder =
      reader.integer("slab_max_order", 0, largestOrder, buddyConfig ? defaultSlabMaxOrder(*buddyConfig) : 0);
  const bool ok = buddyConfig && freelist && colouring && kmallocMinSize && slabMaxOrder;
  if (ok) {
    config.buddy = *buddyConfig;
    config.options = {*freelistLayoutFromName(*freelist), *colourRuleFromName(*colouring), *kmallocMinSize,
                      static_cast<int>(*slabMaxOrder)};
    config.constants = SlabConstants::of(config.buddy.pageSize, config.options.kmallocMinSize);
  }
  auto named = readCaches(cachesValue, reader.pointerTo("caches"), ok ? &config : nullptr, reader.errors());
  if (!ok || !named) return std::nullopt;
  config.named = std::move(*named);
  return config;
}

// What the ops need to know to be read, made from the config; the tags they allocate.
class OpReader {
 public:
  OpReader(const Config& config, ValidationErrors& errors)
      : m_kmalloc(config.constants, config.options, config.buddy.largestOrder()),
        m_pageSize(config.buddy.pageSize),
        m_errors(errors) {
    for (CacheId c = 0; c < config.named.size(); ++c) {
      m_caches[config.named[c].name] = c;
      m_choices.push_back(config.named[c].name);
    }
    for (std::size_t k = 0; k < m_kmalloc.sizes().size(); ++k) {
      m_caches[kmallocCacheName(m_kmalloc.sizes()[k])] = static_cast<CacheId>(kKmallocRef + k);
      m_choices.push_back(kmallocCacheName(m_kmalloc.sizes()[k]));
    }
    m_largestBytes = std::uint64_t{config.buddy.pageSize} << config.buddy.largestOrder();
  }

  std::optional<SlabOp> read(ObjectReader& op) {
    auto given = readSingleOpKey(op, {"cache_alloc", "cache_free", "kmalloc", "kfree", "shrink"});
    if (!given) return std::nullopt;
    return readOne(given->key, *given->value, given->pointer);
  }

  const KmallocTable& kmalloc() const { return m_kmalloc; }
  const NameTable& tags() const { return m_tags; }

 private:
  std::optional<SlabOp> readOne(std::string_view key, const Json& value, const std::string& pointer) {
    if (key == "cache_alloc") return readCacheAlloc(value, pointer);
    if (key == "cache_free") return readCacheFree(value, pointer);
    if (key == "kmalloc") return readKmalloc(value, pointer);
    if (key == "kfree") {
      auto tag = readFreedTag(value, pointer);
      return tag ? std::optional<SlabOp>(KfreeOp{*tag}) : std::nullopt;
    }
    auto cache = readCacheName(value, pointer);
    return cache ? std::optional<SlabOp>(ShrinkOp{*cache}) : std::nullopt;
  }

  std::optional<CacheId> readCacheName(const Json& value, const std::string& pointer) {
    auto name = readChoice(value, pointer, m_choices, m_errors);
    if (!name) return std::nullopt;
    return m_caches.at(*name);
  }

  // A tag that an earlier op allocates.
  std::optional<TagId> readFreedTag(const Json& value, const std::string& pointer) {
    auto tag = readText(value, pointer, m_errors);
    if (!tag) return std::nullopt;
    auto id = m_tags.find(*tag);
    if (!id) m_errors.add(pointer, ErrorCode::UndefinedTag, {*tag});
    return id;
  }

  std::optional<SlabOp> readCacheAlloc(const Json& value, const std::string& pointer) {
    ObjectReader alloc(value, pointer, m_errors);
    if (!alloc.isObject()) return std::nullopt;
    std::optional<CacheId> cache;
    if (const Json* name = alloc.required("cache")) cache = readCacheName(*name, alloc.pointerTo("cache"));
    auto tag = alloc.text("tag");
    alloc.finish();
    // Known even when the rest of the op is wrong, so a later free of it is not reported too.
    if (tag) m_tags.intern(*tag);
    if (!tag || !cache) return std::nullopt;
    return CacheAllocOp{m_tags.intern(*tag), *cache};
  }

  std::optional<SlabOp> readCacheFree(const Json& value, const std::string& pointer) {
    if (!value.is_object()) {
      auto tag = readFreedTag(value, pointer);
      return tag ? std::optional<SlabOp>(CacheFreeOp{*tag, kNoCache}) : std::nullopt;
    }
    ObjectReader free(value, pointer, m_errors);
    std::optional<CacheId> cache;
    if (const Json* name = free.required("cache")) cache = readCacheName(*name, free.pointerTo("cache"));
    std::optional<TagId> tag;
    if (const Json* t = free.required("tag")) tag = readFreedTag(*t, free.pointerTo("tag"));
    free.finish();
    if (!tag || !cache) return std::nullopt;
    return CacheFreeOp{*tag, *cache};
  }

  std::optional<SlabOp> readKmalloc(const Json& value, const std::string& pointer) {
    ObjectReader request(value, pointer, m_errors);
    if (!request.isObject()) return std::nullopt;
    auto bytes = request.integer("bytes", 1, static_cast<std::int64_t>(m_largestBytes));
    auto tag = request.text("tag");
    request.finish();
    if (tag) m_tags.intern(*tag);
    if (!tag || !bytes) return std::nullopt;
    KmallocOp op{m_tags.intern(*tag), static_cast<std::uint64_t>(*bytes), kNoCache, 0};
    const auto& sizes = m_kmalloc.sizes();
    const auto size = m_kmalloc.classFor(op.bytes);
    const auto known = size ? std::find(sizes.begin(), sizes.end(), *size) : sizes.end();
    if (known != sizes.end()) {
      op.cache = static_cast<CacheId>(kKmallocRef + (known - sizes.begin()));
    } else {
      op.order = buddy::orderForBytes(op.bytes, m_pageSize);  // kmalloc_large: get_order(size)
    }
    return op;
  }

  KmallocTable m_kmalloc;
  std::uint32_t m_pageSize = 0;
  ValidationErrors& m_errors;
  std::map<std::string, CacheId> m_caches;
  std::vector<std::string> m_choices;
  std::uint64_t m_largestBytes = 0;
  NameTable m_tags;
};

CacheId* cacheField(SlabOp& op) {
  return std::visit([](auto& o) -> CacheId* {
    if constexpr (requires { o.cache; }) return &o.cache;
    else return nullptr;
  }, op);
}

// The kmalloc caches the ops name, created (empty) after the named caches, smallest first, as
// create_kmalloc_caches makes them in size order; the ops' references become cache ids.
std::vector<CacheGeometry> resolveKmallocCaches(const Config& config, const KmallocTable& kmalloc,
                                                std::vector<SlabOp>& ops) {
  std::vector<bool> used(kmalloc.sizes().size(), false);
  for (SlabOp& op : ops)
    if (CacheId* cache = cacheField(op); cache && *cache != kNoCache && *cache >= kKmallocRef)
      used[*cache - kKmallocRef] = true;
  std::vector<CacheGeometry> out;
  std::vector<CacheId> idOf(used.size(), kNoCache);
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    const std::uint32_t size = kmalloc.sizes()[k];
    CacheRequest request{kmallocCacheName(size), size, 0, std::nullopt, config.options.freelist, true};
    idOf[k] = static_cast<CacheId>(config.named.size() + out.size());
    out.push_back(
        *makeGeometry(request, config.constants, config.options.slabMaxOrder, config.buddy.largestOrder()).geometry);
  }
  for (SlabOp& op : ops)
    if (CacheId* cache = cacheField(op); cache && *cache != kNoCache && *cache >= kKmallocRef)
      *cache = idOf[*cache - kKmallocRef];
  return out;
}

}  // namespace

std::unique_ptr<SlabSimulation> buildSlabSimulation(ScenarioInfo info, ObjectReader& top) {
  std::optional<OpReader> opReader;  // made with the config, before any op is read
  auto readConfigAndOpReader = [&](ObjectReader& reader) {
    auto config = readConfig(reader);
    if (config) opReader.emplace(*config, reader.errors());
    return config;
  };
  auto read = readScenario<Config, SlabOp>(top, readConfigAndOpReader,
                                           [&](const Config&, ObjectReader& op) { return opReader->read(op); });
  if (!read) return nullptr;
  auto& [config, ops] = *read;

  auto setup = std::make_shared<SlabSetup>();
  setup->options = config.options;
  setup->constants = config.constants;
  setup->caches = config.named;
  auto kmallocCaches = resolveKmallocCaches(config, opReader->kmalloc(), ops);
  setup->caches.insert(setup->caches.end(), kmallocCaches.begin(), kmallocCaches.end());
  setup->maxSlabs = slabBounds(*setup, config.buddy.pages, ops);
  auto initial = SlabModel::initialState(config.buddy, std::move(setup), opReader->tags().names());
  return std::make_unique<SlabSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::slab

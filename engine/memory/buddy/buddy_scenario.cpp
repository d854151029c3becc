#include "engine/memory/buddy/buddy_scenario.h"

#include <bit>
#include <set>

#include "engine/core/limits.h"
#include "engine/core/scenario_frame.h"

namespace oslens::engine::buddy {

namespace {
std::optional<std::uint32_t> readPageSize(ObjectReader& config) {
  auto size = config.integer("page_size", limits::kMinPageSize, limits::kMaxPageSize, kDefaultPageSize);
  if (size && !std::has_single_bit(static_cast<std::uint64_t>(*size))) {
    config.errors().add(config.pointerTo("page_size"), ErrorCode::NotPowerOfTwo, {std::to_string(*size)});
    return std::nullopt;
  }
  return size ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*size)) : std::nullopt;
}

// "zones": [{"name": "DMA", "pages": 16}, {"name": "Normal", "pages": 48}], lowest addresses first.
std::optional<std::vector<ZoneConfig>> readZones(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  if (!expectArray(value, pointer, limits::kMaxZones, errors)) return std::nullopt;
  if (value.empty()) {
    // The number of zones is out of range at the low end: "0 is out of range; expected 1 to 4".
    errors.add(pointer, ErrorCode::OutOfRange, {"0", "1", std::to_string(limits::kMaxZones)});
    return std::nullopt;
  }
  std::vector<ZoneConfig> zones;
  std::set<std::string> names;
  std::uint64_t start = 0;
  bool ok = true;
  for (std::size_t i = 0; i < value.size(); ++i) {
    ObjectReader zone(value[i], childPointer(pointer, i), errors);
    if (!zone.isObject()) {
      ok = false;
      continue;
    }
    auto name = zone.text("name");
    auto pages = zone.integer("pages", 1, limits::kMaxBuddyPages);
    zone.finish();
    if (name && !names.insert(*name).second) {
      errors.add(zone.pointerTo("name"), ErrorCode::DuplicateName, {*name});
      ok = false;
    }
    if (!name || !pages) {
      ok = false;
      continue;
    }
    zones.push_back({*name, static_cast<Pfn>(std::min<std::uint64_t>(start, kNoPfn)), static_cast<std::uint32_t>(*pages)});
    start += static_cast<std::uint64_t>(*pages);
  }
  if (ok && start > limits::kMaxBuddyPages) {
    errors.add(pointer, ErrorCode::OutOfRange, {std::to_string(start), "1", std::to_string(limits::kMaxBuddyPages)});
    ok = false;
  }
  return ok ? std::optional(std::move(zones)) : std::nullopt;
}

// A request without "zone" asks for ZONE_NORMAL, as GFP_KERNEL does (include/linux/gfp.h: gfp_zone);
// without a zone of that name, the highest zone.
ZoneIndex defaultZoneOf(const std::vector<ZoneConfig>& zones) {
  for (ZoneIndex z = 0; z < zones.size(); ++z)
    if (zones[z].name == "Normal") return z;
  return static_cast<ZoneIndex>(zones.size() - 1);
}

std::vector<std::string> zoneNames(const BuddyConfig& config) {
  std::vector<std::string> names;
  for (const auto& zone : config.zones) names.push_back(zone.name);
  return names;
}

std::optional<AllocOp> readAlloc(const Json& value, const std::string& pointer, const BuddyConfig& config,
                                 NameTable& tags, ValidationErrors& errors) {
  ObjectReader alloc(value, pointer, errors);
  if (!alloc.isObject()) return std::nullopt;
  AllocOp out;
  bool ok = true;
  const std::uint64_t largestBytes = std::uint64_t{config.pageSize} << config.largestOrder();
  if (alloc.has("order") && alloc.has("bytes")) {
    errors.add(alloc.pointerTo("bytes"), ErrorCode::Conflict, {"bytes", "order"});
    alloc.optional("order");
    alloc.optional("bytes");
    ok = false;
  } else if (alloc.has("bytes")) {
    auto bytes = alloc.integer("bytes", 1, static_cast<std::int64_t>(largestBytes));
    if (bytes) {
      out.bytes = static_cast<std::uint64_t>(*bytes);
      out.order = orderForBytes(out.bytes, config.pageSize);
    } else ok = false;
  } else {
    auto order = alloc.integer("order", 0, config.largestOrder());
    if (order) out.order = static_cast<Order>(*order);
    else ok = false;
  }
  auto tag = alloc.text("tag");
  out.zone = config.defaultZone;
  if (alloc.has("zone")) {
    auto zone = alloc.choice("zone", zoneNames(config));
    if (zone) {
      for (ZoneIndex z = 0; z < config.zones.size(); ++z)
        if (config.zones[z].name == *zone) out.zone = z;
    } else ok = false;
  }
  alloc.finish();
  // Known even when the rest of the request is wrong, so a later free of it is not reported too.
  if (tag) out.tag = tags.intern(*tag);
  if (!tag || !ok) return std::nullopt;
  return out;
}

std::optional<FreeOp> readFree(const Json& value, const std::string& pointer, const NameTable& tags,
                               ValidationErrors& errors) {
  auto tag = readText(value, pointer, errors);
  if (!tag) return std::nullopt;
  auto id = tags.find(*tag);
  if (!id) {
    errors.add(pointer, ErrorCode::UndefinedTag, {*tag});
    return std::nullopt;
  }
  return FreeOp{*id};
}

std::optional<BuddyOp> readOp(const BuddyConfig& config, ObjectReader& op, NameTable& tags) {
  auto given = readSingleOpKey(op, {"alloc", "free"});
  if (!given) return std::nullopt;
  if (given->key == "alloc") return readAlloc(*given->value, given->pointer, config, tags, op.errors());
  return readFree(*given->value, given->pointer, tags, op.errors());
}
}  // namespace

std::optional<BuddyConfig> readBuddyConfig(ObjectReader& config) {
  BuddyConfig out;
  const Json* zonesValue = config.optional("zones");
  auto pages = config.integer("pages", 1, limits::kMaxBuddyPages,
                              zonesValue ? std::optional<std::int64_t>(0) : std::nullopt);
  auto maxOrder = config.integer("max_order", 1, limits::kMaxBuddyOrders, kClassicMaxOrder);
  auto pick = config.choice("pick", pickRuleNames(), std::string("lifo"));
  auto pageSize = readPageSize(config);
  std::optional<std::vector<ZoneConfig>> zones;
  if (zonesValue) zones = readZones(*zonesValue, config.pointerTo("zones"), config.errors());
  if (!pages || !maxOrder || !pick || !pageSize || (zonesValue && !zones)) return std::nullopt;

  if (zones) {
    std::uint64_t sum = 0;
    for (const auto& zone : *zones) sum += zone.pages;
    if (config.has("pages") && sum != static_cast<std::uint64_t>(*pages)) {
      config.errors().add(config.pointerTo("zones"), ErrorCode::TotalMismatch,
                          {std::to_string(sum), "pages", std::to_string(*pages)});
      return std::nullopt;
    }
    out.pages = static_cast<std::uint32_t>(sum);
    out.zones = std::move(*zones);
  } else {
    out.pages = static_cast<std::uint32_t>(*pages);
    out.zones = {{"Normal", 0, out.pages}};
  }
  out.maxOrder = static_cast<int>(*maxOrder);
  out.pick = *pickRuleFromName(*pick);
  out.pageSize = *pageSize;
  out.defaultZone = defaultZoneOf(out.zones);
  return out;
}

std::unique_ptr<BuddySimulation> buildBuddySimulation(ScenarioInfo info, ObjectReader& top) {
  NameTable tags;
  auto read = readScenario<BuddyConfig, BuddyOp>(
      top, readBuddyConfig, [&](const BuddyConfig& config, ObjectReader& op) { return readOp(config, op, tags); });
  if (!read) return nullptr;
  auto& [config, ops] = *read;
  auto initial = BuddyModel::initialState(config, tags.names());
  return std::make_unique<BuddySimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::buddy

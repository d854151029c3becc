#include "engine/memory/translation/translation_scenario.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <set>

#include "engine/core/limits.h"
#include "engine/core/scenario_frame.h"

namespace oslens::engine::translation {
namespace {

// Hex digits (spaces between bytes allowed, as OSTEP prints its page dumps) to bytes.
std::optional<std::vector<std::uint8_t>> hexBytes(std::string text) {
  std::erase_if(text, [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
  if (text.size() % 2 != 0) return std::nullopt;
  std::vector<std::uint8_t> bytes;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    const auto digit = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    const int hi = digit(text[i]), lo = digit(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    bytes.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
  }
  return bytes;
}

constexpr const char* kWideKind = "a number or a hex string like \"0x1f\"";

// A key of "pages" or "words": a decimal or hex number written as a string.
std::optional<std::uint64_t> readKeyNumber(const std::string& key, const std::string& pointer, std::uint64_t max, ValidationErrors& errors) {
  if (key.starts_with("0x") || key.starts_with("0X")) return readWideValue(Json(key), pointer, max, errors);
  if (key.empty() || key.size() > 19 || !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    errors.add(pointer, ErrorCode::WrongType, {"a decimal or hex number", "\"" + key.substr(0, 40) + "\""});
    return std::nullopt;
  }
  return readWideValue(Json(std::stoull(key)), pointer, max, errors);
}

struct Reading {
  TranslationConfig config;
  std::vector<Process> processes;
};

std::optional<AddressFormat> readFormat(ObjectReader& c, bool managed, bool linear, std::string& presetName) {
  ValidationErrors& errors = c.errors();
  std::optional<AddressFormat> base;
  if (c.has("preset")) {
    const auto preset = c.choice("preset", presetNames());
    if (!preset) return std::nullopt;
    presetName = *preset;
    base = presetFormat(*preset);
  }
  AddressFormat f = base.value_or(AddressFormat{});
  const auto vaBits = c.integer("va_bits", 2, 64, base ? std::optional<std::int64_t>(f.vaBits) : std::nullopt);
  const auto pageSize = c.integer("page_size", 2, std::int64_t{1} << 30, base ? std::optional<std::int64_t>(f.pageSize) : std::nullopt);
  std::optional<std::vector<int>> levels;
  if (const Json* given = c.optional("levels")) {
    const std::string pointer = c.pointerTo("levels");
    if (expectArray(*given, pointer, 8, errors)) {
      std::vector<int> widths;
      for (std::size_t i = 0; i < given->size(); ++i)
        if (auto w = readInteger((*given)[i], childPointer(pointer, i), 1, managed ? limits::kMaxManagedIndexBits : 20, errors))
          widths.push_back(static_cast<int>(*w));
      if (widths.size() == given->size() && !widths.empty()) levels = widths;
      else if (given->empty()) errors.add(pointer, ErrorCode::TooMany, {"0", "at least 1"});
    }
  } else if (base) {
    levels = f.levels;
  } else if (linear && vaBits && pageSize && std::has_single_bit(static_cast<std::uint64_t>(*pageSize)) &&
             *vaBits > std::countr_zero(static_cast<std::uint64_t>(*pageSize))) {
    levels = std::vector<int>{static_cast<int>(*vaBits) - std::countr_zero(static_cast<std::uint64_t>(*pageSize))};  // one table
  } else {
    c.required("levels");
  }
  const auto physicalBits = c.integer("physical_bits", 1, 64, base ? f.physicalBits : 32);
  if (!vaBits || !pageSize || !levels || !physicalBits) return std::nullopt;
  if (!std::has_single_bit(static_cast<std::uint64_t>(*pageSize))) {
    errors.add(c.pointerTo("page_size"), ErrorCode::NotPowerOfTwo, {std::to_string(*pageSize)});
    return std::nullopt;
  }
  f.vaBits = static_cast<int>(*vaBits);
  f.pageSize = static_cast<std::uint64_t>(*pageSize);
  f.levels = *levels;
  f.physicalBits = static_cast<int>(*physicalBits);
  if (!base || presetName != "x86_64" || f.levels != presetFormat("x86_64")->levels || f.pageSize != 4096) f.largePageLevels.clear();
  const int sum = std::accumulate(f.levels.begin(), f.levels.end(), 0) + f.offsetBits();
  if (sum != f.vaBits) {
    errors.add(c.pointerTo("levels"), ErrorCode::TotalMismatch, {std::to_string(sum), "va_bits", std::to_string(f.vaBits)});
    return std::nullopt;
  }
  if (f.physicalBits < f.offsetBits()) {
    errors.add(c.pointerTo("physical_bits"), ErrorCode::OutOfRange, {std::to_string(f.physicalBits), std::to_string(f.offsetBits()), "64"});
    return std::nullopt;
  }
  // Managed mode keeps each table in one frame: at most page_size entries (of at least a byte).
  for (std::size_t i = 0; managed && i < f.levels.size(); ++i)
    if ((std::uint64_t{1} << f.levels[i]) > f.pageSize) {
      errors.add(childPointer(c.pointerTo("levels"), i), ErrorCode::OutOfRange,
                 {std::to_string(f.levels[i]), "1", std::to_string(f.offsetBits()) + " (a table fills one page)"});
      return std::nullopt;
    }
  if (linear && f.levels.size() != 1) {
    errors.add(c.pointerTo("levels"), ErrorCode::TooMany, {std::to_string(f.levels.size()), "1 (ostep_linear is one table)"});
    return std::nullopt;
  }
  if (auto problem = formatProblem(f)) {
    errors.add(c.pointerTo("levels"), ErrorCode::WrongType, {*problem, "these values"});
    return std::nullopt;
  }
  return f;
}

std::optional<TlbConfig> readTlb(const Json& value, const std::string& pointer, ValidationErrors& errors, std::uint64_t seed) {
  ObjectReader t(value, pointer, errors);
  if (!t.isObject()) return std::nullopt;
  const auto entries = t.integer("entries", 1, limits::kMaxTlbEntries, 16);
  const auto ways = t.integer("ways", 0, limits::kMaxTlbEntries, 0);
  const auto policy = t.choice("policy", {"lru", "fifo", "random"}, std::string("lru"));
  const auto asid = t.boolean("asid", false);
  t.finish();
  if (!entries || !ways || !policy || !asid) return std::nullopt;
  if (*ways > *entries) {
    errors.add(t.pointerTo("ways"), ErrorCode::AboveLimit, {std::to_string(*ways), "entries", std::to_string(*entries)});
    return std::nullopt;
  }
  if (*ways > 0 && *entries % *ways != 0) {
    errors.add(t.pointerTo("entries"), ErrorCode::NotAligned, {std::to_string(*entries), std::to_string(*ways)});
    return std::nullopt;
  }
  return TlbConfig{static_cast<std::uint32_t>(*entries), static_cast<std::uint32_t>(*ways), *tlbPolicyFromName(*policy), *asid, seed};
}

// A region's keys in `r` (the caller finishes it: an mmap op has "process" beside them).
std::optional<Region> readRegionKeys(ObjectReader& r, const AddressFormat& f) {
  ValidationErrors& errors = r.errors();
  Region region;
  const auto name = r.text("name");
  std::optional<std::uint64_t> start;
  if (const Json* given = r.required("start")) start = readWideValue(*given, r.pointerTo("start"), ~std::uint64_t{0}, errors);
  const auto pages = r.integer("pages", 1, std::int64_t{1} << 40);
  const auto perm = r.text("perm", std::string("rw-"));
  if (!name || !start || !pages || !perm) return std::nullopt;
  if (*start % f.pageSize != 0) {
    errors.add(r.pointerTo("start"), ErrorCode::NotAligned, {hexText(*start), std::to_string(f.pageSize)});
    return std::nullopt;
  }
  // The start first, where it is wrong itself; then every page of the region must be an address
  // the format has (canonical, for x86-64 and Sv39).
  if (!f.fitsVirtual(*start) || !f.isCanonical(*start)) {
    const std::uint64_t lowHalfEnd = (std::uint64_t{1} << (f.signExtended ? f.vaBits - 1 : f.vaBits)) - 1;
    const std::string highest = f.signExtended ? hexText(lowHalfEnd) + ", or from " + hexText(~lowHalfEnd) + " (canonical addresses)" : hexText(lowHalfEnd);
    errors.add(r.pointerTo("start"), ErrorCode::OutOfRange, {hexText(*start), "0x0", highest});
    return std::nullopt;
  }
  const std::uint64_t last = *start + (static_cast<std::uint64_t>(*pages) - 1) * f.pageSize;
  const bool wraps = last < *start || static_cast<std::uint64_t>(*pages) > (~std::uint64_t{0} / f.pageSize);
  if (wraps || !f.fitsVirtual(*start) || !f.fitsVirtual(last) || !f.isCanonical(*start) || !f.isCanonical(last) ||
      (f.signExtended && (*start >> (f.vaBits - 1)) != (last >> (f.vaBits - 1)))) {
    errors.add(r.pointerTo("pages"), ErrorCode::OutOfRange, {std::to_string(*pages), "1", "the pages left in the address space"});
    return std::nullopt;
  }
  const std::string& p = *perm;
  if (p.size() != 3 || (p[0] != 'r' && p[0] != '-') || (p[1] != 'w' && p[1] != '-') || (p[2] != 'x' && p[2] != '-')) {
    errors.add(r.pointerTo("perm"), ErrorCode::UnknownChoice, {p, "three letters: r or -, w or -, x or - (\"rw-\", \"r-x\")"});
    return std::nullopt;
  }
  region.name = *name;
  region.startVpn = (*start >> f.offsetBits()) & lowBitsMask(f.vaBits - f.offsetBits());
  region.pages = static_cast<std::uint64_t>(*pages);
  region.read = p[0] == 'r';
  region.write = p[1] == 'w';
  region.execute = p[2] == 'x';
  return region;
}

std::optional<std::vector<Process>> readProcesses(ObjectReader& c, const AddressFormat& f) {
  ValidationErrors& errors = c.errors();
  const Json* list = c.required("processes");
  if (!list) return std::nullopt;
  const std::string pointer = c.pointerTo("processes");
  if (!expectArray(*list, pointer, limits::kMaxTranslationProcesses, errors)) return std::nullopt;
  if (list->empty()) {
    errors.add(pointer, ErrorCode::TooMany, {"0", "at least 1"});
    return std::nullopt;
  }
  std::vector<Process> processes;
  std::set<std::string> names;
  bool ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    ObjectReader p((*list)[i], childPointer(pointer, i), errors);
    if (!p.isObject()) {
      ok = false;
      continue;
    }
    Process process;
    const auto name = p.text("name");
    if (name && !names.insert(*name).second) {
      errors.add(p.pointerTo("name"), ErrorCode::DuplicateName, {*name});
      ok = false;
    }
    if (const Json* regions = p.required("regions")) {
      const std::string rp = p.pointerTo("regions");
      if (expectArray(*regions, rp, limits::kMaxRegions, errors)) {
        for (std::size_t r = 0; r < regions->size(); ++r) {
          ObjectReader regionReader((*regions)[r], childPointer(rp, r), errors);
          auto region = regionReader.isObject() ? readRegionKeys(regionReader, f) : std::nullopt;
          regionReader.finish();
          if (!region) {
            ok = false;
            continue;
          }
          for (const Region& other : process.regions)
            if (region->startVpn < other.startVpn + other.pages && other.startVpn < region->startVpn + region->pages) {
              errors.add(childPointer(rp, r), ErrorCode::Overlap, {region->name, other.name});
              ok = false;
            }
          process.regions.push_back(std::move(*region));
        }
      } else {
        ok = false;
      }
    } else {
      ok = false;
    }
    p.finish();
    if (!name) ok = false;
    else process.name = *name;
    processes.push_back(std::move(process));
  }
  if (!ok) return std::nullopt;
  return processes;
}

std::optional<std::shared_ptr<const ImageSetup>> readImage(ObjectReader& c, const AddressFormat& f, EntryFormat entries) {
  ValidationErrors& errors = c.errors();
  auto image = std::make_shared<ImageSetup>();
  image->entries = entries;
  image->memory = PhysicalMemory(f.pageSize);
  bool ok = true;
  const std::uint64_t lastFrame = lowBitsMask(f.physicalBits - f.offsetBits());
  if (entries == EntryFormat::OstepLinear) {
    const Json* table = c.required("page_table");
    const std::string pointer = c.pointerTo("page_table");
    const std::uint64_t most = std::min<std::uint64_t>(limits::kMaxLinearTableEntries, std::uint64_t{1} << std::min(f.levels[0], 40));
    if (!table || !expectArray(*table, pointer, most, errors)) ok = false;
    else
      for (std::size_t i = 0; i < table->size(); ++i) {
        auto entry = readWideValue((*table)[i], childPointer(pointer, i), entryMask(entries), errors);
        if (entry) image->linearTable.push_back(*entry);
        else ok = false;
      }
  } else {
    const auto root = c.integer("root_frame", 0, static_cast<std::int64_t>(std::min<std::uint64_t>(lastFrame, std::uint64_t{1} << 62)));
    if (root) image->root = static_cast<std::uint64_t>(*root) * f.pageSize;
    else ok = false;
  }
  if (const Json* memory = c.optional("memory")) {
    ObjectReader m(*memory, c.pointerTo("memory"), errors);
    if (!m.isObject()) return std::nullopt;
    if (const Json* pages = m.optional("pages")) {
      const std::string pointer = m.pointerTo("pages");
      if (!pages->is_object()) {
        errors.add(pointer, ErrorCode::WrongType, {"an object", jsonKindName(*pages)});
        ok = false;
      } else if (pages->size() > limits::kMaxImagePages) {
        errors.add(pointer, ErrorCode::TooMany, {std::to_string(pages->size()), std::to_string(limits::kMaxImagePages)});
        ok = false;
      } else if (f.pageSize > limits::kMaxImagePageSize) {
        errors.add(pointer, ErrorCode::AboveLimit, {std::to_string(f.pageSize), "page_size", std::to_string(limits::kMaxImagePageSize)});
        ok = false;
      } else {
        for (const auto& [key, bytes] : pages->items()) {
          const std::string at = childPointer(pointer, key);
          const auto frame = readKeyNumber(key, at, lastFrame, errors);
          const auto text = readText(bytes, at, errors);
          if (!frame || !text) {
            ok = false;
            continue;
          }
          const auto decoded = hexBytes(*text);
          if (!decoded) {
            errors.add(at, ErrorCode::WrongType, {"hex bytes like \"0f 1b 7f\"", "other characters"});
            ok = false;
          } else if (decoded->size() != f.pageSize) {
            errors.add(at, ErrorCode::WrongByteCount, {std::to_string(decoded->size()), std::to_string(f.pageSize)});
            ok = false;
          } else {
            image->memory.setPage(*frame, *decoded);
            image->pageContents = true;
          }
        }
      }
    }
    if (const Json* words = m.optional("words")) {
      const std::string pointer = m.pointerTo("words");
      const int bytes = entryBytes(entries);
      if (!words->is_object()) {
        errors.add(pointer, ErrorCode::WrongType, {"an object", jsonKindName(*words)});
        ok = false;
      } else if (words->size() > limits::kMaxImageWords) {
        errors.add(pointer, ErrorCode::TooMany, {std::to_string(words->size()), std::to_string(limits::kMaxImageWords)});
        ok = false;
      } else {
        for (const auto& [key, value] : words->items()) {
          const std::string at = childPointer(pointer, key);
          const auto address = readKeyNumber(key, at, lowBitsMask(f.physicalBits), errors);
          const auto word = readWideValue(value, at, entryMask(entries), errors);
          if (!address || !word) {
            ok = false;
          } else if (*address % static_cast<std::uint64_t>(bytes) != 0) {
            errors.add(at, ErrorCode::NotAligned, {hexText(*address), std::to_string(bytes)});
            ok = false;
          } else {
            image->memory.writeValue(*address, *word, bytes);
          }
        }
      }
    }
    m.finish();
  }
  if (!ok) return std::nullopt;
  return std::shared_ptr<const ImageSetup>(std::move(image));
}

std::optional<Reading> readConfigKeys(ObjectReader& c, std::uint64_t seed, std::optional<std::string> mode) {
  ValidationErrors& errors = c.errors();
  if (!mode) return std::nullopt;
  const bool managed = *mode == "managed";
  std::optional<EntryFormat> entries;
  if (!managed) {
    const auto name = c.choice("format", {"ostep", "ostep_linear", "x86_64"});
    if (!name) return std::nullopt;
    entries = entryFormatFromName(*name);
  }
  Reading read;
  auto format = readFormat(c, managed, entries == EntryFormat::OstepLinear, read.config.preset);
  if (!format) return std::nullopt;
  read.config.format = *format;
  if (!managed) {
    if (entries == EntryFormat::X86_64 && format->pageSize != 4096) {
      errors.add(c.pointerTo("page_size"), ErrorCode::OutOfRange, {std::to_string(format->pageSize), "4096", "4096"});
      return std::nullopt;
    }
    auto image = readImage(c, *format, *entries);
    if (!image) return std::nullopt;
    read.config.image = *image;
    return read;
  }
  ManagedConfig& m = read.config.managed;
  m.format = *format;
  m.seed = seed;
  const auto frames = c.integer("frames", 1, limits::kMaxTranslationFrames);
  const auto replacement = c.choice("replacement", {"fifo", "lru", "clock", "lfu", "random"}, std::string("lru"));
  std::optional<std::int64_t> slots = 0;
  if (const Json* swap = c.optional("swap")) {
    ObjectReader s(*swap, c.pointerTo("swap"), errors);
    slots = s.isObject() ? s.integer("slots", 0, limits::kMaxSwapSlots) : std::nullopt;
    s.finish();
  }
  bool ok = frames && replacement && slots;
  if (const Json* tlb = c.optional("tlb")) {
    m.tlb = readTlb(*tlb, c.pointerTo("tlb"), errors, seed);
    ok = ok && m.tlb;
  }
  if (const Json* latencies = c.optional("latencies")) {
    ObjectReader l(*latencies, c.pointerTo("latencies"), errors);
    const auto memoryNs = l.isObject() ? l.integer("memory_ns", 0, 1'000'000, 10) : std::nullopt;
    const auto tlbNs = l.isObject() ? l.integer("tlb_ns", 0, 1'000'000, 0) : std::nullopt;
    l.finish();
    if (memoryNs && tlbNs) read.config.latencies = Latencies{static_cast<double>(*memoryNs), static_cast<double>(*tlbNs)};
    else ok = false;
  }
  auto processes = readProcesses(c, *format);
  if (!ok || !processes) return std::nullopt;
  const int widest = *std::max_element(format->levels.begin(), format->levels.end());
  if (static_cast<std::uint64_t>(*frames) << widest > limits::kMaxTableEntriesInMemory) {
    errors.add(c.pointerTo("frames"), ErrorCode::AboveLimit,
               {std::to_string(*frames), "frames", std::to_string(limits::kMaxTableEntriesInMemory >> widest)});
    return std::nullopt;
  }
  m.frames = static_cast<std::uint32_t>(*frames);
  m.swapSlots = static_cast<std::uint32_t>(*slots);
  m.replacement = *paging::policyFromName(*replacement);
  read.processes = std::move(*processes);
  return read;
}

// The config of a mode. A problem found early stops the reading, but every key the mode knows is
// marked as read, so the file's other keys are not reported as unknown.
std::optional<Reading> readConfig(ObjectReader& c, std::uint64_t seed) {
  const auto mode = c.choice("mode", {"managed", "image"}, std::string("managed"));
  auto reading = readConfigKeys(c, seed, mode);
  std::vector<std::string_view> keys{"preset", "va_bits", "page_size", "levels", "physical_bits"};
  if (!mode || *mode == "managed") keys.insert(keys.end(), {"frames", "replacement", "swap", "tlb", "latencies", "processes"});
  if (!mode || *mode == "image") keys.insert(keys.end(), {"format", "root_frame", "memory", "page_table"});
  for (std::string_view key : keys) c.optional(key);
  return reading;
}

// Process names as the ops name them; a fork adds its child.
struct OpNames {
  std::vector<std::string> names;
  std::vector<std::vector<Region>> regions;  // each process's, as the ops so far leave them
  bool processLimitReported = false;         // one error for the first fork past the limit, not one per fork
  std::optional<ProcessIndex> find(const std::string& name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? std::nullopt : std::optional(static_cast<ProcessIndex>(it - names.begin()));
  }
  std::optional<ProcessIndex> read(const Json& value, const std::string& pointer, ValidationErrors& errors) const {
    const auto name = readText(value, pointer, errors);
    if (!name) return std::nullopt;
    const auto found = find(*name);
    if (!found) errors.add(pointer, ErrorCode::UnknownName, {*name, "process"});
    return found;
  }
};

std::optional<TranslationOp> readOp(const Reading& read, OpNames& names, ObjectReader& op) {
  ValidationErrors& errors = op.errors();
  const AddressFormat& f = read.config.format;
  const std::uint64_t maxVa = f.signExtended ? ~std::uint64_t{0} : lowBitsMask(f.vaBits);
  if (read.config.image) {
    const auto key = readSingleOpKey(op, {"translate"});
    if (!key) return std::nullopt;
    if (!key->value->is_object()) {
      auto va = readWideValue(*key->value, key->pointer, maxVa, errors);
      return va ? std::optional<TranslationOp>(AccessOp{0, *va, false}) : std::nullopt;
    }
    ObjectReader t(*key->value, key->pointer, errors);
    std::optional<std::uint64_t> va;
    if (const Json* given = t.required("va")) va = readWideValue(*given, t.pointerTo("va"), maxVa, errors);
    const auto write = t.boolean("write", false);
    t.finish();
    return va && write ? std::optional<TranslationOp>(AccessOp{0, *va, *write}) : std::nullopt;
  }
  const auto key = readSingleOpKey(op, {"access", "fork", "exit", "switch", "mmap", "munmap"});
  if (!key) return std::nullopt;
  if (key->key == "exit" || key->key == "switch") {
    const auto p = names.read(*key->value, key->pointer, errors);
    if (!p) return std::nullopt;
    return key->key == "exit" ? TranslationOp(ExitOp{*p}) : TranslationOp(SwitchOp{*p});
  }
  ObjectReader body(*key->value, key->pointer, errors);
  if (!body.isObject()) return std::nullopt;
  if (key->key == "fork") {
    std::optional<ProcessIndex> parent;
    if (const Json* given = body.required("parent")) parent = names.read(*given, body.pointerTo("parent"), errors);
    const auto child = body.text("child");
    body.finish();
    if (!parent || !child) return std::nullopt;
    if (names.find(*child)) {
      errors.add(body.pointerTo("child"), ErrorCode::DuplicateName, {*child});
      return std::nullopt;
    }
    if (names.names.size() >= limits::kMaxTranslationProcesses) {
      if (!names.processLimitReported)
        errors.add(key->pointer, ErrorCode::TooMany,
                   {std::to_string(names.names.size() + 1), std::to_string(limits::kMaxTranslationProcesses)});
      names.processLimitReported = true;
      return std::nullopt;
    }
    names.names.push_back(*child);
    names.regions.push_back(names.regions[*parent]);
    return ForkOp{*parent, static_cast<ProcessIndex>(names.names.size() - 1)};
  }
  std::optional<ProcessIndex> process;
  if (const Json* given = body.optional("process")) process = names.read(*given, body.pointerTo("process"), errors);
  else if (names.names.size() == 1) process = 0;
  else body.required("process");
  if (key->key == "mmap") {
    auto region = readRegionKeys(body, f);
    body.finish();
    if (!process || !region) return std::nullopt;
    auto& mine = names.regions[*process];
    for (const Region& other : mine) {
      if (other.name == region->name) {
        errors.add(body.pointerTo("name"), ErrorCode::DuplicateName, {region->name});
        return std::nullopt;
      }
      if (region->startVpn < other.startVpn + other.pages && other.startVpn < region->startVpn + region->pages) {
        errors.add(key->pointer, ErrorCode::Overlap, {region->name, other.name});
        return std::nullopt;
      }
    }
    if (mine.size() >= limits::kMaxRegions) {
      errors.add(key->pointer, ErrorCode::TooMany, {std::to_string(mine.size() + 1), std::to_string(limits::kMaxRegions)});
      return std::nullopt;
    }
    mine.push_back(*region);
    return MmapOp{*process, *region};
  }
  if (key->key == "munmap") {
    const auto name = body.text("name");
    body.finish();
    if (!process || !name) return std::nullopt;
    auto& mine = names.regions[*process];
    const auto it = std::find_if(mine.begin(), mine.end(), [&](const Region& r) { return r.name == *name; });
    if (it == mine.end()) {
      errors.add(body.pointerTo("name"), ErrorCode::UnknownName, {*name, "region"});
      return std::nullopt;
    }
    mine.erase(it);
    return MunmapOp{*process, *name};
  }
  std::optional<std::uint64_t> va;
  if (const Json* given = body.required("va")) va = readWideValue(*given, body.pointerTo("va"), maxVa, errors);
  const auto write = body.boolean("write", false);
  body.finish();
  if (!process || !va || !write) return std::nullopt;
  return AccessOp{*process, *va, *write};
}
}  // namespace

std::optional<std::uint64_t> readWideValue(const Json& value, const std::string& pointer, std::uint64_t max, ValidationErrors& errors) {
  const auto range = [&](const std::string& shown) {
    errors.add(pointer, ErrorCode::OutOfRange, {shown, "0", hexText(max)});
    return std::nullopt;
  };
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    if (v > max) return range(hexText(v));
    return v;
  }
  if (value.is_number_integer()) return range(std::to_string(value.get<std::int64_t>()));  // negative
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    if ((text.starts_with("0x") || text.starts_with("0X")) && text.size() > 2 &&
        std::all_of(text.begin() + 2, text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
      const std::string digits = text.substr(text.find_first_not_of('0', 2) == std::string::npos ? text.size() - 1 : text.find_first_not_of('0', 2));
      if (digits.size() > 16) return range(text.size() > 40 ? text.substr(0, 40) + "…" : text);
      const std::uint64_t v = std::stoull(digits, nullptr, 16);
      if (v > max) return range(text);
      return v;
    }
  }
  errors.add(pointer, ErrorCode::WrongType, {kWideKind, value.is_string() ? "\"" + value.get<std::string>().substr(0, 40) + "\"" : jsonKindName(value)});
  return std::nullopt;
}

std::unique_ptr<TranslationSimulation> buildTranslationSimulation(ScenarioInfo info, ObjectReader& top) {
  OpNames names;
  auto read = readScenario<Reading, TranslationOp>(
      top,
      [&](ObjectReader& config) {
        auto reading = readConfig(config, info.seed);
        if (reading)
          for (const Process& p : reading->processes) {
            names.names.push_back(p.name);
            names.regions.push_back(p.regions);
          }
        if (reading && reading->config.image) {
          names.names = {"cpu"};
          names.regions = {{}};
        }
        return reading;
      },
      [&](const Reading& reading, ObjectReader& op) { return readOp(reading, names, op); });
  if (!read) return nullptr;
  auto& [reading, ops] = *read;
  auto processNames = std::make_shared<const std::vector<std::string>>(std::move(names.names));
  auto initial = TranslationModel::initialState(reading.config, std::move(reading.processes), std::move(processNames));
  return std::make_unique<TranslationSimulation>(std::move(info), std::move(initial), std::move(ops));
}

}  // namespace oslens::engine::translation

#include "engine/core/json_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "engine/core/limits.h"

namespace oslens::engine {

std::string childPointer(const std::string& parent, std::string_view key) {
  std::string out = parent + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string childPointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

std::string jsonKindName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number with a fraction";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

std::optional<std::int64_t> readInteger(const Json& value, const std::string& pointer, std::int64_t min,
                                        std::int64_t max, ValidationErrors& errors) {
  auto range = [&](const std::string& shown) {
    errors.add(pointer, ErrorCode::OutOfRange, {shown, std::to_string(min), std::to_string(max)});
  };
  // The parser stores every non-negative literal ("0", "7") as unsigned, so `min` applies here too.
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    if (max < 0 || v > static_cast<std::uint64_t>(max) || static_cast<std::int64_t>(v) < min)
      return range(std::to_string(v)), std::nullopt;
    return static_cast<std::int64_t>(v);
  }
  if (value.is_number_integer()) {
    const auto v = value.get<std::int64_t>();
    if (v < min || v > max) return range(std::to_string(v)), std::nullopt;
    return v;
  }
  // 3.0 is accepted as 3: hand-written and generated files both use it.
  // Range is checked before the cast: converting a double outside int64 (1e300) is undefined.
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && std::trunc(d) == d) {
      if (d < static_cast<double>(min) || d > static_cast<double>(max) || d >= 0x1p63)
        return range(value.dump()), std::nullopt;
      return static_cast<std::int64_t>(d);
    }
  }
  errors.add(pointer, ErrorCode::WrongType, {"an integer", jsonKindName(value)});
  return std::nullopt;
}

std::optional<bool> readBoolean(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  if (value.is_boolean()) return value.get<bool>();
  errors.add(pointer, ErrorCode::WrongType, {"true or false", jsonKindName(value)});
  return std::nullopt;
}

std::optional<std::string> readText(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  if (!value.is_string()) {
    errors.add(pointer, ErrorCode::WrongType, {"a string", jsonKindName(value)});
    return std::nullopt;
  }
  const auto& s = value.get_ref<const std::string&>();
  // Characters, not bytes: 标题 is two characters to a teacher, six bytes to UTF-8. The parser
  // already rejected invalid UTF-8, so every byte that is not a continuation byte starts one.
  const auto characters = static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  if (characters > limits::kMaxTextLength) {
    errors.add(pointer, ErrorCode::TooLong, {std::to_string(characters), std::to_string(limits::kMaxTextLength)});
    return std::nullopt;
  }
  return s;
}

namespace {
std::size_t editDistance(std::string_view a, std::string_view b);
}  // namespace

// The same but for case ("FIFO"), one that the value starts with ("bestfit" for "best"), or one at
// most two edits away.
std::string closestChoice(const std::string& value, const std::vector<std::string>& choices) {
  if (value.size() > 64) return {};
  std::string lower = value;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& c : choices)
    if (c == lower) return c;
  for (const auto& c : choices)
    if (c.size() >= 3 && lower.starts_with(c)) return c;
  std::string best;
  std::size_t bestDistance = 3;
  for (const auto& c : choices)
    if (const std::size_t d = editDistance(lower, c); d < bestDistance) bestDistance = d, best = c;
  return best;
}

std::optional<std::string> readChoice(const Json& value, const std::string& pointer,
                                      const std::vector<std::string>& choices, ValidationErrors& errors) {
  auto s = readText(value, pointer, errors);
  if (!s) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *s) != choices.end()) return s;
  std::string allowed;
  for (const auto& c : choices) allowed += (allowed.empty() ? "" : ", ") + c;
  errors.add(pointer, ErrorCode::UnknownChoice, {*s, allowed, errors.full() ? std::string() : closestChoice(*s, choices)});
  return std::nullopt;
}

bool expectArray(const Json& value, const std::string& pointer, std::size_t maxLength, ValidationErrors& errors) {
  if (!value.is_array()) {
    errors.add(pointer, ErrorCode::WrongType, {"an array", jsonKindName(value)});
    return false;
  }
  if (value.size() > maxLength) {
    errors.add(pointer, ErrorCode::TooMany, {std::to_string(value.size()), std::to_string(maxLength)});
    return false;
  }
  return true;
}

ObjectReader::ObjectReader(const Json& value, std::string pointer, ValidationErrors& errors)
    : m_pointer(std::move(pointer)), m_errors(errors) {
  if (value.is_object()) m_object = &value;
  else errors.add(m_pointer, ErrorCode::WrongType, {"an object", jsonKindName(value)});
}

bool ObjectReader::has(std::string_view key) const {
  return m_object && m_object->contains(key);
}

std::vector<std::string> ObjectReader::keys() const {
  std::vector<std::string> out;
  if (m_object)
    for (const auto& [key, value] : m_object->items()) out.push_back(key);
  return out;
}

const Json* ObjectReader::optional(std::string_view key) {
  m_known.emplace_back(key);
  if (!m_object) return nullptr;
  auto it = m_object->find(key);
  return it == m_object->end() ? nullptr : &*it;
}

const Json* ObjectReader::required(std::string_view key) {
  const Json* v = optional(key);
  if (!v && m_object) m_errors.add(m_pointer, ErrorCode::MissingKey, {std::string(key)});
  return v;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max,
                                                  std::optional<std::int64_t> fallback) {
  const Json* v = fallback ? optional(key) : required(key);
  if (!v) return fallback;
  return readInteger(*v, pointerTo(key), min, max, m_errors);
}

std::optional<bool> ObjectReader::boolean(std::string_view key, std::optional<bool> fallback) {
  const Json* v = fallback ? optional(key) : required(key);
  if (!v) return fallback;
  return readBoolean(*v, pointerTo(key), m_errors);
}

std::optional<std::string> ObjectReader::text(std::string_view key, std::optional<std::string> fallback) {
  const Json* v = fallback ? optional(key) : required(key);
  if (!v) return fallback;
  return readText(*v, pointerTo(key), m_errors);
}

std::optional<std::string> ObjectReader::choice(std::string_view key, const std::vector<std::string>& choices,
                                                std::optional<std::string> fallback) {
  const Json* v = fallback ? optional(key) : required(key);
  if (!v) return fallback;
  return readChoice(*v, pointerTo(key), choices, m_errors);
}

namespace {
// Levenshtein distance, to suggest the key a typo was meant to be.
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

void ObjectReader::finish() {
  if (!m_object) return;
  for (const auto& [key, value] : m_object->items()) {
    if (std::find(m_known.begin(), m_known.end(), key) != m_known.end()) continue;
    std::string suggestion;
    std::size_t best = 3;  // suggest only close matches
    if (key.size() <= 64 && !m_errors.full()) {
      for (const auto& known : m_known) {
        const std::size_t d = editDistance(key, known);
        if (d < best) best = d, suggestion = known;
      }
    }
    m_errors.add(pointerTo(key), ErrorCode::UnknownKey, {key, suggestion});
  }
}

}  // namespace oslens::engine

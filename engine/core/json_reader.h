#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/core/validation_error.h"

// Reading scenario JSON while collecting every problem with its JSON pointer (RFC 6901), so a
// teacher can fix a file in one pass. Readers never throw and never trust a size they read.
namespace oslens::engine {

// Scenario files are read into nlohmann::json (a std::map per object: a file with a million keys
// parses in n log n). What the engine writes (step records, summaries) is OutputJson, which keeps
// the keys in the order they were written so the records read well.
using Json = nlohmann::json;
using OutputJson = nlohmann::ordered_json;

// "/ops/3" + "write" -> "/ops/3/write", escaping '~' and '/' as RFC 6901 requires.
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, std::size_t index);

// "an integer", "a string", ... as used in WrongType errors.
std::string jsonKindName(const Json& value);

std::optional<std::int64_t> readInteger(const Json& value, const std::string& pointer, std::int64_t min,
                                        std::int64_t max, ValidationErrors& errors);
std::optional<bool> readBoolean(const Json& value, const std::string& pointer, ValidationErrors& errors);
std::optional<std::string> readText(const Json& value, const std::string& pointer, ValidationErrors& errors);
// A string that must be one of `choices`.
std::optional<std::string> readChoice(const Json& value, const std::string& pointer,
                                      const std::vector<std::string>& choices, ValidationErrors& errors);
// The choice a wrong value was most likely meant to be (the "did you mean" of UnknownChoice): the
// same but for case, one the value starts with, or one at most two edits away; else "".
std::string closestChoice(const std::string& value, const std::vector<std::string>& choices);
// Checks that `value` is an array of at most `maxLength` entries.
bool expectArray(const Json& value, const std::string& pointer, std::size_t maxLength, ValidationErrors& errors);

// Walks one JSON object: each key a caller asks for is marked as known, and finish() reports
// the keys nobody asked for (a typo must not be silently ignored), with a "did you mean".
class ObjectReader {
 public:
  ObjectReader(const Json& value, std::string pointer, ValidationErrors& errors);

  bool isObject() const { return m_object != nullptr; }
  const std::string& pointer() const { return m_pointer; }
  std::string pointerTo(std::string_view key) const { return childPointer(m_pointer, key); }
  bool has(std::string_view key) const;
  // The object's keys (in the parser's order, sorted), whether asked for or not.
  std::vector<std::string> keys() const;
  ValidationErrors& errors() { return m_errors; }

  // The value under `key`, or nullptr (reporting MissingKey for required()).
  const Json* optional(std::string_view key);
  const Json* required(std::string_view key);

  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max,
                                      std::optional<std::int64_t> fallback = std::nullopt);
  std::optional<bool> boolean(std::string_view key, std::optional<bool> fallback = std::nullopt);
  std::optional<std::string> text(std::string_view key, std::optional<std::string> fallback = std::nullopt);
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices,
                                    std::optional<std::string> fallback = std::nullopt);

  // Reports every key that no call above asked for.
  void finish();

 private:
  const Json* m_object = nullptr;
  std::string m_pointer;
  ValidationErrors& m_errors;
  std::vector<std::string> m_known;
};

}  // namespace oslens::engine

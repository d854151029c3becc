#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/json_reader.h"

namespace oslens::engine {

inline constexpr int kScenarioFormatVersion = 1;

// A title or description: one text, optionally with translations keyed by language
// ("zh_CN"). In a file it is either "text" or {"en": "text", "zh_CN": "文本"}.
struct LocalizedText {
  std::string text;
  std::map<std::string, std::string> translations;

  // The text in `language` if the file has it, else the default text.
  const std::string& in(std::string_view language) const;
  bool operator==(const LocalizedText&) const = default;
};

// The keys every scenario has, whatever its module (see docs/architecture.md, "Scenario files").
struct ScenarioInfo {
  std::string module;
  LocalizedText title;
  LocalizedText description;
  std::uint64_t seed = 0;
};

// Parses a scenario file's text: size and nesting bounds, JSON syntax (line and column), and the
// "oslens" version. Returns nullopt and fills `errors` if the text is not usable JSON.
std::optional<Json> parseScenarioText(std::string_view text, ValidationErrors& errors);

// Reads the common keys from the top-level object. The module's own keys ("config", "ops", ...)
// are read by the module through the same reader, which then reports the unknown ones.
ScenarioInfo readScenarioInfo(ObjectReader& top, const std::vector<std::string>& modules);

// Reads a whole file into memory, refusing files above limits::kMaxScenarioFileBytes. Devices and
// pipes, which report no size, are read only up to the limit (their FileTooLarge has no size).
std::optional<std::string> readScenarioFile(const std::string& path, ValidationErrors& errors);

}  // namespace oslens::engine

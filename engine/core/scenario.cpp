#include "engine/core/scenario.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "engine/core/duplicate_key_finder.h"
#include "engine/core/guarded_json_builder.h"
#include "engine/core/limits.h"

namespace oslens::engine {

const std::string& LocalizedText::in(std::string_view language) const {
  auto it = translations.find(std::string(language));
  return it == translations.end() ? text : it->second;
}

namespace {
// Line and column (1-based) of a byte offset, for syntax errors a person can find in an editor.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return {line, column};
}

// nlohmann's message repeats the position ("... at line 1, column 1: syntax error while parsing
// value - invalid literal; last read: '='"); keep the reason after the position.
std::string syntaxReason(std::string detail) {
  if (auto at = detail.find("column"); at != std::string::npos)
    if (auto colon = detail.find(": ", at); colon != std::string::npos) detail = detail.substr(colon + 2);
  for (const char* noise : {"syntax error while parsing value - ", "syntax error while parsing object - ",
                            "syntax error while parsing array - ", "syntax error while parsing object key - ",
                            "syntax error while parsing object separator - "})
    if (detail.rfind(noise, 0) == 0) detail = detail.substr(std::string_view(noise).size());
  return detail;
}
}  // namespace

std::optional<Json> parseScenarioText(std::string_view text, ValidationErrors& errors) {
  if (text.size() > limits::kMaxScenarioFileBytes) {
    errors.add("", ErrorCode::FileTooLarge,
               {std::to_string(text.size()), std::to_string(limits::kMaxScenarioFileBytes)});
    return std::nullopt;
  }
  // The builder sees every value as it is parsed; it stops absurdly nested or oversized input
  // early, before building it.
  DuplicateKeyFinder duplicates(errors);
  GuardedJsonBuilder builder(limits::kMaxJsonDepth, limits::kMaxJsonValues, duplicates);
  if (Json::sax_parse(text, &builder, Json::input_format_t::json, true, false)) return std::move(builder.document());
  using Stop = GuardedJsonBuilder::Stop;
  switch (builder.stop()) {
    case Stop::TooManyValues:
      errors.add("", ErrorCode::TooManyValues, {std::to_string(limits::kMaxJsonValues)});
      break;
    case Stop::NumberTooLarge:
      // A number too large for a double (1e400): the parser refuses it without saying where.
      errors.add("", ErrorCode::OutOfRange, {"a number", "-1.7e308", "1.7e308"});
      break;
    case Stop::TooDeep:
      errors.add("", ErrorCode::TooDeep, {std::to_string(limits::kMaxJsonDepth)});
      break;
    case Stop::Syntax:
    case Stop::None: {
      const std::size_t byte = builder.errorByte();
      auto [line, column] = lineAndColumn(text, byte == 0 ? 0 : byte - 1);
      errors.add("", ErrorCode::Syntax, {std::to_string(line), std::to_string(column), syntaxReason(builder.errorMessage())});
      break;
    }
  }
  return std::nullopt;
}

namespace {
LocalizedText readLocalizedText(const Json* value, const std::string& pointer, ValidationErrors& errors) {
  LocalizedText out;
  if (!value) return out;
  if (value->is_object()) {
    // Languages are open-ended, so every key is a language; "en" is the default text.
    for (const auto& [language, text] : value->items()) {
      auto s = readText(text, childPointer(pointer, language), errors);
      if (!s) continue;
      if (language == "en") out.text = *s;
      else out.translations[language] = *s;
    }
    if (out.text.empty()) errors.add(pointer, ErrorCode::MissingKey, {"en"});
    return out;
  }
  if (auto s = readText(*value, pointer, errors)) out.text = *s;
  return out;
}
}  // namespace

ScenarioInfo readScenarioInfo(ObjectReader& top, const std::vector<std::string>& modules) {
  ScenarioInfo info;
  ValidationErrors& errors = top.errors();
  if (const Json* version = top.required("oslens")) {
    auto v = readInteger(*version, top.pointerTo("oslens"), 0, INT32_MAX, errors);
    if (v && *v != kScenarioFormatVersion)
      errors.add(top.pointerTo("oslens"), ErrorCode::UnsupportedVersion,
                 {std::to_string(*v), std::to_string(kScenarioFormatVersion)});
  }
  if (auto module = top.choice("module", modules)) info.module = *module;
  info.title = readLocalizedText(top.optional("title"), top.pointerTo("title"), errors);
  info.description = readLocalizedText(top.optional("description"), top.pointerTo("description"), errors);
  // Seeds are 53-bit so that every JSON tool reads them exactly.
  if (auto seed = top.integer("seed", 0, (std::int64_t{1} << 53), 0)) info.seed = static_cast<std::uint64_t>(*seed);
  return info;
}

namespace {
// Reads up to `limit` + 1 bytes, in chunks: one byte past the limit is enough to refuse a stream
// whose size is not known beforehand (a device, a pipe), and /dev/zero never comes to an end.
// Returns false on a read error.
bool readAtMost(std::istream& in, std::size_t limit, std::string& text) {
  constexpr std::size_t kChunk = std::size_t{1} << 20;
  while (in && text.size() <= limit) {
    const std::size_t before = text.size();
    text.resize(before + std::min(kChunk, limit + 1 - before));
    in.read(text.data() + before, static_cast<std::streamsize>(text.size() - before));
    text.resize(before + static_cast<std::size_t>(in.gcount()));
  }
  return !in.bad();
}
}  // namespace

std::optional<std::string> readScenarioFile(const std::string& path, ValidationErrors& errors) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::is_directory(status)) ec = std::make_error_code(std::errc::is_a_directory);
  if (ec) {
    errors.add("", ErrorCode::FileUnreadable, {path, ec.message()});
    return std::nullopt;
  }
  // A regular file says its size: one too large is refused without reading it. Devices and pipes
  // say 0 whatever comes out of them, so they are only ever read up to the limit.
  const std::string limit = std::to_string(limits::kMaxScenarioFileBytes);
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits::kMaxScenarioFileBytes) {
      errors.add("", ErrorCode::FileTooLarge, {std::to_string(size), limit});
      return std::nullopt;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.add("", ErrorCode::FileUnreadable, {path, "cannot open the file"});
    return std::nullopt;
  }
  std::string text;
  if (!readAtMost(in, limits::kMaxScenarioFileBytes, text)) {
    errors.add("", ErrorCode::FileUnreadable, {path, "a read error"});
    return std::nullopt;
  }
  if (text.size() > limits::kMaxScenarioFileBytes) {
    errors.add("", ErrorCode::FileTooLarge, {"", limit});  // how much more there is, nobody knows
    return std::nullopt;
  }
  return text;
}

}  // namespace oslens::engine

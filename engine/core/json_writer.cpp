#include "engine/core/json_writer.h"

#include <charconv>

#include <nlohmann/json.hpp>

namespace oslens::engine {

void JsonWriter::beforeValue() {
  if (m_afterKey) {
    m_afterKey = false;
    return;
  }
  if (m_needsComma.empty()) return;
  if (m_needsComma.back()) m_out += ',';
  m_needsComma.back() = true;
}

void JsonWriter::beginObject() {
  beforeValue();
  m_out += '{';
  m_needsComma.push_back(false);
}

void JsonWriter::endObject() {
  m_needsComma.pop_back();
  m_out += '}';
}

void JsonWriter::beginArray() {
  beforeValue();
  m_out += '[';
  m_needsComma.push_back(false);
}

void JsonWriter::endArray() {
  m_needsComma.pop_back();
  m_out += ']';
}

void JsonWriter::key(std::string_view name) {
  beforeValue();
  writeEscaped(name);
  m_out += ':';
  m_afterKey = true;
}

void JsonWriter::null() {
  beforeValue();
  m_out += "null";
}

void JsonWriter::boolean(bool value) {
  beforeValue();
  m_out += value ? "true" : "false";
}

// Integers: the shortest decimal form, as dump() writes them.
void JsonWriter::integer(std::int64_t value) {
  beforeValue();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  m_out.append(buffer, end);
}

void JsonWriter::unsignedInteger(std::uint64_t value) {
  beforeValue();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  m_out.append(buffer, end);
}

// Doubles go through nlohmann: its Grisu2 output differs from std::to_chars's (1e15 is
// "1000000000000000.0" there, "1e+15" here), and non-finite values are "null". The engine
// writes doubles only in summaries, once per run, so the temporary string costs nothing.
void JsonWriter::number(double value) {
  beforeValue();
  m_out += nlohmann::ordered_json(value).dump();
}

void JsonWriter::string(std::string_view value) {
  beforeValue();
  writeEscaped(value);
}

void JsonWriter::document(const nlohmann::ordered_json& value) {
  beforeValue();
  m_out += value.dump();
}

// As nlohmann's serializer::dump_escaped with ensure_ascii off: the two-character escapes for
// '"', '\\', \b, \f, \n, \r, \t, "\u00xx" (lower-case hex) for the other control characters,
// every other byte as it is. UTF-8 passes through unchecked: every string the engine writes
// came from a scenario file whose parser rejected invalid UTF-8, or from the engine's own names.
void JsonWriter::writeEscaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  m_out += '"';
  std::size_t plain = 0;  // start of the run of bytes that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    m_out.append(text.data() + plain, i - plain);
    plain = i + 1;
    switch (byte) {
      case '"': m_out += "\\\""; break;
      case '\\': m_out += "\\\\"; break;
      case '\b': m_out += "\\b"; break;
      case '\f': m_out += "\\f"; break;
      case '\n': m_out += "\\n"; break;
      case '\r': m_out += "\\r"; break;
      case '\t': m_out += "\\t"; break;
      default:
        m_out += "\\u00";
        m_out += kHex[byte >> 4];
        m_out += kHex[byte & 0xF];
    }
  }
  m_out.append(text.data() + plain, text.size() - plain);
  m_out += '"';
}

}  // namespace oslens::engine

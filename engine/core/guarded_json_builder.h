#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/core/duplicate_key_finder.h"
#include "engine/core/json_reader.h"

namespace oslens::engine {

// A SAX handler for Json::sax_parse that builds the document and stops the parse as soon as the
// input is nested too deeply or holds too many values, reporting duplicate keys on the way.
//
// Why not Json::parse with a callback: nlohmann's callback parser (json_sax_dom_callback_parser,
// 3.11) scans the whole enclosing container for discarded values after every object it closes,
// so an "ops" array of n objects costs n^2 — a 10^6-op file took minutes to load. This handler
// keeps every value, so it has nothing to scan: linear in the size of the file.
class GuardedJsonBuilder {
 public:
  enum class Stop { None, TooDeep, TooManyValues, Syntax, NumberTooLarge };

  GuardedJsonBuilder(std::size_t maxDepth, std::size_t maxValues, DuplicateKeyFinder& duplicates)
      : m_maxDepth(maxDepth), m_maxValues(maxValues), m_duplicates(duplicates) {}

  // The document, once sax_parse has returned true.
  Json& document() { return m_document; }
  Stop stop() const { return m_stop; }
  // For Stop::Syntax: the byte the lexer stopped at (1-based, as nlohmann counts) and its message.
  std::size_t errorByte() const { return m_errorByte; }
  const std::string& errorMessage() const { return m_errorMessage; }

  // The SAX interface (nlohmann/detail/input/json_sax.hpp).
  bool null() { return addScalar(Json(nullptr)); }
  bool boolean(bool value) { return addScalar(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return addScalar(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return addScalar(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t& /*text*/) { return addScalar(Json(value)); }
  bool string(Json::string_t& value) { return addScalar(Json(std::move(value))); }
  bool binary(Json::binary_t& value) { return addScalar(Json(std::move(value))); }
  bool start_object(std::size_t /*elements*/) { return open(Json::value_t::object); }
  bool key(Json::string_t& key);
  bool end_object() { return close(); }
  bool start_array(std::size_t /*elements*/) { return open(Json::value_t::array); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t byte, const std::string& lastToken, const nlohmann::detail::exception& error);

 private:
  bool countValue();
  Json* place(Json&& value);  // puts a value where the document expects the next one
  bool addScalar(Json&& value);
  bool open(Json::value_t type);
  bool close();

  std::size_t m_maxDepth;
  std::size_t m_maxValues;
  DuplicateKeyFinder& m_duplicates;
  Json m_document;
  std::vector<Json*> m_open;     // the containers being filled, outermost first
  std::string m_pendingKey;      // in an object: the key of the value that comes next
  std::size_t m_values = 0;
  Stop m_stop = Stop::None;
  std::size_t m_errorByte = 0;
  std::string m_errorMessage;
};

}  // namespace oslens::engine

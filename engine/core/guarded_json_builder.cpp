#include "engine/core/guarded_json_builder.h"

namespace oslens::engine {

bool GuardedJsonBuilder::countValue() {
  if (++m_values <= m_maxValues) return true;
  m_stop = Stop::TooManyValues;
  return false;
}

Json* GuardedJsonBuilder::place(Json&& value) {
  if (m_open.empty()) {
    m_document = std::move(value);
    return &m_document;
  }
  Json& parent = *m_open.back();
  if (parent.is_array()) {
    // Only the newest element can be open, so growing the array invalidates no pointer we hold.
    parent.push_back(std::move(value));
    return &parent.back();
  }
  // A key written twice keeps its last value, as Json::parse does; DuplicateKeyFinder reports it.
  Json& slot = parent[m_pendingKey];
  slot = std::move(value);
  return &slot;
}

bool GuardedJsonBuilder::addScalar(Json&& value) {
  if (!countValue()) return false;
  place(std::move(value));
  m_duplicates.scalarRead();
  return true;
}

bool GuardedJsonBuilder::open(Json::value_t type) {
  // The container that would be level maxDepth + 1 is refused before anything is built in it.
  if (m_open.size() >= m_maxDepth) {
    m_stop = Stop::TooDeep;
    return false;
  }
  if (!countValue()) return false;
  m_open.push_back(place(Json(type)));
  m_duplicates.containerOpened(type == Json::value_t::object);
  return true;
}

bool GuardedJsonBuilder::key(Json::string_t& key) {
  m_duplicates.keyRead(key);
  m_pendingKey = std::move(key);
  return true;
}

bool GuardedJsonBuilder::close() {
  m_open.pop_back();
  m_duplicates.containerClosed();
  return true;
}

bool GuardedJsonBuilder::parse_error(std::size_t byte, const std::string& /*lastToken*/,
                                     const nlohmann::detail::exception& error) {
  // The lexer reports a number beyond a double's range (1e400) as out_of_range 406, everything
  // else as a parse_error with a position.
  m_stop = error.id == 406 ? Stop::NumberTooLarge : Stop::Syntax;
  m_errorByte = byte;
  m_errorMessage = error.what();
  return false;
}

}  // namespace oslens::engine

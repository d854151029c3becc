#pragma once

#include <string>
#include <vector>

#include "engine/core/json_out.h"

namespace oslens::engine {

// Writes JSON text straight into a string as the calls come, byte for byte what nlohmann's
// dump() gives for the same document (no spaces; strings escaped as dump() escapes them;
// doubles formatted by nlohmann itself), so `oslens-cli run` streams its records without
// building a document per step. The caller owns the string and may take what has been written
// at any time (to flush it) by clearing it: the writer only appends.
class JsonWriter final : public JsonOut {
 public:
  explicit JsonWriter(std::string& out) : m_out(out) {}

  void beginObject() override;
  void endObject() override;
  void beginArray() override;
  void endArray() override;
  void key(std::string_view name) override;

  void null() override;
  void boolean(bool value) override;
  void integer(std::int64_t value) override;
  void unsignedInteger(std::uint64_t value) override;
  void number(double value) override;
  void string(std::string_view value) override;
  void document(const nlohmann::ordered_json& value) override;

  // True once every object and array begun has ended.
  bool complete() const { return m_needsComma.empty(); }

 private:
  void beforeValue();
  void writeEscaped(std::string_view text);

  std::string& m_out;
  // Per open object or array: whether an element came before (a comma is due). A value right
  // after a key takes no comma.
  std::vector<bool> m_needsComma;
  bool m_afterKey = false;
};

}  // namespace oslens::engine

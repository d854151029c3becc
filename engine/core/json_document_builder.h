#pragma once

#include <string>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/core/json_reader.h"

namespace oslens::engine {

// Builds an OutputJson from JsonOut calls: the same records as JsonWriter writes, as a document
// the tests, the golden traces and the GUI can index. result() once the outermost value ended.
class JsonDocumentBuilder final : public JsonOut {
 public:
  void beginObject() override { open(OutputJson::object()); }
  void endObject() override { m_open.pop_back(); }
  void beginArray() override { open(OutputJson::array()); }
  void endArray() override { m_open.pop_back(); }
  void key(std::string_view name) override { m_key.assign(name); }

  void null() override { put(nullptr); }
  void boolean(bool value) override { put(value); }
  void integer(std::int64_t value) override { put(value); }
  void unsignedInteger(std::uint64_t value) override { put(value); }
  void number(double value) override { put(value); }
  void string(std::string_view value) override { put(std::string(value)); }
  void document(const OutputJson& value) override { put(value); }

  OutputJson& result() { return m_root; }

 private:
  // Puts the value where the calls say: the root, the next element of the open array, or the
  // key just given in the open object. Returns where it went (stable until its parent grows,
  // which cannot happen while it is open).
  OutputJson& put(OutputJson value) {
    if (m_open.empty()) return m_root = std::move(value);
    OutputJson& parent = *m_open.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return parent.back();
    }
    return parent[m_key] = std::move(value);
  }
  void open(OutputJson empty) { m_open.push_back(&put(std::move(empty))); }

  OutputJson m_root;
  std::vector<OutputJson*> m_open;
  std::string m_key;
};

}  // namespace oslens::engine

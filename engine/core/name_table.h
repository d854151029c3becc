#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace oslens::engine {

// Names a scenario gives (tags, caches) as small ids in the order they first appear, so ops and
// states hold integers and the names are kept once, shared by every copy of the state.
class NameTable {
 public:
  std::uint32_t intern(const std::string& name) {
    auto [it, added] = m_ids.try_emplace(name, static_cast<std::uint32_t>(m_names.size()));
    if (added) m_names.push_back(name);
    return it->second;
  }
  std::optional<std::uint32_t> find(const std::string& name) const {
    auto it = m_ids.find(name);
    return it == m_ids.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
  }
  std::size_t size() const { return m_names.size(); }
  std::shared_ptr<const std::vector<std::string>> names() const {
    return std::make_shared<const std::vector<std::string>>(m_names);
  }

 private:
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::vector<std::string> m_names;
};

}  // namespace oslens::engine

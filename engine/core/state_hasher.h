#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace oslens::engine {

// FNV-1a over the fields a module feeds it. Used to prove that seeking gives exactly the state
// that replay from step 0 gives; feed values, never pointers or padding.
class StateHasher {
 public:
  template <class T>
    requires std::is_integral_v<T> || std::is_enum_v<T>
  void add(T value) {
    auto v = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i) {
      m_hash ^= (v >> (8 * i)) & 0xffu;
      m_hash *= 0x100000001b3ULL;
    }
  }
  void add(std::string_view text) {
    add(text.size());
    for (unsigned char c : text) {
      m_hash ^= c;
      m_hash *= 0x100000001b3ULL;
    }
  }
  std::uint64_t value() const { return m_hash; }

 private:
  std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

}  // namespace oslens::engine

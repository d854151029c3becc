#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

// What the banker's algorithm and deadlock detection share: resource types with instance
// counts, processes, and the per-resource vectors and matrices of Silberschatz 10e, 8.6.3
// ("Let Available be a vector of length m ... Max, an n x m matrix ...").
namespace oslens::engine::deadlock {

using Count = std::int64_t;  // instances of one resource type
using ProcessId = std::uint32_t;
using ResourceId = std::uint32_t;
using ResourceVector = std::vector<Count>;  // one count per resource type, in the order of `resources`

inline constexpr ProcessId kNoProcess = UINT32_MAX;

struct ResourceType {
  std::string name;
  Count total = 0;  // instances in the system
  bool operator==(const ResourceType&) const = default;
};

// Processes x resources, row by row: row p is process p's vector.
class CountMatrix {
 public:
  CountMatrix() = default;
  CountMatrix(std::size_t rows, std::size_t columns) : m_columns(columns), m_cells(rows * columns, 0) {}

  std::size_t rows() const { return m_columns == 0 ? 0 : m_cells.size() / m_columns; }
  std::size_t columns() const { return m_columns; }
  std::span<Count> row(std::size_t r) { return {m_cells.data() + r * m_columns, m_columns}; }
  std::span<const Count> row(std::size_t r) const { return {m_cells.data() + r * m_columns, m_columns}; }
  Count& at(std::size_t r, std::size_t c) { return m_cells[r * m_columns + c]; }
  Count at(std::size_t r, std::size_t c) const { return m_cells[r * m_columns + c]; }
  const std::vector<Count>& cells() const { return m_cells; }
  bool operator==(const CountMatrix&) const = default;

 private:
  std::size_t m_columns = 0;
  std::vector<Count> m_cells;
};

// The first resource whose count in `wanted` is above the one in `have`; none when every
// `wanted[r] <= have[r]` (the textbook's vector comparison X <= Y, Silberschatz 10e 8.6.3).
inline std::optional<ResourceId> firstExceeding(std::span<const Count> wanted, std::span<const Count> have) {
  for (std::size_t r = 0; r < wanted.size(); ++r)
    if (wanted[r] > have[r]) return static_cast<ResourceId>(r);
  return std::nullopt;
}

inline bool fitsWithin(std::span<const Count> wanted, std::span<const Count> have) {
  return !firstExceeding(wanted, have);
}

inline void addInto(std::span<Count> to, std::span<const Count> amount) {
  for (std::size_t r = 0; r < to.size(); ++r) to[r] += amount[r];
}

inline void subtractFrom(std::span<Count> from, std::span<const Count> amount) {
  for (std::size_t r = 0; r < from.size(); ++r) from[r] -= amount[r];
}

inline bool isZero(std::span<const Count> counts) {
  return std::all_of(counts.begin(), counts.end(), [](Count c) { return c == 0; });
}

inline ResourceVector toVector(std::span<const Count> counts) { return ResourceVector(counts.begin(), counts.end()); }

}  // namespace oslens::engine::deadlock

#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace oslens::engine::freelist {

using Address = std::uint64_t;

struct Block {
  Address addr = 0;
  std::uint64_t size = 0;  // header included
  bool operator==(const Block&) const = default;
};

// The free list in its order, and an index that lets a first-fit walk skip what cannot fit: for
// every run of kRun entries, a size no entry of the run exceeds. An insert or an erase shifts the
// entries by one, so each run's bound becomes the larger of its own and its neighbour's (O(n/kRun),
// the bound may only loosen); a walk that scans a whole run in vain sets the run's bound to its
// true largest. The bounds decide nothing (the walk finds the same entry, `searched` counts the
// same entries): they are not part of the list's value, and two lists are equal when their
// entries are. A first fit over 3,000 splinters then looks at about 50 runs, not 1,300 entries.
class FreeList {
 public:
  static constexpr std::size_t kRun = 64;

  std::size_t size() const { return m_blocks.size(); }
  bool empty() const { return m_blocks.empty(); }
  const Block& operator[](std::size_t i) const { return m_blocks[i]; }
  const Block& front() const { return m_blocks.front(); }
  const Block& back() const { return m_blocks.back(); }
  auto begin() const { return m_blocks.begin(); }
  auto end() const { return m_blocks.end(); }
  std::size_t capacity() const { return m_blocks.capacity(); }
  const std::vector<Block>& blocks() const { return m_blocks; }
  operator const std::vector<Block>&() const { return m_blocks; }  // NOLINT: a list reads as its entries
  bool operator==(const FreeList& other) const { return m_blocks == other.m_blocks; }
  friend bool operator==(const FreeList& list, const std::vector<Block>& blocks) { return list.m_blocks == blocks; }

  void insert(std::size_t i, const Block& b);
  void erase(std::size_t i);
  void set(std::size_t i, const Block& b);
  void pushBack(const Block& b) { insert(m_blocks.size(), b); }
  void assign(std::vector<Block> blocks);
  template <class Less>
  void stableSort(Less less) {
    std::stable_sort(m_blocks.begin(), m_blocks.end(), less);
    rebuild();
  }

  // The first entry of [from, to) at least `size` large.
  std::optional<std::size_t> firstFitting(std::size_t from, std::size_t to, std::uint64_t size) const;

 private:
  void rebuild();
  std::size_t runs() const { return (m_blocks.size() + kRun - 1) / kRun; }

  std::vector<Block> m_blocks;
  mutable std::vector<std::uint64_t> m_bound;  // per run; tightened by walks
};

}  // namespace oslens::engine::freelist

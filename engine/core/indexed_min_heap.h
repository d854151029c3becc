#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace oslens::engine {

// A binary min-heap over ids 0..capacity-1 whose keys can change in place (decrease or increase),
// held in plain vectors so that a state containing it is a cheap value copy for checkpoints.
// Replacement policies use it to find their victim in O(log frames) instead of a scan.
template <class Key>
class IndexedMinHeap {
 public:
  // Member by member: what seek == replay is checked with.
  bool operator==(const IndexedMinHeap&) const = default;

  static constexpr std::uint32_t kAbsent = UINT32_MAX;

  explicit IndexedMinHeap(std::uint32_t capacity = 0) : m_keys(capacity), m_position(capacity, kAbsent) {}

  bool empty() const { return m_heap.empty(); }
  std::size_t size() const { return m_heap.size(); }
  bool contains(std::uint32_t id) const { return m_position[id] != kAbsent; }
  std::uint32_t top() const { return m_heap.front(); }
  const Key& key(std::uint32_t id) const { return m_keys[id]; }

  // Inserts `id`, or moves it to its place for a new key.
  void set(std::uint32_t id, const Key& key) {
    if (!contains(id)) {
      m_position[id] = static_cast<std::uint32_t>(m_heap.size());
      m_heap.push_back(id);
      m_keys[id] = key;
      siftUp(m_position[id]);
      return;
    }
    const bool smaller = key < m_keys[id];
    m_keys[id] = key;
    if (smaller) siftUp(m_position[id]);
    else siftDown(m_position[id]);
  }

  void erase(std::uint32_t id) {
    const std::uint32_t at = m_position[id];
    const std::uint32_t last = static_cast<std::uint32_t>(m_heap.size() - 1);
    swapAt(at, last);
    m_heap.pop_back();
    m_position[id] = kAbsent;
    if (at < m_heap.size()) {
      siftUp(at);
      siftDown(at);
    }
  }

  // For invariant checks: every parent's key is <= its children's.
  bool isHeap() const {
    for (std::size_t i = 1; i < m_heap.size(); ++i)
      if (m_keys[m_heap[i]] < m_keys[m_heap[(i - 1) / 2]]) return false;
    return true;
  }

 private:
  bool less(std::uint32_t a, std::uint32_t b) const { return m_keys[m_heap[a]] < m_keys[m_heap[b]]; }
  void swapAt(std::uint32_t a, std::uint32_t b) {
    std::swap(m_heap[a], m_heap[b]);
    m_position[m_heap[a]] = a;
    m_position[m_heap[b]] = b;
  }
  void siftUp(std::uint32_t i) {
    while (i > 0 && less(i, (i - 1) / 2)) {
      swapAt(i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  }
  void siftDown(std::uint32_t i) {
    for (;;) {
      std::uint32_t smallest = i;
      const std::uint32_t left = 2 * i + 1, right = 2 * i + 2;
      if (left < m_heap.size() && less(left, smallest)) smallest = left;
      if (right < m_heap.size() && less(right, smallest)) smallest = right;
      if (smallest == i) return;
      swapAt(i, smallest);
      i = smallest;
    }
  }

  std::vector<Key> m_keys;
  std::vector<std::uint32_t> m_position;  // id -> index in m_heap, or kAbsent
  std::vector<std::uint32_t> m_heap;
};

}  // namespace oslens::engine

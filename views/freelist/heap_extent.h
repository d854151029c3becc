#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "engine/memory/freelist/freelist_scenario.h"

namespace oslens::views {

// Where the heap's address bar ends, its scale. The bar must not tell how far the heap will grow
// (a "not mapped" box the size of the run's largest break gives the sbrk steps away), so it ends
// at the highest break the run has reached so far, rounded up to a round number with some room
// above it, and rescales only when the break passes that. With a `limit` it ends at the limit
// (known from the start); a heap that cannot grow ends at its break.
class HeapExtent {
 public:
  explicit HeapExtent(const engine::freelist::FreelistSimulation& simulation);

  // The bar's end at `position` for a picture whose break is `shownBreak` (a beat of the step
  // after `position` may show the break higher already).
  engine::freelist::Address at(std::size_t position, engine::freelist::Address shownBreak) const;

  // The smallest round length (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is
  // at least `length`.
  static std::uint64_t roundUp(std::uint64_t length);

 private:
  engine::freelist::Address m_base = 0;
  engine::freelist::Address m_fixed = 0;  // nonzero: the same end at every step
  // (position, highest break up to it), one entry each time it rises; the runs replayed for it
  // are bounded, later positions go by the break they show.
  std::vector<std::pair<std::size_t, engine::freelist::Address>> m_highs;
};

}  // namespace oslens::views

#pragma once

#include <cstdint>
#include <vector>

#include "engine/memory/buddy/buddy_allocator.h"

namespace oslens::views {

// What the diagram draws of the free lists: for each zone and order, the first blocks of
// free_area[order] in list order (head first) and how many there are in all. A view of a state,
// cheap to keep for the state before a step, so a step can be animated between the two.
class FreeAreaRows {
 public:
  struct Row {
    std::vector<engine::buddy::Pfn> head;  // at most `shown` blocks, head first
    std::uint64_t count = 0;              // nr_free
  };

  FreeAreaRows() = default;
  // Keeps at most `shown` blocks of each list.
  FreeAreaRows(const engine::buddy::BuddyAllocator& memory, std::size_t shown);

  const Row& row(engine::buddy::ZoneIndex zone, engine::buddy::Order order) const { return m_rows[zone][order]; }
  // The place of the block in its drawn row: its index in the list, `shown` when it lies beyond
  // the drawn blocks (the "+k more" place), -1 when it is not on the list at all.
  int slotOf(engine::buddy::ZoneIndex zone, engine::buddy::Order order, engine::buddy::Pfn pfn) const;

 private:
  std::vector<std::vector<Row>> m_rows;  // [zone][order]
  std::size_t m_shown = 0;
};

}  // namespace oslens::views

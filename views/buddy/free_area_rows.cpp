#include "views/buddy/free_area_rows.h"

#include <algorithm>

namespace oslens::views {

using namespace engine::buddy;

FreeAreaRows::FreeAreaRows(const BuddyAllocator& memory, std::size_t shown) : m_shown(shown) {
  const auto& config = memory.config();
  m_rows.resize(config.zones.size());
  for (ZoneIndex z = 0; z < config.zones.size(); ++z) {
    m_rows[z].resize(static_cast<std::size_t>(config.maxOrder));
    for (int o = 0; o < config.maxOrder; ++o) {
      Row& row = m_rows[z][static_cast<std::size_t>(o)];
      row.count = memory.nrFree(z, static_cast<Order>(o));
      if (row.count == 0) continue;
      auto list = memory.freeList(z, static_cast<Order>(o));
      if (list.size() > shown) list.resize(shown);
      row.head = std::move(list);
    }
  }
}

int FreeAreaRows::slotOf(ZoneIndex zone, Order order, Pfn pfn) const {
  if (zone >= m_rows.size() || order >= m_rows[zone].size()) return -1;
  const Row& r = m_rows[zone][order];
  const auto it = std::find(r.head.begin(), r.head.end(), pfn);
  if (it != r.head.end()) return static_cast<int>(it - r.head.begin());
  return r.count > r.head.size() ? static_cast<int>(m_shown) : -1;
}

}  // namespace oslens::views

#include "engine/memory/freelist/free_list.h"

namespace oslens::engine::freelist {

void FreeList::rebuild() {
  m_bound.assign(runs(), 0);
  for (std::size_t i = 0; i < m_blocks.size(); ++i) m_bound[i / kRun] = std::max(m_bound[i / kRun], m_blocks[i].size);
}

void FreeList::assign(std::vector<Block> blocks) {
  m_blocks = std::move(blocks);
  rebuild();
}

// After an insert at i, run r > i/kRun holds the old entries kRun*r - 1 .. kRun*r + kRun - 2: runs
// r - 1 and r of before. Run i/kRun holds its old entries and b.
void FreeList::insert(std::size_t i, const Block& b) {
  m_blocks.insert(m_blocks.begin() + static_cast<std::ptrdiff_t>(i), b);
  const std::size_t first = i / kRun;
  m_bound.resize(runs(), 0);  // a new last run starts at 0
  // Downwards, so that m_bound[r - 1] is still the old bound when run r reads it.
  for (std::size_t r = m_bound.size(); r-- > first + 1;) m_bound[r] = std::max(m_bound[r - 1], m_bound[r]);
  m_bound[first] = std::max(m_bound[first], b.size);
}

// After an erase at i, run r >= i/kRun holds old entries of runs r and r + 1.
void FreeList::erase(std::size_t i) {
  m_blocks.erase(m_blocks.begin() + static_cast<std::ptrdiff_t>(i));
  for (std::size_t r = i / kRun; r + 1 < m_bound.size(); ++r) m_bound[r] = std::max(m_bound[r], m_bound[r + 1]);
  m_bound.resize(runs());
}

void FreeList::set(std::size_t i, const Block& b) {
  m_blocks[i] = b;
  m_bound[i / kRun] = std::max(m_bound[i / kRun], b.size);
}

std::optional<std::size_t> FreeList::firstFitting(std::size_t from, std::size_t to, std::uint64_t size) const {
  std::size_t i = from;
  while (i < to) {
    const std::size_t r = i / kRun;
    const std::size_t runStart = r * kRun, runEnd = std::min(runStart + kRun, m_blocks.size());
    const std::size_t end = std::min(runEnd, to);
    if (m_bound[r] < size) {  // nothing in this run fits
      i = end;
      continue;
    }
    // Eight entries compared per branch.
    std::size_t k = i;
    for (; k + 8 <= end; k += 8) {
      const auto* e = &m_blocks[k];
      const bool any = (e[0].size >= size) | (e[1].size >= size) | (e[2].size >= size) | (e[3].size >= size) |
                       (e[4].size >= size) | (e[5].size >= size) | (e[6].size >= size) | (e[7].size >= size);
      if (any) break;
    }
    for (; k < end; ++k)
      if (m_blocks[k].size >= size) return k;
    // The whole run looked at in vain: its bound was loose; make it exact.
    if (i == runStart && end == runEnd) {
      std::uint64_t largest = 0;
      for (std::size_t j = runStart; j < runEnd; ++j) largest = std::max(largest, m_blocks[j].size);
      m_bound[r] = largest;
    }
    i = end;
  }
  return std::nullopt;
}

}  // namespace oslens::engine::freelist

#include "views/freelist/heap_extent.h"

#include <algorithm>
#include <cmath>

namespace oslens::views {

using namespace engine::freelist;

namespace {
// Runs longer than this are not replayed to find their breaks (it would hold up opening the file).
constexpr std::size_t kMaxReplayed = 200'000;
// Room above the highest break: the "not mapped" box stays visible.
constexpr double kHeadroom = 1.15;
}  // namespace

std::uint64_t HeapExtent::roundUp(std::uint64_t length) {
  static constexpr double kSteps[] = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
  double decade = 1;
  while (decade * 10 <= static_cast<double>(length)) decade *= 10;
  for (int k = 0; k < 2; ++k, decade *= 10)
    for (double step : kSteps)
      if (const double value = step * decade; value >= static_cast<double>(length)) return static_cast<std::uint64_t>(std::ceil(value));
  return length;
}

HeapExtent::HeapExtent(const FreelistSimulation& simulation) {
  const auto& timeline = simulation.timeline();
  const FreelistState& initial = timeline.initialState();
  const HeapConfig& c = *initial.config;
  m_base = c.base;
  if (c.limit) {
    m_fixed = std::max(initial.programBreak(), c.base + *c.limit);
    return;
  }
  if (!c.topPad) {
    m_fixed = initial.programBreak();  // the heap keeps its size (OSTEP's)
    return;
  }
  m_highs.emplace_back(0, initial.programBreak());
  FreelistState s = initial;
  engine::EventLog<FreelistEvent> quiet(false);
  const std::size_t replayed = std::min(timeline.ops().size(), kMaxReplayed);
  for (std::size_t i = 0; i < replayed; ++i) {
    FreelistModel::step(s, timeline.ops()[i], quiet);
    if (s.programBreak() > m_highs.back().second) m_highs.emplace_back(i + 1, s.programBreak());
  }
}

Address HeapExtent::at(std::size_t position, Address shownBreak) const {
  if (m_fixed) return std::max(m_fixed, m_base + 1);
  const auto after = std::upper_bound(m_highs.begin(), m_highs.end(), position,
                                      [](std::size_t p, const auto& high) { return p < high.first; });
  const Address high = std::max(shownBreak, std::prev(after)->second);
  const auto length = static_cast<std::uint64_t>(std::ceil(static_cast<double>(high - m_base) * kHeadroom));
  return m_base + roundUp(std::max<std::uint64_t>(length, 1));
}

}  // namespace oslens::views

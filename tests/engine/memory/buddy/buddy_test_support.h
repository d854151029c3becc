#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/core/name_table.h"
#include "engine/memory/buddy/buddy_model.h"

// Helpers shared by the buddy tests: a model run with named tags that checks the invariants after
// every step, and the free lists written the way a student writes them on paper.
namespace oslens::engine::buddy::testing {

using FreeLists = std::vector<std::vector<Pfn>>;  // per order, the free blocks' first pfns

inline BuddyConfig zoneOf(std::uint32_t pages, int maxOrder = kClassicMaxOrder, PickRule pick = PickRule::Lifo) {
  BuddyConfig config;
  config.pages = pages;
  config.maxOrder = maxOrder;
  config.pick = pick;
  config.zones = {{"Normal", 0, pages}};
  return config;
}

// free_area of every zone together, per order, in list order (what an allocation takes first
// comes first), with trailing empty orders dropped so a test writes only the orders it uses.
inline FreeLists freeLists(const BuddyAllocator& memory) {
  FreeLists out;
  for (int order = 0; order < memory.config().maxOrder; ++order) {
    std::vector<Pfn> list;
    for (ZoneIndex z = 0; z < memory.config().zones.size(); ++z)
      for (Pfn pfn : memory.freeList(z, static_cast<Order>(order))) list.push_back(pfn);
    out.push_back(std::move(list));
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// Drives BuddyModel with tags by name; every step checks the invariants and keeps its events.
class BuddyRun {
 public:
  explicit BuddyRun(const BuddyConfig& config) : m_config(config) {}

  std::vector<BuddyEvent> alloc(const std::string& tag, Order order, std::uint64_t bytes = 0, int zone = -1) {
    AllocOp op{idOf(tag), order, bytes, zone < 0 ? m_config.defaultZone : static_cast<ZoneIndex>(zone)};
    return run(op);
  }
  std::vector<BuddyEvent> free(const std::string& tag) { return run(FreeOp{idOf(tag)}); }

  const BuddyState& state() { ensureState(); return *m_state; }
  const BuddyAllocator& memory() { return state().memory; }
  Pfn pfnOf(const std::string& tag) { return state().tags.at(idOf(tag)).pfn; }

 private:
  TagId idOf(const std::string& tag) {
    const TagId id = m_names.intern(tag);
    ensureState();
    if (m_state->tags.size() <= id) {
      m_state->tags.resize(id + 1);
      m_state->tagNames = m_names.names();
    }
    return id;
  }
  void ensureState() {
    if (!m_state) m_state = BuddyModel::initialState(m_config, m_names.names());
  }
  std::vector<BuddyEvent> run(const BuddyOp& op) {
    EventLog<BuddyEvent> log;
    BuddyModel::step(*m_state, op, log);
    const auto problems = BuddyModel::checkInvariants(*m_state);
    EXPECT_TRUE(problems.empty()) << "after step " << m_state->step << ": " << problems.front();
    return log.take();
  }

  BuddyConfig m_config;
  NameTable m_names;
  std::optional<BuddyState> m_state;
};

template <class E>
std::vector<E> eventsOf(const std::vector<BuddyEvent>& events) {
  std::vector<E> out;
  for (const auto& e : events)
    if (const auto* typed = std::get_if<E>(&e)) out.push_back(*typed);
  return out;
}

}  // namespace oslens::engine::buddy::testing

#include "engine/memory/translation/tlb.h"

#include <bit>

namespace oslens::engine::translation {

std::string_view tlbPolicyName(TlbPolicy policy) {
  switch (policy) {
    case TlbPolicy::Lru: return "lru";
    case TlbPolicy::Fifo: return "fifo";
    case TlbPolicy::Random: return "random";
  }
  return "lru";
}

std::optional<TlbPolicy> tlbPolicyFromName(std::string_view name) {
  for (TlbPolicy p : {TlbPolicy::Lru, TlbPolicy::Fifo, TlbPolicy::Random})
    if (tlbPolicyName(p) == name) return p;
  return std::nullopt;
}

Tlb::Tlb(TlbConfig config)
    : m_config(config), m_ways(config.waysPerSet()), m_sets(config.sets()), m_entries(config.entries), m_rng(config.seed) {
  if (std::has_single_bit(m_sets)) m_setMask = m_sets - 1;
}

std::optional<std::size_t> Tlb::find(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts) const {
  const std::uint32_t ways = m_ways;
  for (int shift : pageShifts) {
    const std::uint64_t tag = va >> shift;
    const std::size_t first = static_cast<std::size_t>(setOf(tag)) * ways;
    for (std::size_t slot = first; slot < first + ways; ++slot) {
      const TlbEntry& e = m_entries[slot];
      if (e.tag == tag && e.valid && e.asid == asid && e.pageShift == shift) return slot;  // the tag first: it tells most entries apart
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> Tlb::lookup(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts, std::uint64_t tick) {
  const auto slot = find(asid, va, pageShifts);
  if (slot) m_entries[*slot].usedAt = tick;
  return slot;
}

Tlb::Fill Tlb::fill(TlbEntry entry, std::uint64_t tick) {
  const std::uint32_t ways = m_ways;
  const std::size_t first = static_cast<std::size_t>(setOf(entry.tag)) * ways;
  Fill out;
  std::optional<std::size_t> slot;
  for (std::size_t s = first; s < first + ways && !slot; ++s)
    if (!m_entries[s].valid) slot = s;
  if (!slot) {
    switch (m_config.policy) {
      case TlbPolicy::Random: slot = first + m_rng.below(ways); break;
      case TlbPolicy::Lru:
      case TlbPolicy::Fifo: {
        // The oldest use (LRU) or fill (FIFO); ties go to the lower slot.
        const auto age = [&](std::size_t s) { return m_config.policy == TlbPolicy::Lru ? m_entries[s].usedAt : m_entries[s].filledAt; };
        std::size_t best = first;
        for (std::size_t s = first + 1; s < first + ways; ++s)
          if (age(s) < age(best)) best = s;
        slot = best;
        break;
      }
    }
    out.evicted = m_entries[*slot];
  }
  entry.valid = true;
  entry.filledAt = entry.usedAt = tick;
  m_entries[*slot] = entry;
  out.slot = *slot;
  return out;
}

std::size_t Tlb::flushAll() {
  std::size_t flushed = 0;
  for (TlbEntry& e : m_entries) {
    flushed += e.valid ? 1 : 0;
    e.valid = false;
  }
  return flushed;
}

std::size_t Tlb::flushAsid(std::uint32_t asid) {
  std::size_t flushed = 0;
  for (TlbEntry& e : m_entries)
    if (e.valid && e.asid == asid) {
      e.valid = false;
      ++flushed;
    }
  return flushed;
}

bool Tlb::invalidate(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts) {
  const auto slot = find(asid, va, pageShifts);
  if (slot) m_entries[*slot].valid = false;
  return slot.has_value();
}

std::size_t Tlb::validCount() const {
  std::size_t n = 0;
  for (const TlbEntry& e : m_entries) n += e.valid ? 1 : 0;
  return n;
}

}  // namespace oslens::engine::translation

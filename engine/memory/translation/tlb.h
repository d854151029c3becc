#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "engine/core/rng.h"

// The translation lookaside buffer: a small cache of recent translations, set-associative or
// fully associative (OSTEP chapter 19; Silberschatz 10e 9.3.2.2; Hennessy & Patterson's
// set-associative caches). Deterministic: "random" replacement draws from the engine's seeded Rng.
namespace oslens::engine::translation {

enum class TlbPolicy { Lru, Fifo, Random };
std::string_view tlbPolicyName(TlbPolicy policy);
std::optional<TlbPolicy> tlbPolicyFromName(std::string_view name);

struct TlbConfig {
  std::uint32_t entries = 16;
  std::uint32_t ways = 0;  // 0: fully associative (one set of every entry)
  TlbPolicy policy = TlbPolicy::Lru;
  // Address-space identifiers (x86-64 PCIDs): entries carry their process's ASID and survive a
  // context switch; without them a switch flushes the TLB (a CR3 write, Intel SDM Vol. 3A 4.10.4.1).
  bool asid = false;
  std::uint64_t seed = 0;
  bool operator==(const TlbConfig&) const = default;

  std::uint32_t waysPerSet() const { return ways == 0 ? entries : ways; }
  std::uint32_t sets() const { return entries / waysPerSet(); }
};

struct TlbEntry {
  bool valid = false;
  std::uint32_t asid = 0;
  // The entry maps the page va >> pageShift == tag (a large page has a larger shift).
  int pageShift = 12;
  std::uint64_t tag = 0;
  std::uint64_t frameBase = 0;  // the page's physical address
  bool writable = false;
  bool user = false;
  bool dirty = false;  // the walk saw D set: a write needs no walk to set it
  std::uint64_t filledAt = 0;
  std::uint64_t usedAt = 0;
  bool operator==(const TlbEntry&) const = default;
};

class Tlb {
 public:
  explicit Tlb(TlbConfig config = {});

  const TlbConfig& config() const { return m_config; }
  const std::vector<TlbEntry>& entries() const { return m_entries; }
  // The set a page of `tag` goes to.
  std::uint32_t setOf(std::uint64_t tag) const {
    return static_cast<std::uint32_t>(m_setMask != 0 || m_sets == 1 ? tag & m_setMask : tag % m_sets);
  }

  // The slot that maps `va` for `asid`, trying each page size the format has (`pageShifts`,
  // smallest first); a hit counts as a use at `tick`.
  std::optional<std::size_t> lookup(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts, std::uint64_t tick);

  struct Fill {
    std::size_t slot = 0;
    std::optional<TlbEntry> evicted;  // the valid entry it replaced
  };
  // Caches `entry` (its tag and shift set): an invalid way of its set first, else the policy's
  // victim (LRU: least recently used; FIFO: filled first; random: a seeded draw).
  Fill fill(TlbEntry entry, std::uint64_t tick);
  void setDirty(std::size_t slot) { m_entries[slot].dirty = true; }

  // A context switch without ASIDs; returns how many valid entries went.
  std::size_t flushAll();
  std::size_t flushAsid(std::uint32_t asid);
  // invlpg: the entry that maps `va` for `asid`, if any.
  bool invalidate(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts);
  std::size_t validCount() const;

  bool operator==(const Tlb&) const = default;

 private:
  std::optional<std::size_t> find(std::uint32_t asid, std::uint64_t va, std::span<const int> pageShifts) const;

  TlbConfig m_config;
  std::uint32_t m_ways = 1;
  std::uint32_t m_sets = 1;
  std::uint64_t m_setMask = 0;  // sets - 1 when sets is a power of two (a mask, not a division)
  std::vector<TlbEntry> m_entries;  // set s holds slots s*ways .. s*ways+ways-1
  Rng m_rng;
};

}  // namespace oslens::engine::translation

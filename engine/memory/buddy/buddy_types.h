#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oslens::engine::buddy {

// A page frame number: the index of a physical page, counted from 0 across all zones.
using Pfn = std::uint32_t;
// A block of order k is 2^k pages, aligned to 2^k pages.
using Order = std::uint8_t;
// Index of a zone in BuddyConfig::zones (0 = lowest addresses).
using ZoneIndex = std::uint8_t;
// Index of a tag ("A", "buf") in the scenario's tag table.
using TagId = std::uint32_t;

inline constexpr Pfn kNoPfn = UINT32_MAX;

// Classic Linux (up to 6.3) defines MAX_ORDER = 11: orders 0..10, the largest block 1024 pages.
// Linux 6.4 redefined MAX_ORDER as the largest order itself (10), and 6.8 renamed it
// MAX_PAGE_ORDER (include/linux/mmzone.h). Our `max_order` keeps the classic, exclusive meaning:
// the number of orders. The UI says so next to it.
inline constexpr int kClassicMaxOrder = 11;
inline constexpr std::uint32_t kDefaultPageSize = 4096;

// Which free block of an order an allocation takes, and where a freed block goes.
enum class PickRule {
  // Linux: take the head of free_area[order].free_list, put freed and split-off blocks at the head
  // (mm/page_alloc.c: get_page_from_free_area, __add_to_free_list with tail = false).
  Lifo,
  // Textbooks: the lowest-address free block of the order, as drawn in Silberschatz 10e §10.8.1.
  Lowest,
};

std::string_view pickRuleName(PickRule rule);
std::optional<PickRule> pickRuleFromName(std::string_view name);
std::vector<std::string> pickRuleNames();

// Zones split physical memory into consecutive ranges, lowest first (DMA, Normal, HighMem): a
// request names the zone it wants and falls back only to lower zones, as the kernel's zonelist does
// (mm/page_alloc.c: get_page_from_freelist walks the zonelist from the preferred zone downwards).
struct ZoneConfig {
  std::string name;
  Pfn startPfn = 0;
  std::uint32_t pages = 0;
  bool operator==(const ZoneConfig&) const = default;
};

struct BuddyConfig {
  std::uint32_t pages = 16;
  int maxOrder = kClassicMaxOrder;  // number of orders: blocks of 2^0 .. 2^(maxOrder-1) pages
  PickRule pick = PickRule::Lifo;
  std::uint32_t pageSize = kDefaultPageSize;
  std::vector<ZoneConfig> zones;  // never empty once read: one "Normal" zone when the file names none
  ZoneIndex defaultZone = 0;      // the zone a request without "zone" asks for

  Order largestOrder() const { return static_cast<Order>(maxOrder - 1); }
  bool operator==(const BuddyConfig&) const = default;
};

// The order whose block holds `bytes` (at least one page): ceil(log2(ceil(bytes / pageSize))).
Order orderForBytes(std::uint64_t bytes, std::uint32_t pageSize);

}  // namespace oslens::engine::buddy

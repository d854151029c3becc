#include "engine/memory/buddy/buddy_types.h"

#include <bit>

namespace oslens::engine::buddy {

std::string_view pickRuleName(PickRule rule) { return rule == PickRule::Lowest ? "lowest" : "lifo"; }

std::optional<PickRule> pickRuleFromName(std::string_view name) {
  if (name == "lifo") return PickRule::Lifo;
  if (name == "lowest") return PickRule::Lowest;
  return std::nullopt;
}

std::vector<std::string> pickRuleNames() { return {"lifo", "lowest"}; }

Order orderForBytes(std::uint64_t bytes, std::uint32_t pageSize) {
  const std::uint64_t pages = bytes == 0 ? 1 : (bytes + pageSize - 1) / pageSize;
  return static_cast<Order>(std::bit_width(pages - 1));  // ceil(log2(pages)); 1 page -> order 0
}

}  // namespace oslens::engine::buddy

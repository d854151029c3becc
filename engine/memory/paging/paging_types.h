#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oslens::engine::paging {

using Page = std::int64_t;
using FrameIndex = std::uint32_t;
inline constexpr Page kNoPage = -1;
inline constexpr std::uint64_t kNever = UINT64_MAX;  // "not referenced again" for OPT

// The page-replacement policies, as Silberschatz (Operating System Concepts 10e, section 10.4)
// and OSTEP (chapter 22, "Beyond Physical Memory: Policies") describe them.
enum class Policy { Fifo, Lru, Opt, Clock, Lfu, Random };

inline constexpr Policy kAllPolicies[] = {Policy::Fifo, Policy::Lru, Policy::Opt,
                                          Policy::Clock, Policy::Lfu, Policy::Random};

// The names used in scenario files and JSON output ("fifo", "lru", ...).
std::string_view policyName(Policy policy);
std::optional<Policy> policyFromName(std::string_view name);
std::vector<std::string> policyNames();

struct PagingConfig {
  std::uint32_t frames = 3;
  Policy policy = Policy::Fifo;
  std::uint64_t seed = 0;  // only Random draws from it
  bool operator==(const PagingConfig&) const = default;
};

// One memory reference: read or write of a virtual page.
struct PagingOp {
  Page page = 0;
  bool write = false;
  bool operator==(const PagingOp&) const = default;
};

}  // namespace oslens::engine::paging

#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/core/rng.h"
#include "engine/memory/paging/paging_types.h"

// The workload every paging benchmark runs: a long reference string with locality, the way
// programs touch memory (Silberschatz 10e, 10.6.1, the locality model). Nine references in ten
// fall in a window of 48 pages that jumps somewhere else every few thousand references; the
// tenth is any of the 1000 pages; one in five is a write. With 64 frames the window fits, so
// hits dominate and each policy pays mostly for its bookkeeping, as it would in a real run.
namespace oslens::bench {

inline constexpr std::size_t kReferenceCount = 1'000'000;
inline constexpr std::uint64_t kDistinctPages = 1000;
inline constexpr std::uint32_t kFrames = 64;

inline std::vector<engine::paging::PagingOp> makeReferences(std::size_t count = kReferenceCount,
                                                            std::uint64_t seed = 2026) {
  engine::Rng rng(seed);
  std::vector<engine::paging::PagingOp> ops;
  ops.reserve(count);
  std::uint64_t windowStart = rng.below(kDistinctPages);
  for (std::size_t i = 0; i < count; ++i) {
    if (rng.below(4000) == 0) windowStart = rng.below(kDistinctPages);
    const std::uint64_t page =
        rng.below(10) == 0 ? rng.below(kDistinctPages) : (windowStart + rng.below(48)) % kDistinctPages;
    ops.push_back({static_cast<engine::paging::Page>(page), rng.below(5) == 0});
  }
  return ops;
}

// Built once per process: every benchmark sees the same string.
inline const std::vector<engine::paging::PagingOp>& benchReferences() {
  static const auto ops = makeReferences();
  return ops;
}

}  // namespace oslens::bench

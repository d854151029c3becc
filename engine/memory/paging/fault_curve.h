#pragma once

#include <cstdint>
#include <vector>

#include "engine/memory/paging/paging_types.h"

namespace oslens::engine::paging {

// Faults of `policy` on `refs` for every memory size 1..maxFrames: the "faults against number of
// frames" chart, where Belady's anomaly shows as a FIFO curve that goes up.
std::vector<std::uint64_t> faultCurve(const std::vector<PagingOp>& refs, Policy policy, std::uint32_t maxFrames,
                                      std::uint64_t seed);

// Faults of one run to the end (no events recorded).
std::uint64_t countFaults(const std::vector<PagingOp>& refs, Policy policy, std::uint32_t frames, std::uint64_t seed);

}  // namespace oslens::engine::paging

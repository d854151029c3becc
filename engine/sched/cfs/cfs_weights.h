#pragma once

#include <cstdint>

namespace oslens::engine::cfs {

// NICE_0_LOAD: the weight of a nice-0 task (kernel/sched/sched.h, unscaled).
inline constexpr std::uint32_t NICE_0_LOAD = 1024;

// kernel/sched/core.c: sched_prio_to_weight[nice + 20]. Each step of nice is about 10% of CPU
// (a factor of ~1.25 between neighbours).
std::uint32_t niceToWeight(int nice);
// kernel/sched/core.c: sched_prio_to_wmult[nice + 20] = 2^32 / weight, precomputed.
std::uint32_t niceToWmult(int nice);

// __calc_delta (kernel/sched/fair.c): delta * weight / load, computed as the kernel does it, in
// fixed point with the inverse of `load` ((delta * (weight * inv_weight)) >> 32, with the shifts
// that keep the factor in 32 bits), so our vruntimes round exactly like the kernel's.
// `loadInvWeight` 0 means: compute it as __update_inv_weight does, WMULT_CONST / load.
std::uint64_t calcDelta(std::uint64_t delta, std::uint64_t weight, std::uint64_t load, std::uint32_t loadInvWeight = 0);

// calc_delta_fair: the vruntime a task of `nice` gains for `delta` ns of CPU:
// delta * NICE_0_LOAD / weight (exactly delta for nice 0).
std::uint64_t calcDeltaFair(std::uint64_t delta, int nice);

}  // namespace oslens::engine::cfs

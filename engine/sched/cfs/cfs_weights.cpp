#include "engine/sched/cfs/cfs_weights.h"

#include <array>
#include <bit>

namespace oslens::engine::cfs {

namespace {

// kernel/sched/core.c (Linux 2.6.23 onwards, as prio_to_weight until 4.10).
constexpr std::array<std::uint32_t, 40> kSchedPrioToWeight = {
    /* -20 */ 88761, 71755, 56483, 46273, 36291,
    /* -15 */ 29154, 23254, 18705, 14949, 11916,
    /* -10 */ 9548,  7620,  6100,  4904,  3906,
    /*  -5 */ 3121,  2501,  1991,  1586,  1277,
    /*   0 */ 1024,  820,   655,   526,   423,
    /*   5 */ 335,   272,   215,   172,   137,
    /*  10 */ 110,   87,    70,    56,    45,
    /*  15 */ 36,    29,    23,    18,    15,
};

constexpr std::array<std::uint32_t, 40> kSchedPrioToWmult = {
    /* -20 */ 48388,     59856,     76040,     92818,     118348,
    /* -15 */ 147320,    184698,    229616,    287308,    360437,
    /* -10 */ 449829,    563644,    704093,    875809,    1099582,
    /*  -5 */ 1376151,   1717300,   2157191,   2708050,   3363326,
    /*   0 */ 4194304,   5237765,   6557202,   8165337,   10153587,
    /*   5 */ 12820798,  15790321,  19976592,  24970740,  31350126,
    /*  10 */ 39045157,  49367440,  61356676,  76695844,  95443717,
    /*  15 */ 119304647, 148102320, 186737708, 238609294, 286331153,
};

constexpr int WMULT_SHIFT = 32;
constexpr std::uint64_t WMULT_CONST = 0xffffffffu;  // ~0U

// fls: the 1-based position of the highest set bit (0 for 0), as in include/asm-generic/bitops.
int fls(std::uint32_t x) { return x == 0 ? 0 : 32 - std::countl_zero(x); }

std::size_t index(int nice) { return static_cast<std::size_t>(nice + 20); }

}  // namespace

std::uint32_t niceToWeight(int nice) { return kSchedPrioToWeight[index(nice)]; }
std::uint32_t niceToWmult(int nice) { return kSchedPrioToWmult[index(nice)]; }

std::uint64_t calcDelta(std::uint64_t delta, std::uint64_t weight, std::uint64_t load, std::uint32_t loadInvWeight) {
  // __update_inv_weight
  std::uint64_t inv = loadInvWeight;
  if (inv == 0) inv = load >= WMULT_CONST ? 1 : (load == 0 ? WMULT_CONST : WMULT_CONST / load);

  std::uint64_t fact = weight;
  int shift = WMULT_SHIFT;
  if (const auto high = static_cast<std::uint32_t>(fact >> 32); high != 0) {
    const int fs = fls(high);
    shift -= fs;
    fact >>= fs;
  }
  fact = static_cast<std::uint64_t>(static_cast<std::uint32_t>(fact)) * static_cast<std::uint32_t>(inv);  // mul_u32_u32
  if (const auto high = static_cast<std::uint32_t>(fact >> 32); high != 0) {
    const int fs = fls(high);
    shift -= fs;
    fact >>= fs;
  }
  // mul_u64_u32_shr (include/linux/math64.h, the portable version): (delta * fact) >> shift
  // without a 128-bit product, in two 32-bit halves.
  const auto mul = static_cast<std::uint32_t>(fact);
  const std::uint64_t low = static_cast<std::uint32_t>(delta);
  const std::uint64_t high = delta >> 32;
  std::uint64_t result = (low * mul) >> shift;
  if (high != 0) result += (high * mul) << (32 - shift);
  return result;
}

std::uint64_t calcDeltaFair(std::uint64_t delta, int nice) {
  const std::uint32_t weight = niceToWeight(nice);
  if (weight == NICE_0_LOAD) return delta;
  return calcDelta(delta, NICE_0_LOAD, weight, niceToWmult(nice));
}

}  // namespace oslens::engine::cfs

#include "engine/core/rng.h"

#include <tuple>
#include <utility>

namespace oslens::engine {

namespace {
std::uint64_t splitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

constexpr std::uint64_t rotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// The full 128-bit product of two 64-bit words, as (high, low), in portable ISO C++.
std::pair<std::uint64_t, std::uint64_t> multiplyWide(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t aLow = a & 0xffffffffu, aHigh = a >> 32, bLow = b & 0xffffffffu, bHigh = b >> 32;
  const std::uint64_t lowLow = aLow * bLow, highLow = aHigh * bLow, lowHigh = aLow * bHigh, highHigh = aHigh * bHigh;
  const std::uint64_t middle = (lowLow >> 32) + (highLow & 0xffffffffu) + lowHigh;
  return {highHigh + (highLow >> 32) + (middle >> 32), (middle << 32) | (lowLow & 0xffffffffu)};
}
}  // namespace

Rng::Rng(std::uint64_t seed) {
  for (auto& word : m_s) word = splitMix64(seed);
}

std::uint64_t Rng::next() {
  const std::uint64_t result = rotateLeft(m_s[1] * 5, 7) * 9;
  const std::uint64_t t = m_s[1] << 17;
  m_s[2] ^= m_s[0];
  m_s[3] ^= m_s[1];
  m_s[1] ^= m_s[2];
  m_s[0] ^= m_s[3];
  m_s[2] ^= t;
  m_s[3] = rotateLeft(m_s[3], 45);
  return result;
}

std::uint64_t Rng::below(std::uint64_t bound) {
  if (bound <= 1) return 0;
  // Lemire, "Fast Random Integer Generation in an Interval" (2019).
  auto [high, low] = multiplyWide(next(), bound);
  if (low < bound) {
    const std::uint64_t threshold = (0 - bound) % bound;
    while (low < threshold) std::tie(high, low) = multiplyWide(next(), bound);
  }
  return high;
}

}  // namespace oslens::engine

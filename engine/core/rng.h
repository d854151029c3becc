#pragma once

#include <array>
#include <cstdint>

namespace oslens::engine {

// The one source of randomness in the engine. xoshiro256** (Blackman & Vigna, 2018) seeded through
// SplitMix64, with our own bounded draw: std::uniform_int_distribution is not used because its
// output differs between standard libraries, and a scenario must replay bit for bit everywhere.
// A value type: copying it (in a timeline checkpoint) copies the stream position.
class Rng {
 public:
  explicit Rng(std::uint64_t seed = 0);

  std::uint64_t next();
  // Uniform in [0, bound), bound > 0; Lemire's multiply-and-reject method, so no modulo bias.
  std::uint64_t below(std::uint64_t bound);

  bool operator==(const Rng&) const = default;
  const std::array<std::uint64_t, 4>& rawState() const { return m_s; }

 private:
  std::array<std::uint64_t, 4> m_s{};
};

}  // namespace oslens::engine

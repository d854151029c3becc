#pragma once

#include <cstdint>
#include <vector>

#include "engine/deadlock/banker/banker_events.h"

namespace oslens::engine::deadlock::banker {

// Every order in which the processes can all finish from (need, allocation, available): a
// depth-first search trying the processes by index at each place, so the sequences come in
// lexicographic order. It tries at most `budget` candidates (n! sequences can exist) and lists
// at most `listLimit`; a student looks for the sequence their book prints among them.
SafeSequences findSafeSequences(const CountMatrix& need, const CountMatrix& allocation, std::span<const Count> available,
                                std::size_t listLimit, std::uint64_t budget);

}  // namespace oslens::engine::deadlock::banker

#pragma once

#include <QtGlobal>
#include <cstdint>

namespace oslens::views {

// The engine counts steps from 0 (op index, loadedAt, nextUseAt ...); people, the diagram, the
// tables and the narration count them from 1. Every step number a user reads goes through here,
// so the screen and the sentences never disagree by one.
inline qulonglong stepNumber(std::uint64_t index) { return static_cast<qulonglong>(index) + 1; }

}  // namespace oslens::views

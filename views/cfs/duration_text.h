#pragma once

#include <QString>
#include <cstdint>

namespace oslens::views {

// A time in ns as a teacher would write it: "750 µs", "4.52 ms", "1.2 s" (three significant
// digits at most; SI symbols read the same in every language).
QString durationText(std::int64_t ns);

}  // namespace oslens::views

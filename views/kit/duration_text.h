#pragma once

#include <QString>
#include <cstdint>
#include <utility>

namespace oslens::views {

// A time in ns as a teacher would write it: "750 µs", "4.52 ms", "1.2 s" (three significant
// digits at most; SI symbols read the same in every language).
QString durationText(std::int64_t ns, int extraDigits = 0);
// Two times written with just enough digits to tell them apart: "2 ms" and "1.999998 ms", not
// "2 ms" twice when the kernel's fixed point made a slice a few ns short.
std::pair<QString, QString> distinctDurationTexts(std::int64_t a, std::int64_t b);

}  // namespace oslens::views

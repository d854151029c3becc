#pragma once

#include <QString>
#include <cstdint>
#include <utility>

namespace oslens::views {

// A time in ns as a teacher would write it: "750 µs", "4.52 ms", "1.2 s" (three significant
// digits at most; SI symbols read the same in every language).
QString durationText(std::int64_t ns, int extraDigits = 0);
// Two times written so that they can be told apart: with up to two more digits ("13.86 ms" and
// "13.95 ms"), and when they differ by less than that, as a round time and the few ns off it:
// "3 ms" and "3 ms − 2 ns" when the kernel's fixed-point division made a slice 2 ns short
// (kernel/sched/fair.c: __calc_delta), not "2.999998 ms", which a class reads as noise.
std::pair<QString, QString> distinctDurationTexts(std::int64_t a, std::int64_t b);

}  // namespace oslens::views

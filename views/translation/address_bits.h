#pragma once

#include <QFont>
#include <QString>
#include <cstdint>

namespace oslens::views {

// A field of an address written as the hardware sees it: its bits, most significant first, in
// groups of four from the right (a group is one hex digit, so "1111 1111 1000" reads as 0xff8).
// Fields of up to six bits stay one group: OSTEP's 5-bit indices read best whole.
QString binaryDigits(std::uint64_t value, int width);

// `binaryDigits` made to fit `maxWidth` scene units in `font`: when the groups do not fit, the
// middle ones give way to "…" (a 16-bit sign extension reads "1111 … 1111").
QString fittedBinaryDigits(std::uint64_t value, int width, const QFont& font, qreal maxWidth);

}  // namespace oslens::views

#include "views/kit/task_palette.h"

#include <array>

namespace oslens::views {

QColor taskColor(std::size_t task) {
  static const std::array<QColor, 8> colors = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                               QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf)};
  return colors[task % colors.size()];
}

}  // namespace oslens::views

#pragma once

#include <QColor>
#include <cstddef>

namespace oslens::views {

// A colour per task (by its index in the scenario), the same in every scheduler view and chart:
// eight hues that stay apart on a projector, repeating after eight.
QColor taskColor(std::size_t task);

}  // namespace oslens::views

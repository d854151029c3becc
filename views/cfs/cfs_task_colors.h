#pragma once

#include <QColor>
#include <cstddef>

namespace oslens::views {

// TEMPORARY until views/sched/task_colors.h lands.
QColor cfsTaskColor(std::size_t task);

}  // namespace oslens::views

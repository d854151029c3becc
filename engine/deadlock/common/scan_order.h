#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oslens::engine::deadlock {

// Where the safety (and detection) algorithm looks next after it picks a process. The book says
// only "find an index i such that Finish[i] == false and Need_i <= Work" (Silberschatz 10e
// 8.6.3.1, 8.7.2), so sequences printed in books and solutions differ by this choice:
//  - Wrap: go on with the process after the one just picked, wrapping around, and stop after a
//    full round without a pick (one pass over the table after another, as done on paper).
//  - Restart: look again from the first process after every pick (the lowest index that fits).
enum class ScanOrder : std::uint8_t { Wrap, Restart };

const std::vector<std::string>& scanOrderNames();
std::optional<ScanOrder> scanOrderFromName(std::string_view name);

}  // namespace oslens::engine::deadlock

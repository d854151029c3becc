#include "engine/deadlock/common/scan_order.h"

namespace oslens::engine::deadlock {

const std::vector<std::string>& scanOrderNames() {
  static const std::vector<std::string> names = {"wrap", "restart"};
  return names;
}


std::optional<ScanOrder> scanOrderFromName(std::string_view name) {
  if (name == "wrap") return ScanOrder::Wrap;
  if (name == "restart") return ScanOrder::Restart;
  return std::nullopt;
}

}  // namespace oslens::engine::deadlock

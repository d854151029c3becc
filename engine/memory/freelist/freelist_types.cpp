#include "engine/memory/freelist/freelist_types.h"

#include <algorithm>

namespace oslens::engine::freelist {

namespace {
template <class E>
std::optional<E> fromName(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<E>(it - names.begin());
}
}  // namespace

// In the order of the enums.
const std::vector<std::string>& fitPolicyNames() {
  static const std::vector<std::string> kNames{"first", "next", "best", "worst"};
  return kNames;
}
const std::vector<std::string>& listOrderNames() {
  static const std::vector<std::string> kNames{"addrsort", "sizesort+", "sizesort-", "insert-front", "insert-back"};
  return kNames;
}
const std::vector<std::string>& compatNames() {
  static const std::vector<std::string> kNames{"standard", "ostep"};
  return kNames;
}

std::string_view fitPolicyName(FitPolicy p) { return fitPolicyNames().at(static_cast<std::size_t>(p)); }
std::string_view listOrderName(ListOrder o) { return listOrderNames().at(static_cast<std::size_t>(o)); }
std::string_view compatName(Compat c) { return compatNames().at(static_cast<std::size_t>(c)); }
std::optional<FitPolicy> fitPolicyFromName(std::string_view n) { return fromName<FitPolicy>(fitPolicyNames(), n); }
std::optional<ListOrder> listOrderFromName(std::string_view n) { return fromName<ListOrder>(listOrderNames(), n); }
std::optional<Compat> compatFromName(std::string_view n) { return fromName<Compat>(compatNames(), n); }

}  // namespace oslens::engine::freelist

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/memory/freelist/free_list_heap.h"

// The names a scenario file uses for the heap's rules (docs/scenarios.md, "Module `freelist`"):
// the fit policies, OSTEP's list orders (malloc.py's -p and -l, lower case) and the rule sets.
namespace oslens::engine::freelist {

using TagId = std::uint32_t;

const std::vector<std::string>& fitPolicyNames();   // first, next, best, worst
const std::vector<std::string>& listOrderNames();   // addrsort, sizesort+, sizesort-, insert-front, insert-back
const std::vector<std::string>& compatNames();      // standard, ostep
std::string_view fitPolicyName(FitPolicy policy);
std::string_view listOrderName(ListOrder order);
std::string_view compatName(Compat compat);
std::optional<FitPolicy> fitPolicyFromName(std::string_view name);
std::optional<ListOrder> listOrderFromName(std::string_view name);
std::optional<Compat> compatFromName(std::string_view name);

}  // namespace oslens::engine::freelist

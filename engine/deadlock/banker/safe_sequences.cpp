#include "engine/deadlock/banker/safe_sequences.h"

namespace oslens::engine::deadlock::banker {

namespace {

struct Search {
  const CountMatrix& need;
  const CountMatrix& allocation;
  std::size_t listLimit;
  std::uint64_t budget;
  std::uint64_t visited = 0;
  std::vector<bool> finished;
  std::vector<ProcessId> prefix;
  SafeSequences result;

  void extend(ResourceVector& work) {
    const std::size_t n = need.rows();
    if (prefix.size() == n) {
      ++result.count;
      if (result.listed.size() < listLimit) result.listed.push_back(prefix);
      return;
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (finished[i]) continue;
      // The budget counts every candidate tried, so a wide table costs what a deep one does.
      if (visited++ >= budget) {
        result.complete = false;
        return;
      }
      if (!fitsWithin(need.row(i), work)) continue;
      finished[i] = true;
      prefix.push_back(static_cast<ProcessId>(i));
      addInto(work, allocation.row(i));
      extend(work);
      subtractFrom(work, allocation.row(i));
      prefix.pop_back();
      finished[i] = false;
      if (!result.complete) return;
    }
  }
};

}  // namespace

SafeSequences findSafeSequences(const CountMatrix& need, const CountMatrix& allocation, std::span<const Count> available,
                                std::size_t listLimit, std::uint64_t budget) {
  Search search{need, allocation, listLimit, budget, 0, std::vector<bool>(need.rows(), false), {}, {}};
  ResourceVector work(available.begin(), available.end());
  search.extend(work);
  return std::move(search.result);
}

}  // namespace oslens::engine::deadlock::banker

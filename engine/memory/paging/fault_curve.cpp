#include "engine/memory/paging/fault_curve.h"

#include "engine/memory/paging/paging_model.h"

namespace oslens::engine::paging {

std::uint64_t countFaults(const std::vector<PagingOp>& refs, Policy policy, std::uint32_t frames, std::uint64_t seed) {
  PagingState s = PagingModel::initialState({frames, policy, seed}, refs);
  EventLog<PagingEvent> silent(false);
  for (const PagingOp& op : refs) PagingModel::step(s, op, silent);
  return s.faults;
}

std::vector<std::uint64_t> faultCurve(const std::vector<PagingOp>& refs, Policy policy, std::uint32_t maxFrames,
                                      std::uint64_t seed) {
  std::vector<std::uint64_t> curve;
  curve.reserve(maxFrames);
  for (std::uint32_t frames = 1; frames <= maxFrames; ++frames) curve.push_back(countFaults(refs, policy, frames, seed));
  return curve;
}

}  // namespace oslens::engine::paging

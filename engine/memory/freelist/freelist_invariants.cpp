#include <algorithm>

#include "engine/memory/freelist/freelist_model.h"

namespace oslens::engine::freelist {

// The heap's own rules (free_list_heap.cpp) and the program's view of it: every live tag holds a
// block in use or a mapping, and those are all there are; the internal bytes add up.
std::vector<std::string> FreelistModel::checkInvariants(const State& s) {
  auto problems = heapInvariantProblems(s.heap, *s.config);
  std::size_t live = 0;
  std::uint64_t internal = 0;
  for (TagId tag = 0; tag < s.tagStatus.size(); ++tag) {
    if ((s.tagStatus[tag] == TagSlot::Status::Live) != s.live.contains(tag)) problems.push_back("tag " + s.tagName(tag) + "'s status and block disagree");
    const TagSlot slot = s.tag(tag);
    if (slot.status != TagSlot::Status::Live) continue;
    ++live;
    internal += slot.block.size - slot.bytes;
    const bool held = slot.mapped ? std::find(s.heap.mapped.begin(), s.heap.mapped.end(), slot.block) != s.heap.mapped.end()
                                  : s.heap.used.contains(slot.block.addr) && s.heap.used.at(slot.block.addr) == slot.block.size;
    if (!held)
      problems.push_back("tag " + s.tagName(tag) + " holds a block the heap does not have in use");
    if (slot.block.size < slot.bytes + s.config->header) problems.push_back("tag " + s.tagName(tag) + "'s block is smaller than its request");
  }
  if (live != s.heap.used.size() + s.heap.mapped.size()) problems.push_back("blocks in use that no tag holds");
  if (internal != s.internalBytes) problems.push_back("the internal bytes total is stale");
  return problems;
}

}  // namespace oslens::engine::freelist

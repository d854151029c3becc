#include <algorithm>
#include <set>

#include "engine/memory/freelist/freelist_model.h"

namespace oslens::engine::freelist {

// The heap's own rules (free_list_heap.cpp) and the program's view of it: every live tag and
// every leaked block holds a block in use or a mapping, no two the same, and those are all there
// are; the internal bytes add up over both.
std::vector<std::string> FreelistModel::checkInvariants(const State& s) {
  auto problems = heapInvariantProblems(s.heap, *s.config);
  std::size_t live = 0;
  std::uint64_t internal = 0;
  auto inHeap = [&](const Block& block, bool mapped) {
    return mapped ? std::find(s.heap.mapped.begin(), s.heap.mapped.end(), block) != s.heap.mapped.end()
                  : s.heap.used.contains(block.addr) && s.heap.used.at(block.addr) == block.size;
  };
  std::set<Address> held;  // the blocks' addresses: a block held twice is one block counted twice
  for (const State::Leak& leak : s.leaked) {
    internal += leak.block.size - leak.bytes;
    if (!inHeap(leak.block, leak.mapped)) problems.push_back("a leaked block at " + std::to_string(leak.block.addr) + " is not in use");
    if (!held.insert(leak.block.addr).second) problems.push_back("the block at " + std::to_string(leak.block.addr) + " leaked twice");
  }
  for (TagId tag = 0; tag < s.tagStatus.size(); ++tag) {
    if ((s.tagStatus[tag] == TagSlot::Status::Live) != s.live.contains(tag)) problems.push_back("tag " + s.tagName(tag) + "'s status and block disagree");
    const TagSlot slot = s.tag(tag);
    if (slot.status != TagSlot::Status::Live) continue;
    ++live;
    internal += slot.block.size - slot.bytes;
    if (!inHeap(slot.block, slot.mapped))
      problems.push_back("tag " + s.tagName(tag) + " holds a block the heap does not have in use");
    if (!held.insert(slot.block.addr).second) problems.push_back("tag " + s.tagName(tag) + " holds a block that leaked or another tag holds");
    if (slot.block.size < slot.bytes + s.config->header) problems.push_back("tag " + s.tagName(tag) + "'s block is smaller than its request");
  }
  if (live + s.leaked.size() != s.heap.used.size() + s.heap.mapped.size()) problems.push_back("blocks in use that no tag holds and that did not leak");
  if (internal != s.internalBytes) problems.push_back("the internal bytes total is stale");
  return problems;
}

}  // namespace oslens::engine::freelist
